import type { Milestone } from "../catalog";
import { assessmentLabel } from "../milestones/assessment";
import { overviewGroups } from "../milestones/overview";
import { describeApproval, questionBlock, type PlanContext } from "./context";
import type { Block, Fact, Section } from "./model";

/** Every milestone, grouped as the programme groups them (as the overview and status card do). */
export function milestonesSection(ctx: PlanContext): Section {
  return {
    id: "milestones",
    heading: ctx.text.sections.milestones,
    blocks: [{ type: "paragraph", text: ctx.text.intros.milestones, tone: "note" }],
    subsections: overviewGroups(ctx.input.programme).map((group, index) => ({
      id: `group-${index + 1}`,
      heading: group.name[ctx.language],
      blocks: [],
      subsections: group.milestones.map((milestone) => milestoneSection(ctx, milestone)),
    })),
  };
}

export function milestoneSection(ctx: PlanContext, milestone: Milestone): Section {
  return {
    id: milestone.id,
    heading: milestone.title[ctx.language],
    blocks: [
      { type: "facts", facts: milestoneFacts(ctx, milestone) },
      ...milestoneQuestions(ctx, milestone),
    ],
    subsections: [],
  };
}

/** Each guiding question, numbered as on the milestone card, with the team's current answer. */
export function milestoneQuestions(ctx: PlanContext, milestone: Milestone): Block[] {
  const record = ctx.record(milestone.id);
  return milestone.questions.map((question, index) =>
    questionBlock(ctx, question[ctx.language], record?.answers.get(question.id), {
      number: index + 1,
    }),
  );
}

/**
 * The team's assessment, the approval (who, when, which version; or why not), the answers'
 * version. The phase is the group's heading already.
 */
function milestoneFacts(ctx: PlanContext, milestone: Milestone): Fact[] {
  const { text, language } = ctx;
  const state = ctx.stateOf(milestone.id);
  const facts: Fact[] = [];
  facts.push(
    {
      label: text.milestoneFacts.assessment,
      value: assessmentLabel(state.assessment)[language],
    },
    { label: text.milestoneFacts.approval, value: describeApproval(ctx, state) },
  );
  const comment = state.status === "sentBack" ? state.approval?.comment : undefined;
  if (comment !== undefined) {
    facts.push({ label: text.milestoneFacts.comment, value: text.quote(ctx.teamText(comment)) });
  }
  facts.push({ label: text.milestoneFacts.answers, value: answersFact(ctx, milestone) });
  return facts;
}

/** "Version 3, senest gemt 24. november 2026 af Mette Sørensen" from the newest answer. */
function answersFact(ctx: PlanContext, milestone: Milestone): string {
  const record = ctx.record(milestone.id);
  if (record === undefined || record.version === 0) return ctx.text.noAnswers;
  const newest = [...record.answers.values()].reduce<{ at: string; name: string } | undefined>(
    (latest, answer) =>
      latest === undefined || answer.at > latest.at
        ? { at: answer.at, name: answer.by.name }
        : latest,
    undefined,
  );
  if (newest === undefined) return ctx.text.versionOnly(record.version);
  return ctx.text.answersVersion(record.version, ctx.date(newest.at), ctx.teamText(newest.name));
}
