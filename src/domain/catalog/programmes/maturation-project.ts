import type { ProgrammeDefinition } from "../schema";

/**
 * Modningsprojekt — seed 004 ("Bilag 2: Foreløbig oversigt over kommuneaktiviteter", Socialstyrelsen,
 * 20. august 2021), an OCR'd slide deck: Danish is the document's wording with only the OCR damage
 * repaired (ø/æ/å, broken words). The overview's dates are kept as given: a month where it names a
 * month, a day where the detail slides name one. The overview gives one period ("April-juni 2022",
 * "Fra november 2022") under the combined box "rekruttering til og afvikling af indsatsforløb"; both
 * activities carry it.
 */

const SOURCE = "004_c06a82f099700a55.txt";

const OVERVIEW = "004, oversigt (side 1)";
const RUNNING = "004, Løbende aktiviteter";
const MODULES = "004, Fælles kompetenceudvikling, modul 1-3: 'Form og Indhold'";

const LOCAL = { da: "Lokale aktiviteter", en: "Local activities" };
const EVALUATION = {
  da: "Dataindsamling til evaluering",
  en: "Data collection for the evaluation",
};

const PRACTITIONERS = {
  da: "De fire praktikere, som skal uddannes til at levere gruppeforløbene",
  en: "The four practitioners who are to be trained to deliver the group courses",
};

