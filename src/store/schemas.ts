import { z } from "zod/v4";
import type { StatusSummary, SummaryPosition } from "../domain/status";
import type { MeetingSlot, PersonRef } from "../domain/team/profile";
import { ACTION_KEY_LENGTH, REMEMBERED_KEYS } from "./action-key";
import { DOCUMENT_TYPES, type DocumentType } from "./document-ids";

/**
 * One schema per document type, for the whole stored document (id, type, partition key and every
 * field). `documents.ts` validates a body with its type's schema before writing it and parses
 * what it reads with the same schema, so a document that could not be read back is never stored:
 * one stored bad value would otherwise lock a team out of its own data.
 *
 * Objects are strict: an unknown field is an error on the way in and on the way out (the Cosmos
 * system fields and the retired fields listed in documents.ts are removed before parsing).
 */

// ---- value types -------------------------------------------------------------------------------

/** A schema that reads and writes T (zod 4's `ZodType<T>` would accept any input type). */
type Schema<T> = z.ZodType<T, T>;

/**
 * A JSON object of keys and values, as zod 3's `record` read it. zod 4's `record` refuses an
 * object with an own `constructor` key (`constructor` is a valid question id) and skips an own
 * `__proto__` key without a word; its `map` checks every key and value and names them in paths.
 */
function record<K extends z.ZodType<string, string>, V extends z.ZodType>(key: K, value: V) {
  type Input = Record<z.input<K>, z.input<V>>;
  const isObject = (input: unknown): input is Input =>
    Object.prototype.toString.call(input) === "[object Object]";
  return z
    .custom<Input>(isObject, "not an object")
    .transform((input) => new Map(Object.entries(input)))
    .pipe(z.map(key, value))
    .transform((entries) => Object.fromEntries(entries) as Record<z.output<K>, z.output<V>>);
}

/** Any URL `new URL` accepts, kept exactly as written (zod 4's `url()` would normalise it). */
const url = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => URL.canParse(value), "not a URL");

/** Teams ids (`19:…`, `29:…`, `28:…`), AAD object ids, tenant ids: bounded, never blank. */
const teamsId = z.string().min(1).max(256);

/** `YYYY-MM-DD`, a real calendar day. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
  }, "not a calendar date");

/** An instant as `Date.toISOString()` writes it (UTC, `Z`). */
export const isoInstant = z.string().datetime({ precision: 3 });

/** A time of day `HH:MM`, 00:00–23:59. */
export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** Kebab-case keys from the catalog: programme ids and question ids. */
const kebab = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const programmeIdSchema = kebab(64);

/**
 * A question's stable id in the catalog, e.g. `who-leads-the-team`. It starts with a letter, so
 * a position ("0", "1") can never pass for one.
 */
export const questionIdSchema = kebab(64).regex(/^[a-z]/);

/** `<programmeId>.<milestoneId>`, see domain/team/answer-key.ts. */
export const milestoneKeySchema = z
  .string()
  .max(150)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/);

const actionKeySchema = z
  .string()
  .length(ACTION_KEY_LENGTH)
  .regex(/^[0-9a-f]+$/);

export const personRefSchema: Schema<PersonRef> = z
  .object({
    id: teamsId,
    aadObjectId: teamsId.optional(),
    name: z.string().max(256),
  })
  .strict();

const weekday = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(6),
  z.literal(7),
]);

export const meetingSlotSchema: Schema<MeetingSlot> = z.discriminatedUnion("cadence", [
  z
    .object({
      cadence: z.literal("monthly"),
      week: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal("last")]),
      weekday,
      time: timeOfDay,
    })
    .strict(),
  z.object({ cadence: z.literal("weekly"), weekday, time: timeOfDay }).strict(),
  z.object({ cadence: z.literal("none") }).strict(),
]);

// ---- the change log every audited document carries ----------------------------------------------

/** Newest entries kept in the document itself; older ones move to archive documents. */
export const CHANGE_LOG_LIMIT = 50;
/** How many of the oldest entries move to one archive document when the log is full. */
export const CHANGE_LOG_ARCHIVE_CHUNK = 25;

