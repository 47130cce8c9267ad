import type { CommandDefinition } from "../bot/commands";
import type { LocalizedText } from "../domain/i18n";

/** A command as people see it in `help`: how to write it and what it does. */
export interface DescribedCommand extends CommandDefinition {
  usage: LocalizedText;
  description: LocalizedText;
}

/** Every command the bot understands; features register handlers for these ids. */
export const COMMANDS = {
  help: {
    id: "help",
    aliases: { da: ["hjælp", "hjaelp"], en: ["help", "?"] },
    usage: { da: "hjælp", en: "help" },
    description: { da: "Viser denne oversigt.", en: "Shows this overview." },
  },
  setup: {
    id: "setup",
    aliases: { da: ["opsætning", "opsaetning", "indstillinger"], en: ["setup", "settings"] },
    usage: { da: "opsætning", en: "setup" },
    description: {
      da: "Vælg metode, kommune, startdato, roller og faste mødetider for teamet.",
      en: "Choose the method, municipality, start date, roles and regular meeting slots for the team.",
    },
  },
  history: {
    id: "history",
    aliases: { da: ["historik", "log"], en: ["history", "audit"] },
    usage: { da: "historik", en: "history" },
    description: {
      da: "Viser de seneste ændringer: hvem, hvornår og hvad.",
      en: "Shows the latest changes: who, when and what.",
    },
  },
  exportData: {
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
  },
  eraseData: {
    id: "eraseData",
    aliases: { da: ["slet data"], en: ["erase data", "delete data"] },
    usage: { da: "slet data", en: "erase data" },
    description: {
      da: "Lader en godkender slette alle teamets data efter en bekræftelse.",
      en: "Lets an approver erase all of the team's data after a confirmation.",
    },
  },
} satisfies Record<string, DescribedCommand>;
