import { chooseLanguage, type BotTurn, type CardActionResponse } from "../../bot/turn";
import type { AdaptiveCard } from "../../cards/adaptive-card";
import { renderTemplate } from "../../cards/render";
import { getProgramme } from "../../domain/catalog";
import { formatDateTime } from "../../domain/dates";
import type { Language } from "../../domain/i18n";
import { assessmentLabel, isApproverOf } from "../../domain/milestones";
import { answerKey } from "../../domain/team/answer-key";
import { personKey } from "../../domain/team/person-key";
import type { TeamMilestones } from "../../store/milestone-repository";
import { stateOf } from "../milestones/stored";
import { approvalActions, type ApprovalCardModel } from "./approval-card";
import type { ApprovalDependencies } from "./index";
import { APPROVAL_TEXT } from "./texts";

/** The data `cards/approvals-list.json` binds to. */
export interface ApprovalsListData {
  title: string;
  intro: string;
  notice: { text: string; lines: string[]; style: string };
  items: {
    team: string;
    title: string;
    detail: string;
    commentInput: { id: string; label: string; placeholder: string; value: string; error: string };
    actions: { title: string; verb: string; style: string; data: object }[];
  }[];
}

/** The most items one list shows, so the card stays inside Teams' size limit. */
const MAX_ITEMS = 12;

/** What waits for a decision in one team: sent, and unchanged since. */
function waitingIn(
  teamId: string,
  stored: TeamMilestones,
  language: Language,
  inChannel: boolean,
): ApprovalCardModel[] {
  const profile = stored.profile?.profile;
  const programme = profile ? getProgramme(profile.programmeId) : undefined;
  if (!profile || !programme) return [];
  return programme.milestones.flatMap((milestone) => {
    const key = answerKey(programme.id, milestone.id);
    const approval = stored.approvals.get(key)?.approval;
    const answers = stored.answers.get(key)?.answers ?? null;
    if (!approval) return [];
    const state = stateOf(answers, approval);
    if (state.status !== "pending") return [];
    return [
      {
        language,
        teamId,
        programme,
        milestone,
        profile,
        answers,
        approval,
        state,
        actionable: true,
        source: "list" as const,
        inChannel,
      },
    ];
  });
}

function listData(
  models: ApprovalCardModel[],
  language: Language,
  personal: boolean,
): ApprovalsListData {
  const text = APPROVAL_TEXT[language];
  const shown = models.slice(0, MAX_ITEMS);
  return {
    title: text.listTitle,
    intro:
      models.length > 0
        ? text.listIntro(models.length)
        : personal
          ? text.listEmptyPersonal
          : text.listEmpty,
    notice: { text: "", lines: [], style: "default" },
    items: shown.map((model, index) => {
      const field = `comment-${index}`;
      return {
        team: personal ? model.profile.organisationName : "",
        title: model.milestone.title[language],
        detail: text.listDetail(
          model.approval.requestedBy.name,
          formatDateTime(model.approval.requestedAt, language),
          assessmentLabel(model.state.assessment)[language],
        ),
        commentInput: {
          id: field,
          label: text.commentLabel,
          placeholder: text.commentPlaceholder,
          value: "",
          error: "",
        },
        actions: approvalActions(model, field, { showAnswers: true }),
      };
    }),
  };
}

export function renderApprovalsList(data: ApprovalsListData): AdaptiveCard {
  return renderTemplate("approvals-list", data);
}

/**
 * What waits for approval: in a channel, the team's; in a personal chat, across every team where
 * the person is an approver (their index: one point read; then each team's own documents, whose
 * profile decides — the index is only a pointer).
 */
async function listCard(turn: BotTurn, deps: ApprovalDependencies): Promise<AdaptiveCard | string> {
  const { kind, teamId } = turn.conversation;
  if (kind === "channel" && teamId) {
    const stored = await deps.store.readTeam(teamId);
    const language = chooseLanguage(turn, stored.profile?.profile.language);
    const models = waitingIn(teamId, stored, language, true);
    return renderApprovalsList(listData(models, language, false));
  }
  if (kind !== "personal") return APPROVAL_TEXT[turn.language].listOnlyInTeamOrPersonal;
  const language = chooseLanguage(turn, undefined);
  const entries = (await deps.store.teamsOf(personKey(turn.user))).filter((entry) =>
    entry.roles.includes("approver"),
  );
  const teams = await Promise.all(
    entries.map(async (entry) => ({
      teamId: entry.teamId,
      stored: await deps.store.readTeam(entry.teamId),
    })),
  );
  const models = teams.flatMap(({ teamId: id, stored }) => {
    const profile = stored.profile?.profile;
    if (!profile || !isApproverOf(profile, turn.user)) return [];
    return waitingIn(id, stored, language, false);
  });
  return renderApprovalsList(listData(models, language, true));
}

/** `godkendelser`: posts the list. */
export async function listApprovals(turn: BotTurn, deps: ApprovalDependencies): Promise<void> {
  const card = await listCard(turn, deps);
  if (typeof card === "string") await turn.sendText(card);
  else await turn.sendCard(card);
}

/** "Tilbage til listen": the list again, in place. */
export async function listApprovalsAgain(
  turn: BotTurn,
  deps: ApprovalDependencies,
): Promise<CardActionResponse> {
  const card = await listCard(turn, deps);
  return typeof card === "string" ? { message: card } : { card };
}
