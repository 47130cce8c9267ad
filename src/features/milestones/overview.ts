import type { BotTurn } from "../../bot/turn";
import type { AdaptiveCard } from "../../cards/adaptive-card";
import { renderTemplate } from "../../cards/render";
import {
  assessmentLabel,
  describeState,
  overviewGroups,
  type MilestoneState,
} from "../../domain/milestones";
import { answerKey } from "../../domain/team/answer-key";
import type { TeamMilestones } from "../../store/milestone-repository";
import type { MilestoneDependencies } from "./index";
import { stateColor } from "./milestone-card";
import { stateOf } from "./stored";
import { channelTeamId, teamGate, type TeamContext } from "./team-context";
import { MILESTONE_TEXT } from "./texts";
import { MILESTONE_VERBS } from "./verbs";

/** The data `cards/milestone-overview.json` binds to. */
export interface OverviewCardData {
  title: string;
  subtitle: string;
  progress: string;
  groups: {
    name: string;
    rows: {
      title: string;
      assessment: string;
      status: string;
      color: string;
      openTitle: string;
      verb: string;
      data: { programmeId: string; milestoneId: string };
    }[];
  }[];
  footer: string;
}

/** Every milestone's state, from the team's documents (one query). */
export function milestoneStates(
  team: TeamContext,
  stored: TeamMilestones,
): Map<string, MilestoneState> {
  return new Map(
    team.programme.milestones.map((milestone) => {
      const key = answerKey(team.programme.id, milestone.id);
      const answers = stored.answers.get(key)?.answers ?? null;
      const approval = stored.approvals.get(key)?.approval ?? null;
      return [milestone.id, stateOf(answers, approval)];
    }),
  );
}

export function overviewCardData(
  team: TeamContext,
  states: ReadonlyMap<string, MilestoneState>,
): OverviewCardData {
  const { language, programme, profile } = team;
  const text = MILESTONE_TEXT[language];
  const approved = [...states.values()].filter((s) => s.status === "approved").length;
  return {
    title: `${text.overviewTitle}: ${programme.name[language]}`,
    subtitle: profile.organisationName,
    progress: text.progress(approved, programme.milestones.length),
    groups: overviewGroups(programme).map((group) => ({
      name: group.name[language],
      rows: group.milestones.map((milestone) => {
        const state = states.get(milestone.id) ?? stateOf(null, null);
        return {
          title: milestone.title[language],
          assessment: assessmentLabel(state.assessment)[language],
          status: describeState(state)[language],
          color: stateColor(state),
          openTitle: text.open,
          verb: MILESTONE_VERBS.open,
          data: { programmeId: programme.id, milestoneId: milestone.id },
        };
      }),
    })),
    footer: text.overviewFooter,
  };
}

export function renderOverviewCard(data: OverviewCardData): AdaptiveCard {
  return renderTemplate("milestone-overview", data);
}

/** `milepæle`: the programme's milestones as it groups them, each with its state and Åbn. */
export async function showOverview(turn: BotTurn, deps: MilestoneDependencies): Promise<void> {
  const teamId = channelTeamId(turn);
  if (!teamId) return void (await turn.sendText(MILESTONE_TEXT[turn.language].onlyInTeam));
  const stored = await deps.store.readTeam(teamId);
  const gate = teamGate(turn, teamId, stored.profile?.profile);
  if (!gate.ok) return void (await turn.sendText(gate.message));
  const states = milestoneStates(gate.team, stored);
  await turn.sendCard(renderOverviewCard(overviewCardData(gate.team, states)));
}
