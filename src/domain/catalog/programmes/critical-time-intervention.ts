import type { ProgrammeDefinition } from "../schema";
import { PHASE_NAMES } from "../shared/implementation-framework";
import {
  APPLICATION_GUIDE_SOURCE,
  MONITORING_FIELDS,
  START_UP_MEETING_MONTH,
  SUPPORT_DURATION_MONTHS,
  SUPPORT_ELEMENTS,
} from "../shared/uip-application-guide";

/**
 * Critical Time Intervention — seed 003 only (the application guide; there is no CTI implementation guide
 * among the seeds). Two time scales, kept apart on purpose:
 * - `phases`: the MUNICIPALITY's two-year implementation support. 003 gives only the total ("to år") and
 *   the five support elements, so the three phases carry `months: null`; the elements say which phase
 *   they belong to where that is clear (behovsafklaring → preparation, overdragelse → anchoring).
 * - `interventionModel`: the CITIZEN's course in the method: 9 months in three phases (003 names no phases).
 * Milestones are derived from the support elements (`verbatim: false`).
 */

const SECTION_4 = "003, 4. Om implementeringsstøtten";
const NEEDS = { da: "Behovsafklaring", en: "Needs assessment" };
const ADVICE = { da: "Rådgivning", en: "Advice" };
const TRAINING = {
  da: "Uddannelse af medarbejdere i metoden",
  en: "Training of staff in the method",
};
const MONITORING = { da: "Monitorering af indsatsen", en: "Monitoring of the intervention" };
const HANDOVER = {
  da: "Overdragelse og sikring af forankring",
  en: "Handover and securing anchoring",
};

const NOT_STATED = {
  da: "003 angiver ikke fasens længde, kun at det samlede forløb strækker sig over to år.",
  en: "003 does not give the phase's length, only that the whole process spans two years.",
};

