import type { Activity } from "botbuilder";
import { MILESTONE_VERBS } from "../../../src/features/milestones/verbs";
import { answerKey } from "../../../src/domain/team/answer-key";
import { createRepositories } from "../../../src/store/repositories";
import type { Store } from "../../../src/store/open-store";
import { invokeCard } from "../../support/card-responses";
import {
  TEAM,
  cardAction,
  cardOf,
  type BotHarness,
  type Sender,
  type TurnResult,
} from "../../support/teams-activities";

export const SFT = "social-skills-training";
/** Five questions, in the preparation phase. */
export const PLANNING = "planning-tools";
export const PLANNING_QUESTIONS = [
  "stakeholder-analysis",
  "risk-analysis",
  "readiness-schedule",
  "recruitment-and-organisation",
  "communication-plan",
] as const;

/** Empties both containers, so each test starts with a team that has not been set up. */
export async function emptyStore(store: Store): Promise<void> {
  for (const [container, key] of [
    [store.teams, "teamId"],
    [store.users, "userId"],
  ] as const) {
    const { resources } = await container.items
      .query<Record<string, string>>(`SELECT c.id, c.${key} AS pk FROM c`)
      .fetchAll();
    for (const item of resources) {
      await container
        .item(item["id"] ?? "", item["pk"])
        .delete()
        .catch(() => undefined);
    }
  }
}

/** The milestone card that "Åbn" posts in the thread. */
export async function openMilestone(
  bot: BotHarness,
  milestoneId = PLANNING,
  from?: Sender,
): Promise<unknown> {
  const result = await bot.send(
    cardAction(MILESTONE_VERBS.open, { programmeId: SFT, milestoneId }, { from }),
  );
  const card = cardOf(result.replies[0]);
  if (!card) throw new Error(`no milestone card: ${JSON.stringify(result.invokeResponse)}`);
  return card;
}

/** The card a card action answered with, or a failure naming what came instead. */
export function answerCard(result: TurnResult): unknown {
  const card = invokeCard(result);
  if (!card) throw new Error(`no card in the answer: ${JSON.stringify(result.invokeResponse)}`);
  return card;
}

export async function storedAnswers(store: Store, milestoneId = PLANNING, teamId = TEAM.id) {
  const found = await createRepositories(store).answers.get(teamId, answerKey(SFT, milestoneId));
  return found?.answers ?? null;
}

export async function storedApproval(store: Store, milestoneId = PLANNING, teamId = TEAM.id) {
  const found = await createRepositories(store).approvals.get(teamId, answerKey(SFT, milestoneId));
  return found?.approval ?? null;
}

/** An activity moved to another team's General channel. */
export function inTeam(activity: Partial<Activity>, teamId: string): Partial<Activity> {
  return {
    ...activity,
    conversation: {
      id: `${teamId};messageid=1700000000001`,
      conversationType: "channel",
      isGroup: true,
      name: "",
    },
    channelData: {
      team: { id: teamId, name: "Andet team" },
      channel: { id: teamId },
      tenant: { id: "tenant-1" },
    },
  };
}
