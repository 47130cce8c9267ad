import fc from "fast-check";
import { PROGRAMME_IDS } from "../../../src/domain/catalog";
import type { OccurrenceOverride } from "../../../src/domain/schedule";
import { plusDays } from "../../../src/domain/schedule/calendar";

/** Random teams for the schedule's property tests: programme, start, slots, overrides, now. */

export const SLOTS = [
  "ingen",
  "1. mandag 9:00",
  "2. tirsdag 10:00",
  "3. onsdag 13.30",
  "4. fredag 8:15",
  "sidste torsdag 10:00",
  "sidste søndag 2:30",
  "hver onsdag 9:00",
  "hver søndag 10:00",
];

export const DAY_MS = 24 * 60 * 60 * 1000;
export const EPOCH = Date.UTC(2026, 0, 1);
export const dateArb = fc
  .integer({ min: 0, max: 5 * 366 })
  .map((days) => plusDays("2026-01-01", days));

export const overrideArb: fc.Arbitrary<OccurrenceOverride> = fc.record({
  activityKind: fc.constantFrom("status-meeting", "supervision", "anchoring-workshop"),
  date: dateArb,
  movedTo: fc.option(
    fc.record(
      { date: dateArb, time: fc.constantFrom("08:00", "14:30") },
      { requiredKeys: ["date"] },
    ),
    { nil: undefined },
  ),
  cancelled: fc.boolean(),
  held: fc.boolean(),
});

export const scenarioArb = fc.record({
  programmeId: fc.constantFrom(...PROGRAMME_IDS),
  startDate: dateArb,
  statusMeeting: fc.constantFrom(...SLOTS),
  supervision: fc.constantFrom(...SLOTS),
  overrides: fc.array(overrideArb, { maxLength: 6 }),
  from: dateArb,
  days: fc.integer({ min: 0, max: 400 }),
  nowDays: fc.integer({ min: 0, max: 5 * 366 }),
});
