import { getProgramme, type Programme } from "../../../src/domain/catalog";
import type { Language } from "../../../src/domain/i18n";
import type { ApprovalRecord } from "../../../src/domain/milestones";
import type {
  AnswerRecord,
  Block,
  MilestoneRecord,
  PlanDocument,
  PlanInput,
  PlanKind,
  Section,
} from "../../../src/domain/plan";
import type { OccurrenceOverride } from "../../../src/domain/schedule";
import type { PersonRef, TeamProfile } from "../../../src/domain/team/profile";

export const METTE: PersonRef = { id: "29:mette", name: "Mette Sørensen" };
export const LARS: PersonRef = { id: "29:lars", name: "Lars Nielsen" };
export const BIRGITTE: PersonRef = { id: "29:birgitte", name: "Birgitte Holm" };
export const SOFIE: PersonRef = { id: "29:sofie", name: "Sofie Jensen" };

export function programme(id: string): Programme {
  const found = getProgramme(id);
  if (!found) throw new Error(`no programme ${id}`);
  return found;
}

export function teamProfile(overrides: Partial<TeamProfile> = {}): TeamProfile {
  return {
    teamId: "19:team",
    programmeId: "social-skills-training",
    organisationName: "Aarhus Kommune",
    startDate: "2027-02-01",
    language: "da",
    projectLeader: METTE,
    approvers: [LARS, BIRGITTE],
    consultants: [SOFIE],
    slots: {
      statusMeeting: { cadence: "monthly", week: 2, weekday: 2, time: "10:00" },
      supervision: { cadence: "monthly", week: 3, weekday: 4, time: "13:00" },
    },
    version: 3,
    updatedAt: "2027-01-20T09:00:00.000Z",
    updatedBy: METTE,
    ...overrides,
  };
}

/** Saved by Mette on 10 February 2027 at 10.15 Copenhagen time, unless told otherwise. */
export function answer(text: string, options: Partial<AnswerRecord> = {}): AnswerRecord {
  return { text, by: METTE, at: "2027-02-10T09:15:00.000Z", version: 1, ...options };
}

export function record(
  answers: Record<string, string>,
  options: Partial<Omit<MilestoneRecord, "answers">> = {},
): MilestoneRecord {
  return {
    answers: new Map(Object.entries(answers).map(([id, text]) => [id, answer(text)])),
    version: 1,
    ...options,
  };
}

/** Lars approved version 1 on 24 February 2027 at 10.15 Copenhagen time. */
export function approvedByLars(forVersion = 1): ApprovalRecord {
  return {
    status: "approved",
    forVersion,
    requestedBy: METTE,
    requestedAt: "2027-02-20T09:00:00.000Z",
    decidedBy: LARS,
    decidedAt: "2027-02-24T09:15:00.000Z",
    version: 2,
  };
}

export function planInput(
  options: {
    kind?: PlanKind;
    programmeId?: string;
    language?: Language;
    startDate?: string;
    now?: string;
    milestones?: Record<string, MilestoneRecord>;
    overrides?: OccurrenceOverride[];
    profile?: Partial<TeamProfile>;
  } = {},
): PlanInput {
  const programmeId = options.programmeId ?? "social-skills-training";
  return {
    kind: options.kind ?? "implementation",
    programme: programme(programmeId),
    profile: teamProfile({
      programmeId,
      language: options.language ?? "da",
      startDate: options.startDate ?? "2027-02-01",
      ...options.profile,
    }),
    milestones: new Map(Object.entries(options.milestones ?? {})),
    overrides: options.overrides ?? [],
    now: new Date(options.now ?? "2027-06-14T08:30:00.000Z"),
  };
}

export function section(plan: PlanDocument | Section, id: string): Section {
  const list = "sections" in plan ? plan.sections : plan.subsections;
  const found = list.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no section ${id} in ${list.map((s) => s.id).join(", ")}`);
  return found;
}

/** Every string a block shows, in order. */
export function blockTexts(block: Block): string[] {
  switch (block.type) {
    case "paragraph":
      return [block.text];
    case "question":
      return [block.question, block.answer, ...(block.byline ? [block.byline] : [])];
    case "list":
      return [block.lead, ...block.items];
    case "facts":
      return block.facts.flatMap((fact) => [fact.label, fact.value]);
    case "table":
      return [...block.columns.map((column) => column.header), ...block.rows.flat()];
  }
}

/** Every string a section shows, its subsections included. */
export function sectionTexts(target: Section): string[] {
  return [
    target.heading,
    ...target.blocks.flatMap(blockTexts),
    ...target.subsections.flatMap(sectionTexts),
  ];
}

/** Everything the document says, title page and footer included. */
export function documentText(plan: PlanDocument): string {
  return [
    plan.titlePage.title,
    plan.titlePage.municipality,
    plan.titlePage.method,
    ...plan.titlePage.facts.flatMap((fact) => [fact.label, fact.value]),
    plan.titlePage.lead,
    ...plan.sections.flatMap(sectionTexts),
    plan.footer,
  ].join("\n");
}

export function fact(facts: { label: string; value: string }[], label: string): string | undefined {
  return facts.find((candidate) => candidate.label === label)?.value;
}

type TableBlock = Extract<Block, { type: "table" }>;

/** The tables of a section and its subsections, in order. */
export function tables(target: Section): TableBlock[] {
  return [
    ...target.blocks.filter((block): block is TableBlock => block.type === "table"),
    ...target.subsections.flatMap(tables),
  ];
}
