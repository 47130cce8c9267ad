import type { Language } from "../i18n";
import type { PhasePosition } from "../schedule";
import { localInstant, plusDays } from "../schedule/calendar";
import type { TeamStatus } from "./team-status";
import type { LightColor } from "./traffic-light";

/**
 * A team's status in a few numbers, kept in each person's index (the `users` container) so a
 * portfolio page is one point read. It holds only what the row shows, in no language: the
 * reader's language is applied when it is drawn.
 */

/** Where the team is, as a row says it; a `PhasePosition` without what only the card needs. */
export type SummaryPosition =
  | { status: "before-start"; startsOn: string }
  | { status: "in-phase"; phaseId: string; monthNumber: number; monthsPlanned: number }
  | {
      status: "phases-undated" | "no-phases";
      monthNumber: number;
      monthsPlanned: number | null;
    }
  | { status: "after-end"; plannedEnd: string };

export interface StatusSummary {
  /** The local date (Copenhagen) the figures are for, `YYYY-MM-DD`. */
  asOf: string;
  /**
   * When time alone may change the figures (an ISO instant): every figure depends on the local
   * date only (a meeting becomes overdue, a month or phase begins), so it is the next midnight in
   * Copenhagen. A summary read at or after it is stale and is computed again.
   */
  staleAfter: string;
  /** The team's language, which a portfolio of teams that share one speaks. */
  language: Language;
  position: SummaryPosition;
  /** The implementation has ended with its anchoring plan approved. */
  ended: boolean;
  approved: number;
  total: number;
  pending: number;
  sentBack: number;
  overdue: number;
  unreachable: boolean;
  light: LightColor;
}

export function summaryPosition(position: PhasePosition): SummaryPosition {
  switch (position.status) {
    case "before-start":
      return { status: "before-start", startsOn: position.startsOn };
    case "in-phase":
      return {
        status: "in-phase",
        phaseId: position.phase.phaseId,
        monthNumber: position.monthNumber,
        monthsPlanned: position.monthsPlanned,
      };
    case "phases-undated":
    case "no-phases":
      return {
        status: position.status,
        monthNumber: position.monthNumber,
        monthsPlanned: position.monthsPlanned,
      };
    case "after-end":
      return { status: "after-end", plannedEnd: position.plannedEnd };
  }
}

export function summarize(status: TeamStatus, language: Language): StatusSummary {
  const { progress, implementation } = status;
  return {
    asOf: status.today,
    staleAfter: localInstant(plusDays(status.today, 1)).toISOString(),
    language,
    position: summaryPosition(status.position),
    ended: implementation.ended && implementation.reason === "anchoring-plan-approved",
    approved: progress.byStatus.approved,
    total: progress.total,
    pending: progress.byStatus.pending,
    sentBack: progress.byStatus.sentBack,
    overdue: status.overdueCount,
    unreachable: !status.reachable,
    light: status.light.color,
  };
}

/** No summary yet, or time has passed its `staleAfter`: compute it again. */
export function isStale(summary: StatusSummary | undefined, now: Date): boolean {
  return summary === undefined || now.getTime() >= Date.parse(summary.staleAfter);
}

const LIGHT_RANK: ReadonlyMap<LightColor, number> = new Map([
  ["red", 0],
  ["yellow", 1],
  ["green", 2],
]);

/**
 * The teams that need attention first: red, then yellow, then green, then those without a
 * summary yet; within a colour the most overdue, then the most awaiting approval, then by name.
 */
export function byAttention<T extends { name: string; summary?: StatusSummary }>(
  a: T,
  b: T,
): number {
  const rank = (row: T) => (row.summary ? (LIGHT_RANK.get(row.summary.light) ?? 3) : 3);
  return (
    rank(a) - rank(b) ||
    (b.summary?.overdue ?? 0) - (a.summary?.overdue ?? 0) ||
    (b.summary?.pending ?? 0) +
      (b.summary?.sentBack ?? 0) -
      ((a.summary?.pending ?? 0) + (a.summary?.sentBack ?? 0)) ||
    a.name.localeCompare(b.name, "da")
  );
}
