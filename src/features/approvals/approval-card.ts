import { randomUUID } from "node:crypto";
import type { AdaptiveCard } from "../../cards/adaptive-card";
import { renderTemplate } from "../../cards/render";
import type { Milestone, Programme } from "../../domain/catalog";
import { formatDateTime, formatLongDateTime } from "../../domain/dates";
import type { Language } from "../../domain/i18n";
import { assessmentLabel, joinNames, type MilestoneState } from "../../domain/milestones";
import type { TeamProfile } from "../../domain/team/profile";
import type { MilestoneAnswers } from "../../store/answer-repository";
import type { Approval } from "../../store/approval-repository";
import type { Notice } from "../milestones/milestone-card";
import { MILESTONE_VERBS } from "../milestones/verbs";
import { APPROVAL_TEXT } from "./texts";
import { APPROVAL_VERBS } from "./verbs";

/** An answer is shown up to here on the approval card; the milestone card has it whole. */
const EXCERPT_LENGTH = 280;
/** Teams shows a user-specific view to at most 60 people. */
const MAX_REFRESH_USERS = 60;

/** Where a decision button was pressed: the approval card itself, or an item of a list. */
export type DecisionSource = "card" | "list";

/** What every decision button carries besides the verb. */
export interface DecisionData {
  teamId: string;
  programmeId: string;
  milestoneId: string;
  /** The approval document's version the card showed: a decision on an older one is refused. */
  approvalVersion: string;
  /** The id of the comment field that belongs to this button. */
  commentField: string;
  actionId: string;
  source: DecisionSource;
}

export interface ApprovalCardModel {
  language: Language;
  teamId: string;
  programme: Programme;
  milestone: Milestone;
  profile: TeamProfile;
  answers: MilestoneAnswers | null;
  approval: Approval;
  state: MilestoneState;
  /** Show Godkend / Send tilbage (when the milestone waits for a decision). */
  actionable: boolean;
  source: DecisionSource;
  /** "Åbn milepælen" works in the team's channel only. */
  inChannel: boolean;
  notice?: Notice;
  comment?: { value: string; error: string };
}

/** The data `cards/approval.json` binds to. */
export interface ApprovalCardData {
  title: string;
  subtitle: string;
  status: { text: string; color: string; style: string; comment: string };
  notice: { text: string; lines: string[]; style: string };
  facts: { title: string; value: string }[];
  summaryHeading: string;
  summary: { question: string; answer: string; unanswered: boolean }[];
  summaryNote: string;
  commentInput: {
    show: boolean;
    id: string;
    label: string;
    placeholder: string;
    value: string;
    error: string;
  };
  actions: { title: string; verb: string; style: string; data: object }[];
}

export const COMMENT_FIELD = "comment";

const isLong = (text: string) => [...text].length > EXCERPT_LENGTH;

function excerpt(text: string): string {
  return isLong(text) ? `${[...text].slice(0, EXCERPT_LENGTH).join("")} …` : text;
}

/** The status line everyone reads first. */
export function approvalStatus(model: ApprovalCardModel): ApprovalCardData["status"] {
  const { language, approval, state, profile } = model;
  const text = APPROVAL_TEXT[language];
  const decider = approval.decidedBy?.name ?? "";
  const when = approval.decidedAt ? formatLongDateTime(approval.decidedAt, language) : "";
  if (state.reason === "changedWhilePending") {
    return { text: text.changedWhilePending, color: "Warning", style: "warning", comment: "" };
  }
  if (state.reason === "changedAfterApproval") {
    return {
      text: text.changedAfterApproval(decider, when),
      color: "Warning",
      style: "warning",
      comment: "",
    };
  }
  switch (approval.status) {
    case "pending":
      return {
        text: text.waitingFor(joinNames(profile.approvers, text.or)),
        color: "Accent",
        style: "accent",
        comment: "",
      };
    case "approved":
      return {
        text: text.approved(decider, when),
        color: "Good",
        style: "good",
        comment: approval.comment ?? "",
      };
    case "sentBack":
      return {
        text: text.sentBack(decider, when),
        color: "Attention",
        style: "attention",
        comment: approval.comment ?? "",
      };
  }
}

