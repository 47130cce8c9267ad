import type { CommandDeclaration } from "../feature";

export const EXPORT_DATA_COMMAND: CommandDeclaration = {
  id: "exportData",
  aliases: {
    da: ["eksportér data", "eksporter data", "eksportér", "eksporter"],
    en: ["export data", "export"],
  },
  usage: { da: "eksportér data", en: "export data" },
  description: {
    da: "Giver en godkender teamets data som en JSON-fil.",
    en: "Gives an approver the team's data as a JSON file.",
  },
  menu: {
    scopes: ["team"],
    description: {
      da: "Hent alt, hvad botten har gemt om teamet, som en JSON-fil (godkendere)",
      en: "Download everything the bot keeps about the team as a JSON file (approvers)",
    },
  },
};

export const ERASE_DATA_COMMAND: CommandDeclaration = {
  id: "eraseData",
  aliases: { da: ["slet data"], en: ["erase data", "delete data"] },
  usage: { da: "slet data", en: "erase data" },
  description: {
    da: "Lader en godkender slette alle teamets data efter en bekræftelse.",
    en: "Lets an approver erase all of the team's data after a confirmation.",
  },
  menu: {
    scopes: ["team"],
    description: {
      da: "Slet alle teamets data efter en bekræftelse (godkendere)",
      en: "Erase all of the team's data after a confirmation (approvers)",
    },
  },
};
