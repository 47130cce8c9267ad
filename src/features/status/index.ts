import type { Clock } from "../../clock";
import type { Logger } from "../../logger";
import type { CommandDeclaration, Feature, FeatureContext } from "../feature";
import { showPortfolio, showRow, turnPage } from "./portfolio";
import { statusStoreFrom, type StatusStore } from "./status-store";
import { StatusSummaries } from "./summaries";
import { showChannelStatus } from "./team-status";
import { STATUS_TEXT } from "./texts";
import { STATUS_VERBS } from "./verbs";

export interface StatusDependencies {
  store: StatusStore;
  summaries: StatusSummaries;
  clock: Clock;
  logger: Logger;
}

export const STATUS_COMMAND: CommandDeclaration = {
  id: "status",
  aliases: { da: ["status", "overblik"], en: ["status"] },
  usage: { da: "status", en: "status" },
  description: {
    da: "I teamets kanal: teamets status med fase og måned, milepæle, hvem der skal handle, de næste 30 dage og hvad der er forfaldent. I en personlig chat: alle dine teams (som konsulent, godkender eller projektleder) med trafiklys; status <kommune> åbner ét af dem.",
    en: "In the team's channel: the team's status with phase and month, milestones, who must act, the next 30 days and what is overdue. In a personal chat: all your teams (as consultant, approver or project leader) with a traffic light; status <municipality> opens one of them.",
  },
  menu: {
    scopes: ["team", "personal"],
    description: {
      da: "Se hvor implementeringen står, eller alle dine teams med trafiklys",
      en: "See where the implementation stands, or all your teams with a traffic light",
    },
  },
};

const summariesByContext = new WeakMap<FeatureContext, StatusSummaries>();

/**
 * The one keeper of an app's status summaries: the status feature and the features whose changes
 * move a team's figures (milestones, approvals, setup, nudges) share it.
 */
export function statusSummariesFor(context: FeatureContext): StatusSummaries {
  const existing = summariesByContext.get(context);
  if (existing) return existing;
  const summaries = new StatusSummaries({
    store: statusStoreFrom(context.repositories),
    clock: context.clock,
    logger: context.logger,
  });
  summariesByContext.set(context, summaries);
  return summaries;
}

/**
 * What the features whose changes move a team's figures call once a change has committed: the
 * team's summaries are refreshed in the background (see StatusSummaries).
 */
export function teamChangeListener(context: FeatureContext): (teamId: string) => void {
  const summaries = statusSummariesFor(context);
  return (teamId) => summaries.teamChanged(teamId);
}

/**
 * `status`: the team's status card in its channel (charts with text fallbacks), the consultant's
 * portfolio in a personal chat (one point read of the person's index with each team's summary,
 * ten to a card, "Næste side", a button per row), and `status <kommune>`.
 */
export const statusFeature: Feature = {
  name: "status",
  commands: [STATUS_COMMAND],
  verbs: Object.values(STATUS_VERBS),
  cards: ["status", "portfolio"],
  register(router, context) {
    const deps: StatusDependencies = {
      store: statusStoreFrom(context.repositories),
      summaries: statusSummariesFor(context),
      clock: context.clock,
      logger: context.logger,
    };
    router.command(STATUS_COMMAND, async (turn, args) => {
      const { kind, teamId } = turn.conversation;
      if (kind === "channel" && teamId) return showChannelStatus(turn, deps, teamId);
      if (kind === "personal") return showPortfolio(turn, deps, args);
      await turn.sendText(STATUS_TEXT[turn.language].onlyTeamOrPersonal);
    });
    router.cardAction(STATUS_VERBS.page, (turn) => turnPage(turn, deps));
    router.cardAction(STATUS_VERBS.show, (turn) => showRow(turn, deps));
  },
};