/** Ids and counts, not free text: the documents already hold the content. */
const detailValue = z.union([
  z.string().max(1000),
  z.number().finite(),
  z.boolean(),
  z.array(z.string().max(200)).max(100),
]);
export const changeDetailsSchema = record(
  z
    .string()
    .max(64)
    .regex(/^[A-Za-z][A-Za-z0-9]*$/),
  detailValue,
);
export type ChangeDetails = z.infer<typeof changeDetailsSchema>;

export const changeEntrySchema = z
  .object({
    /** The action key of the click that made the change (see action-key.ts). */
    id: actionKeySchema,
    at: isoInstant,
    actor: personRefSchema,
    /** What happened, e.g. "setup.created", "answers.saved", "approval.approved". */
    action: z
      .string()
      .max(64)
      .regex(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/),
    details: changeDetailsSchema,
    /** The version of the document the change produced. */
    version: z.number().int().positive(),
  })
  .strict();
export type ChangeEntry = z.infer<typeof changeEntrySchema>;

const changeLogFields = {
  version: z.number().int().positive(),
  /** The newest changes, oldest first. */
  changes: z.array(changeEntrySchema).max(CHANGE_LOG_LIMIT).default([]),
  /** The keys of the last applied clicks: a redelivered click finds itself here. */
  appliedKeys: z.array(actionKeySchema).max(REMEMBERED_KEYS).default([]),
  /** How many archive documents hold this document's older changes. */
  archivedChunks: z.number().int().nonnegative().default(0),
  /** The newest change's `at`, for listing the team's changes newest first. */
  lastChangeAt: isoInstant.optional(),
};

// ---- the documents -------------------------------------------------------------------------------

const teamPartition = { teamId: teamsId };

const profileDocument = z
  .object({
    id: z.literal("profile"),
    type: z.literal(DOCUMENT_TYPES.profile),
    ...teamPartition,
    programmeId: programmeIdSchema,
    organisationName: z.string().min(1).max(200),
    startDate: isoDate,
    language: z.enum(["da", "en"]),
    projectLeader: personRefSchema,
    approvers: z.array(personRefSchema).min(1).max(60),
    consultants: z.array(personRefSchema).max(60),
    slots: z.object({ statusMeeting: meetingSlotSchema, supervision: meetingSlotSchema }).strict(),
    updatedAt: isoInstant,
    updatedBy: personRefSchema,
    ...changeLogFields,
  })
  .strict();

const conversationDocument = z
  .object({
    id: z.union([
      z.string().startsWith("conversation:").max(255),
      z.literal("personal-conversation"),
    ]),
    type: z.literal(DOCUMENT_TYPES.conversation),
    kind: z.enum(["channel", "personal", "groupChat"]),
    /** Partition key in `teams` (channels, group chats). */
    teamId: teamsId.optional(),
    channelId: teamsId.optional(),
    conversationId: z.string().min(1).max(512),
    serviceUrl: url(512),
    tenantId: teamsId.optional(),
    botId: teamsId,
    /** Partition key in `users` (personal chats). */
    userId: teamsId.optional(),
    updatedAt: isoInstant,
  })
  .strict()
  .superRefine((doc, context) => {
    const partitioned = doc.kind === "personal" ? doc.userId : doc.teamId;
    if (partitioned === undefined) {
      context.addIssue({ code: "custom", message: "no partition key for this kind" });
    }
    if (doc.kind === "channel" && doc.channelId === undefined) {
      context.addIssue({ code: "custom", path: ["channelId"], message: "required for a channel" });
    }
  });

/**
 * Free text as `cleanFreeText` measures it: in code points (an emoji is one), so the store never
 * refuses what the card accepted. The UTF-16 bound only keeps an absurd value cheap to refuse.
 */
const freeText = (maxCodePoints: number) =>
  z
    .string()
    .min(1)
    .max(maxCodePoints * 2)
    .refine((text) => [...text].length <= maxCodePoints, `at most ${maxCodePoints} characters`);

