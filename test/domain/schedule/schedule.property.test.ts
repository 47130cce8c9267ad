import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeSchedule } from "../../../src/domain/schedule";
import { plusDays } from "../../../src/domain/schedule/calendar";
import { DAY_MS, EPOCH, scenarioArb } from "./schedule-arbitraries";
import { team } from "./schedule-fixtures";

describe("schedule invariants (fast-check)", () => {
  it("is sorted, unique by key, inside the range, numbered 1..n of N, and consistent with now", () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const input = team(
          scenario.programmeId,
          scenario.startDate,
          { statusMeeting: scenario.statusMeeting, supervision: scenario.supervision },
          scenario.overrides,
        );
        const range = { from: scenario.from, to: plusDays(scenario.from, scenario.days) };
        const now = new Date(EPOCH + scenario.nowDays * DAY_MS);
        const today = plusDays("2026-01-01", scenario.nowDays);
        const schedule = computeSchedule(input, range, now);

        const starts = schedule.map((o) => o.startsAt.getTime());
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
        expect(new Set(schedule.map((o) => o.key)).size).toBe(schedule.length);
        for (const occurrence of schedule) {
          expect(occurrence.date <= range.to).toBe(true);
          expect((occurrence.endDate ?? occurrence.date) >= range.from).toBe(true);
          expect(occurrence.key).toBe(`${occurrence.series}:${occurrence.originalDate}`);
          if (occurrence.state === "overdue") {
            expect(occurrence.recordedByTeam).toBe(true);
            expect((occurrence.endDate ?? occurrence.date) < today).toBe(true);
          }
          if (occurrence.holiday !== undefined && occurrence.endDate === undefined) {
            expect(occurrence.holiday.date).toBe(occurrence.date);
          }
        }
        const numbers = schedule.flatMap((o) => (o.number === undefined ? [] : [o.number]));
        for (const number of numbers) expect(number).toBeLessThanOrEqual(20);
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same occurrences for a range as for its two halves together", () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 400 }), (scenario, cut) => {
        const input = team(
          scenario.programmeId,
          scenario.startDate,
          { statusMeeting: scenario.statusMeeting, supervision: scenario.supervision },
          scenario.overrides,
        );
        const to = plusDays(scenario.from, scenario.days);
        const middle = plusDays(scenario.from, Math.min(cut, scenario.days));
        const now = new Date(EPOCH + scenario.nowDays * DAY_MS);
        const whole = computeSchedule(input, { from: scenario.from, to }, now);
        const halves = new Map(
          [
            ...computeSchedule(input, { from: scenario.from, to: middle }, now),
            ...(middle < to ? computeSchedule(input, { from: plusDays(middle, 1), to }, now) : []),
          ].map((o) => [o.key, o]),
        );
        expect(whole.map((o) => o.key).sort()).toEqual([...halves.keys()].sort());
        for (const occurrence of whole) expect(halves.get(occurrence.key)).toEqual(occurrence);
      }),
      { numRuns: 100 },
    );
  });
});
