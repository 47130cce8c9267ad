import type { BotRouter } from "../../bot/router";
import type { Clock } from "../../clock";
import { VERBS } from "../../cards/verbs";
import type { Logger } from "../../logger";
import { COMMANDS } from "../command-catalog";
import { openSetup, editSetupAgain } from "./open-setup";
import { saveSetup } from "./save-setup";
import type { SetupStore } from "./setup-store";

export interface SetupDependencies {
  store: SetupStore;
  clock: Clock;
  logger: Logger;
}

/** `opsætning` / `setup`: the setup card, its validation and saving, and the summary. */
export function registerSetup(router: BotRouter, deps: SetupDependencies): void {
  router.command(COMMANDS.setup, (turn) => openSetup(turn, deps));
  router.cardAction(VERBS.saveSetup, (turn) => saveSetup(turn, deps));
  router.cardAction(VERBS.editSetup, (turn) => editSetupAgain(turn, deps));
}