/** The most an answer may hold (the card says so too). */
export const ANSWER_MAX_LENGTH = 4000;
/** The most a comment on an approval decision may hold. */
export const COMMENT_MAX_LENGTH = 1000;

const answerSchema = z
  .object({
    text: freeText(ANSWER_MAX_LENGTH),
    answeredBy: personRefSchema,
    answeredAt: isoInstant,
    /** The version of the answers document that last changed this answer. */
    version: z.number().int().positive(),
  })
  .strict();

const answersDocument = z
  .object({
    id: z.string().startsWith("answers:").max(255),
    type: z.literal(DOCUMENT_TYPES.answers),
    ...teamPartition,
    milestoneId: milestoneKeySchema,
    /** Keyed by the question's stable id (never its position in the catalog). */
    answers: record(questionIdSchema, answerSchema),
    /** The team's own assessment; absent until someone sets it (reads as "not yet"). */
    assessment: z
      .object({
        value: z.enum(["notYet", "partially", "inPlace"]),
        setBy: personRefSchema,
        setAt: isoInstant,
        /** The version of this document that last changed it. */
        version: z.number().int().positive(),
      })
      .strict()
      .optional(),
    updatedAt: isoInstant,
    ...changeLogFields,
  })
  .strict();

const approvalDocument = z
  .object({
    id: z.string().startsWith("approval:").max(255),
    type: z.literal(DOCUMENT_TYPES.approval),
    ...teamPartition,
    milestoneId: milestoneKeySchema,
    status: z.enum(["pending", "approved", "sentBack"]),
    /** The version of the milestone's answers that was sent (and is approved, once decided). */
    forVersion: z.number().int().positive(),
    requestedBy: personRefSchema,
    requestedAt: isoInstant,
    decidedBy: personRefSchema.optional(),
    decidedAt: isoInstant.optional(),
    comment: freeText(COMMENT_MAX_LENGTH).optional(),
    updatedAt: isoInstant,
    ...changeLogFields,
  })
  .strict()
  .superRefine((doc, context) => {
    const decided = doc.status !== "pending";
    if (decided !== (doc.decidedBy !== undefined && doc.decidedAt !== undefined)) {
      context.addIssue({ code: "custom", path: ["decidedBy"], message: "only with a decision" });
    }
  });

/**
 * The series an override belongs to, as the schedule names it: "status-meeting", "supervision",
 * "anchoring-workshop" or a catalog activity's id (kebab-case). Older camelCase kinds still read.
 */
const activityKindSchema = z
  .string()
  .max(64)
  .regex(/^[a-z][A-Za-z0-9]*(-[a-z0-9]+)*$/);

const scheduleOverrideDocument = z
  .object({
    id: z.string().startsWith("override:").max(255),
    type: z.literal(DOCUMENT_TYPES.scheduleOverride),
    ...teamPartition,
    activityKind: activityKindSchema,
    date: isoDate,
    movedTo: z.object({ date: isoDate, time: timeOfDay.optional() }).strict().optional(),
    cancelled: z.boolean(),
    held: z.boolean(),
    note: z.string().max(500).optional(),
    updatedAt: isoInstant,
    updatedBy: personRefSchema,
    ...changeLogFields,
  })
  .strict();

/** A token unique to one create call, so a create whose answer was lost is still known as ours. */
const claimToken = z.string().min(1).max(64);

/** Who holds a delivery while sending it, and until when (see nudge-delivery-repository.ts). */
const leaseSchema = z.object({ owner: claimToken, until: isoInstant }).strict();

