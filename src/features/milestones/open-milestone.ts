import type { BotTurn, CardActionResponse, CardActionTurn } from "../../bot/turn";
import type { Milestone } from "../../domain/catalog";
import { todayInCopenhagen } from "../../domain/dates";
import { nextMilestone } from "../../domain/milestones";
import { phasePositionOn } from "../../domain/schedule";
import { answerKey } from "../../domain/team/answer-key";
import type { MilestoneDocuments } from "../../store/milestone-repository";
import { own, targetOf } from "./card-input";
import type { MilestoneDependencies } from "./index";
import { renderMilestoneCard, type Notice } from "./milestone-card";
import { milestoneStates } from "./overview";
import { stateOf } from "./stored";
import { channelTeamId, teamGate, type TeamContext } from "./team-context";
import { MILESTONE_TEXT } from "./texts";

/** The milestone card as stored now, at a page. */
function cardFor(
  team: TeamContext,
  milestone: Milestone,
  docs: Pick<MilestoneDocuments, "answers" | "approval">,
  options: { page?: number; notice?: Notice } = {},
) {
  const answers = docs.answers?.answers ?? null;
  return renderMilestoneCard({
    language: team.language,
    programme: team.programme,
    milestone,
    profile: team.profile,
    answers,
    state: stateOf(answers, docs.approval?.approval ?? null),
    ...options,
  }).card;
}

type Opened = { ok: true; team: TeamContext; milestone: Milestone; docs: MilestoneDocuments };

/** The milestone a card names, read in one query, for a set-up team on that programme. */
async function openFromCard(
  turn: CardActionTurn,
  deps: MilestoneDependencies,
): Promise<Opened | { ok: false; response: CardActionResponse }> {
  const teamId = channelTeamId(turn);
  const text = MILESTONE_TEXT[turn.language];
  if (!teamId) return { ok: false, response: { message: text.onlyInTeam } };
  const target = targetOf(turn.data);
  if (!target) return { ok: false, response: { message: text.unknownMilestone } };
  const docs = await deps.store.readMilestone(teamId, target.programme.id, target.milestone.id);
  const gate = teamGate(turn, teamId, docs.profile?.profile);
  if (!gate.ok) return { ok: false, response: { message: gate.message } };
  if (gate.team.programme.id !== target.programme.id) {
    return {
      ok: false,
      response: { message: MILESTONE_TEXT[gate.team.language].programmeChanged },
    };
  }
  return { ok: true, team: gate.team, milestone: target.milestone, docs };
}

/** "Åbn" on the overview or an approval card: the milestone card goes into the thread. */
export async function openMilestone(
  turn: CardActionTurn,
  deps: MilestoneDependencies,
): Promise<CardActionResponse> {
  const opened = await openFromCard(turn, deps);
  if (!opened.ok) return opened.response;
  await turn.sendCard(cardFor(opened.team, opened.milestone, opened.docs));
  return { message: MILESTONE_TEXT[opened.team.language].opened };
}

/** In place of the card clicked: back from the versions, or a fresh card for a stale one. */
export async function showMilestone(
  turn: CardActionTurn,
  deps: MilestoneDependencies,
): Promise<CardActionResponse> {
  const opened = await openFromCard(turn, deps);
  if (!opened.ok) return opened.response;
  const page = own(turn.data, "page");
  return {
    card: cardFor(opened.team, opened.milestone, opened.docs, {
      page: typeof page === "string" && /^\d{1,3}$/.test(page) ? Number(page) : 0,
    }),
  };
}

/** The phase the team is in today, if the programme has dated phases. */
function currentPhaseId(team: TeamContext, today: string): string | undefined {
  const position = phasePositionOn(team.programme, team.profile.startDate, today);
  const phases = team.programme.phases;
  switch (position.status) {
    case "in-phase":
      return position.phase.phaseId;
    case "before-start":
      return phases[0]?.id;
    case "after-end":
      return phases[phases.length - 1]?.id;
    default:
      return undefined;
  }
}

/** `næste`: the first milestone of the current phase that still needs work. */
export async function openNext(turn: BotTurn, deps: MilestoneDependencies): Promise<void> {
  const teamId = channelTeamId(turn);
  if (!teamId) return void (await turn.sendText(MILESTONE_TEXT[turn.language].onlyInTeam));
  const stored = await deps.store.readTeam(teamId);
  const gate = teamGate(turn, teamId, stored.profile?.profile);
  if (!gate.ok) return void (await turn.sendText(gate.message));
  const { team } = gate;
  const text = MILESTONE_TEXT[team.language];
  const states = milestoneStates(team, stored);
  const phaseId = currentPhaseId(team, todayInCopenhagen(deps.clock.now()));
  const next = nextMilestone(team.programme, (id) => states.get(id)?.status ?? "draft", phaseId);
  if (!next) return void (await turn.sendText(text.allApproved));
  const phase = team.programme.phases.find((p) => p.id === phaseId);
  const notice: Notice | undefined =
    !next.inCurrentPhase && phase
      ? { lines: [text.phaseDone(phase.name[team.language])], style: "good" }
      : undefined;
  const key = answerKey(team.programme.id, next.milestone.id);
  const docs = {
    answers: stored.answers.get(key) ?? null,
    approval: stored.approvals.get(key) ?? null,
  };
  await turn.sendCard(cardFor(team, next.milestone, docs, notice ? { notice } : {}));
}