export const criticalTimeIntervention: ProgrammeDefinition = {
  id: "critical-time-intervention",
  name: { da: "Critical Time Intervention (CTI)", en: "Critical Time Intervention (CTI)" },
  source: APPLICATION_GUIDE_SOURCE,
  documentTitle: {
    da: "Vejledning til ansøgning om rådgivning og uddannelse fra Socialstyrelsen til implementering af metoderne Critical Time Intervention (CTI), Social Færdighedstræning (SFT) og Åben Dialog (ÅD)",
    en: "Guide to applying for advice and training from Socialstyrelsen for implementing the methods Critical Time Intervention (CTI), Social Skills Training (SFT) and Open Dialogue (ÅD)",
  },
  documentDate: "2019-06-26",
  description: {
    da: "Critical Time Intervention er en metode med fokus på recovery og rehabilitering, målrettet borgere, som ønsker en forandring i deres liv og som samtidig modtager støtte efter Serviceloven. Implementeringsstøtten er et forløb over to år med fem elementer.",
    en: "Critical Time Intervention is a method focused on recovery and rehabilitation, aimed at citizens who want a change in their lives and who receive support under the Social Services Act. The implementation support is a two-year process with five elements.",
  },
  durationMonths: SUPPORT_DURATION_MONTHS,
  phases: [
    {
      id: "preparation",
      name: PHASE_NAMES.preparation,
      months: null,
      monthsNote: NOT_STATED,
      source: `${SECTION_4}: 'Det samlede forløb strækker sig over to år'`,
    },
    {
      id: "change",
      name: PHASE_NAMES.change,
      months: null,
      monthsNote: NOT_STATED,
      source: `${SECTION_4}: 'Det samlede forløb strækker sig over to år'`,
    },
    {
      id: "anchoring",
      name: PHASE_NAMES.anchoring,
      months: null,
      monthsNote: NOT_STATED,
      source: `${SECTION_4}: 'Det samlede forløb strækker sig over to år'`,
    },
  ],
  interventionModel: {
    level: "citizen",
    months: 9,
    phaseCount: 3,
    description: {
      da: "Metoden er kendetegnet ved at være en tidsafgrænset og fokuseret indsats, der er opdelt i tre faser, der strækker sig over en samlet periode på ni måneder.",
      en: "The method is a time-limited and focused intervention divided into three phases spanning a total of nine months.",
    },
    source: "003, 2. Om metoderne › Critical Time Intervention",
  },
  milestones: [
    {
      id: "needs-assessment",
      group: NEEDS,
      phase: "preparation",
      title: { da: "Behovsafklaringen er gennemført", en: "The needs assessment is done" },
      intro: {
        da: "Samarbejdet mellem kommunen og Socialstyrelsen indledes med en afklaring af, hvordan metoden ønskes implementeret. Socialstyrelsen anbefaler, at der nedsættes et implementeringsteam på de tilbud eller områder, hvor metoden ønskes implementeret; det består af leder(e), medarbejderrepræsentanter samt eventuelt borgerrepræsentanter. Afklaringen munder ud i en fælles plan for implementeringsstøtten.",
        en: "The cooperation between the municipality and Socialstyrelsen begins by clarifying how the method is to be implemented. Socialstyrelsen recommends setting up an implementation team in the services or areas where the method is to be implemented, made up of manager(s), staff representatives and possibly citizen representatives. The assessment ends in a shared plan for the implementation support.",
      },
      questions: [
        {
          id: "initial-contact-held",
          da: "Er den indledende telefoniske kontakt og det efterfølgende planlægningsmøde afholdt, og er den videre proces aftalt?",
          en: "Have the initial phone contact and the following planning meeting taken place, and is the further process agreed?",
        },
        {
          id: "readiness-analysed",
          da: "Er kommunens udgangspunkt for at implementere metoden analyseret, fx i form af en parathedsanalyse?",
          en: "Has the municipality's starting point for implementing the method been analysed, e.g. with a readiness analysis?",
        },
        {
          id: "implementation-team-set-up",
          da: "Er der nedsat et implementeringsteam med leder(e), medarbejderrepræsentanter og eventuelt borgerrepræsentanter?",
          en: "Has an implementation team of manager(s), staff representatives and possibly citizen representatives been set up?",
          planSection: "institutional",
        },
      ],
      source: `${SECTION_4} › Behovsafklaring: 'Elementer i behovsafklaringen'`,
      verbatim: false,
    },
    {
      id: "start-up-meeting",
      group: NEEDS,
      phase: "preparation",
      title: {
        da: "Kommunen deltager i opstartsmødet",
        en: "The municipality attends the start-up meeting",
      },
      intro: {
        da: "I midten af oktober 2019 afholdes opstartsmøde i Odense for kommuner, der har fået tildelt implementeringsstøtte. Mødet er obligatorisk. På mødet deltager som minimum leder, projektleder og implementeringsteam.",
        en: "In mid-October 2019 a start-up meeting is held in Odense for municipalities granted implementation support. The meeting is mandatory. At a minimum the manager, project manager and implementation team attend.",
      },
      questions: [
        {
          id: "signed-up",
          da: "Er leder, projektleder og implementeringsteam tilmeldt opstartsmødet?",
          en: "Are the manager, project manager and implementation team signed up for the start-up meeting?",
        },
      ],
      source: `${SECTION_4} › Behovsafklaring: 'I midten af oktober 2019 afholdes opstartsmøde'; 7. Praktiske oplysninger`,
      verbatim: false,
    },
    {
      id: "implementation-plan",
      group: ADVICE,
      phase: "preparation",
      title: {
        da: "Implementeringsplanen er udarbejdet",
        en: "The implementation plan has been drawn up",
      },
      intro: {
        da: "Rådgivningen af den enkelte kommune tager udgangspunkt i kommunens konkrete behov og tager afsæt i den udarbejdede implementeringsplan. Eksempler på aktiviteter er udarbejdelse af implementeringsplan og en introduktionsdag for ledere, projektledere og repræsentanter for kommunens myndighedsområde samt øvrige relevante aktører.",
        en: "The advice to each municipality starts from its specific needs and builds on the implementation plan drawn up. Examples of activities are drawing up the implementation plan and an introduction day for managers, project managers, representatives of the municipality's authority area and other relevant actors.",
      },
      questions: [
        {
          id: "plan-drawn-up",
          da: "Er implementeringsplanen udarbejdet?",
          en: "Has the implementation plan been drawn up?",
        },
        {
          id: "introduction-day-planned",
          da: "Er introduktionsdagen for ledere, projektledere og repræsentanter for myndighedsområdet samt øvrige relevante aktører planlagt?",
          en: "Is the introduction day for managers, project managers, representatives of the authority area and other relevant actors planned?",
        },
      ],
      source: `${SECTION_4} › Rådgivning`,
      verbatim: false,
    },
    {
      id: "citizen-recruitment-and-cooperation",
      group: ADVICE,
      phase: "change",
      title: {
        da: "Rekruttering af borgere og samarbejdet er drøftet",
        en: "Citizen recruitment and cooperation have been discussed",
      },
      intro: {
        da: "Rådgivningen omfatter møder mellem Socialstyrelsen og den enkelte kommune for at drøfte implementeringen, herunder rekruttering af borgere til metoden og samarbejde mellem ledere og medarbejdere, samt tværkommunale møder med erfaringsudveksling.",
        en: "The advice includes meetings between Socialstyrelsen and each municipality to discuss the implementation, including recruiting citizens to the method and cooperation between managers and staff, as well as cross-municipal meetings to exchange experience.",
      },
      questions: [
        {
          id: "citizen-recruitment",
          da: "Hvordan rekrutteres borgere til metoden?",
          en: "How are citizens recruited to the method?",
        },
        {
          id: "manager-staff-cooperation",
          da: "Hvordan fungerer samarbejdet mellem ledere og medarbejdere?",
          en: "How is the cooperation between managers and staff working?",
          planSection: "interpersonal",
        },
        {
          id: "cross-municipal-experience",
          da: "Hvilke erfaringer fra de tværkommunale møder kan I bruge?",
          en: "Which experiences from the cross-municipal meetings can you use?",
        },
      ],
      source: `${SECTION_4} › Rådgivning: 'Møder mellem Socialstyrelsen og den enkelte kommune…'`,
      verbatim: false,
    },
    {
      id: "staff-training",
      group: TRAINING,
      title: { da: "Medarbejderne er uddannet i metoden", en: "Staff are trained in the method" },
      intro: {
        da: "I hver kommune kan der uddannes op til 30 medarbejdere i CTI. Medarbejdere, der uddannes, er dem, som konkret skal arbejde med metoden. Det kan ikke anbefales at uddanne for mange medarbejdere i forhold til, hvor mange borgere der skal tilbydes metoden, da medarbejderne derved ikke får tilstrækkelig erfaring med at anvende metoden.",
        en: "Up to 30 staff per municipality can be trained in CTI. Those trained are the staff who will actually work with the method. Training too many staff relative to the number of citizens to be offered the method is not recommended, as they would not gain enough experience with it.",
      },
      questions: [
        {
          id: "staff-to-train",
          da: "Hvilke medarbejdere skal konkret arbejde med metoden og uddannes (op til 30)?",
          en: "Which staff will actually work with the method and be trained (up to 30)?",
          planSection: "individual",
        },
        {
          id: "staff-citizen-ratio",
          da: "Står antallet af medarbejdere, der uddannes, i forhold til hvor mange borgere der skal tilbydes metoden?",
          en: "Is the number of staff trained in proportion to how many citizens are to be offered the method?",
          planSection: "individual",
        },
        {
          id: "manuals-introduced",
          da: "Er medarbejderne introduceret til brug af metodemanualer samt skemaer til tjek af metodeloyalitet og -fidelitet?",
          en: "Have staff been introduced to the method manuals and the forms for checking method loyalty and fidelity?",
        },
      ],
      source: `${SECTION_4} › Uddannelse af medarbejdere i metoden: 'op til 30 medarbejdere'`,
      verbatim: false,
    },
    {
      id: "monitoring-reporting",
      group: MONITORING,
      title: {
        da: "Indberetningen til Socialstyrelsen er organiseret",
        en: "Reporting to Socialstyrelsen is organised",
      },
      intro: {
        da: "Det er obligatorisk at indberette CPR-numre og supplerende sagsoplysninger på de borgere, som modtager indsatsen, i Socialstyrelsens indberetningssystem. Indberetningen sker dér og aldrig i denne bot. Efter hver indberetning modtager kommunen status og resultater sammenlignet med de øvrige kommuner.",
        en: "Reporting CPR numbers and supplementary case information on the citizens receiving the intervention is mandatory, in Socialstyrelsen's reporting system. Reporting happens there and never in this bot. After each report the municipality receives a status and results compared with the other municipalities.",
      },
      questions: [
        {
          id: "who-reports",
          da: "Hvem indberetter til Socialstyrelsens indberetningssystem?",
          en: "Who reports to Socialstyrelsen's reporting system?",
        },
        {
          id: "results-use",
          da: "Hvordan bruges status og resultater efter hver indberetning i implementeringsteamet?",
          en: "How does the implementation team use the status and results after each report?",
        },
      ],
      source: `${SECTION_4} › Monitorering af indsatsen`,
      verbatim: false,
    },
    {
      id: "handover-and-anchoring",
      group: HANDOVER,
      phase: "anchoring",
      title: {
        da: "Der er en plan for den videre implementering og forankring",
        en: "There is a plan for further implementation and anchoring",
      },
      intro: {
        da: "Som afslutning på implementeringsstøtten gennemfører Socialstyrelsen og kommunen i samarbejde en vurdering af status for implementeringen, så kommunen kan udarbejde en plan for den videre implementering og forankring. Vurderingen bygger på den indledende behovsafklaring, implementeringsplanen, gennemførte aktiviteter, data fra monitoreringssystemet og andre relevante kilder.",
        en: "To conclude the support, Socialstyrelsen and the municipality jointly assess the status of the implementation so the municipality can draw up a plan for further implementation and anchoring. The assessment builds on the initial needs assessment, the implementation plan, activities carried out, data from the monitoring system and other relevant sources.",
      },
      questions: [
        {
          id: "status-assessed",
          da: "Er status for implementeringen vurderet sammen med Socialstyrelsen?",
          en: "Has the status of the implementation been assessed together with Socialstyrelsen?",
        },
        {
          id: "anchoring-plan-drawn-up",
          da: "Er der udarbejdet en plan for den videre implementering og forankring af metoden?",
          en: "Has a plan for the further implementation and anchoring of the method been drawn up?",
        },
      ],
      source: `${SECTION_4} › Overdragelse og sikring af forankring`,
      verbatim: false,
    },
  ],
  activities: [
    {
      id: "initial-telephone-contact",
      kind: "other",
      name: { da: "Indledende telefonisk kontakt", en: "Initial phone contact" },
      phase: "preparation",
      cadence: "once",
      source: `${SECTION_4} › Behovsafklaring`,
    },
    {
      id: "planning-meeting",
      kind: "other",
      name: {
        da: "Planlægningsmøde om kommunens ønsker og behov",
        en: "Planning meeting on the municipality's wishes and needs",
      },
      phase: "preparation",
      cadence: "once",
      count: 1,
      source: `${SECTION_4} › Behovsafklaring`,
    },
    {
      id: "readiness-analysis",
      kind: "other",
      name: {
        da: "Analyse af kommunens udgangspunkt, fx parathedsanalyse",
        en: "Analysis of the municipality's starting point, e.g. readiness analysis",
      },
      phase: "preparation",
      cadence: "once",
      source: `${SECTION_4} › Behovsafklaring`,
    },
    {
      id: "start-up-meeting",
      kind: "start-up-meeting",
      name: { da: "Opstartsmøde", en: "Start-up meeting" },
      phase: "preparation",
      cadence: "once",
      count: 1,
      date: START_UP_MEETING_MONTH,
      participants: {
        da: "Som minimum leder, projektleder og implementeringsteam",
        en: "At least manager, project manager and implementation team",
      },
      location: { da: "Odense", en: "Odense" },
      note: { da: "Midten af oktober 2019; obligatorisk.", en: "Mid-October 2019; mandatory." },
      source: `${SECTION_4} › Behovsafklaring; 7. Praktiske oplysninger`,
    },
    {
      id: "introduction-day",
      kind: "course",
      name: { da: "Introduktionsdag", en: "Introduction day" },
      cadence: "once",
      count: 1,
      days: 1,
      participants: {
        da: "Ledere, projektledere og repræsentanter for kommunens myndighedsområde samt øvrige relevante aktører",
        en: "Managers, project managers, representatives of the municipality's authority area and other relevant actors",
      },
      source: `${SECTION_4} › Rådgivning`,
    },
    {
      id: "cross-municipal-meetings",
      kind: "experience-gathering",
      name: {
        da: "Tværkommunale møder med erfaringsudveksling",
        en: "Cross-municipal meetings with exchange of experience",
      },
      cadence: "ad-hoc",
      source: `${SECTION_4} › Rådgivning`,
    },
    {
      id: "status-meeting",
      kind: "status-meeting",
      name: {
        da: "Møde mellem Socialstyrelsen og kommunen",
        en: "Meeting between Socialstyrelsen and the municipality",
      },
      cadence: "ad-hoc",
      note: {
        da: "Drøftelse af implementeringen, herunder rekruttering af borgere og samarbejde mellem ledere og medarbejdere; hyppighed ikke angivet.",
        en: "Discussing the implementation, including recruiting citizens and cooperation between managers and staff; frequency not stated.",
      },
      source: `${SECTION_4} › Rådgivning`,
    },
    {
      id: "staff-training",
      kind: "course",
      name: { da: "Oplæring af medarbejdere i CTI", en: "Training staff in CTI" },
      cadence: "once",
      seats: 30,
      participants: {
        da: "Op til 30 medarbejdere, der konkret skal arbejde med metoden",
        en: "Up to 30 staff who will actually work with the method",
      },
      location: {
        da: "På arbejdspladsen eller hos kompetenceleverandøren",
        en: "At the workplace or at the training provider",
      },
      source: `${SECTION_4} › Uddannelse af medarbejdere i metoden`,
    },
    {
      id: "monitoring-reporting",
      kind: "reporting",
      name: {
        da: "Indberetning til Socialstyrelsens indberetningssystem",
        en: "Reporting to Socialstyrelsen's reporting system",
      },
      cadence: "ad-hoc",
      note: {
        da: "Obligatorisk; sker i Socialstyrelsens system, aldrig i denne bot (indeholder CPR-numre).",
        en: "Mandatory; done in Socialstyrelsen's system, never in this bot (includes CPR numbers).",
      },
      source: `${SECTION_4} › Monitorering af indsatsen`,
    },
    {
      id: "handover-assessment",
      kind: "other",
      name: {
        da: "Fælles vurdering af status og plan for forankring",
        en: "Joint status assessment and plan for anchoring",
      },
      phase: "anchoring",
      cadence: "once",
      count: 1,
      source: `${SECTION_4} › Overdragelse og sikring af forankring`,
    },
  ],
  defaults: {
    statusMeeting: {
      cadence: "monthly",
      basis: "assumption",
      source:
        "003 gives no frequency for the meetings between Socialstyrelsen and the municipality (Rådgivning); monthly as in the SFT guide (000)",
    },
  },
  staffing: [
    {
      role: { da: "Medarbejdere uddannet i CTI", en: "Staff trained in CTI" },
      upTo: 30,
      source: `${SECTION_4} › Uddannelse af medarbejdere i metoden: 'op til 30 medarbejdere'`,
    },
  ],
  supportElements: SUPPORT_ELEMENTS,
  monitoring: MONITORING_FIELDS,
};
