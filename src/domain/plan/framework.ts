import type { Milestone, PlanSection, Question } from "../catalog";
import { FOUR_IS } from "../catalog/shared/implementation-framework";
import { describeState } from "../milestones/state";
import { questionBlock, type PlanContext } from "./context";
import type { Block, Section, SectionId } from "./model";

/**
 * Socialstyrelsen's framework for the implementation plan (seeds 000/002): the background (why,
 * replace or supplement), for whom, the success goals, and the four I's / four K's. A part appears
 * when the catalog maps at least one of the programme's questions to it.
 */

export interface MappedQuestion {
  milestone: Milestone;
  question: Question;
}

/** The programme's questions that answer one part of the plan, in catalog order. */
export function questionsFor(ctx: PlanContext, part: PlanSection): MappedQuestion[] {
  return ctx.input.programme.milestones.flatMap((milestone) =>
    milestone.questions
      .filter((question) => question.planSection === part)
      .map((question) => ({ milestone, question })),
  );
}

interface FrameworkPart {
  id: Extract<SectionId, "background" | "target-group" | "success-goals">;
  heading: (ctx: PlanContext) => string;
  intro: (ctx: PlanContext) => string;
}

/** The parts before the four I's, in the documents' order ("hvorfor…, overfor hvem…, succesmålene"). */
export const LEADING_PARTS: readonly FrameworkPart[] = [
  {
    id: "background",
    heading: (ctx) => ctx.text.sections.background,
    intro: (ctx) => ctx.text.intros.background,
  },
  {
    id: "target-group",
    heading: (ctx) => ctx.text.sections.targetGroup,
    intro: (ctx) => ctx.text.intros.targetGroup,
  },
  {
    id: "success-goals",
    heading: (ctx) => ctx.text.sections.successGoals,
    intro: (ctx) => ctx.text.intros.successGoals,
  },
];

/** The four I's that have questions in this programme, with their names from the catalog. */
export function fourIsDimensions(ctx: PlanContext) {
  return FOUR_IS.filter((dimension) => questionsFor(ctx, dimension.id).length > 0);
}

/** The implementation plan's framework sections with the team's answers. */
export function frameworkSections(ctx: PlanContext): Section[] {
  const sections: Section[] = LEADING_PARTS.filter(
    (part) => questionsFor(ctx, part.id).length > 0,
  ).map((part) => ({
    id: part.id,
    heading: part.heading(ctx),
    blocks: [
      { type: "paragraph", text: part.intro(ctx), tone: "note" },
      ...answerBlocks(ctx, questionsFor(ctx, part.id)),
    ],
    subsections: [],
  }));
  const dimensions = fourIsDimensions(ctx);
  if (dimensions.length > 0) {
    sections.push({
      id: "four-is",
      heading: ctx.text.sections.fourIs,
      blocks: [{ type: "paragraph", text: ctx.text.intros.fourIs, tone: "note" }],
      subsections: dimensions.map((dimension) => ({
        id: dimension.id,
        heading: dimension.name[ctx.language],
        blocks: answerBlocks(ctx, questionsFor(ctx, dimension.id)),
        subsections: [],
      })),
    });
  }
  return sections;
}

/**
 * The answered questions in full, each saying which milestone it comes from and where that stands;
 * the unanswered ones in one line after them, so the gaps show without filling pages.
 */
function answerBlocks(ctx: PlanContext, questions: readonly MappedQuestion[]): Block[] {
  const answered: Block[] = [];
  const unanswered: string[] = [];
  for (const { milestone, question } of questions) {
    const answer = ctx.record(milestone.id)?.answers.get(question.id);
    const text = question[ctx.language];
    if (answer === undefined) {
      unanswered.push(elementName(ctx, milestone, question));
      continue;
    }
    const state = describeState(ctx.stateOf(milestone.id))[ctx.language];
    answered.push(
      questionBlock(ctx, text, answer, {
        source: ctx.text.fromMilestone(milestone.title[ctx.language], state),
      }),
    );
  }
  if (unanswered.length > 0) {
    answered.push({ type: "list", lead: ctx.text.unansweredLead, items: unanswered, tone: "note" });
  }
  return answered;
}

/**
 * A point of attention by its own short name ("Motivation"), as the framework lists it; any other
 * question by its text.
 */
export function elementName(ctx: PlanContext, milestone: Milestone, question: Question): string {
  const dimension = FOUR_IS.find((candidate) => milestone.id === `attention-${candidate.id}`);
  const point = dimension?.points.find((candidate) => candidate.id === question.id);
  return (point ?? question)[ctx.language];
}
