import type { Language, LocalizedText } from "../../i18n";
import type { PlanSection, ProgrammeDefinition } from "../schema";

/**
 * Socialstyrelsen's implementation framework as the two parallel 2019 guides describe it: seed 000
 * (Training of Social Skills, English) and seed 002 (Åben Dialog, Danish) contain the same text, so the
 * Danish here is 002's wording and the English is 000's wording, each a faithful counterpart of the other.
 */

type MilestoneDefinition = ProgrammeDefinition["milestones"][number];
type QuestionDefinition = MilestoneDefinition["questions"][number];

export const PHASE_NAMES = {
  preparation: { da: "Forberedelsesfasen", en: "The phase of preparation" },
  change: { da: "Forandringsfasen", en: "The phase of change" },
  anchoring: { da: "Forankringsfasen", en: "The phase of anchoring" },
} satisfies Record<string, LocalizedText>;

/** A point of attention; its id becomes the id of the question asked about it. */
export interface AttentionPoint extends LocalizedText {
  id: string;
}

export interface AttentionDimension {
  /** Also the implementation plan's section for the answers about this dimension. */
  id: Extract<PlanSection, "individual" | "interpersonal" | "institutional" | "infrastructural">;
  /** "Individuelt - Kompetencer" / "Individual - Competence": one of the four I's and its K/C. */
  name: LocalizedText;
  points: AttentionPoint[];
}

/** The four I's / four K's (C's) and their points of attention, in the documents' order. */
export const FOUR_IS: AttentionDimension[] = [
  {
    id: "individual",
    name: { da: "Individuelt - Kompetencer", en: "Individual - Competence" },
    points: [
      { id: "competences", da: "Kompetencer", en: "Competences" },
      { id: "motivation", da: "Motivation", en: "Motivation" },
      { id: "caseload", da: "Caselod pr. medarbejder", en: "Caselod pr. employee" },
    ],
  },
  {
    id: "interpersonal",
    name: { da: "Interpersonelt - Kultur", en: "Interpersonal - Culture" },
    points: [
      { id: "cooperation-relations", da: "Samarbejdsrelationer", en: "Cooperation relations" },
      { id: "habits-values-norms", da: "Vaner, værdier og normer", en: "Habits, values and norms" },
      { id: "communication", da: "Kommunikation", en: "Communication" },
    ],
  },
  {
    id: "institutional",
    name: { da: "Institutionelt - Kommune", en: "Institutional - Municipality" },
    points: [
      {
        id: "management-structure",
        da: "Ledelse og ledelsesstruktur",
        en: "Management and management structure",
      },
      { id: "organisation-structure", da: "Organisationstruktur", en: "Organisation structure" },
      { id: "organisation-size", da: "Størrelse af organisation", en: "Size of organisation" },
      {
        id: "centralisation",
        da: "Centraliseringsgrad af beslutningsprocesser",
        en: "Centralisation degree of decision processes",
      },
      { id: "formalisation", da: "Formaliseringsgrad", en: "Formalization degree" },
      { id: "specialisation", da: "Specialiseringsgrad", en: "Specialisation degree" },
    ],
  },
  {
    id: "infrastructural",
    name: { da: "Infrastrukturelt - Kontekst", en: "Infrastructural - Context" },
    points: [
      { id: "resort-distribution", da: "Ressortfordeling", en: "Resort distribution" },
      { id: "structural-conditions", da: "Strukturelle betingelser", en: "Structural conditions" },
      { id: "political-focus", da: "Politisk fokus", en: "Political focus" },
      { id: "economy", da: "Økonomi", en: "Economy" },
      {
        id: "discourses-and-paradigms",
        da: "Diskurser og paradigmer",
        en: "Discourses and paradigms",
      },
      { id: "technology", da: "Teknologi", en: "Technology" },
      {
        id: "competition-and-incentives",
        da: "Konkurrence og tilskyndelser",
        en: "Competition and Incentives",
      },
      { id: "physical-frames", da: "'Fysiske rammer'", en: "'Physical frames'" },
    ],
  },
];