const nudgeDeliveryDocument = z
  .object({
    id: z.string().startsWith("nudge:").max(255),
    type: z.literal(DOCUMENT_TYPES.nudgeDelivery),
    ...teamPartition,
    /** What kind of nudge: one delivery per team, month and kind. */
    kind: z.enum(["monthly"]),
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    channelId: teamsId,
    status: z.enum(["sending", "sent", "pending-retry", "failed-permanently"]),
    /** Attempts to post, counting the one in progress. */
    attempts: z.number().int().positive().max(1000),
    /** Present while `sending`: the claim's owner and when it may be taken over. */
    lease: leaseSchema.optional(),
    claimedAt: isoInstant,
    updatedAt: isoInstant,
    sentAt: isoInstant.optional(),
    /** The new post's thread (`<channel>;messageid=<id>`) and the card's activity id. */
    conversationId: z.string().min(1).max(512).optional(),
    activityId: teamsId.optional(),
    /** When a `pending-retry` may be tried again. */
    nextAttemptAt: isoInstant.optional(),
    /** A short reason for logs and status ("429 throttled", "403 MessageWritesBlocked"), never content. */
    lastError: z.string().max(200).optional(),
  })
  .strict()
  .superRefine((doc, context) => {
    if (doc.status === "sending" && doc.lease === undefined) {
      context.addIssue({ code: "custom", path: ["lease"], message: "required while sending" });
    }
    if (doc.status === "sent" && doc.sentAt === undefined) {
      context.addIssue({ code: "custom", path: ["sentAt"], message: "required once sent" });
    }
  });

/**
 * Whether the bot can still post in the team: Teams answered 403/404 to a post, or the bot was
 * removed from the team. Nudges stop; the status card can say why. A re-install clears it.
 */
const approvalCardDocument = z
  .object({
    id: z.string().startsWith("approval-card:").max(255),
    type: z.literal(DOCUMENT_TYPES.approvalCard),
    ...teamPartition,
    milestoneId: milestoneKeySchema,
    serviceUrl: url(500),
    tenantId: z.string().max(200).optional(),
    conversationId: z.string().min(1).max(500),
    activityId: z.string().min(1).max(200),
    botId: z.string().min(1).max(200),
    postedAt: isoInstant,
  })
  .strict();

const reachabilityDocument = z
  .object({
    id: z.literal("reachability"),
    type: z.literal(DOCUMENT_TYPES.reachability),
    ...teamPartition,
    reachable: z.boolean(),
    /** Why not (absent when reachable). */
    reason: z.enum(["bot-removed", "blocked", "not-found"]).optional(),
    /** Status code and error code from Teams, e.g. "403 MessageWritesBlocked"; never content. */
    detail: z.string().max(200).optional(),
    since: isoInstant,
  })
  .strict();

const actionReceiptDocument = z
  .object({
    id: z.string().startsWith("action:").max(255),
    type: z.literal(DOCUMENT_TYPES.actionReceipt),
    ...teamPartition,
    actionKey: actionKeySchema,
    at: isoInstant,
    claimToken,
  })
  .strict();

/** What a person is in a team (domain/team/roles.ts). */
export const teamRoleSchema = z.enum(["projectLeader", "approver", "consultant"]);

const monthCount = z.number().int().positive().max(1200);
const monthsPlanned = z.number().positive().max(1200);

const summaryPositionSchema: Schema<SummaryPosition> = z.discriminatedUnion("status", [
  z.object({ status: z.literal("before-start"), startsOn: isoDate }).strict(),
  z
    .object({
      status: z.literal("in-phase"),
      phaseId: programmeIdSchema,
      monthNumber: monthCount,
      monthsPlanned,
    })
    .strict(),
  z
    .object({
      status: z.literal("phases-undated"),
      monthNumber: monthCount,
      monthsPlanned: monthsPlanned.nullable(),
    })
    .strict(),
  z
    .object({
      status: z.literal("no-phases"),
      monthNumber: monthCount,
      monthsPlanned: monthsPlanned.nullable(),
    })
    .strict(),
  z.object({ status: z.literal("after-end"), plannedEnd: isoDate }).strict(),
]);

const figure = z.number().int().nonnegative().max(10_000);

