import type { ProgrammeDefinition } from "../schema";
import {
  BACKGROUND_QUESTIONS,
  PHASE_NAMES,
  PLANNING_TOOLS,
  fourIsMilestones,
} from "../shared/implementation-framework";
import {
  APPLICATION_GUIDE_SOURCE,
  MONITORING_FIELDS,
  START_UP_MEETING_MONTH,
  SUPPORT_ELEMENTS,
} from "../shared/uip-application-guide";

/**
 * Åben Dialog — seed 002 (Danish, juli 2019), plus seed 003 (staff numbers, monitoring, support elements).
 * 002 has no milestone list: the milestones below are derived from its text (`verbatim: false`), each
 * with the passage it comes from.
 */

const SOURCE = "002_df3a3db88062bf75.txt";

const PREPARATION = { da: "Forberedelse", en: "Preparation" };
const COMPETENCES = { da: "Kompetenceudvikling", en: "Competence development" };
const STATUS = { da: "Status og supervision", en: "Status and supervision" };
const ANCHORING = { da: "Forankring", en: "Anchoring" };

export const openDialogue: ProgrammeDefinition = {
  id: "open-dialogue",
  name: { da: "Åben Dialog (ÅD)", en: "Open Dialogue" },
  source: SOURCE,
  supplementarySources: [APPLICATION_GUIDE_SOURCE],
  documentTitle: {
    da: "Implementering af Åben Dialog – rådgivning og uddannelse",
    en: "Implementation of Open Dialogue – advice and training",
  },
  documentDate: "2019-07",
  description: {
    da: "Socialstyrelsens implementeringsstøtte og kompetenceudvikling i Åben Dialog: tre faser, der samlet set varer cirka to år. Kompetenceleverandøren kan undervise højst fem kommuner, og mindst tre skal søge, før undervisningen gennemføres.",
    en: "Socialstyrelsen's implementation support and competence development in Open Dialogue: three phases which in total last about two years. The training provider can teach at most five municipalities, and at least three must apply before the training goes ahead.",
  },
  durationMonths: 24,
  phases: [
    {
      id: "preparation",
      name: PHASE_NAMES.preparation,
      // 002 gives no length for this phase (its timeline graphic is lost in the text); 24 − 14 − 4.
      months: 6,
      monthsBasis: "derived",
      monthsNote: {
        da: "Ikke angivet i 002. Udledt: cirka to år i alt minus ca. 14 måneders forandringsfase og ca. 4 måneders forankringsfase; svarer til den parallelle vejledning for SFT (ca. 6 måneder).",
        en: "Not stated in 002. Derived: about two years in total minus about 14 months of change and about 4 months of anchoring; matches the parallel SFT guide (approx. 6 months).",
      },
      description: {
        da: "Forberedelsesfasen er der, hvor indsatsen planlægges og igangsættes. Forberedelsesfasen igangsættes umiddelbart efter, der er givet tilsagn om implementeringsstøtten.",
        en: "The preparation phase is where the intervention is planned and started. It starts immediately after implementation support has been granted.",
      },
      source:
        "002, Implementeringsstøtte: 'tre faser, der samlet set varer cirka to år'; Forberedelsesfasen",
    },
    {
      id: "change",
      name: PHASE_NAMES.change,
      months: 14,
      monthsBasis: "stated",
      description: {
        da: "Forandringsfasen er den fase, hvor medarbejderne er uddannet i metoden, og er begyndt at anvende den i praksis. Det er i denne fase, at intentionerne i implementeringsplanen skal føres ud i livet.",
        en: "The change phase is the phase in which staff are trained in the method and have begun to use it in practice. It is in this phase that the intentions of the implementation plan are to be put into practice.",
      },
      source:
        "002, Forandringsfasen: 'understøttet af Socialstyrelsen i cirka 14 måneder'; tidsplan: 'Ca. 14 Måneder'",
    },
    {
      id: "anchoring",
      name: PHASE_NAMES.anchoring,
      months: 4,
      monthsBasis: "stated",
      description: {
        da: "Forankringsfasen er der, hvor I reviderer implementeringsplanen og sikrer det fortsatte fokus på arbejdet med metoden.",
        en: "The anchoring phase is where you revise the implementation plan and ensure continued focus on the work with the method.",
      },
      source: "002, tidsplan: 'Forankringsfasen ca. 4 måneder'",
    },
  ],
  milestones: [
    {
      id: "implementation-team",
      group: PREPARATION,
      phase: "preparation",
      title: {
        da: "Der er etableret et implementeringsteam",
        en: "An implementation team has been established",
      },
      intro: {
        da: "Socialstyrelsen anbefaler, at I etablerer et implementeringsteam, der har ansvaret for at sikre den løbende implementering. Implementeringsteamet består fx af den ansvarlige personaleleder, nøglemedarbejdere (fx TR og AMIR), centrale interessenter (fx myndighed, jobcenter) mv.",
        en: "Socialstyrelsen recommends that you establish an implementation team responsible for ensuring the ongoing implementation. The team consists, for example, of the responsible personnel manager, key employees (e.g. TR and AMIR), key stakeholders (e.g. authority, job centre) etc.",
      },
      questions: [
        {
          id: "who-is-on-the-team",
          da: "Hvem sidder i implementeringsteamet, fx den ansvarlige personaleleder, nøglemedarbejdere (fx TR og AMIR) og centrale interessenter (fx myndighed, jobcenter)?",
          en: "Who is on the implementation team, e.g. the responsible personnel manager, key employees (e.g. TR and AMIR) and key stakeholders (e.g. authority, job centre)?",
          planSection: "institutional",
        },
        {
          id: "meeting-leaders-on-team",
          da: "Indgår mødelederne i implementeringsteamet?",
          en: "Are the meeting leaders part of the implementation team?",
          planSection: "institutional",
        },
      ],
      source:
        "002, Forberedelsesfasen: 'Socialstyrelsen vil anbefale, at I etablerer et implementeringsteam'",
      verbatim: false,
    },
    {
      id: "start-up-meeting",
      group: PREPARATION,
      phase: "preparation",
      title: {
        da: "Implementeringsteamet deltager i opstartsmødet",
        en: "The implementation team takes part in the start-up meeting",
      },
      intro: {
        da: "På opstartsmødet deltager projektejer, implementeringsteamet og relevante aktører og ledere. Mødet gennemføres som et fællesmøde i midten af oktober 2019 hos Socialstyrelsen i Odense og er obligatorisk. På mødet gennemgås de planlagte aktiviteter og den videre proces, og Socialstyrelsen præsenterer værktøjerne til implementeringsplanen.",
        en: "The project owner, the implementation team and relevant actors and managers take part in the start-up meeting. It is held as a joint meeting in mid-October 2019 at Socialstyrelsen in Odense and is mandatory. The planned activities and the further process are reviewed, and Socialstyrelsen presents the tools for the implementation plan.",
      },
      questions: [
        {
          id: "signed-up",
          da: "Er projektejer, implementeringsteam og relevante aktører og ledere tilmeldt opstartsmødet?",
          en: "Are the project owner, the implementation team and relevant actors and managers signed up for the start-up meeting?",
        },
      ],
      source:
        "002, Forberedelsesfasen: 'På opstartsmødet deltager projektejer, implementeringsteamet…'; 003, Behovsafklaring: 'Mødet er obligatorisk'",
      verbatim: false,
    },
    {
      id: "implementation-background",
      group: PREPARATION,
      phase: "preparation",
      title: {
        da: "Baggrunden for implementeringen er beskrevet",
        en: "The background of the implementation is described",
      },
      intro: {
        da: "Som grundlag for arbejdet med implementeringsplanen tages udgangspunkt i Socialstyrelsens ramme for implementering. Dette omfatter dels, at der er fokus på baggrunden for implementeringen af metoden.",
        en: "The work on the implementation plan is based on Socialstyrelsen's framework for implementation. This includes a focus on the background of implementing the method.",
      },
      questions: BACKGROUND_QUESTIONS,
      source: "002, Forberedelsesfasen: 'hvorfor ønskes metoden implementeret?, overfor hvem?, …'",
      verbatim: false,
    },
    {
      id: "planning-tools",
      group: PREPARATION,
      phase: "preparation",
      title: {
        da: "Værktøjerne til implementeringsplanen er anvendt",
        en: "The tools for the implementation plan have been used",
      },
      intro: {
        da: "Socialstyrelsen præsenterer på opstartsmødet en række værktøjer, der skal danne grundlag for jeres arbejde med at udarbejde en implementeringsplan.",
        en: "At the start-up meeting Socialstyrelsen presents a number of tools that form the basis for your work on an implementation plan.",
      },
      questions: PLANNING_TOOLS.map((entry) => entry.question),
      source: "002, Forberedelsesfasen: 'Redskaberne omfatter'",
      verbatim: false,
    },
    ...fourIsMilestones("002, Forberedelsesfasen: 'de fire I'er … /de fire K'er'", "da"),
    {
      id: "implementation-plan",
      group: PREPARATION,
      phase: "preparation",
      title: {
        da: "Implementeringsplanen er udarbejdet på workshoppen",
        en: "The implementation plan has been developed at the workshop",
      },
      intro: {
        da: "Implementeringsplansworkshoppen gennemføres og planlægges af implementeringsteamet evt. med støtte fra Socialstyrelsens medarbejdere. Målet med workshoppen er at samle alle de relevante aktører, og udarbejde en plan for implementeringen.",
        en: "The implementation planning workshop is carried out and planned by the implementation team, possibly with support from Socialstyrelsen's staff. The aim is to gather all the relevant actors and draw up a plan for the implementation.",
      },
      questions: [
        {
          id: "workshop-planned",
          da: "Er implementeringsplansworkshoppen planlagt af implementeringsteamet?",
          en: "Has the implementation team planned the implementation planning workshop?",
        },
        {
          id: "workshop-participants",
          da: "Hvilke relevante aktører skal deltage i workshoppen?",
          en: "Which relevant actors are to take part in the workshop?",
        },
        {
          id: "plan-drawn-up",
          da: "Er implementeringsplanen udarbejdet?",
          en: "Has the implementation plan been drawn up?",
        },
      ],
      source:
        "002, Forberedelsesfasen: 'Implementeringsplansworkshoppen gennemføres og planlægges af implementeringsteamet'",
      verbatim: false,
    },
    {
      id: "meeting-leaders-selected",
      group: COMPETENCES,
      phase: "preparation",
      title: {
        da: "Mødelederne er udvalgt og tilmeldt uddannelsen",
        en: "The meeting leaders are selected and enrolled in the training",
      },
      intro: {
        da: "Hver kommune har mulighed for at få uddannet op til seks mødeledere. Mødelederuddannelsen er bygget op med fire 2-dages seminarer (eksternater), hvor I selv skal betale transporten, og en enkelt dag, hvor mødelederne certificeres. Derudover er der supervision af mødelederne på samlet set 50 timer fordelt over de to år.",
        en: "Each municipality can have up to six meeting leaders trained. The training consists of four 2-day seminars (non-residential), for which you pay the transport yourselves, and a single day on which the meeting leaders are certified. In addition there are 50 hours of supervision of the meeting leaders in total, spread over the two years.",
      },
      questions: [
        {
          id: "who-are-meeting-leaders",
          da: "Hvilke op til 6 medarbejdere skal uddannes til mødeledere?",
          en: "Which up to 6 staff members are to be trained as meeting leaders?",
          planSection: "individual",
        },
        {
          id: "released-for-training",
          da: "Er mødelederne frigjort til de fire 2-dages seminarer og certificeringsdagen, og er transporten betalt?",
          en: "Are the meeting leaders released for the four 2-day seminars and the certification day, and is transport paid for?",
        },
        {
          id: "certification-video",
          da: "Kan mødelederne, om muligt, anvende en videooptagelse af et Åben Dialog møde i forbindelse med certificeringen?",
          en: "Can the meeting leaders, if possible, use a video recording of an Open Dialogue meeting for their certification?",
        },
        {
          id: "group-supervision-attendance",
          da: "Hvordan sikres det, at mødelederne deltager i de 50 timers supervision i grupper med mødeledere fra andre kommuner?",
          en: "How is it ensured that the meeting leaders attend the 50 hours of group supervision with meeting leaders from other municipalities?",
        },
      ],
      source:
        "002, Uddannelse af mødeledere; 003, Uddannelse af medarbejdere i metoden: 'op til 6 mødeledere per kommune'",
      verbatim: false,
    },
    {
      id: "introductory-course-participants",
      group: COMPETENCES,
      phase: "preparation",
      title: {
        da: "Deltagerne i introduktionskurset er udvalgt",
        en: "The participants in the introductory course are selected",
      },
      intro: {
        da: "Der gennemføres introduktionskursus for øvrige relevante medarbejdere (cirka 24 medarbejdere og relevante ledere). Kurset varer i alt fire dage og tilrettelægges i samarbejde mellem kompetenceleverandøren og jer; derudover får deltagerne 15 timers supervision i grupper.",
        en: "An introductory course is held for other relevant staff (about 24 staff members and relevant managers). The course lasts four days in total and is planned jointly by the training provider and you; in addition the participants get 15 hours of supervision in groups.",
      },
      questions: [
        {
          id: "course-participants",
          da: "Hvilke medarbejdere, der skal indgå i Åben Dialog arbejdet, skal deltage i introduktionskurset?",
          en: "Which staff members who are to take part in the Open Dialogue work are to attend the introductory course?",
          planSection: "individual",
        },
        {
          id: "seats-for-partners",
          da: "Skal nogle af pladserne tilbydes centrale samarbejdspartnere, fx myndighed, jobcenter og psykiatrien?",
          en: "Should some of the places be offered to key partners, e.g. authority, job centre and psychiatry?",
          planSection: "interpersonal",
        },
        {
          id: "personnel-manager-attends",
          da: "Deltager personalelederen i introduktionskurset?",
          en: "Does the personnel manager attend the introductory course?",
        },
        {
          id: "course-days-planned",
          da: "Er de fire kursusdage tilrettelagt sammen med kompetenceleverandøren?",
          en: "Have the four course days been planned together with the training provider?",
        },
      ],
      source:
        "002, Introduktionskursus i Åben Dialog; 003: 'introduktion til ÅD for øvrige medarbejdere (op til 24) på 4 dage'",
      verbatim: false,
    },
    {
      id: "leadership-day",
      group: COMPETENCES,
      title: {
        da: "Personalelederne deltager i Ledelse af Åben Dialog",
        en: "The personnel managers attend Leading Open Dialogue",
      },
      intro: {
        da: "Der er en enkelt uddannelsesdag for de personaleledere, der har medarbejdere, der skal uddannes i Åben Dialog. Lederne får en kort introduktion til Åben Dialog og viden og erfaringer om, hvad det kræver af en leder at implementere Åben Dialog i organisationen.",
        en: "There is a single training day for the personnel managers whose staff are to be trained in Open Dialogue. The managers get a short introduction to Open Dialogue and knowledge and experience of what it takes of a manager to implement Open Dialogue in the organisation.",
      },
      questions: [
        {
          id: "managers-signed-up",
          da: "Hvilke personaleledere har medarbejdere, der skal uddannes i Åben Dialog, og er de tilmeldt uddannelsesdagen?",
          en: "Which personnel managers have staff who are to be trained in Open Dialogue, and are they signed up for the training day?",
        },
      ],
      source: "002, Ledelse af Åben Dialog",
      verbatim: false,
    },
    {
      id: "status-and-supervision",
      group: STATUS,
      phase: "change",
      title: {
        da: "Statusmøder og supervision kører",
        en: "Status meetings and supervision are running",
      },
      intro: {
        da: "Socialstyrelsen afholder statusmøder med implementeringsteamet og ledelsen for at adressere status og forholde det til implementeringsplanen. Der er fokus på den løbende sparring eller supervision, der er af medarbejderne, samt hvordan det sikres, at medarbejderne fastholder metoden i praksis.",
        en: "Socialstyrelsen holds status meetings with the implementation team and management to address status and relate it to the implementation plan. The focus is on the ongoing sparring or supervision of staff and on how to ensure that staff keep up the method in practice.",
      },
      questions: [
        {
          id: "status-meetings-agreed",
          da: "Er statusmøderne med Socialstyrelsen, implementeringsteamet og ledelsen aftalt?",
          en: "Are the status meetings with Socialstyrelsen, the implementation team and management agreed?",
        },
        {
          id: "ongoing-supervision",
          da: "Hvordan foregår den løbende sparring eller supervision af medarbejderne?",
          en: "How does the ongoing sparring or supervision of staff take place?",
        },
        {
          id: "method-maintained",
          da: "Hvordan sikres det, at medarbejderne fastholder metoden i praksis?",
          en: "How is it ensured that staff keep up the method in practice?",
        },
      ],
      source:
        "002, Forandringsfasen: 'Socialstyrelsen vil afholde statusmøder med implementeringsteamet og ledelsen'",
      verbatim: false,
    },
    {
      id: "collaboration-with-central-actors",
      group: STATUS,
      phase: "change",
      title: {
        da: "Samarbejdsrelationerne til centrale aktører fungerer",
        en: "Working relationships with key actors are in place",
      },
      intro: {
        da: "I forandringsfasen skal intentionerne i implementeringsplanen føres ud i livet. Det er vigtigt at have fokus på samarbejdsrelationer til centrale aktører. På statusmøderne kan implementeringsplanen justeres, og organisatoriske eller faglige udfordringer med metoden drøftes.",
        en: "In the change phase the intentions of the implementation plan are to be put into practice. It is important to focus on working relationships with key actors. At the status meetings the implementation plan may be adjusted and organisational or professional challenges with the method discussed.",
      },
      questions: [
        {
          id: "central-actors-collaboration",
          da: "Hvordan fungerer samarbejdet med centrale aktører (jobcenter, myndighed, den regionale psykiatri, misbrugsbehandling, familiebehandling mv.)?",
          en: "How is the cooperation with key actors (job centre, authority, regional psychiatry, substance abuse treatment, family treatment etc.) working?",
          planSection: "interpersonal",
        },
        {
          id: "plan-adjustment",
          da: "Skal implementeringsplanen justeres?",
          en: "Does the implementation plan need adjusting?",
        },
        {
          id: "challenges-to-discuss",
          da: "Er der organisatoriske eller faglige udfordringer med metoden, som skal drøftes?",
          en: "Are there organisational or professional challenges with the method to discuss?",
        },
      ],
      source: "002, Forandringsfasen",
      verbatim: false,
    },
    {
      id: "anchoring-plan",
      group: ANCHORING,
      phase: "anchoring",
      title: {
        da: "Der er udarbejdet en forankringsplan",
        en: "An anchoring plan has been drawn up",
      },
      intro: {
        da: "Forankringsfasen er der, hvor I reviderer implementeringsplanen og sikrer det fortsatte fokus på arbejdet med metoden. Implementeringsteamet udarbejder en status i forhold til de samme elementer, som blev gennemført i forbindelse med implementeringsplansworkshoppen. Når der er udarbejdet en forankringsplan, vil samarbejdet med Socialstyrelsen være ophørt.",
        en: "The anchoring phase is where you revise the implementation plan and ensure continued focus on the work with the method. The implementation team draws up a status on the same elements as were covered at the implementation planning workshop. Once an anchoring plan has been drawn up, the cooperation with Socialstyrelsen ends.",
      },
      questions: [
        {
          id: "plan-revised",
          da: "Er implementeringsplanen revideret?",
          en: "Has the implementation plan been revised?",
        },
        {
          id: "status-on-plan-elements",
          da: "Er der udarbejdet en status i forhold til de samme elementer som på implementeringsplansworkshoppen?",
          en: "Has a status been drawn up on the same elements as at the implementation planning workshop?",
        },
        {
          id: "anchoring-plan-drawn-up",
          da: "Er forankringsplanen udarbejdet?",
          en: "Has the anchoring plan been drawn up?",
        },
        {
          id: "continued-focus",
          da: "Hvordan sikres det fortsatte fokus på arbejdet med metoden?",
          en: "How is continued focus on the work with the method ensured?",
        },
      ],
      source: "002, Forankringsfasen",
      verbatim: false,
    },
  ],
  activities: [
    {
      id: "initial-telephone-meeting",
      kind: "other",
      name: { da: "Indledende telefonmøde", en: "Initial telephone meeting" },
      phase: "preparation",
      cadence: "once",
      source: "002, Forberedelsesfasen: 'Indledende telefonmøde'",
    },
    {
      id: "start-up-meeting",
      kind: "start-up-meeting",
      name: { da: "Opstartsmøde for alle kommuner", en: "Start-up meeting for all municipalities" },
      phase: "preparation",
      cadence: "once",
      count: 1,
      date: START_UP_MEETING_MONTH,
      participants: {
        da: "Projektejer, implementeringsteamet og relevante aktører og ledere",
        en: "The project owner, the implementation team and relevant actors and managers",
      },
      location: { da: "Socialstyrelsen, Odense", en: "Socialstyrelsen, Odense" },
      note: { da: "Midten af oktober 2019; obligatorisk.", en: "Mid-October 2019; mandatory." },
      source:
        "002, Forberedelsesfasen: 'i midten af oktober 2019 hos Socialstyrelsen i Odense'; 003, Behovsafklaring",
    },
    {
      id: "implementation-planning-workshop",
      kind: "planning-workshop",
      name: { da: "Implementeringsplansworkshop", en: "Implementation planning workshop" },
      phase: "preparation",
      cadence: "once",
      count: 1,
      participants: {
        da: "Implementeringsteamet og de relevante aktører",
        en: "The implementation team and the relevant actors",
      },
      source: "002, Forberedelsesfasen: 'Implementeringsplansworkshop'",
    },
    {
      id: "status-meeting",
      kind: "status-meeting",
      name: { da: "Statusmøde med Socialstyrelsen", en: "Status meeting with Socialstyrelsen" },
      phase: "change",
      cadence: "ad-hoc",
      participants: {
        da: "Implementeringsteamet og ledelsen",
        en: "The implementation team and management",
      },
      note: { da: "002 angiver ingen hyppighed.", en: "002 gives no frequency." },
      source: "002, Forandringsfasen: 'Socialstyrelsen vil afholde statusmøder'",
    },
    {
      id: "meeting-leader-seminar",
      kind: "course",
      name: {
        da: "Mødelederuddannelse: 2-dages seminar",
        en: "Meeting leader training: 2-day seminar",
      },
      cadence: "ad-hoc",
      count: 4,
      days: 2,
      seats: 6,
      participants: { da: "Op til seks mødeledere", en: "Up to six meeting leaders" },
      location: { da: "Sandsynligvis Brandbjerg Højskole", en: "Probably Brandbjerg Højskole" },
      note: {
        da: "Eksternater; I betaler selv transporten til uddannelsesstedet.",
        en: "Non-residential; you pay the transport to the venue yourselves.",
      },
      source: "002, Uddannelse af mødeledere: 'fire 2-dages seminarer (eksternater)'",
    },
    {
      id: "meeting-leader-certification",
      kind: "course",
      name: { da: "Certificering af mødeledere", en: "Certification of meeting leaders" },
      cadence: "once",
      count: 1,
      days: 1,
      seats: 6,
      participants: { da: "Mødelederne", en: "The meeting leaders" },
      note: {
        da: "Medarbejderne anvender om muligt en videooptagelse af et Åben Dialog møde.",
        en: "If possible, staff use a video recording of an Open Dialogue meeting.",
      },
      source: "002, Uddannelse af mødeledere: 'en enkelt dag, hvor mødelederne certificeres'",
    },
    {
      id: "meeting-leader-supervision",
      kind: "supervision",
      name: { da: "Supervision af mødelederne", en: "Supervision of the meeting leaders" },
      cadence: "ad-hoc",
      totalHours: 50,
      spanMonths: 24,
      participants: {
        da: "Mødelederne i grupper med mødeledere fra andre kommuner",
        en: "The meeting leaders in groups with meeting leaders from other municipalities",
      },
      location: { da: "I en af kommunerne", en: "In one of the municipalities" },
      note: {
        da: "50 timer i alt fordelt over de to år; hyppighed ikke angivet.",
        en: "50 hours in total spread over the two years; frequency not stated.",
      },
      source:
        "002, Uddannelse af mødeledere: 'supervision af mødelederne på samlet set 50 timer fordelt over de to år'",
    },
    {
      id: "introductory-course",
      kind: "course",
      name: { da: "Introduktionskursus i Åben Dialog", en: "Introductory course in Open Dialogue" },
      phase: "preparation",
      cadence: "once",
      days: 4,
      seats: 24,
      participants: {
        da: "Øvrige relevante medarbejdere, personalelederen og evt. centrale samarbejdspartnere",
        en: "Other relevant staff, the personnel manager and possibly key partners",
      },
      note: {
        da: "I alt fire dage, tilrettelagt i samarbejde mellem kompetenceleverandøren og jer; cirka 24 (003: op til 24) deltagere.",
        en: "Four days in total, planned jointly by the training provider and you; about 24 (003: up to 24) participants.",
      },
      source:
        "002, Introduktionskursus i Åben Dialog: 'Kurset varer i alt fire dage'; 003: '(op til 24) på 4 dage'",
    },
    {
      id: "introductory-course-supervision",
      kind: "supervision",
      name: {
        da: "Supervision efter introduktionskurset",
        en: "Supervision after the introductory course",
      },
      cadence: "ad-hoc",
      totalHours: 15,
      participants: {
        da: "Deltagerne i introduktionskurset, i grupper",
        en: "The introductory course participants, in groups",
      },
      source: "002, Introduktionskursus i Åben Dialog: '15 timers supervision i grupper'",
    },
    {
      id: "leadership-day",
      kind: "course",
      name: {
        da: "Ledelse af Åben Dialog (kursusdag for ledere)",
        en: "Leading Open Dialogue (course day for managers)",
      },
      cadence: "once",
      count: 1,
      days: 1,
      participants: {
        da: "Personaleledere med medarbejdere, der skal uddannes i Åben Dialog",
        en: "Personnel managers whose staff are to be trained in Open Dialogue",
      },
      source: "002, Ledelse af Åben Dialog: 'en enkelt uddannelsesdag for de personaleledere'",
    },
    {
      id: "anchoring-plan",
      kind: "other",
      name: { da: "Status og forankringsplan", en: "Status and anchoring plan" },
      phase: "anchoring",
      cadence: "once",
      count: 1,
      participants: { da: "Implementeringsteamet", en: "The implementation team" },
      note: {
        da: "002 nævner ingen workshop, men en status på de samme elementer som på implementeringsplansworkshoppen og en forankringsplan.",
        en: "002 names no workshop, but a status on the same elements as at the implementation planning workshop and an anchoring plan.",
      },
      source: "002, Forankringsfasen",
    },
  ],
  defaults: {
    statusMeeting: {
      cadence: "monthly",
      basis: "assumption",
      source:
        "002 gives no frequency ('Socialstyrelsen vil afholde statusmøder'); monthly as in the parallel SFT guide (000, footnote ⁵)",
    },
    supervision: {
      cadence: "monthly",
      basis: "assumption",
      source:
        "002 gives only the total ('50 timer fordelt over de to år'); a monthly rhythm is a start value for the team to adjust",
    },
  },
  staffing: [
    {
      role: { da: "Mødeledere", en: "Meeting leaders" },
      upTo: 6,
      source:
        "002, Uddannelse af mødeledere: 'op til seks mødeledere'; 003: 'op til 6 mødeledere per kommune'",
    },
    {
      role: { da: "Deltagere i introduktionskurset", en: "Introductory course participants" },
      upTo: 24,
      source:
        "002: 'Introduktionskursus for cirka 24 medarbejdere'; 003: 'øvrige medarbejdere (op til 24)'",
    },
  ],
  supportElements: SUPPORT_ELEMENTS,
  monitoring: MONITORING_FIELDS,
};