export const maturationProject: ProgrammeDefinition = {
  id: "maturation-project",
  name: { da: "Modningsprojekt", en: "Maturation project" },
  source: SOURCE,
  documentTitle: {
    da: "Bilag 2: Foreløbig oversigt over kommuneaktiviteter",
    en: "Annex 2: Preliminary overview of municipal activities",
  },
  documentDate: "2021-08-20",
  description: {
    da: "Foreløbig oversigt med forbehold for mindre ændringer op til projektopstart og i løbet af projektperioden: tværkommunale aktiviteter (Socialstyrelsen og VIVE) og lokale aktiviteter i kommunen, i en opstartsfase og en modningsfase.",
    en: "Preliminary overview, subject to minor changes up to project start and during the project period: cross-municipal activities (Socialstyrelsen and VIVE) and local activities in the municipality, in a start-up phase and a maturation phase.",
  },
  durationMonths: 23,
  phases: [
    {
      id: "opstart",
      name: { da: "Opstartsfase", en: "Start-up phase" },
      months: 3,
      monthsBasis: "stated",
      start: "2022-01",
      end: "2022-03",
      source: `${OVERVIEW}: 'Opstartsfase (jan - mar. 22)'`,
    },
    {
      id: "modning",
      name: { da: "Modningsfase", en: "Maturation phase" },
      months: 20,
      monthsBasis: "stated",
      start: "2022-04",
      end: "2023-11",
      source: `${OVERVIEW}: 'Modningsfase (apr. 22 - nov. 23)'`,
    },
  ],
  milestones: [
    {
      id: "local-planning-workshop",
      group: LOCAL,
      phase: "opstart",
      title: {
        da: "Den lokale planlægningsworkshop er holdt",
        en: "The local planning workshop has been held",
      },
      intro: {
        da: "Den lokale planlægningsworkshop sætter fokus på indsatsens lokale implementering og på den lokale kontekst, som indsatsen skal indgå i. Den faciliteres af Socialstyrelsen og varer 3-4 timer; kommunen står for mødefaciliteter og forplejning.",
        en: "The local planning workshop focuses on the local implementation of the intervention and on the local context it is to be part of. It is facilitated by Socialstyrelsen and lasts 3-4 hours; the municipality provides meeting facilities and catering.",
      },
      questions: [
        {
          id: "date-set",
          da: "Har Socialstyrelsen fastlagt datoen med den kommunale projektleder/koordinator?",
          en: "Has Socialstyrelsen set the date with the municipal project manager/coordinator?",
        },
        {
          id: "attendees",
          da: "Deltager som minimum projektleder, ansvarlige ledere og nøglemedarbejdere?",
          en: "Do at least the project manager, responsible managers and key staff attend?",
        },
        {
          id: "facilities-and-catering",
          da: "Står kommunen for mødefaciliteter og forplejning?",
          en: "Is the municipality providing meeting facilities and catering?",
        },
        {
          id: "local-conditions-discussed",
          da: "Er kommunens lokale implementeringsforhold drøftet?",
          en: "Have the municipality's local implementation conditions been discussed?",
        },
        {
          id: "course-process-planned",
          da: "Er processen omkring rekruttering og afvikling af indsatsforløb planlagt?",
          en: "Is the process for recruiting and running the intervention courses planned?",
        },
      ],
      source: "004, Lokal planlægningsworkshop",
      verbatim: false,
    },
    {
      id: "practitioners-selected",
      group: LOCAL,
      phase: "opstart",
      title: { da: "De fire praktikere er udpeget", en: "The four practitioners are appointed" },
      intro: {
        da: "På kompetenceudviklingsforløbet klædes praktikerne på til at levere indsatsen samt til at bidrage til modningsarbejdet og dataindsamling til evalueringen. Fra kommunen deltager de fire praktikere, som skal uddannes til at levere gruppeforløbene.",
        en: "The competence development course equips the practitioners to deliver the intervention and to contribute to the maturation work and to data collection for the evaluation. The four practitioners who are to be trained to deliver the group courses attend from the municipality.",
      },
      questions: [
        {
          id: "who-are-practitioners",
          da: "Hvilke fire praktikere skal uddannes til at levere gruppeforløbene?",
          en: "Which four practitioners are to be trained to deliver the group courses?",
          planSection: "individual",
        },
        {
          id: "released-for-modules",
          da: "Er praktikerne frigjort til modul 1 (9.-10. februar 2022, med internat), modul 2a, 2b og 3?",
          en: "Are the practitioners released for module 1 (9-10 February 2022, residential), modules 2a, 2b and 3?",
        },
      ],
      source: "004, Fælles kompetenceudvikling, modul 1-3",
      verbatim: false,
    },
    {
      id: "recruitment-and-courses",
      group: LOCAL,
      phase: "modning",
      title: {
        da: "Deltagere er rekrutteret, og indsatsforløbene er afviklet",
        en: "Participants are recruited and the intervention courses are run",
      },
      intro: {
        da: "Indsatsens materialer (hhv. i version 1 og 2) afprøves i praksis, herunder forudgående rekruttering af deltagere og sammensætning af gruppe. Forløbet forventes at bestå af en forsamtale med hver familie efterfulgt af et gruppeforløb på ca. 10 sessioner med børnene, hvor der ved ca. halvdelen af sessionerne er parallelle gruppesessioner med børnenes primære voksne.",
        en: "The intervention's materials (version 1 and 2 respectively) are tried out in practice, including prior recruitment of participants and putting the group together. The course is expected to consist of an initial conversation with each family followed by a group course of about 10 sessions with the children, with parallel group sessions for the children's primary adults at about half of the sessions.",
      },
      questions: [
        {
          id: "participant-recruitment",
          da: "Hvordan rekrutteres deltagerne, og hvordan sammensættes gruppen?",
          en: "How are participants recruited, and how is the group put together?",
        },
        {
          id: "initial-conversations",
          da: "Er forsamtalerne med hver familie planlagt?",
          en: "Are the initial conversations with each family planned?",
        },
        {
          id: "guide-followed",
          da: "Følger de to parallelle gruppeforløb indsatsguiden med tilhørende redskaber?",
          en: "Do the two parallel group courses follow the intervention guide and its tools?",
        },
      ],
      source: "004, Lokal rekruttering til og afvikling af indsatsforløb",
      verbatim: false,
    },
    {
      id: "experience-gathering",
      group: LOCAL,
      phase: "modning",
      title: { da: "Erfaringerne er samlet op lokalt", en: "Experience has been gathered locally" },
      intro: {
        da: "Opsamlingen indsamler den enkelte kommunes lokalspecifikke viden og erfaring med indsatsen med henblik på både tilpasning af indsatsen og evaluering. VIVE faciliterer møderne i samarbejde med den lokale projektleder.",
        en: "The gathering collects each municipality's local knowledge of and experience with the intervention, for both adapting the intervention and the evaluation. VIVE facilitates the meetings together with the local project manager.",
      },
      questions: [
        {
          id: "staff-attend",
          da: "Deltager projektleder, ansvarlig leder og praktikere?",
          en: "Do the project manager, responsible manager and practitioners attend?",
        },
        {
          id: "participants-attend",
          da: "Kan en eller flere af de voksne (og evt. børn), der har modtaget indsatsen, deltage?",
          en: "Can one or more of the adults (and possibly children) who received the intervention attend?",
        },
      ],
      source: "004, Lokal opsamling af erfaringer",
      verbatim: false,
    },
    {
      id: "maturation-forums",
      group: { da: "Tværkommunale aktiviteter", en: "Cross-municipal activities" },
      phase: "modning",
      title: {
        da: "Kommunen deltager i modningsforum 1 og 2",
        en: "The municipality takes part in maturation forums 1 and 2",
      },
      intro: {
        da: "Modningsforum understøtter tværkommunal læring og drøftelse af erfaringer og modningstilpasninger af indsatsen med henblik på at udarbejde version 2 (på modningsforum 1) af indsatsbeskrivelsen med tilhørende materialer og den endelige version (på modningsforum 2).",
        en: "The maturation forums support cross-municipal learning and discussion of experience and maturation adjustments of the intervention, in order to produce version 2 (at forum 1) of the intervention description and its materials and the final version (at forum 2).",
      },
      questions: [
        {
          id: "attendees",
          da: "Deltager projektleder, ansvarlig leder og mindst en af de praktikere, som har leveret indsatsen?",
          en: "Do the project manager, responsible manager and at least one of the practitioners who delivered the intervention attend?",
        },
      ],
      source: "004, Fælles modningsforum 1 og 2",
      verbatim: false,
    },
    {
      id: "evaluation-data",
      group: EVALUATION,
      title: {
        da: "Kommunen bidrager til dataindsamlingen",
        en: "The municipality contributes to the data collection",
      },
      intro: {
        da: "Kommunerne skal gennem hele projektperioden bidrage til indsamling af data, som skal bruges både i modningsarbejdet og i den evaluering af projektet, som VIVE skal udarbejde.",
        en: "Throughout the project period the municipalities must contribute to collecting data used both in the maturation work and in the evaluation of the project that VIVE is to carry out.",
      },
      questions: [
        {
          id: "implementation-monitoring",
          da: "Hvordan monitoreres og dokumenteres implementeringen?",
          en: "How is the implementation monitored and documented?",
        },
        {
          id: "citizen-results",
          da: "Hvordan dokumenteres og måles resultater på borgerniveau, herunder indsamling af kvalitative data?",
          en: "How are results at citizen level documented and measured, including collecting qualitative data?",
        },
        {
          id: "organisation-results",
          da: "Hvordan dokumenteres og måles resultater på organisatorisk niveau?",
          en: "How are results at organisational level documented and measured?",
        },
        {
          id: "cost-data",
          da: "Hvordan indsamles data for indsatsens omkostninger?",
          en: "How are data on the intervention's costs collected?",
        },
        {
          id: "interview-participants",
          da: "Hvem deltager i interviews eller fokusgrupper med evaluator?",
          en: "Who takes part in interviews or focus groups with the evaluator?",
        },
      ],
      source: `${RUNNING} › Dataindsamling til evaluering`,
      verbatim: false,
    },
  ],
  activities: [
    {
      id: "start-up-meeting",
      kind: "start-up-meeting",
      name: { da: "Fælles opstartsmøde", en: "Joint start-up meeting" },
      phase: "opstart",
      cadence: "once",
      count: 1,
      date: "2022-01-20",
      participants: {
        da: "Projektleder, ansvarlige ledere og nøglemedarbejdere; Socialstyrelsen og VIVE",
        en: "Project manager, responsible managers and key staff; Socialstyrelsen and VIVE",
      },
      location: {
        da: "Socialstyrelsens lokaler, Edisonsvej 1, Odense",
        en: "Socialstyrelsen's premises, Edisonsvej 1, Odense",
      },
      source: "004, Fælles opstartsmøde: 'afholdes den 20. januar 2022'",
    },
    {
      id: "local-planning-workshop",
      kind: "planning-workshop",
      name: { da: "Lokal planlægningsworkshop", en: "Local planning workshop" },
      phase: "opstart",
      cadence: "once",
      count: 1,
      hoursRange: { min: 3, max: 4 },
      date: "2022-02",
      participants: {
        da: "Som minimum projektleder, ansvarlige ledere og nøglemedarbejdere; kommunens kontaktpersoner i Socialstyrelsen",
        en: "At least project manager, responsible managers and key staff; the municipality's contacts at Socialstyrelsen",
      },
      note: {
        da: "Kommunen står for mødefaciliteter og forplejning.",
        en: "The municipality provides meeting facilities and catering.",
      },
      source: `${OVERVIEW}: 'Planlægningsworkshop … Februar 2022'; Lokal planlægningsworkshop: 'varighed på 3-4 timer'`,
    },
    {
      id: "competence-module-1",
      kind: "course",
      name: {
        da: "Kompetenceudvikling for praktikere, modul 1",
        en: "Competence development for practitioners, module 1",
      },
      phase: "opstart",
      cadence: "once",
      count: 1,
      days: 2,
      seats: 4,
      date: "2022-02-09",
      endDate: "2022-02-10",
      participants: PRACTITIONERS,
      location: { da: "Odense, med internat", en: "Odense, residential" },
      source: `${MODULES}: 'Modul 1 er et 2-dages kursus med internat og afholdes i Odense den 9-10. februar 2022'`,
    },
    {
      id: "competence-module-2a",
      kind: "course",
      name: {
        da: "Kompetenceudvikling for praktikere, modul 2a",
        en: "Competence development for practitioners, module 2a",
      },
      phase: "opstart",
      cadence: "once",
      count: 1,
      days: 1,
      seats: 4,
      date: "2022-03-15",
      participants: PRACTITIONERS,
      location: {
        da: "Socialstyrelsens lokaler i Odense",
        en: "Socialstyrelsen's premises in Odense",
      },
      source: `${MODULES}: 'Modul 2a: den 15. marts 2022'`,
    },
    {
      id: "competence-module-2b",
      kind: "course",
      name: {
        da: "Kompetenceudvikling for praktikere, modul 2b",
        en: "Competence development for practitioners, module 2b",
      },
      phase: "modning",
      cadence: "once",
      count: 1,
      days: 1,
      seats: 4,
      date: "2022-05-12",
      participants: PRACTITIONERS,
      location: {
        da: "Socialstyrelsens lokaler i Odense",
        en: "Socialstyrelsen's premises in Odense",
      },
      source: `${MODULES}: 'Modul 2b: den 12. maj 2022'`,
    },
    {
      id: "maturation-forum-1",
      kind: "forum",
      name: { da: "Fælles modningsforum 1", en: "Joint maturation forum 1" },
      phase: "modning",
      cadence: "once",
      count: 1,
      date: "2022-09",
      participants: {
        da: "Projektleder, ansvarlig leder og mindst en af praktikerne; Socialstyrelsen og VIVE",
        en: "Project manager, responsible manager and at least one practitioner; Socialstyrelsen and VIVE",
      },
      location: {
        da: "Socialstyrelsens lokaler i Odense",
        en: "Socialstyrelsen's premises in Odense",
      },
      note: {
        da: "Her udarbejdes version 2 af indsatsbeskrivelsen.",
        en: "Version 2 of the intervention description is produced here.",
      },
      source: `${OVERVIEW}: 'Modningsforum 1 … September 2022'; Fælles modningsforum 1 og 2`,
    },
    {
      id: "competence-module-3",
      kind: "course",
      name: {
        da: "Kompetenceudvikling for praktikere, modul 3",
        en: "Competence development for practitioners, module 3",
      },
      phase: "modning",
      cadence: "once",
      count: 1,
      daysRange: { min: 1, max: 2 },
      seats: 4,
      date: "2022-11-08",
      participants: PRACTITIONERS,
      location: {
        da: "Socialstyrelsens lokaler i Odense",
        en: "Socialstyrelsen's premises in Odense",
      },
      note: {
        da: "Oversigten angiver 1-2 dage; detaljesiden siger, at de øvrige moduler afholdes som enkeltdage.",
        en: "The overview says 1-2 days; the detail slide says the other modules are held as single days.",
      },
      source: `${OVERVIEW}: 'modul 3 (1-2 dage) … November 2022'; ${MODULES}: 'Modul 3: den 8. november 2022'`,
    },
    {
      id: "maturation-forum-2",
      kind: "forum",
      name: { da: "Fælles modningsforum 2", en: "Joint maturation forum 2" },
      phase: "modning",
      cadence: "once",
      count: 1,
      date: "2023-08",
      participants: {
        da: "Projektleder, ansvarlig leder og mindst en af praktikerne; Socialstyrelsen og VIVE",
        en: "Project manager, responsible manager and at least one practitioner; Socialstyrelsen and VIVE",
      },
      location: {
        da: "Socialstyrelsens lokaler i Odense",
        en: "Socialstyrelsen's premises in Odense",
      },
      note: {
        da: "Her udarbejdes den endelige version af indsatsbeskrivelsen.",
        en: "The final version of the intervention description is produced here.",
      },
      source: `${OVERVIEW}: 'Modningsforum 2 … August 2023'; Fælles modningsforum 1 og 2`,
    },
    {
      id: "recruitment-version-1",
      kind: "recruitment",
      name: {
        da: "Rekruttering af deltagere (version 1)",
        en: "Recruitment of participants (version 1)",
      },
      phase: "modning",
      cadence: "once",
      date: "2022-04",
      endDate: "2022-06",
      participants: {
        da: "Indsatsens målgruppe (børn såvel som voksne)",
        en: "The intervention's target group (children as well as adults)",
      },
      source: `${OVERVIEW}: 'Rekruttering af deltagere … April-juni 2022'; Lokal rekruttering til og afvikling af indsatsforløb`,
    },
    {
      id: "courses-version-1",
      kind: "session",
      name: {
        da: "Afvikling af 1-2 indsatsforløb (version 1)",
        en: "Running 1-2 intervention courses (version 1)",
      },
      phase: "modning",
      cadence: "once",
      countRange: { min: 1, max: 2 },
      date: "2022-04",
      endDate: "2022-06",
      participants: {
        da: "Indsatsens målgruppe (børn såvel som voksne) og de 4 praktikere",
        en: "The intervention's target group (children as well as adults) and the 4 practitioners",
      },
      note: {
        da: "Forventet: en forsamtale med hver familie og et gruppeforløb på ca. 10 sessioner med børnene; ved ca. halvdelen er der parallelle gruppesessioner med børnenes primære voksne.",
        en: "Expected: an initial conversation with each family and a group course of about 10 sessions with the children; at about half of them there are parallel group sessions with the children's primary adults.",
      },
      source: `${OVERVIEW}: 'Afvikling af 1-2 indsatsforløb (version 1) … April-juni 2022'; Lokal rekruttering til og afvikling af indsatsforløb`,
    },
    {
      id: "experience-gathering-1",
      kind: "experience-gathering",
      name: {
        da: "Opsamling af erfaringer (version 1)",
        en: "Gathering of experience (version 1)",
      },
      phase: "modning",
      cadence: "once",
      count: 1,
      date: "2022-08",
      participants: {
        da: "Projektleder, ansvarlig leder og praktikere, gerne voksne (og evt. børn), der har modtaget indsatsen; Socialstyrelsen og VIVE",
        en: "Project manager, responsible manager and practitioners, ideally adults (and possibly children) who received the intervention; Socialstyrelsen and VIVE",
      },
      source: `${OVERVIEW}: 'Opsamling af erfaringer … August 2022'; Lokal opsamling af erfaringer`,
    },
    {
      id: "recruitment-version-2",
      kind: "recruitment",
      name: {
        da: "Rekruttering af deltagere (version 2)",
        en: "Recruitment of participants (version 2)",
      },
      phase: "modning",
      cadence: "once",
      date: "2022-11",
      note: { da: "Fra november 2022.", en: "From November 2022." },
      participants: {
        da: "Indsatsens målgruppe (børn såvel som voksne)",
        en: "The intervention's target group (children as well as adults)",
      },
      source: `${OVERVIEW}: 'Rekruttering af deltagere … Fra november 2022'`,
    },
    {
      id: "courses-version-2",
      kind: "session",
      name: {
        da: "Afvikling af 1-2 indsatsforløb (version 2)",
        en: "Running 1-2 intervention courses (version 2)",
      },
      phase: "modning",
      cadence: "once",
      countRange: { min: 1, max: 2 },
      date: "2022-11",
      participants: {
        da: "Indsatsens målgruppe (børn såvel som voksne) og de 4 praktikere",
        en: "The intervention's target group (children as well as adults) and the 4 practitioners",
      },
      note: { da: "Fra november 2022.", en: "From November 2022." },
      source: `${OVERVIEW}: 'Afvikling af 1-2 indsatsforløb (version 2) … Fra november 2022'`,
    },
    {
      id: "experience-gathering-2",
      kind: "experience-gathering",
      name: {
        da: "Opsamling af erfaringer (version 2)",
        en: "Gathering of experience (version 2)",
      },
      phase: "modning",
      cadence: "once",
      count: 1,
      date: "2023-05",
      participants: {
        da: "Projektleder, ansvarlig leder og praktikere, gerne voksne (og evt. børn), der har modtaget indsatsen; Socialstyrelsen og VIVE",
        en: "Project manager, responsible manager and practitioners, ideally adults (and possibly children) who received the intervention; Socialstyrelsen and VIVE",
      },
      source: `${OVERVIEW}: 'Opsamling af erfaringer … Maj 2023'`,
    },
    {
      id: "cross-municipal-sparring",
      kind: "sparring",
      name: {
        da: "Løbende sparring med fokus på erfaringsudveksling på tværs af kommuner",
        en: "Ongoing sparring focused on exchanging experience across municipalities",
      },
      cadence: "quarterly",
      countRange: { min: 6, max: 8 },
      participants: {
        da: "Primært de kommunale projektledere",
        en: "Mainly the municipal project managers",
      },
      note: {
        da: "6-8 virtuelle møder (ca. 1 gang i kvartalet) fordelt over projektperioden; formen er endnu ikke fastlagt.",
        en: "6-8 virtual meetings (about once a quarter) spread over the project period; the format is not yet fixed.",
      },
      source: `${RUNNING}: 'i form af 6-8 virtuelle møder (ca. 1 gang i kvartalet)'`,
    },
    {
      id: "status-meeting",
      kind: "status-meeting",
      name: {
        da: "Løbende statusmøder (virtuelle) med fokus på lokal implementering og fremdrift",
        en: "Ongoing status meetings (virtual) focused on local implementation and progress",
      },
      cadence: "ad-hoc",
      participants: {
        da: "Socialstyrelsen og kommunen",
        en: "Socialstyrelsen and the municipality",
      },
      note: {
        da: "Indholdet tilrettelægges ud fra kommunens lokale udfordringer og behov for implementeringsstøtte; primært virtuelt eller pr. telefon. Hyppigheden er ulæselig i OCR-teksten.",
        en: "Content is planned around the municipality's local challenges and need for implementation support; mainly virtual or by phone. The frequency is unreadable in the OCR text.",
      },
      source: `${RUNNING} › Løbende statusmøder (virtuelle)`,
    },
    {
      id: "evaluation-data-collection",
      kind: "data-collection",
      name: { da: "Dataindsamling til evaluering", en: "Data collection for the evaluation" },
      cadence: "ad-hoc",
      spanMonths: 23,
      participants: {
        da: "Kommunen; evaluator er VIVE",
        en: "The municipality; VIVE is the evaluator",
      },
      note: {
        da: "Gennem hele projektperioden: monitorering og dokumentation af implementeringen; dokumentation og målinger af resultater på borger- og organisatorisk niveau; data for omkostninger; interviews eller fokusgrupper med evaluator.",
        en: "Throughout the project period: monitoring and documenting the implementation; documenting and measuring results at citizen and organisational level; cost data; interviews or focus groups with the evaluator.",
      },
      source: `${RUNNING} › Dataindsamling til evaluering`,
    },
  ],
  defaults: {
    statusMeeting: {
      cadence: "ad-hoc",
      basis: "document",
      source: "004, Løbende aktiviteter: 'løbende … opfølgende statusmøder' (no frequency legible)",
    },
  },
  staffing: [
    {
      role: {
        da: "Praktikere, der leverer gruppeforløbene",
        en: "Practitioners delivering the group courses",
      },
      upTo: 4,
      source: "004, Fælles kompetenceudvikling: 'de fire praktikere'",
    },
  ],
};
