/**
 * Every document id in one place. Ids are deterministic, so a read is a point read and a
 * create-if-absent is a claim. Cosmos forbids `/ \ ? #` in ids; reject them rather than escape,
 * since every part comes from the catalog or from Teams, never from free text.
 */

const FORBIDDEN = /[/\\?#]/;

function part(value: string, what: string): string {
  if (value.length === 0 || FORBIDDEN.test(value)) {
    throw new Error(`invalid ${what} for a document id: ${JSON.stringify(value)}`);
  }
  return value;
}

export const documentIds = {
  profile: () => "profile",
  channelConversation: (channelId: string) => `conversation:${part(channelId, "channel id")}`,
  personalConversation: () => "personal-conversation",
  answers: (milestoneId: string) => `answers:${part(milestoneId, "milestone id")}`,
  approval: (milestoneId: string) => `approval:${part(milestoneId, "milestone id")}`,
  scheduleOverride: (activityKind: string, date: string) =>
    `override:${part(activityKind, "activity kind")}:${part(date, "date")}`,
  auditEvent: (subject: string, version: number, token: string) =>
    `audit:${part(subject, "subject")}:v${version}:${part(token, "token")}`,
  nudgeDelivery: (month: string) => `nudge:${part(month, "month")}`,
  actionReceipt: (actionId: string) => `action:${part(actionId, "action id")}`,
  consultantTeams: () => "consultant-teams",
} as const;

/** The `type` field of every document, so a partition can be read by kind. */
export const DOCUMENT_TYPES = {
  profile: "profile",
  conversation: "conversation",
  answers: "answers",
  approval: "approval",
  scheduleOverride: "scheduleOverride",
  audit: "audit",
  nudgeDelivery: "nudgeDelivery",
  actionReceipt: "actionReceipt",
  consultantTeams: "consultantTeams",
  exportToken: "exportToken",
} as const;

/** How many applied action ids a document remembers, to make a repeated card action a no-op. */
export const REMEMBERED_ACTION_IDS = 50;

export function rememberAction(applied: readonly string[], actionId: string): string[] {
  return [...applied.filter((id) => id !== actionId), actionId].slice(-REMEMBERED_ACTION_IDS);
}

export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

export function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}
