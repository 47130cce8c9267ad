/**
 * Action.Execute verbs: the card templates receive them as data and the handlers register on
 * them, so a renamed verb cannot leave a button without a handler.
 */
export const VERBS = {
  saveSetup: "setup.save",
  confirmProgrammeChange: "setup.confirmProgrammeChange",
  confirmErase: "data.confirmErase",
  cancel: "common.cancel",
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];
