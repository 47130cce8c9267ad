import type { Programme } from "../catalog";
import type { Language } from "../i18n";
import type { Assessment } from "../milestones/assessment";
import type { ApprovalRecord } from "../milestones/state";
import type { OccurrenceOverride } from "../schedule/occurrence";
import type { PersonRef, TeamProfile } from "../team/profile";

/**
 * The implementation plan and the anchoring plan as a document: headings, paragraphs, questions
 * with the team's answers, fact lists and tables, already in the team's language. A renderer
 * (`src/features/plan-export/`) turns it into a Word file; tests read it directly.
 */

/**
 * - implementation: the plan the planning workshop produces (Socialstyrelsen's framework);
 * - anchoring: the anchoring phase's revision of it, a status against the same elements.
 */
export type PlanKind = "implementation" | "anchoring";
export const PLAN_KINDS: readonly PlanKind[] = ["implementation", "anchoring"];

/** One saved answer to a guiding question. */
export interface AnswerRecord {
  text: string;
  by: PersonRef;
  /** Instant, ISO. */
  at: string;
  /** The version of the milestone's answers that last changed it. */
  version: number;
}

/** What the team has stored about one milestone. */
export interface MilestoneRecord {
  /** Keyed by the question's stable id. */
  answers: ReadonlyMap<string, AnswerRecord>;
  /** The answers document's version; 0 when nothing is saved. */
  version: number;
  assessment?: Assessment;
  approval?: ApprovalRecord;
}

/** Everything a plan is written from: the catalog, the team's setup and its own records. */
export interface PlanInput {
  kind: PlanKind;
  programme: Programme;
  profile: TeamProfile;
  /** Keyed by milestone id; a milestone without a record has nothing saved. */
  milestones: ReadonlyMap<string, MilestoneRecord>;
  overrides: readonly OccurrenceOverride[];
  /** When the document is generated (the footer says so; "today" for the schedule and progress). */
  now: Date;
}

export type SectionId =
  | "background"
  | "target-group"
  | "success-goals"
  | "four-is"
  | "anchoring-status"
  | "continuation"
  | "ownership"
  | "milestones"
  | "schedule"
  | "progress";

export interface Fact {
  label: string;
  value: string;
}

export interface TableColumn {
  header: string;
  /** Share of the text width, in per cent; a table's columns add up to 100. */
  width: number;
  /** Figures are right-aligned. */
  align?: "left" | "right";
}

export type Block =
  /** "note": smaller and muted, for explanations and attributions. */
  | { type: "paragraph"; text: string; tone?: "normal" | "note" }
  /** A guiding question with the team's answer (or the words for "not answered yet") and who wrote it. */
  | {
      type: "question";
      number?: number;
      question: string;
      answered: boolean;
      answer: string;
      byline?: string;
    }
  /** A short list under a lead-in line, e.g. the questions not answered yet. */
  | { type: "list"; lead: string; items: string[]; tone?: "normal" | "note" }
  | { type: "facts"; facts: Fact[] }
  | { type: "table"; columns: TableColumn[]; rows: string[][] };

export interface Section {
  /** Top-level sections carry a `SectionId`; subsections a group, dimension or milestone id. */
  id: string;
  heading: string;
  blocks: Block[];
  subsections: Section[];
}

export interface TitlePage {
  /** "Implementeringsplan" / "Forankringsplan". */
  title: string;
  municipality: string;
  method: string;
  facts: Fact[];
  /** What the document is and what it is written from. */
  lead: string;
}

export interface PlanDocument {
  kind: PlanKind;
  language: Language;
  titlePage: TitlePage;
  sections: Section[];
  /** When it was generated and from which versions; the renderer adds page numbers. */
  footer: string;
  /** For the file's properties: "Implementeringsplan – Aarhus Kommune". */
  documentTitle: string;
  /** ASCII, without extension: "implementeringsplan-aarhus-kommune". */
  fileName: string;
}
