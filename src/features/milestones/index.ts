import type { Clock } from "../../clock";
import type { Logger } from "../../logger";
import type { CommandDeclaration, Feature } from "../feature";
import { teamChangeListener } from "../status";
import { milestoneStoreFrom, type MilestoneStore } from "./milestone-store";
import { openMilestone, openNext, showMilestone } from "./open-milestone";
import { showOverview } from "./overview";
import { saveMilestone, saveMilestoneWhenLate } from "./save-milestone";
import { MILESTONE_VERBS } from "./verbs";
import { showVersions } from "./versions";

export interface MilestoneDependencies {
  store: MilestoneStore;
  clock: Clock;
  logger: Logger;
}

export const MILESTONES_COMMAND: CommandDeclaration = {
  id: "milestones",
  aliases: { da: ["milepæle", "milepaele", "milepæl"], en: ["milestones", "milestone"] },
  usage: { da: "milepæle", en: "milestones" },
  description: {
    da: "Viser teamets milepæle, som metoden grupperer dem, med vurdering og godkendelse, og åbner dem.",
    en: "Shows the team's milestones as the method groups them, with assessment and approval, and opens them.",
  },
  menu: {
    scopes: ["team"],
    description: {
      da: "Se milepælene med vurdering og godkendelse, og åbn dem",
      en: "See the milestones with assessment and approval, and open them",
    },
  },
};

export const NEXT_COMMAND: CommandDeclaration = {
  id: "next",
  aliases: { da: ["næste", "naeste"], en: ["next"] },
  usage: { da: "næste", en: "next" },
  description: {
    da: "Åbner den første milepæl i den aktuelle fase, der endnu ikke er godkendt.",
    en: "Opens the first milestone of the current phase that is not approved yet.",
  },
  menu: {
    scopes: ["team"],
    description: {
      da: "Åbn den næste milepæl, der mangler",
      en: "Open the next milestone that needs work",
    },
  },
};

/**
 * `milepæle` / `næste` and the milestone card: answers with their versions, the team's
 * assessment, Gem kladde and Send til godkendelse (which posts the approvals feature's card).
 */
export const milestonesFeature: Feature = {
  name: "milestones",
  commands: [MILESTONES_COMMAND, NEXT_COMMAND],
  verbs: Object.values(MILESTONE_VERBS),
  cards: ["milestone-overview", "milestone", "milestone-versions", "notice"],
  register(router, context) {
    const deps: MilestoneDependencies = {
      store: milestoneStoreFrom(context.repositories, teamChangeListener(context)),
      clock: context.clock,
      logger: context.logger,
    };
    router.command(MILESTONES_COMMAND, (turn) => showOverview(turn, deps));
    router.command(NEXT_COMMAND, (turn) => openNext(turn, deps));
    router.cardAction(MILESTONE_VERBS.open, (turn) => openMilestone(turn, deps));
    router.cardAction(MILESTONE_VERBS.show, (turn) => showMilestone(turn, deps));
    router.cardAction(MILESTONE_VERBS.save, (turn) => saveMilestone(turn, deps, "save"), {
      whenLate: saveMilestoneWhenLate,
    });
    router.cardAction(MILESTONE_VERBS.submit, (turn) => saveMilestone(turn, deps, "submit"), {
      whenLate: saveMilestoneWhenLate,
    });
    router.cardAction(MILESTONE_VERBS.versions, (turn) => showVersions(turn, deps));
  },
};
