import { InvalidIdError } from "./errors";

/**
 * Every document id in one place. Ids are deterministic, so a read is a point read and a
 * create-if-absent is a claim. Cosmos allows 255 characters and forbids `/ \ ? #`; rather than
 * escape, every part is checked against a small alphabet and a length, since every part comes
 * from the catalog, from Teams or from us, never from free text. A bad part throws InvalidIdError
 * before any request is sent, naming its kind and length but never its value (it may be an
 * attacker's 100 KB payload, and it would land in the log).
 */

/** Cosmos's own limit on an id. */
export const MAX_DOCUMENT_ID_LENGTH = 255;

/** Teams ids (`19:…@thread.tacv2`, `29:…`), catalog keys, dates: letters, digits and `_.:@=+-`. */
const ID_PART = /^[\w.:@=+-]+$/;

function part(value: string, kind: string, maxLength: number): string {
  if (value.length === 0) throw new InvalidIdError(kind, "empty", 0);
  if (value.length > maxLength) throw new InvalidIdError(kind, "too long", value.length);
  if (!ID_PART.test(value)) throw new InvalidIdError(kind, "forbidden characters", value.length);
  return value;
}

function whole(id: string): string {
  if (id.length > MAX_DOCUMENT_ID_LENGTH)
    throw new InvalidIdError("document id", "too long", id.length);
  return id;
}

/** Teams channel and chat ids are about 50–120 characters; leave room, stay well under 255. */
const CONVERSATION_ID_MAX = 200;
const MILESTONE_ID_MAX = 150;
const SHORT_MAX = 64;

export const documentIds = {
  profile: () => "profile" as const,
  channelConversation: (channelId: string) =>
    whole(`conversation:${part(channelId, "channel id", CONVERSATION_ID_MAX)}`),
  personalConversation: () => "personal-conversation" as const,
  answers: (milestoneId: string) =>
    whole(`answers:${part(milestoneId, "milestone id", MILESTONE_ID_MAX)}`),
  approval: (milestoneId: string) =>
    whole(`approval:${part(milestoneId, "milestone id", MILESTONE_ID_MAX)}`),
  /** Where a milestone's approval card was posted, so a decision made elsewhere can update it. */
  approvalCard: (milestoneId: string) =>
    whole(`approval-card:${part(milestoneId, "milestone id", MILESTONE_ID_MAX)}`),
  scheduleOverride: (activityKind: string, date: string) =>
    whole(`override:${part(activityKind, "activity kind", SHORT_MAX)}:${part(date, "date", 10)}`),
  /** One per team, nudge kind and month, e.g. `nudge:monthly:2027-03`: its create is the claim. */
  nudgeDelivery: (kind: string, month: string) =>
    whole(`nudge:${part(kind, "nudge kind", SHORT_MAX)}:${part(month, "month", 7)}`),
  reachability: () => "reachability" as const,
  actionReceipt: (actionKey: string) => whole(`action:${part(actionKey, "action key", SHORT_MAX)}`),
  /** A person's teams with their roles, in the `users` container. */
  personTeams: () => "person-teams" as const,
  erasure: () => "erasure" as const,
  /** An export link's document, named by the SHA-256 (hex) of the token. */
  exportToken: (tokenHash: string) =>
    whole(`export-token:${part(tokenHash, "token hash", SHORT_MAX)}`),
  /** The `chunk`-th archive of older change entries of the document `subject`. */
  changeLogArchive: (subject: string, chunk: number) => {
    if (!Number.isSafeInteger(chunk) || chunk < 0) {
      throw new InvalidIdError("archive number", "forbidden characters", String(chunk).length);
    }
    return whole(`changelog:${part(subject, "subject", 220)}:${chunk}`);
  },
} as const;

/** The `type` field of every document, so a partition can be read by kind. */
export const DOCUMENT_TYPES = {
  profile: "profile",
  conversation: "conversation",
  answers: "answers",
  approval: "approval",
  approvalCard: "approvalCard",
  scheduleOverride: "scheduleOverride",
  nudgeDelivery: "nudgeDelivery",
  reachability: "reachability",
  actionReceipt: "actionReceipt",
  personTeams: "personTeams",
  exportToken: "exportToken",
  changeLogArchive: "changeLogArchive",
  erasure: "erasure",
} as const;

export type DocumentType = (typeof DOCUMENT_TYPES)[keyof typeof DOCUMENT_TYPES];

/**
 * What a card sends as its `actionId`: one per rendering of a card (a UUID today). Features check
 * a payload with this before anything reaches the store.
 */
export const CARD_ACTION_ID = /^[A-Za-z0-9_-]{8,64}$/;

export function isCardActionId(value: unknown): value is string {
  return typeof value === "string" && CARD_ACTION_ID.test(value);
}

export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

export function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}
