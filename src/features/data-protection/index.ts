import type { Clock } from "../../clock";
import type { Logger } from "../../logger";
import type { Feature } from "../feature";
import { ERASE_DATA_COMMAND, EXPORT_DATA_COMMAND } from "./commands";
import { registerErase } from "./erase";
import { exportRoute, registerExport } from "./export";
import { dataProtectionStoreFrom, type DataProtectionStore } from "./store";
import { DATA_VERBS } from "./verbs";

export interface DataProtectionDependencies {
  store: DataProtectionStore;
  clock: Clock;
  logger: Logger;
  /** Where people's browsers reach this server, for the download link. */
  publicBaseUrl: string;
}

/** `eksportér data` and `slet data`, and the download route the export link points at. */
export const dataProtectionFeature: Feature = {
  name: "dataProtection",
  commands: [EXPORT_DATA_COMMAND, ERASE_DATA_COMMAND],
  verbs: Object.values(DATA_VERBS),
  cards: ["action", "link", "confirm", "notice"],
  register(router, context) {
    const deps: DataProtectionDependencies = {
      store: dataProtectionStoreFrom(context.repositories),
      clock: context.clock,
      logger: context.logger,
      publicBaseUrl: context.config.publicBaseUrl,
    };
    registerExport(router, deps);
    registerErase(router, deps);
  },
  routes(context) {
    return [exportRoute(dataProtectionStoreFrom(context.repositories), context.logger)];
  },
};
