/** The setup card's Action.Execute verbs: the card data carries them and the handlers register on them. */
export const SETUP_VERBS = {
  save: "setup.save",
  edit: "setup.edit",
} as const;
