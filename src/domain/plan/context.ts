import type { Milestone, Programme } from "../catalog";
import { redactCprNumbers } from "../cpr-guard";
import { formatLongDate, formatLongDateTime } from "../dates";
import type { Language } from "../i18n";
import { assessmentLabel } from "../milestones/assessment";
import { joinNames } from "../milestones/approvers";
import {
  describeState,
  programmeMilestoneStates,
  type AnswersSummary,
  type ApprovalRecord,
  type MilestoneState,
} from "../milestones/state";
import { laterOf, localDateAt, plusMonths } from "../schedule/calendar";
import { implementationPeriod } from "../schedule/progress";
import { teamSchedule, type TeamSchedule } from "../schedule/team-schedule";
import { answerKey } from "../team/answer-key";
import type { PersonRef } from "../team/profile";
import type { AnswerRecord, Block, MilestoneRecord, PlanInput } from "./model";
import { PLAN_TEXT, type PlanTexts } from "./texts";

/** What every part of a plan reads: the input, its language's words, states and formatters. */
export interface PlanContext {
  input: PlanInput;
  language: Language;
  text: PlanTexts;
  /** Today in Copenhagen, `YYYY-MM-DD`. */
  today: string;
  /** Every milestone's state, keyed by milestone id, as the overview and status card count it. */
  states: ReadonlyMap<string, MilestoneState>;
  /**
   * The team's schedule over the implementation, computed once for every section that shows it:
   * up to the planned end, or a year ahead for a programme without one (Signs of Safety).
   */
  schedule: TeamSchedule;
  date(isoDate: string): string;
  dateTime(instant: string | Date): string;
  /** The team's own text, with anything shaped like a CPR number replaced (defence in depth). */
  teamText(text: string): string;
  names(people: readonly PersonRef[], joiner?: "and" | "or"): string;
  record(milestoneId: string): MilestoneRecord | undefined;
  stateOf(milestoneId: string): MilestoneState;
}

const CPR_PLACEHOLDER: Record<Language, string> = {
  da: "[CPR-nummer fjernet]",
  en: "[CPR number removed]",
};

export function planContext(input: PlanInput): PlanContext {
  const language = input.profile.language;
  const text = PLAN_TEXT[language];
  const states = milestoneStates(input.programme, input.milestones);
  const today = localDateAt(input.now);
  return {
    input,
    language,
    text,
    today,
    states,
    schedule: planSchedule(input, today),
    date: (isoDate) => formatLongDate(isoDate, language),
    dateTime: (instant) => formatLongDateTime(instant, language),
    teamText: (value) => redactCprNumbers(value, CPR_PLACEHOLDER[language]),
    names: (people, joiner = "and") =>
      people.length === 0
        ? text.facts.nobody
        : joinNames(
            people.map((person) => ({
              ...person,
              name: redactCprNumbers(person.name, CPR_PLACEHOLDER[language]),
            })),
            joiner === "and" ? text.and : text.or,
          ),
    record: (milestoneId) => input.milestones.get(milestoneId),
    stateOf: (milestoneId) => states.get(milestoneId) ?? noState(),
  };
}

function planSchedule(input: PlanInput, today: string): TeamSchedule {
  const { programme, profile, overrides, now } = input;
  const period = implementationPeriod(programme, profile.startDate);
  const horizon = period.plannedEnd ?? plusMonths(laterOf(today, period.start), 12);
  const { startDate, slots } = profile;
  return teamSchedule({ programme, startDate, slots, overrides }, now, horizon);
}

/** Only for an id the catalog does not have: nothing is known about it. */
function noState(): MilestoneState {
  return { status: "draft", assessment: "notYet", answersVersion: 0 };
}

/** The shared derivation (`programmeMilestoneStates`), fed from the plan's records. */
function milestoneStates(
  programme: Programme,
  records: ReadonlyMap<string, MilestoneRecord>,
): Map<string, MilestoneState> {
  const answers = new Map<string, AnswersSummary>();
  const approvals = new Map<string, ApprovalRecord>();
  for (const [milestoneId, record] of records) {
    const key = answerKey(programme.id, milestoneId);
    if (record.version > 0) {
      answers.set(key, {
        version: record.version,
        ...(record.assessment ? { assessment: record.assessment } : {}),
      });
    }
    if (record.approval) approvals.set(key, record.approval);
  }
  return programmeMilestoneStates(programme, { answers, approvals });
}

/** A guiding question with the team's answer and who wrote it. */
export function questionBlock(
  ctx: PlanContext,
  question: string,
  answer: AnswerRecord | undefined,
  options: { number?: number; source?: string } = {},
): Block {
  const byline =
    answer === undefined
      ? options.source
      : [
          ctx.text.answeredBy(ctx.teamText(answer.by.name), ctx.date(answer.at), answer.version),
          options.source,
        ]
          .filter((part) => part !== undefined)
          .join(" · ");
  return {
    type: "question",
    ...(options.number !== undefined ? { number: options.number } : {}),
    question,
    answered: answer !== undefined,
    answer: answer === undefined ? ctx.text.unanswered : ctx.teamText(answer.text),
    ...(byline !== undefined ? { byline } : {}),
  };
}

/** "Godkendt af Lars Nielsen 24. november 2026 kl. 10.15 (version 2)", and the other states. */
export function describeApproval(ctx: PlanContext, state: MilestoneState): string {
  const { text } = ctx;
  const approval = state.approval;
  if (approval === undefined) return text.approval.none;
  const requestedBy = ctx.teamText(approval.requestedBy.name);
  const decidedBy = ctx.teamText(approval.decidedBy?.name ?? "");
  const decidedAt = ctx.dateTime(approval.decidedAt ?? approval.requestedAt);
  switch (state.status) {
    case "pending":
      return text.approval.pending(
        ctx.names(ctx.input.profile.approvers, "or"),
        requestedBy,
        ctx.dateTime(approval.requestedAt),
        approval.forVersion,
      );
    case "approved":
      return text.approval.approved(decidedBy, decidedAt, approval.forVersion);
    case "sentBack":
      return text.approval.sentBack(decidedBy, decidedAt, approval.forVersion);
    case "draft":
      return state.reason === "changedAfterApproval"
        ? text.approval.changedAfterApproval(
            approval.forVersion,
            decidedBy,
            decidedAt,
            state.answersVersion,
          )
        : text.approval.changedWhilePending(approval.forVersion, state.answersVersion);
  }
}

/**
 * The anchoring plan's status column: the team's assessment and, briefly, the approval ("På plads.
 * Godkendt af Lars Nielsen 24. februar 2027 kl. 10.15 (version 1).").
 */
export function shortStatus(ctx: PlanContext, milestone: Milestone): string {
  const state = ctx.stateOf(milestone.id);
  const approval =
    state.status === "approved" || state.status === "sentBack"
      ? describeApproval(ctx, state)
      : state.approval === undefined
        ? ctx.text.approval.none
        : describeState(state)[ctx.language];
  return ctx.text.anchoring.status(assessmentLabel(state.assessment)[ctx.language], approval);
}

/** "19 %" / "19%". */
export function percent(share: number, language: Language): string {
  const rounded = Math.round(share * 100);
  return language === "da" ? `${rounded} %` : `${rounded}%`;
}
