/** Templates checked with the data a real conversation binds (conversation-cards.test.ts). */
export const CARDS_MET_IN_CONVERSATION = [
  "milestone-overview",
  "milestone",
  "milestone-versions",
  "approval",
  "approvals-list",
  "nudge",
  "status",
  "portfolio",
] as const;
