/** The approval cards' Action.Execute verbs: the card data carries them and the handlers register on them. */
export const APPROVAL_VERBS = {
  approve: "approval.approve",
  sendBack: "approval.sendBack",
  /** Universal Actions refresh: the approver view for approvers, a read-only one for others. */
  refresh: "approval.refresh",
  /** In place: the whole approval card from a list item. */
  show: "approval.show",
  /** In place: the list again. */
  list: "approval.list",
} as const;
