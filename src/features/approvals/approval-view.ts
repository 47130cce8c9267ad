import { chooseLanguage, type CardActionTurn } from "../../bot/turn";
import type { AdaptiveCard } from "../../cards/adaptive-card";
import { renderTemplate } from "../../cards/render";
import { getProgramme } from "../../domain/catalog";
import type { Language } from "../../domain/i18n";
import { isApproverOf, type MilestoneState } from "../../domain/milestones";
import type { TeamProfile } from "../../domain/team/profile";
import type { Approval } from "../../store/approval-repository";
import type { MilestoneDocuments } from "../../store/milestone-repository";
import type { Notice } from "../milestones/milestone-card";
import { stateOf } from "../milestones/stored";
import {
  renderApprovalCard,
  type ApprovalCardData,
  type ApprovalCardModel,
  type DecisionSource,
} from "./approval-card";
import type { DecisionInput } from "./decision-input";
import { APPROVAL_TEXT } from "./texts";
import { APPROVAL_VERBS } from "./verbs";

/** A milestone's approval as read for one turn, with what the card needs to show it. */
export interface ApprovalSituation {
  profile: TeamProfile;
  language: Language;
  docs: MilestoneDocuments;
  approval: Approval;
  state: MilestoneState;
  isApprover: boolean;
}

export type Situation = { ok: true; situation: ApprovalSituation } | { ok: false; message: string };

/**
 * The team must still be set up on the card's programme, and the milestone sent at some point.
 * In a personal chat the card names the team, so only its approvers see anything of it: everyone
 * else gets the answer a team that does not exist gets, in their own language.
 */
export function situationOf(
  turn: CardActionTurn,
  input: DecisionInput,
  docs: MilestoneDocuments,
): Situation {
  const profile = docs.profile?.profile;
  if (turn.conversation.kind === "personal" && (!profile || !isApproverOf(profile, turn.user))) {
    return { ok: false, message: APPROVAL_TEXT[turn.language].notYours };
  }
  const language = chooseLanguage(turn, profile?.language);
  const text = APPROVAL_TEXT[language];
  if (!profile || !getProgramme(profile.programmeId)) return { ok: false, message: text.notSetUp };
  const approval = docs.approval?.approval;
  if (profile.programmeId !== input.target.programme.id || !approval) {
    return { ok: false, message: text.notPending };
  }
  const answers = docs.answers?.answers ?? null;
  return {
    ok: true,
    situation: {
      profile,
      language,
      docs,
      approval,
      state: stateOf(answers, approval),
      isApprover: isApproverOf(profile, turn.user),
    },
  };
}

/** The approval card for this situation; `forApprover` shows the buttons while it waits. */
export function approvalModel(
  turn: CardActionTurn,
  input: DecisionInput,
  situation: ApprovalSituation,
  options: {
    actionable: boolean;
    source?: DecisionSource;
    notice?: Notice;
    comment?: { value: string; error: string };
  },
): ApprovalCardModel {
  return {
    language: situation.language,
    teamId: input.teamId,
    programme: input.target.programme,
    milestone: input.target.milestone,
    profile: situation.profile,
    answers: situation.docs.answers?.answers ?? null,
    approval: situation.approval,
    state: situation.state,
    actionable: options.actionable && situation.state.status === "pending",
    source: options.source ?? input.source,
    inChannel: turn.conversation.kind === "channel",
    ...(options.notice ? { notice: options.notice } : {}),
    ...(options.comment ? { comment: options.comment } : {}),
  };
}

export function approvalCard(model: ApprovalCardModel): AdaptiveCard {
  return renderApprovalCard(model);
}

/**
 * A late answer without the store: the milestone's name, what happened, the comment kept and
 * the same buttons with the same action id, so pressing again records the decision once.
 */
export function lateApprovalCard(
  input: DecisionInput,
  language: Language,
  line: string,
): AdaptiveCard {
  const text = APPROVAL_TEXT[language];
  const data: ApprovalCardData = {
    title: text.title(input.target.milestone.title[language]),
    subtitle: input.target.programme.name[language],
    status: { text: line, color: "Attention", style: "attention", comment: "" },
    notice: { text: "", lines: [], style: "default" },
    facts: [],
    summaryHeading: "",
    summary: [],
    summaryNote: "",
    commentInput: {
      show: true,
      id: input.commentField,
      label: text.commentLabel,
      placeholder: text.commentPlaceholder,
      value: input.rawComment ?? "",
      error: "",
    },
    actions: [
      { title: text.approve, verb: APPROVAL_VERBS.approve, style: "positive", data: input.data },
      {
        title: text.sendBack,
        verb: APPROVAL_VERBS.sendBack,
        style: "destructive",
        data: input.data,
      },
    ],
  };
  return renderTemplate("approval", data);
}
