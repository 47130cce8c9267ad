/** The status cards' Action.Execute verbs: the card data carries them and the handlers register on them. */
export const STATUS_VERBS = {
  /** The portfolio's "Næste side" / "Forrige side": another page, in place. */
  page: "status.page",
  /** A portfolio row's "Vis status": the team's status card, posted in the personal chat. */
  show: "status.show",
} as const;
