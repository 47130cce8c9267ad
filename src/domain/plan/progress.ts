import { teamProgress, type TeamProgress } from "../progress";
import { percent, type PlanContext } from "./context";
import type { Section } from "./model";

/** The status card's figures (`teamProgress`): share approved per phase, days per phase, per group. */
export function progressSection(ctx: PlanContext): Section {
  const { programme, profile } = ctx.input;
  const progress = teamProgress(programme, profile.startDate, ctx.states, ctx.today);
  const subsections: Section[] = [];
  if (progress.phases.length > 0) subsections.push(phaseTable(ctx, progress));
  subsections.push(groupTable(ctx, progress));
  return {
    id: "progress",
    heading: ctx.text.sections.progress,
    blocks: [
      { type: "paragraph", text: ctx.text.intros.progress, tone: "note" },
      {
        type: "paragraph",
        text: ctx.text.progress.overall(
          progress.byStatus.approved,
          progress.total,
          percent(progress.shareApproved, ctx.language),
        ),
      },
    ],
    subsections,
  };
}

function phaseTable(ctx: PlanContext, progress: TeamProgress): Section {
  const words = ctx.text.progress;
  const [phase, approved, share, days, state] = words.phaseColumns;
  return {
    id: "progress-phases",
    heading: words.phasesHeading,
    blocks: [
      {
        type: "table",
        columns: [
          { header: phase, width: 28 },
          { header: approved, width: 20, align: "right" },
          { header: share, width: 12, align: "right" },
          { header: days, width: 20, align: "right" },
          { header: state, width: 20 },
        ],
        rows: progress.phases.map((entry) => [
          entry.name[ctx.language],
          words.approvedOf(entry.approved, entry.milestones),
          entry.shareApproved === null ? words.none : percent(entry.shareApproved, ctx.language),
          entry.plannedDays === undefined
            ? words.none
            : words.daysOf(entry.elapsedDays, entry.plannedDays),
          words.phaseStates[entry.state],
        ]),
      },
    ],
    subsections: [],
  };
}

function groupTable(ctx: PlanContext, progress: TeamProgress): Section {
  const words = ctx.text.progress;
  const [group, ...figures] = words.groupColumns;
  const rows = progress.groups.map((entry) => [
    entry.name[ctx.language],
    String(entry.total),
    String(entry.byAssessment.inPlace),
    String(entry.byAssessment.partially),
    String(entry.byAssessment.notYet),
    String(entry.byStatus.approved),
    String(entry.byStatus.pending),
    String(entry.byStatus.sentBack),
  ]);
  return {
    id: "progress-groups",
    heading: words.groupsHeading,
    blocks: [
      {
        type: "table",
        columns: [
          { header: group, width: 24 },
          ...figures.map((header, index) => ({
            header,
            width: index === 0 ? 10 : 11,
            align: "right" as const,
          })),
        ],
        rows,
      },
    ],
    subsections: [],
  };
}
