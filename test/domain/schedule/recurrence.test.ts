import { describe, expect, it } from "vitest";
import { computeSchedule } from "../../../src/domain/schedule";
import { at, team } from "./schedule-fixtures";

const BEFORE_EVERYTHING = at("2025-01-01T00:00:00+01:00");

function statusMeetings(slotText: string, from: string, to: string, startDate = "2025-01-01") {
  const input = team("signs-of-safety", startDate, { statusMeeting: slotText });
  return computeSchedule(input, { from, to }, BEFORE_EVERYTHING).filter(
    (occurrence) => occurrence.series === "status-meeting",
  );
}

describe("meeting slots on the calendar (Europe/Copenhagen)", () => {
  it('"2. tirsdag 10:00" falls on the second Tuesday, also when the month starts on a Tuesday', () => {
    // June 2027 starts on a Tuesday (1st), so its second Tuesday is the 8th; March 2027's is the 9th.
    const meetings = statusMeetings("2. tirsdag 10:00", "2027-03-01", "2027-06-30");
    expect(meetings.map((m) => [m.date, m.time])).toEqual([
      ["2027-03-09", "10:00"],
      ["2027-04-13", "10:00"],
      ["2027-05-11", "10:00"],
      ["2027-06-08", "10:00"],
    ]);
    expect(meetings[0]?.key).toBe("status-meeting:2027-03-09");
  });

  it('"sidste torsdag" is the last Thursday, in a month with five Thursdays too', () => {
    // January 2026 has Thursdays 1, 8, 15, 22, 29; February 2026 has four (5-26).
    const last = statusMeetings("sidste torsdag 13.30", "2026-01-01", "2026-02-28");
    expect(last.map((m) => m.date)).toEqual(["2026-01-29", "2026-02-26"]);
    const fourth = statusMeetings("4. torsdag 13.30", "2026-01-01", "2026-01-31");
    expect(fourth.map((m) => m.date)).toEqual(["2026-01-22"]);
  });

  it("keeps a month-end meeting in its own month (31st, then a short February)", () => {
    // "sidste fredag": 31 December 2027 is a Friday; February 2028 (leap year) ends on Tuesday 29th.
    const meetings = statusMeetings("sidste fredag 9:00", "2027-12-01", "2028-02-29");
    expect(meetings.map((m) => m.date)).toEqual(["2027-12-31", "2028-01-28", "2028-02-25"]);
  });

  it("includes meetings on the range's first and last day and nothing outside", () => {
    const meetings = statusMeetings("2. tirsdag 10:00", "2027-03-09", "2027-04-13");
    expect(meetings.map((m) => m.date)).toEqual(["2027-03-09", "2027-04-13"]);
  });

  it("repeats a weekly slot every seven days from the first such weekday on or after the start", () => {
    const meetings = statusMeetings("hver onsdag 9:00", "2027-03-01", "2027-03-31", "2027-03-04");
    expect(meetings.map((m) => m.date)).toEqual([
      "2027-03-10",
      "2027-03-17",
      "2027-03-24",
      "2027-03-31",
    ]);
  });

  it("gives the right instant on both sides of the change to and from summer time", () => {
    // Summer time begins Sunday 28 March 2027 and ends Sunday 31 October 2027.
    const march = statusMeetings("hver søndag 10:00", "2027-03-21", "2027-03-28");
    expect(march.map((m) => m.startsAt.toISOString())).toEqual([
      "2027-03-21T09:00:00.000Z", // 10:00 CET (UTC+1)
      "2027-03-28T08:00:00.000Z", // 10:00 CEST (UTC+2), the day the clocks go forward
    ]);
    const october = statusMeetings("sidste søndag 10:00", "2027-09-01", "2027-11-30");
    expect(october.map((m) => [m.date, m.startsAt.toISOString()])).toEqual([
      ["2027-09-26", "2027-09-26T08:00:00.000Z"],
      ["2027-10-31", "2027-10-31T09:00:00.000Z"], // the day the clocks go back
      ["2027-11-28", "2027-11-28T09:00:00.000Z"],
    ]);
  });

  it("has no meetings for a slot of none", () => {
    expect(statusMeetings("ingen", "2027-01-01", "2027-12-31")).toEqual([]);
  });
});
