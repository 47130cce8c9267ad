/** The nudge card's Action.Execute verbs, shared by the card data and the handlers. */
export const NUDGE_VERBS = {
  markHeld: "nudge.markHeld",
  move: "nudge.move",
  snooze: "nudge.snooze",
} as const;
