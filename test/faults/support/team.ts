import { randomUUID } from "node:crypto";
import { fixedClock } from "../../../src/clock";
import { getProgramme } from "../../../src/domain/catalog";
import { NO_MILESTONE_NEWS } from "../../../src/features/nudges/milestone-digest";
import { renderNudgeCard } from "../../../src/features/nudges/nudge-card";
import { nudgeContent } from "../../../src/features/nudges/nudge-content";
import type { Logger } from "../../../src/logger";
import type { Store } from "../../../src/store/open-store";
import { createRepositories } from "../../../src/store/repositories";
import type { AppParts } from "../../../src/app";
import { openMilestone, PLANNING_QUESTIONS } from "../../features/support/milestone-bot";
import { press } from "../../features/support/cards";
import { setUpTeam } from "../../support/setup-fixture";
import { createTestBot, type TestBot } from "../../support/test-app";
import {
  AHMED,
  LARS,
  METTE,
  SOFIE,
  TEAM,
  cardOf,
  message,
  type Sender,
} from "../../support/teams-activities";

/**
 * The team every fault case works on: Aarhus Kommune on Social Færdighedstræning from
 * 1 February 2027, Mette leads, Lars and Birgitte approve, Sofie consults, Ahmed is a member.
 * The clock stands at Monday 1 March 2027, 09:30 in Copenhagen: the March nudge has gone out.
 */
export const BIRGITTE: Sender = {
  id: "29:birgitte",
  name: "Birgitte Holm",
  aadObjectId: "aad-birgitte",
};
/** Not in the team, not in any role: someone who found the bot. */
export const EVE: Sender = { id: "29:eve", name: "Eve Udefra", aadObjectId: "aad-eve" };
export const MEMBERS: readonly Sender[] = [METTE, LARS, SOFIE, AHMED, BIRGITTE];
export const FAULT_TIME = "2027-03-01T08:30:00Z";
export const MARCH_MONTH = "2027-03";
export const [Q1, Q2] = PLANNING_QUESTIONS;
export const answerField = (questionId: string) => `answer-${questionId}`;

export function faultBot(
  store: Store,
  connectorUrl: string,
  options: {
    logger?: Logger;
    turnBudgets?: AppParts["turnBudgets"];
    onTurnFinished?: AppParts["onTurnFinished"];
  } = {},
): TestBot {
  return createTestBot(store, { connectorUrl, clock: fixedClock(FAULT_TIME), ...options });
}

/** The cards people hold in the team, each as the bot drew it. */
export interface TeamCards {
  setup: unknown;
  milestone: unknown;
  approval: unknown;
  nudge: unknown;
  erase: unknown;
  export: unknown;
}

/** Sets the team up through its cards and sends the first milestone for approval. */
export async function prepareTeam(bot: TestBot, store: Store): Promise<TeamCards> {
  await setUpTeam(bot, { approverIds: `${LARS.id},${BIRGITTE.id}` });
  const milestone = await openMilestone(bot);
  const sent = await bot.send(
    press(milestone, "Send til godkendelse", {
      [answerField(Q1)]: "Interessentanalysen er lavet.",
      assessment: "partially",
    }),
  );
  const approval = cardOf(sent.replies[0]);
  const setup = cardOf((await bot.send(message("opsætning"))).replies[0]);
  const erase = cardOf((await bot.send(message("slet data", { from: LARS }))).replies[0]);
  const exported = cardOf((await bot.send(message("eksportér data", { from: LARS }))).replies[0]);
  const nudge = await nudgeCard(store);
  if (!approval || !setup || !erase || !exported)
    throw new Error("the team's cards were not drawn");
  return { setup, milestone: await openMilestone(bot), approval, nudge, erase, export: exported };
}

/** March's nudge card as the sweep posts it, drawn from what is stored now. */
export async function nudgeCard(store: Store, teamId = TEAM.id): Promise<unknown> {
  const repositories = createRepositories(store);
  const stored = await repositories.profiles.get(teamId);
  const programme = stored && getProgramme(stored.profile.programmeId);
  if (!stored || !programme) throw new Error("the team is not set up");
  const content = nudgeContent({
    profile: stored.profile,
    programme,
    overrides: await repositories.scheduleOverrides.list(teamId),
    milestones: NO_MILESTONE_NEWS,
    month: MARCH_MONTH,
    now: new Date(FAULT_TIME),
  });
  return renderNudgeCard(content, { actionId: randomUUID() });
}
