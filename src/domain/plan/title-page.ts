import { milestoneGroups } from "../catalog";
import { computePhaseDates, type PhaseDates } from "../schedule/phase-dates";
import { implementationPeriod } from "../schedule/progress";
import type { PlanContext } from "./context";
import type { Fact, TitlePage } from "./model";

/** Municipality, method, the phases' dates, project leader, approvers, consultants. */
export function titlePage(ctx: PlanContext): TitlePage {
  const { input, text } = ctx;
  const { programme, profile } = input;
  const period = implementationPeriod(programme, profile.startDate);
  const facts: Fact[] = [
    { label: text.facts.municipality, value: ctx.teamText(profile.organisationName) },
    { label: text.facts.method, value: programme.name[ctx.language] },
    { label: text.facts.start, value: ctx.date(period.start) },
    {
      label: text.facts.plannedEnd,
      value:
        period.plannedEnd === undefined ? text.facts.noPlannedEnd : ctx.date(period.plannedEnd),
    },
    { label: text.facts.phases, value: phasesFact(ctx) },
    { label: text.facts.projectLeader, value: ctx.names([profile.projectLeader]) },
    { label: text.facts.approvers, value: ctx.names(profile.approvers) },
    { label: text.facts.consultants, value: ctx.names(profile.consultants) },
    { label: text.facts.generated, value: ctx.dateTime(input.now) },
  ];
  return {
    title: text.title[input.kind],
    municipality: ctx.teamText(profile.organisationName),
    method: programme.name[ctx.language],
    facts,
    lead: text.lead[input.kind],
  };
}

/** One line per phase; a programme without phases says what orders its milestones instead. */
function phasesFact(ctx: PlanContext): string {
  const { programme, profile } = ctx.input;
  if (programme.phases.length === 0) {
    const groups = milestoneGroups(programme).map((group) => group.group[ctx.language]);
    return ctx.text.noPhases(groups.join(", "));
  }
  const phases = computePhaseDates(programme, profile.startDate);
  const lines = phases.map((phase) =>
    ctx.text.phaseLine(phase.name[ctx.language], phaseWindow(ctx, phase)),
  );
  if (phases.some((phase) => phase.fixedByDocument)) lines.push(ctx.text.fixedPhases);
  return lines.join("\n");
}

/** "1. februar 2027 – 31. juli 2027 (ca. 6 måneder)", or that the material gives no length. */
export function phaseWindow(ctx: PlanContext, phase: PhaseDates): string {
  if (phase.start === undefined || phase.end === undefined || phase.months === null) {
    return ctx.text.lengthUnknown;
  }
  return `${phaseDates(ctx, phase)} (${ctx.text.phaseLength(phase.months, phase.fixedByDocument)})`;
}

export function phaseDates(ctx: PlanContext, phase: PhaseDates): string {
  if (phase.start === undefined || phase.end === undefined) return ctx.text.lengthUnknown;
  return `${ctx.date(phase.start)} – ${ctx.date(phase.end)}`;
}
