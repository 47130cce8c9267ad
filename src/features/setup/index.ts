import type { Clock } from "../../clock";
import type { Logger } from "../../logger";
import type { CommandDeclaration, Feature } from "../feature";
import { teamChangeListener } from "../status";
import { openSetup, editSetupAgain } from "./open-setup";
import { saveSetup, saveSetupWhenLate } from "./save-setup";
import { setupStoreFrom, type SetupStore } from "./setup-store";
import { SETUP_VERBS } from "./verbs";

export interface SetupDependencies {
  store: SetupStore;
  clock: Clock;
  logger: Logger;
}

export const SETUP_COMMAND: CommandDeclaration = {
  id: "setup",
  aliases: { da: ["opsætning", "opsaetning", "indstillinger"], en: ["setup", "settings"] },
  usage: { da: "opsætning", en: "setup" },
  description: {
    da: "Vælg metode, kommune, startdato, roller og faste mødetider for teamet.",
    en: "Choose the method, municipality, start date, roles and regular meeting slots for the team.",
  },
  menu: {
    scopes: ["team"],
    description: {
      da: "Vælg metode, startdato og roller for implementeringsteamet",
      en: "Choose the method, start date and roles for the implementation team",
    },
  },
};

/** `opsætning` / `setup`: the setup card, its validation and saving, and the summary. */
export const setupFeature: Feature = {
  name: "setup",
  commands: [SETUP_COMMAND],
  verbs: Object.values(SETUP_VERBS),
  cards: ["setup", "setup-summary", "confirm", "notice"],
  register(router, context) {
    const deps: SetupDependencies = {
      store: setupStoreFrom(context.repositories, teamChangeListener(context)),
      clock: context.clock,
      logger: context.logger,
    };
    router.command(SETUP_COMMAND, (turn) => openSetup(turn, deps));
    router.cardAction(SETUP_VERBS.save, (turn) => saveSetup(turn, deps), {
      whenLate: saveSetupWhenLate,
    });
    router.cardAction(SETUP_VERBS.edit, (turn) => editSetupAgain(turn, deps));
  },
};
