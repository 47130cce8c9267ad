import { z } from "zod";
import type { LocalizedText } from "../i18n";

/**
 * The catalog's schema. Programme data is written as TypeScript (so the compiler checks its shape)
 * and parsed again with this schema at load time (so empty texts, bad dates, duplicate ids and
 * dangling phase references fail at start-up instead of in a Teams card).
 */

const nonEmpty = z.string().trim().min(1);

export const localizedTextSchema: z.ZodType<LocalizedText> = z
  .object({ da: nonEmpty, en: nonEmpty })
  .strict();

/** Where in a seed document a value comes from, e.g. "000, The phase of preparation: 'The tools include'". */
const sourceRef = nonEmpty;

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are kebab-case");

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected YYYY-MM");
const calendarDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "expected YYYY-MM-DD");

/** The documents often give a span ("6-8 møder", "3-4 timer", "1-2 dage") rather than one number. */
const numberRangeSchema = z
  .object({ min: z.number().positive(), max: z.number().positive() })
  .strict()
  .refine((range) => range.min <= range.max, "min must not exceed max");

export const CADENCES = ["once", "weekly", "monthly", "quarterly", "ad-hoc"] as const;
export const cadenceSchema = z.enum(CADENCES);

export const ACTIVITY_KINDS = [
  "start-up-meeting",
  "planning-workshop",
  "status-meeting",
  "team-meeting",
  "supervision",
  "course",
  "session",
  "sparring",
  "forum",
  "experience-gathering",
  "recruitment",
  "data-collection",
  "reporting",
  "anchoring-workshop",
  "other",
] as const;
export const activityKindSchema = z.enum(ACTIVITY_KINDS);

export const phaseSchema = z
  .object({
    id: kebabId,
    name: localizedTextSchema,
    /** Typical length in months; null when the document gives none. */
    months: z.number().positive().nullable(),
    /** "stated": the document says it; "derived": computed from what it says (see monthsNote). */
    monthsBasis: z.enum(["stated", "derived"]).optional(),
    monthsNote: localizedTextSchema.optional(),
    start: yearMonth.optional(),
    end: yearMonth.optional(),
    description: localizedTextSchema.optional(),
    source: sourceRef,
  })
  .strict();

/**
 * Where a question's answer belongs in the implementation plan built on Socialstyrelsen's framework
 * (seeds 000/002): the background (why the method, whether it replaces or supplements others), for
 * whom, the success goals, and the four I's / four K's.
 */
export const PLAN_SECTIONS = [
  "background",
  "target-group",
  "success-goals",
  "individual",
  "interpersonal",
  "institutional",
  "infrastructural",
] as const;
export const planSectionSchema = z.enum(PLAN_SECTIONS);

/**
 * A guiding question. Stored answers are keyed by its id, so the id never changes once published
 * (test/domain/catalog/question-ids.json holds them): edit the texts, keep the id.
 */
export const questionSchema = z
  .object({
    id: kebabId,
    da: nonEmpty,
    en: nonEmpty,
    /** Set only where the question clearly answers one part of the plan. */
    planSection: planSectionSchema.optional(),
  })
  .strict();

export const milestoneSchema = z
  .object({
    id: kebabId,
    group: localizedTextSchema,
    phase: kebabId.optional(),
    title: localizedTextSchema,
    intro: localizedTextSchema,
    questions: z.array(questionSchema).min(1),
    source: sourceRef,
    /** False when the document has no milestone list and this one is derived from its text. */
    verbatim: z.boolean(),
  })
  .strict();

export const activitySchema = z
  .object({
    id: kebabId,
    kind: activityKindSchema,
    name: localizedTextSchema,
    phase: kebabId.optional(),
    cadence: cadenceSchema,
    count: z.number().int().positive().optional(),
    countRange: numberRangeSchema.optional(),
    hours: z.number().positive().optional(),
    hoursRange: numberRangeSchema.optional(),
    days: z.number().positive().optional(),
    daysRange: numberRangeSchema.optional(),
    totalHours: z.number().positive().optional(),
    spanMonths: z.number().positive().optional(),
    date: z.union([calendarDate, yearMonth]).optional(),
    /** Last day/month when the document gives a period ("9.-10. februar", "april-juni"). */
    endDate: z.union([calendarDate, yearMonth]).optional(),
    participants: localizedTextSchema.optional(),
    seats: z.number().int().positive().optional(),
    location: localizedTextSchema.optional(),
    note: localizedTextSchema.optional(),
    source: sourceRef,
  })
  .strict();

const defaultCadenceSchema = z
  .object({
    cadence: cadenceSchema,
    /** "document": the seed states it; "assumption": the seed is silent and this is a sensible start value. */
    basis: z.enum(["document", "assumption"]),
    source: sourceRef,
  })
  .strict();

/** Start values for the team's setup card; the team may change them. */
export const programmeDefaultsSchema = z
  .object({
    statusMeeting: defaultCadenceSchema,
    supervision: defaultCadenceSchema.optional(),
    teamMeeting: defaultCadenceSchema.optional(),
  })
  .strict();

