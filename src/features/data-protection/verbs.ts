/** The data-protection cards' Action.Execute verbs, shared by the card data and the handlers. */
export const DATA_VERBS = {
  downloadExport: "data.export",
  confirmErase: "data.confirmErase",
  cancelErase: "data.cancelErase",
} as const;
