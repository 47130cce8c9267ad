/**
 * Action.Execute verbs: the card templates receive them as data and the handlers register on
 * them, so a renamed verb cannot leave a button without a handler.
 */
export const VERBS = {
  saveSetup: "setup.save",
  editSetup: "setup.edit",
  downloadExport: "data.export",
  confirmErase: "data.confirmErase",
  cancelErase: "data.cancelErase",
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];