/** Data the municipality must report: to Socialstyrelsen's own system, never into this bot (it includes CPR). */
export const monitoringFieldSchema = z
  .object({
    id: kebabId,
    name: localizedTextSchema,
    reportedTo: z.literal("socialstyrelsen"),
    enteredInBot: z.literal(false),
    containsPersonalData: z.boolean(),
    source: sourceRef,
  })
  .strict();

export const supportElementSchema = z
  .object({
    id: kebabId,
    number: z.number().int().positive(),
    name: localizedTextSchema,
    description: localizedTextSchema,
    phase: kebabId.optional(),
    source: sourceRef,
  })
  .strict();

export const contributionSchema = z
  .object({ text: localizedTextSchema, source: sourceRef })
  .strict();

export const staffingSchema = z
  .object({
    role: localizedTextSchema,
    upTo: z.number().int().positive(),
    note: localizedTextSchema.optional(),
    source: sourceRef,
  })
  .strict();

/** The citizen-level course of the method itself (CTI: 9 months in 3 phases), not the municipality's implementation. */
export const interventionModelSchema = z
  .object({
    level: z.literal("citizen"),
    months: z.number().positive(),
    phaseCount: z.number().int().positive(),
    description: localizedTextSchema,
    source: sourceRef,
  })
  .strict();

export const programmeSchema = z
  .object({
    id: kebabId,
    name: localizedTextSchema,
    /** The seed file the programme is built from. */
    source: nonEmpty,
    supplementarySources: z.array(nonEmpty).optional(),
    documentTitle: localizedTextSchema,
    /** Omitted when the document carries no date (001). */
    documentDate: z.union([calendarDate, yearMonth]).optional(),
    description: localizedTextSchema,
    /** Length of the whole supported process, when the document gives it. */
    durationMonths: z.number().positive().nullable(),
    phases: z.array(phaseSchema),
    milestones: z.array(milestoneSchema).min(1),
    activities: z.array(activitySchema).min(1),
    defaults: programmeDefaultsSchema.optional(),
    staffing: z.array(staffingSchema).optional(),
    municipalContributions: z.array(contributionSchema).optional(),
    supportElements: z.array(supportElementSchema).optional(),
    monitoring: z.array(monitoringFieldSchema).optional(),
    interventionModel: interventionModelSchema.optional(),
  })
  .strict()
  .superRefine((programme, context) => {
    const phaseIds = new Set(programme.phases.map((phase) => phase.id));
    reportDuplicates(
      programme.phases.map((phase) => phase.id),
      "phases",
      context,
    );
    reportDuplicates(
      programme.milestones.map((milestone) => milestone.id),
      "milestones",
      context,
    );
    reportDuplicateQuestionIds(programme.milestones, context);
    reportDuplicates(
      programme.activities.map((activity) => activity.id),
      "activities",
      context,
    );
    reportDuplicates(
      (programme.monitoring ?? []).map((field) => field.id),
      "monitoring",
      context,
    );
    reportDuplicates(
      (programme.supportElements ?? []).map((element) => element.id),
      "supportElements",
      context,
    );
    const phaseReferences = [
      ...programme.milestones.map((milestone, index) => ({
        phase: milestone.phase,
        path: ["milestones", index, "phase"],
      })),
      ...programme.activities.map((activity, index) => ({
        phase: activity.phase,
        path: ["activities", index, "phase"],
      })),
      ...(programme.supportElements ?? []).map((element, index) => ({
        phase: element.phase,
        path: ["supportElements", index, "phase"],
      })),
    ];
    for (const reference of phaseReferences) {
      if (reference.phase !== undefined && !phaseIds.has(reference.phase)) {
        context.addIssue({
          code: z.ZodIssueCode.custom,
          path: reference.path,
          message: `unknown phase "${reference.phase}"`,
        });
      }
    }
  });

/** Question ids are unique within their milestone; the message names the milestone, the path the question. */
function reportDuplicateQuestionIds(
  milestones: readonly z.infer<typeof milestoneSchema>[],
  context: z.RefinementCtx,
): void {
  milestones.forEach((milestone, milestoneIndex) => {
    const seen = new Set<string>();
    milestone.questions.forEach((question, questionIndex) => {
      if (seen.has(question.id)) {
        context.addIssue({
          code: z.ZodIssueCode.custom,
          path: ["milestones", milestoneIndex, "questions", questionIndex, "id"],
          message: `milestone "${milestone.id}" has duplicate question id "${question.id}"`,
        });
      }
      seen.add(question.id);
    });
  });
}

function reportDuplicates(ids: string[], path: string, context: z.RefinementCtx): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: [path],
        message: `duplicate id "${id}"`,
      });
    }
    seen.add(id);
  }
}

/** What a programme module exports before validation (zod input type, so data files are type-checked). */
export type ProgrammeDefinition = z.input<typeof programmeSchema>;

export type Programme = z.infer<typeof programmeSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Question = z.infer<typeof questionSchema>;
export type PlanSection = z.infer<typeof planSectionSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type ActivityKind = z.infer<typeof activityKindSchema>;
export type Cadence = z.infer<typeof cadenceSchema>;
export type MonitoringField = z.infer<typeof monitoringFieldSchema>;
export type SupportElement = z.infer<typeof supportElementSchema>;
export type InterventionModel = z.infer<typeof interventionModelSchema>;
export type ProgrammeDefaults = z.infer<typeof programmeDefaultsSchema>;