/** The tools presented at the start-up meeting as the basis for the implementation plan. */
export const PLANNING_TOOLS: { tool: LocalizedText; question: QuestionDefinition }[] = [
  {
    tool: { da: "Interessentanalyse", en: "Stakeholder analysis" },
    question: {
      id: "stakeholder-analysis",
      da: "Er interessentanalysen udarbejdet?",
      en: "Has the stakeholder analysis been done?",
    },
  },
  {
    tool: { da: "Risikoanalyse", en: "Risk analysis" },
    question: {
      id: "risk-analysis",
      da: "Er risikoanalysen udarbejdet?",
      en: "Has the risk analysis been done?",
    },
  },
  {
    tool: { da: "Parathedsskema", en: "Preparedness Schedule" },
    question: {
      id: "readiness-schedule",
      da: "Er parathedsskemaet udfyldt?",
      en: "Has the preparedness schedule been filled in?",
    },
  },
  {
    tool: { da: "Rekruttering og organisering", en: "Recruitment and organization" },
    question: {
      id: "recruitment-and-organisation",
      da: "Er rekruttering og organisering beskrevet?",
      en: "Have recruitment and organisation been described?",
    },
  },
  {
    tool: { da: "kommunikationsplan", en: "communication plan" },
    question: {
      id: "communication-plan",
      da: "Skal der derudover arbejdes med en kommunikationsplan eller andre elementer, som I har fokus på?",
      en: "Will you also work on a communication plan or other elements that you are focusing on?",
    },
  },
];

/** The background questions the implementation plan starts from (the parenthesis in both documents). */
export const BACKGROUND_QUESTIONS: QuestionDefinition[] = [
  {
    id: "why-this-method",
    da: "Hvorfor ønskes metoden implementeret?",
    en: "Why is the method wanted implemented?",
    planSection: "background",
  },
  {
    id: "for-whom",
    da: "Overfor hvem skal metoden anvendes?",
    en: "To whom is the method to be offered?",
    planSection: "target-group",
  },
  {
    id: "replace-or-supplement",
    da: "Skal den erstatte eller supplere eksisterende metoder?",
    en: "Must it replace or supplement existing methods?",
    planSection: "background",
  },
  {
    id: "success-goals",
    da: "Hvad er succesmålene?",
    en: "What are the goals of success?",
    planSection: "success-goals",
  },
];

const ATTENTION_GROUP = { da: "De fire I'er / de fire K'er", en: "The four I's / the four C's" };

function lowerFirstLetter(text: string): string {
  return text.replace(/\p{L}/u, (letter) => letter.toLowerCase());
}

/**
 * A point of attention ("Motivation") as a guiding question the team answers for its own municipality;
 * the answer belongs in the plan's section for the point's dimension.
 */
export function attentionQuestion(
  point: AttentionPoint,
  dimension: AttentionDimension["id"],
): QuestionDefinition {
  return {
    id: point.id,
    da: `Hvilke opmærksomhedspunkter er der i forhold til ${lowerFirstLetter(point.da)}?`,
    en: `What points of attention are there in relation to ${lowerFirstLetter(point.en)}?`,
    planSection: dimension,
  };
}

/**
 * One milestone per I/K, each point of attention a guiding question. `source` names the seed passage;
 * the dimension's heading is appended in the document's own language so a reviewer can find it.
 */
export function fourIsMilestones(
  source: string,
  documentLanguage: Language,
): MilestoneDefinition[] {
  return FOUR_IS.map((dimension) => ({
    id: `attention-${dimension.id}`,
    group: ATTENTION_GROUP,
    phase: "preparation",
    title: {
      da: `Opmærksomhedspunkter er afklaret: ${dimension.name.da}`,
      en: `Points of attention are clarified: ${dimension.name.en}`,
    },
    intro: {
      da: `Implementeringsplanen tager udgangspunkt i de opmærksomhedspunkter, der kan være i forhold til de fire I'er (Individuelt, Interpersonelt, Institutionel og infrastrukturelt)/de fire K'er (Kompetencer, Kultur, Kommune og Kontekst). Her: ${dimension.name.da}.`,
      en: `The implementation plan starts from the points of attention that may arise in relation to the four I (Individual, Interpersonal, Institutional and Infrastructural)/ the four C (Competencies, Culture, Commune and Context). Here: ${dimension.name.en}.`,
    },
    questions: dimension.points.map((point) => attentionQuestion(point, dimension.id)),
    source: `${source} › ${dimension.name[documentLanguage]}`,
    verbatim: false,
  }));
}