/** A team's status in a few numbers, for the portfolio (domain/status/summary.ts). */
export const statusSummarySchema: Schema<StatusSummary> = z
  .object({
    asOf: isoDate,
    staleAfter: isoInstant,
    language: z.enum(["da", "en"]),
    position: summaryPositionSchema,
    ended: z.boolean(),
    approved: figure,
    total: figure,
    pending: figure,
    sentBack: figure,
    overdue: figure,
    unreachable: z.boolean(),
    light: z.enum(["red", "yellow", "green"]),
  })
  .strict();

/**
 * One team in a person's index, with the team's status summary once computed, so a portfolio
 * page is one point read.
 */
export const personTeamEntrySchema = z
  .object({
    teamId: teamsId,
    organisationName: z.string().min(1).max(200),
    programmeId: programmeIdSchema,
    roles: z
      .array(teamRoleSchema)
      .min(1)
      .max(3)
      .refine((roles) => new Set(roles).size === roles.length, "each role once"),
    status: statusSummarySchema.optional(),
  })
  .strict();

const personTeamsDocument = z
  .object({
    id: z.literal("person-teams"),
    type: z.literal(DOCUMENT_TYPES.personTeams),
    userId: teamsId,
    teams: z.array(personTeamEntrySchema).max(500),
  })
  .strict();

/**
 * What a one-time download link opens: the team's data (approvers only), or one of the plans
 * (the team's members). A link opens only what it was issued for.
 */
export const EXPORT_PURPOSES = ["data-export", "plan", "anchoring-plan"] as const;
export type ExportPurpose = (typeof EXPORT_PURPOSES)[number];

const exportTokenDocument = z
  .object({
    id: z
      .string()
      .max(255)
      .regex(/^export-token:[0-9a-f]{64}$/),
    type: z.literal(DOCUMENT_TYPES.exportToken),
    ...teamPartition,
    /** Tokens issued before plans existed were all data exports. */
    purpose: z.enum(EXPORT_PURPOSES).default("data-export"),
    createdBy: personRefSchema,
    createdAt: isoInstant,
    expiresAt: isoInstant,
    used: z.boolean(),
    usedAt: isoInstant.optional(),
    ...changeLogFields,
  })
  .strict();

const changeLogArchiveDocument = z
  .object({
    id: z.string().startsWith("changelog:").max(255),
    type: z.literal(DOCUMENT_TYPES.changeLogArchive),
    ...teamPartition,
    /** The id of the document whose changes these are. */
    subject: z.string().min(1).max(220),
    chunk: z.number().int().nonnegative(),
    changes: z.array(changeEntrySchema).min(1).max(CHANGE_LOG_LIMIT),
    lastChangeAt: isoInstant,
  })
  .strict();

/**
 * Written before an erasure's commit point and deleted last: while it exists the erasure is
 * unfinished, and these approvers may finish it even though the profile is already gone.
 */
const erasureDocument = z
  .object({
    id: z.literal("erasure"),
    type: z.literal(DOCUMENT_TYPES.erasure),
    ...teamPartition,
    approverIds: z.array(z.string().min(1).max(200)).max(60),
    startedAt: isoInstant,
    startedBy: personRefSchema,
  })
  .strict();

export const DOCUMENT_SCHEMAS = {
  profile: profileDocument,
  conversation: conversationDocument,
  answers: answersDocument,
  approval: approvalDocument,
  approvalCard: approvalCardDocument,
  scheduleOverride: scheduleOverrideDocument,
  nudgeDelivery: nudgeDeliveryDocument,
  reachability: reachabilityDocument,
  actionReceipt: actionReceiptDocument,
  personTeams: personTeamsDocument,
  exportToken: exportTokenDocument,
  changeLogArchive: changeLogArchiveDocument,
  erasure: erasureDocument,
} as const satisfies Record<DocumentType, z.ZodTypeAny>;

export type DocumentSchemas = typeof DOCUMENT_SCHEMAS;
/** A document of type T as stored and as read. */
export type DocumentOf<T extends DocumentType> = z.output<DocumentSchemas[T]>;
/** What a writer may hand in (fields with defaults may be left out). */
export type DocumentInput<T extends DocumentType> = z.input<DocumentSchemas[T]>;
