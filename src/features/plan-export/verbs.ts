/** The plan card's Action.Execute verbs, shared by the card data and the handlers. */
export const PLAN_VERBS = {
  /** Data: `{ plan: "implementation" | "anchoring" }`. */
  download: "plan.download",
} as const;
