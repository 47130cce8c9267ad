import type { Clock } from "../../clock";
import type { Logger } from "../../logger";
import type { Feature } from "../feature";
import { EXPORT_ANCHORING_PLAN_COMMAND, EXPORT_PLAN_COMMAND } from "./commands";
import { planDownloadRoute } from "./download";
import { registerPlanExport } from "./export-plan";
import { planExportStoreFrom, type PlanExportStore } from "./store";
import { PLAN_VERBS } from "./verbs";

export interface PlanExportDependencies {
  store: PlanExportStore;
  clock: Clock;
  logger: Logger;
  /** Where people's browsers reach this server, for the download link. */
  publicBaseUrl: string;
}

/**
 * `eksportér plan` / `eksportér forankringsplan`: the implementation plan and the anchoring plan as
 * Word files for the team's members, through the data export's single-use, 15-minute links.
 */
export const planExportFeature: Feature = {
  name: "planExport",
  commands: [EXPORT_PLAN_COMMAND, EXPORT_ANCHORING_PLAN_COMMAND],
  verbs: Object.values(PLAN_VERBS),
  cards: ["plan-export", "link"],
  register(router, context) {
    registerPlanExport(router, {
      store: planExportStoreFrom(context.repositories),
      clock: context.clock,
      logger: context.logger,
      publicBaseUrl: context.config.publicBaseUrl,
    });
  },
  routes(context) {
    return [
      planDownloadRoute(
        { store: planExportStoreFrom(context.repositories), clock: context.clock },
        context.logger,
      ),
    ];
  },
};