export function decisionData(
  model: Pick<ApprovalCardModel, "teamId" | "programme" | "milestone" | "approval" | "source">,
  commentField: string,
): DecisionData {
  return {
    teamId: model.teamId,
    programmeId: model.programme.id,
    milestoneId: model.milestone.id,
    approvalVersion: String(model.approval.version),
    commentField,
    actionId: randomUUID(),
    source: model.source,
  };
}

/** Godkend, Send tilbage (while it waits), Åbn milepælen (in the channel), back to the list. */
export function approvalActions(
  model: ApprovalCardModel,
  commentField: string,
  options: { showAnswers: boolean },
): ApprovalCardData["actions"] {
  const text = APPROVAL_TEXT[model.language];
  const data = decisionData(model, commentField);
  const target = { programmeId: model.programme.id, milestoneId: model.milestone.id };
  const actions: ApprovalCardData["actions"] = [];
  if (model.actionable) {
    actions.push(
      { title: text.approve, verb: APPROVAL_VERBS.approve, style: "positive", data },
      { title: text.sendBack, verb: APPROVAL_VERBS.sendBack, style: "destructive", data },
    );
  }
  if (options.showAnswers) {
    actions.push({ title: text.showAnswers, verb: APPROVAL_VERBS.show, style: "default", data });
  }
  if (model.inChannel && !options.showAnswers) {
    actions.push({ title: text.open, verb: MILESTONE_VERBS.open, style: "default", data: target });
  }
  if (model.source === "list" && !options.showAnswers) {
    actions.push({ title: text.backToList, verb: APPROVAL_VERBS.list, style: "default", data });
  }
  return actions;
}

export function approvalCardData(model: ApprovalCardModel): ApprovalCardData {
  const { language, milestone, approval, profile } = model;
  const text = APPROVAL_TEXT[language];
  const answers = model.answers?.answers;
  return {
    title: (model.state.status === "pending" ? text.title : text.decidedTitle)(
      milestone.title[language],
    ),
    subtitle: `${profile.organisationName} · ${model.programme.name[language]}`,
    status: approvalStatus(model),
    notice: {
      text: model.notice?.lines.join(" ") ?? "",
      lines: model.notice?.lines ?? [],
      style: model.notice?.style ?? "default",
    },
    facts: [
      {
        title: text.sentBy,
        value: `${approval.requestedBy.name}, ${formatDateTime(approval.requestedAt, language)}`,
      },
      { title: text.assessment, value: assessmentLabel(model.state.assessment)[language] },
      { title: text.approvers, value: joinNames(profile.approvers, text.and) },
      { title: text.version, value: String(approval.forVersion) },
    ],
    summaryHeading: text.summaryHeading,
    summary: milestone.questions.map((question, index) => {
      const answer = answers?.get(question.id)?.text;
      return {
        question: `${index + 1}. ${question[language]}`,
        answer: answer ? excerpt(answer) : text.unanswered,
        unanswered: answer === undefined,
      };
    }),
    summaryNote: [...(answers?.values() ?? [])].some((a) => isLong(a.text)) ? text.summaryNote : "",
    commentInput: {
      show: model.actionable,
      id: COMMENT_FIELD,
      label: text.commentLabel,
      placeholder: text.commentPlaceholder,
      value: model.comment?.value ?? "",
      error: model.comment?.error ?? "",
    },
    actions: approvalActions(model, COMMENT_FIELD, { showAnswers: false }),
  };
}

/**
 * The approval card. While it waits, it carries a Universal Actions refresh for the approvers
 * (Teams shows them the approver view, others a read-only one); the card everyone sees carries
 * the actions too, since the Playground and Teams mobile show no user-specific views. Who may
 * decide is checked on the server whatever the card shows.
 */
export function renderApprovalCard(model: ApprovalCardModel): AdaptiveCard {
  const card = renderTemplate("approval", approvalCardData(model));
  if (!model.actionable) return card;
  return {
    ...card,
    refresh: {
      action: {
        type: "Action.Execute",
        verb: APPROVAL_VERBS.refresh,
        data: decisionData(model, COMMENT_FIELD),
      },
      userIds: model.profile.approvers.slice(0, MAX_REFRESH_USERS).map((a) => a.id),
    },
  };
}
