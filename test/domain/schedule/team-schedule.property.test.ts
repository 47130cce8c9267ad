import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  SERIES,
  anchoringWorkshopSituation,
  computeSchedule,
  findOccurrence,
  horizonReaching,
  occurrencesBetween,
  occurrencesInMonth,
  occurrencesOfSeries,
  overdueOccurrences,
  supervisionProgress,
  teamSchedule,
  upcomingOccurrences,
  type OccurrenceOverride,
  type ScheduleInput,
} from "../../../src/domain/schedule";
import {
  daysBetween,
  lastDayOfMonth,
  localDateAt,
  plusDays,
} from "../../../src/domain/schedule/calendar";
import * as perView from "./per-view-reference";
import { DAY_MS, EPOCH, dateArb, scenarioArb } from "./schedule-arbitraries";
import { team } from "./schedule-fixtures";

/** A change to the n-th occurrence the slots give (so records sit on real dates, not only orphans). */
const recordArb = fc.record({
  index: fc.nat({ max: 200 }),
  movedTo: fc.option(fc.record({ date: dateArb }), { nil: undefined }),
  cancelled: fc.boolean(),
  held: fc.boolean(),
});

/** A record of a slot series on any day near `now` (mostly a date the slot does not give). */
const nearNowArb = fc.record({
  series: fc.constantFrom(SERIES.statusMeeting, SERIES.supervision),
  offset: fc.integer({ min: -40, max: 40 }),
  cancelled: fc.boolean(),
  held: fc.boolean(),
});

const caseArb = fc.record({
  scenario: scenarioArb,
  records: fc.array(recordArb, { maxLength: 6 }),
  nearNow: fc.array(nearNowArb, { maxLength: 3 }),
  /** `now` counted from the start, so most cases fall inside the implementation. */
  nowAfterStart: fc.integer({ min: -60, max: 4 * 366 }),
  /** Minutes into the day of `now` (the scenario's `now` is midnight UTC). */
  minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
  upcomingDays: fc.integer({ min: 0, max: 60 }),
  lookbackDays: fc.integer({ min: 0, max: 200 }),
  leadDays: fc.integer({ min: 0, max: 90 }),
  month: dateArb.map((date) => date.slice(0, 7)),
  pressed: dateArb,
  planHorizon: dateArb,
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function inputOf({ scenario, records, nearNow, nowAfterStart }: Case): ScheduleInput {
  const slots = { statusMeeting: scenario.statusMeeting, supervision: scenario.supervision };
  const plain = team(scenario.programmeId, scenario.startDate, slots);
  const dates = computeSchedule(
    plain,
    { from: scenario.startDate, to: plusDays(scenario.startDate, 4 * 366) },
    new Date(EPOCH),
  ).filter((occurrence) => occurrence.recordedByTeam);
  const onSlots = records.flatMap((record): OccurrenceOverride[] => {
    const occurrence = dates[record.index % Math.max(1, dates.length)];
    if (occurrence === undefined) return [];
    const { movedTo, cancelled, held } = record;
    const change = movedTo === undefined ? { cancelled, held } : { movedTo, cancelled, held };
    return [{ activityKind: occurrence.series, date: occurrence.originalDate, ...change }];
  });
  const today = plusDays(scenario.startDate, nowAfterStart);
  const near = nearNow.map(({ series, offset, cancelled, held }): OccurrenceOverride => ({
    activityKind: series,
    date: plusDays(today, offset),
    cancelled,
    held,
  }));
  return team(scenario.programmeId, scenario.startDate, slots, [
    ...scenario.overrides,
    ...onSlots,
    ...near,
  ]);
}

/** On the day `nowAfterStart` says, at `minute` past midnight UTC. */
function nowOf({ scenario, nowAfterStart, minute }: Case): Date {
  const days = daysBetween("2026-01-01", plusDays(scenario.startDate, nowAfterStart));
  return new Date(EPOCH + days * DAY_MS + minute * 60_000);
}

describe("views of one team schedule agree with each view computing its own (fast-check)", () => {
  it("gives the status card's and the nudge's views unchanged", () => {
    fc.assert(
      fc.property(caseArb, (testCase) => {
        const input = inputOf(testCase);
        const now = nowOf(testCase);
        const schedule = teamSchedule(input, now);

        expect(upcomingOccurrences(schedule)).toEqual(perView.upcomingOccurrences(input, now));
        expect(upcomingOccurrences(schedule, testCase.upcomingDays)).toEqual(
          perView.upcomingOccurrences(input, now, testCase.upcomingDays),
        );
        expect(overdueOccurrences(schedule)).toEqual(perView.overdueOccurrences(input, now));
        expect(overdueOccurrences(schedule, testCase.lookbackDays)).toEqual(
          perView.overdueOccurrences(input, now, testCase.lookbackDays),
        );
        expect(supervisionProgress(schedule)).toEqual(perView.supervisionProgress(input, now));
        expect(anchoringWorkshopSituation(schedule)).toEqual(
          perView.anchoringWorkshopSituation(input, now),
        );
        expect(anchoringWorkshopSituation(schedule, testCase.leadDays)).toEqual(
          perView.anchoringWorkshopSituation(input, now, testCase.leadDays),
        );
        const thisMonth = localDateAt(now).slice(0, 7);
        expect(occurrencesInMonth(schedule, thisMonth)).toEqual(
          perView.occurrencesInMonth(input, thisMonth, now),
        );
        // Any month, on a schedule that reaches it (as a card redrawn for its month is).
        const { month } = testCase;
        const reaching = teamSchedule(input, now, horizonReaching(now, lastDayOfMonth(month)));
        expect(occurrencesInMonth(reaching, month)).toEqual(
          perView.occurrencesInMonth(input, month, now),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("finds the occurrence a button names as before", () => {
    fc.assert(
      fc.property(caseArb, (testCase) => {
        const input = inputOf(testCase);
        const now = nowOf(testCase);
        const named = [
          ...input.overrides.map((o) => ({ series: o.activityKind, date: o.date })),
          { series: SERIES.statusMeeting, date: testCase.pressed },
          { series: SERIES.supervision, date: testCase.pressed },
          { series: SERIES.statusMeeting, date: "2027-02-30" },
        ];
        for (const { series, date } of named) {
          const schedule = teamSchedule(input, now, horizonReaching(now, date));
          expect(findOccurrence(schedule, series, date)).toEqual(
            perView.findOccurrence(input, series, date, now),
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it("gives the plan's range and supervision series unchanged, to any horizon", () => {
    fc.assert(
      fc.property(caseArb, (testCase) => {
        const input = inputOf(testCase);
        const now = nowOf(testCase);
        const to = testCase.planHorizon;
        const from = input.startDate <= to ? input.startDate : to;
        const schedule = teamSchedule(input, now, to);
        expect(occurrencesBetween(schedule, { from, to })).toEqual(
          computeSchedule(input, { from, to }, now),
        );
        expect(occurrencesOfSeries(schedule, SERIES.supervision)).toEqual(
          perView.seriesOccurrences(input, SERIES.supervision, to, now),
        );
        expect(anchoringWorkshopSituation(schedule)).toEqual(
          perView.anchoringWorkshopSituation(input, now),
        );
        // The plan reads only the count of a counted series, which no horizon changes.
        const progress = supervisionProgress(schedule);
        const before = perView.supervisionProgress(input, now);
        if (before.total !== undefined) {
          expect([progress.held, progress.total]).toEqual([before.held, before.total]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
