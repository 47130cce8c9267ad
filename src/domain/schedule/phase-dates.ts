import type { Programme } from "../catalog";
import type { LocalizedText } from "../i18n";
import { plusDays as addDays, plusMonths as addMonths } from "./calendar";

export interface PhaseDates {
  phaseId: string;
  name: LocalizedText;
  months: number | null;
  /** `YYYY-MM-DD`; absent when the documents give no length to count from. */
  start?: string;
  end?: string;
  /** True when the dates are the document's own (a dated project), not counted from the start. */
  fixedByDocument: boolean;
}

/**
 * The programme's phases placed on the team's calendar: each phase starts the day after the
 * previous one ends. A dated programme (the maturation project) keeps its documented months.
 * After a phase of unknown length, later phases have no dates either.
 */
export function computePhaseDates(programme: Programme, startDate: string): PhaseDates[] {
  let cursor: string | undefined = startDate;
  return programme.phases.map((phase) => {
    if (phase.start && phase.end) {
      const start = `${phase.start}-01`;
      const end = addDays(addMonths(`${phase.end}-01`, 1), -1);
      return {
        phaseId: phase.id,
        name: phase.name,
        months: phase.months,
        start,
        end,
        fixedByDocument: true,
      };
    }
    if (cursor === undefined || phase.months === null) {
      cursor = undefined;
      return { phaseId: phase.id, name: phase.name, months: phase.months, fixedByDocument: false };
    }
    const start: string = cursor;
    const nextStart = addMonths(start, phase.months);
    cursor = nextStart;
    return {
      phaseId: phase.id,
      name: phase.name,
      months: phase.months,
      start,
      end: addDays(nextStart, -1),
      fixedByDocument: false,
    };
  });
}
