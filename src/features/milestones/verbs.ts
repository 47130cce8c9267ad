/** The milestone cards' Action.Execute verbs: the card data carries them and the handlers register on them. */
export const MILESTONE_VERBS = {
  /** From the overview or an approval card: posts the milestone card in the thread. */
  open: "milestone.open",
  /** In place: back from the versions, or a fresh card instead of a stale one. */
  show: "milestone.show",
  save: "milestone.save",
  submit: "milestone.submit",
  versions: "milestone.versions",
} as const;
