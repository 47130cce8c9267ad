import type { Programme } from "../catalog";
import type { LocalizedText } from "../i18n";
import { daysBetween, plusDays, plusMonths, wholeMonthsBetween } from "./calendar";
import { computePhaseDates, type PhaseDates } from "./phase-dates";

/** The implementation on the calendar: when it starts and when it is planned to end. */
export interface ImplementationPeriod {
  /** `YYYY-MM-DD`: the team's start date, or the first documented phase's start (maturation project). */
  start: string;
  /**
   * Last planned day, `YYYY-MM-DD`: the last phase's end; without phase lengths, start + the
   * programme's `durationMonths` (CTI: 24); absent when the programme gives neither (Signs of Safety).
   */
  plannedEnd?: string;
  /** True when the dates are the document's own (the maturation project), not counted from the start. */
  fixedByDocument: boolean;
}

export function implementationPeriod(
  programme: Programme,
  startDate: string,
): ImplementationPeriod {
  const phases = computePhaseDates(programme, startDate);
  const first = phases[0];
  const last = phases[phases.length - 1];
  const fixedByDocument = phases.some((phase) => phase.fixedByDocument);
  const start = fixedByDocument && first?.start !== undefined ? first.start : startDate;
  if (last?.end !== undefined) return { start, plannedEnd: last.end, fixedByDocument };
  if (programme.durationMonths !== null) {
    const plannedEnd = plusDays(plusMonths(start, programme.durationMonths), -1);
    return { start, plannedEnd, fixedByDocument };
  }
  return { start, fixedByDocument };
}

/** A phase with its dates on the team's calendar. */
export interface DatedPhase {
  phaseId: string;
  name: LocalizedText;
  start: string;
  end: string;
  /** The catalog's length ("ca. 6 måneder"). */
  months: number;
}

/** Where the team is on a date ("Forberedelsesfasen · måned 2 af ca. 6"). */
export type PhasePosition =
  | { status: "before-start"; startsOn: string; daysUntilStart: number }
  | {
      status: "in-phase";
      phase: DatedPhase;
      /** 1-based, of `phaseCount`. */
      phaseNumber: number;
      phaseCount: number;
      /** 1-based month of the phase; month 2 begins one calendar month after the phase start. */
      monthNumber: number;
      monthsPlanned: number;
      /** 1-based day of the phase, of `daysPlanned`. */
      dayNumber: number;
      daysPlanned: number;
    }
  /** CTI: phases without lengths, so only the month of the whole implementation is known. */
  | { status: "phases-undated"; monthNumber: number; monthsPlanned: number | null }
  /** Signs of Safety: no phases; its drivers are shown instead. */
  | { status: "no-phases"; monthNumber: number; monthsPlanned: number | null }
  | { status: "after-end"; plannedEnd: string; daysPastEnd: number };

function datedPhase(phase: PhaseDates): DatedPhase | undefined {
  if (phase.start === undefined || phase.end === undefined || phase.months === null) {
    return undefined;
  }
  return {
    phaseId: phase.phaseId,
    name: phase.name,
    start: phase.start,
    end: phase.end,
    months: phase.months,
  };
}

/** The team's phase and month on a local date (`YYYY-MM-DD`). */
export function phasePositionOn(
  programme: Programme,
  startDate: string,
  date: string,
): PhasePosition {
  const period = implementationPeriod(programme, startDate);
  if (date < period.start) {
    return {
      status: "before-start",
      startsOn: period.start,
      daysUntilStart: daysBetween(date, period.start),
    };
  }
  if (period.plannedEnd !== undefined && date > period.plannedEnd) {
    return {
      status: "after-end",
      plannedEnd: period.plannedEnd,
      daysPastEnd: daysBetween(period.plannedEnd, date),
    };
  }
  const monthNumber = wholeMonthsBetween(period.start, date) + 1;
  if (programme.phases.length === 0) {
    return { status: "no-phases", monthNumber, monthsPlanned: programme.durationMonths };
  }
  const phases = computePhaseDates(programme, startDate);
  const index = phases.findIndex(
    (phase) =>
      phase.start !== undefined &&
      phase.end !== undefined &&
      phase.start <= date &&
      date <= phase.end,
  );
  const found = index < 0 ? undefined : phases[index];
  const phase = found === undefined ? undefined : datedPhase(found);
  if (phase === undefined) {
    return { status: "phases-undated", monthNumber, monthsPlanned: programme.durationMonths };
  }
  return {
    status: "in-phase",
    phase,
    phaseNumber: index + 1,
    phaseCount: phases.length,
    monthNumber: wholeMonthsBetween(phase.start, date) + 1,
    monthsPlanned: phase.months,
    dayNumber: daysBetween(phase.start, date) + 1,
    daysPlanned: daysBetween(phase.start, phase.end) + 1,
  };
}

/** Days spent in each phase against its planned length (SIC-style figures for the status card). */
export interface PhaseTimelineEntry {
  phaseId: string;
  name: LocalizedText;
  /** Absent when the documents give no length (CTI). */
  start?: string;
  end?: string;
  plannedDays?: number;
  /** Days of the planned window that have passed on the date, 0 to `plannedDays`. */
  elapsedDays: number;
  state: "not-started" | "running" | "finished" | "undated";
}

/**
 * The phases' planned windows measured on a date. Phases follow the calendar (the bot records no
 * phase transitions), so time past the planned end shows as `daysPastEnd` of `phasePositionOn`.
 */
export function phaseTimeline(
  programme: Programme,
  startDate: string,
  date: string,
): PhaseTimelineEntry[] {
  return computePhaseDates(programme, startDate).map((phase) => {
    if (phase.start === undefined || phase.end === undefined) {
      return { phaseId: phase.phaseId, name: phase.name, elapsedDays: 0, state: "undated" };
    }
    const plannedDays = daysBetween(phase.start, phase.end) + 1;
    const elapsed = Math.min(plannedDays, Math.max(0, daysBetween(phase.start, date) + 1));
    const state = date < phase.start ? "not-started" : date > phase.end ? "finished" : "running";
    return {
      phaseId: phase.phaseId,
      name: phase.name,
      start: phase.start,
      end: phase.end,
      plannedDays,
      elapsedDays: elapsed,
      state,
    };
  });
}

export type ImplementationState =
  | { ended: false; plannedEnd?: string }
  | { ended: true; reason: "anchoring-plan-approved" | "past-planned-end"; plannedEnd?: string };

/**
 * Whether the implementation has ended on a date: the anchoring plan is approved (decided by the
 * caller from the milestones) or the date is past the planned end. A programme without a planned
 * end (Signs of Safety) ends only by its approval.
 */
export function implementationStateOn(
  programme: Programme,
  startDate: string,
  date: string,
  anchoringPlanApproved: boolean,
): ImplementationState {
  const { plannedEnd } = implementationPeriod(programme, startDate);
  if (anchoringPlanApproved) return { ended: true, reason: "anchoring-plan-approved", plannedEnd };
  if (plannedEnd !== undefined && date > plannedEnd) {
    return { ended: true, reason: "past-planned-end", plannedEnd };
  }
  return { ended: false, plannedEnd };
}
