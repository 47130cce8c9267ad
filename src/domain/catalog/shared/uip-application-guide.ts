import type { ProgrammeDefinition } from "../schema";

/**
 * Seed 003: Socialstyrelsen's application guide (26.06.2019) for implementation support to CTI, SFT
 * and ÅD under the UIP programme. What it says applies to all three methods, so it lives here once.
 */

export const APPLICATION_GUIDE_SOURCE = "003_1ca37c9ef0ebbe76.txt";

type SupportElementDefinition = NonNullable<ProgrammeDefinition["supportElements"]>[number];
type MonitoringFieldDefinition = NonNullable<ProgrammeDefinition["monitoring"]>[number];

const SECTION_4 = "003, 4. Om implementeringsstøtten";

/** "Det samlede forløb strækker sig over to år." */
export const SUPPORT_DURATION_MONTHS = 24;

/** The five elements of the support, numbered as in the document. */
export const SUPPORT_ELEMENTS: SupportElementDefinition[] = [
  {
    id: "behovsafklaring",
    number: 1,
    name: { da: "Behovsafklaring", en: "Needs assessment" },
    description: {
      da: "Indledende drøftelse af organisering og etablering af implementeringsteam",
      en: "Initial discussion of organisation and establishment of an implementation team",
    },
    phase: "preparation",
    source: `${SECTION_4} › Behovsafklaring`,
  },
  {
    id: "raadgivning",
    number: 2,
    name: { da: "Rådgivning", en: "Advice" },
    description: {
      da: "Rådgivningen af den enkelte kommune tager udgangspunkt i kommunens konkrete behov, og vil tage afsæt i den udarbejdede implementeringsplan.",
      en: "The advice to each municipality starts from the municipality's specific needs and builds on the implementation plan it has drawn up.",
    },
    source: `${SECTION_4} › Rådgivning`,
  },
  {
    id: "uddannelse",
    number: 3,
    name: { da: "Uddannelse af medarbejdere i metoden", en: "Training of staff in the method" },
    description: {
      da: "Kommuner, som modtager implementeringsstøtte fra Socialstyrelsen, vil få kompetenceudvikling til medarbejderne i den eller de metoder, som implementeres i kommunen.",
      en: "Municipalities receiving implementation support from Socialstyrelsen will get competence development for their staff in the method or methods being implemented in the municipality.",
    },
    source: `${SECTION_4} › Uddannelse af medarbejdere i metoden`,
  },
  {
    id: "monitorering",
    number: 4,
    name: { da: "Monitorering af indsatsen", en: "Monitoring of the intervention" },
    description: {
      da: "Der skal ske en løbende monitorering af metodeudbredelsen i programmet, hovedsageligt med nationale registerdata. Kommunerne indberetter i Socialstyrelsens indberetningssystem.",
      en: "The spread of the methods in the programme is monitored continuously, mainly with national register data. Municipalities report in Socialstyrelsen's reporting system.",
    },
    source: `${SECTION_4} › Monitorering af indsatsen`,
  },
  {
    id: "overdragelse-og-forankring",
    number: 5,
    name: { da: "Overdragelse og sikring af forankring", en: "Handover and securing anchoring" },
    description: {
      da: "Som afslutning på implementeringsstøtten gennemfører Socialstyrelsen og kommunen i samarbejde en vurdering af status for implementeringen med henblik på, at kommunen kan udarbejde en plan for den videre implementering og forankring af metoden i kommunen.",
      en: "To conclude the implementation support, Socialstyrelsen and the municipality jointly assess the status of the implementation so that the municipality can draw up a plan for the further implementation and anchoring of the method in the municipality.",
    },
    phase: "anchoring",
    source: `${SECTION_4} › Overdragelse og sikring af forankring`,
  },
];

const MONITORING_SOURCE = `${SECTION_4} › Monitorering af indsatsen: 'De obligatoriske indberetningskrav er'`;

/**
 * The mandatory reporting fields. They are reported per citizen (starting with the CPR number) into
 * Socialstyrelsen's own reporting system: the bot lists them so the team knows the duty, and never
 * asks for or stores the values.
 */
export const MONITORING_FIELDS: MonitoringFieldDefinition[] = [
  { id: "cpr-number", name: { da: "CPR-nummer på borgeren", en: "The citizen's CPR number" } },
  {
    id: "start-month",
    name: { da: "Startmåned for indsatsen", en: "Start month of the intervention" },
  },
  {
    id: "target-group-information",
    name: {
      da: "Oplysninger om målgruppen og deres sociale problematik",
      en: "Information about the target group and their social problems",
    },
  },
  {
    id: "functional-level",
    name: {
      da: "Borgernes funktionsniveau ved start",
      en: "The citizens' level of functioning at the start",
    },
  },
  {
    id: "referral-basis",
    name: {
      da: "Henvisningsgrundlag (SEL §)",
      en: "Basis of referral (section of the Social Services Act, SEL)",
    },
  },
].map((field) => ({
  ...field,
  reportedTo: "socialstyrelsen" as const,
  enteredInBot: false as const,
  containsPersonalData: true,
  source: MONITORING_SOURCE,
}));

/** "I midten af oktober 2019 afholdes opstartsmøde … Mødet er obligatorisk." (003, Behovsafklaring; 7.) */
export const START_UP_MEETING_MONTH = "2019-10";
