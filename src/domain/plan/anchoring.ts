import type { Milestone } from "../catalog";
import { implementationPeriod } from "../schedule/progress";
import { supervisionProgress } from "../schedule/views";
import { shortStatus, type PlanContext } from "./context";
import {
  elementName,
  fourIsDimensions,
  LEADING_PARTS,
  questionsFor,
  type MappedQuestion,
} from "./framework";
import { milestoneQuestions } from "./milestones";
import type { Block, Section } from "./model";

/**
 * The anchoring plan (seeds 000/002: "the implementation team develops a status in relation to the
 * same elements that were implemented in connection with the implementation plan"): for each
 * element, the team's answer and where it stands; what continues after the support ends (the
 * anchoring phase's milestones); and who owns it.
 */
export function anchoringSections(ctx: PlanContext): Section[] {
  return [statusSection(ctx), continuationSection(ctx), ownershipSection(ctx)];
}

function statusSection(ctx: PlanContext): Section {
  const parts = [
    ...LEADING_PARTS.map((part) => ({ id: part.id, heading: part.heading(ctx) })),
    ...fourIsDimensions(ctx).map((dimension) => ({
      id: dimension.id,
      heading: dimension.name[ctx.language],
    })),
  ];
  return {
    id: "anchoring-status",
    heading: ctx.text.sections.anchoringStatus,
    blocks: [{ type: "paragraph", text: ctx.text.intros.anchoringStatus, tone: "note" }],
    subsections: parts
      .map((part) => ({ ...part, questions: questionsFor(ctx, part.id) }))
      .filter((part) => part.questions.length > 0)
      .map((part) => ({
        id: part.id,
        heading: part.heading,
        blocks: [statusTable(ctx, part.questions)],
        subsections: [],
      })),
  };
}

function statusTable(ctx: PlanContext, questions: readonly MappedQuestion[]): Block {
  const [element, answer, status] = ctx.text.anchoring.statusColumns;
  return {
    type: "table",
    columns: [
      { header: element, width: 30 },
      { header: answer, width: 42 },
      { header: status, width: 28 },
    ],
    rows: questions.map(({ milestone, question }) => {
      const stored = ctx.record(milestone.id)?.answers.get(question.id);
      return [
        elementName(ctx, milestone, question),
        stored === undefined ? ctx.text.unanswered : ctx.teamText(stored.text),
        shortStatus(ctx, milestone),
      ];
    }),
  };
}

/** The milestones that say how the work goes on: those of the phase of anchoring. */
export function anchoringMilestones(ctx: PlanContext): Milestone[] {
  return ctx.input.programme.milestones.filter((milestone) => milestone.phase === "anchoring");
}

function continuationSection(ctx: PlanContext): Section {
  const { programme, profile } = ctx.input;
  const milestones = anchoringMilestones(ctx);
  const blocks: Block[] = [
    {
      type: "paragraph",
      text: milestones.length > 0 ? ctx.text.intros.continuation : ctx.text.intros.noAnchoringPhase,
      tone: "note",
    },
  ];
  const supervision = supervisionProgress(ctx.schedule);
  if (supervision.total !== undefined) {
    blocks.push({
      type: "paragraph",
      text: ctx.text.anchoring.supervisionLeft(supervision.held, supervision.total),
    });
  }
  const { plannedEnd } = implementationPeriod(programme, profile.startDate);
  blocks.push({
    type: "paragraph",
    text:
      plannedEnd === undefined
        ? ctx.text.anchoring.supportEndsOpen
        : ctx.text.anchoring.supportEnds(ctx.date(plannedEnd)),
  });
  return {
    id: "continuation",
    heading: ctx.text.sections.continuation,
    blocks,
    subsections: milestones.map((milestone) => ({
      id: milestone.id,
      heading: milestone.title[ctx.language],
      blocks: [
        { type: "paragraph", text: shortStatus(ctx, milestone), tone: "note" },
        ...milestoneQuestions(ctx, milestone),
      ],
      subsections: [],
    })),
  };
}

function ownershipSection(ctx: PlanContext): Section {
  const { profile } = ctx.input;
  const { text } = ctx;
  return {
    id: "ownership",
    heading: text.sections.ownership,
    blocks: [
      { type: "paragraph", text: text.intros.ownership },
      {
        type: "facts",
        facts: [
          { label: text.facts.projectLeader, value: ctx.names([profile.projectLeader]) },
          { label: text.anchoring.owners, value: ctx.names(profile.approvers) },
          { label: text.anchoring.consultantsUntil, value: ctx.names(profile.consultants) },
        ],
      },
    ],
    subsections: [],
  };
}
