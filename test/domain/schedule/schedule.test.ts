import { describe, expect, it } from "vitest";
import { computeSchedule, type Occurrence } from "../../../src/domain/schedule";
import type { ScheduleOverride } from "../../../src/store/schedule-override-repository";
import { at, override, team } from "./schedule-fixtures";

const SFT_SLOTS = { statusMeeting: "2. tirsdag 10:00", supervision: "sidste torsdag 9:00" };
// SFT from 1 February 2027: change phase from 1 August 2027, planned end 31 January 2029.
const sftTeam = (overrides: Parameters<typeof team>[3] = []) =>
  team("social-skills-training", "2027-02-01", SFT_SLOTS, overrides);

function ofSeries(occurrences: Occurrence[], series: string): Occurrence[] {
  return occurrences.filter((occurrence) => occurrence.series === series);
}

const WHOLE_IMPLEMENTATION = { from: "2026-01-01", to: "2030-12-31" };
const EARLY = at("2027-01-15T12:00:00+01:00");

describe("status meetings over the implementation period", () => {
  it("run monthly from the start date to the planned end and not after", () => {
    const meetings = ofSeries(
      computeSchedule(sftTeam(), WHOLE_IMPLEMENTATION, EARLY),
      "status-meeting",
    );
    expect(meetings).toHaveLength(24);
    expect(meetings[0]).toMatchObject({
      key: "status-meeting:2027-02-09",
      kind: "status-meeting",
      activityId: "status-meeting",
      name: { da: "Statusmøde med Socialstyrelsen" },
      date: "2027-02-09",
      time: "10:00",
      precision: "time",
      state: "planned",
      recordedByTeam: true,
    });
    expect(meetings[0]?.startsAt).toEqual(at("2027-02-09T10:00:00+01:00"));
    expect(meetings.at(-1)?.date).toBe("2029-01-09");
  });

  it("start with the first slot on or after the start date", () => {
    const input = team("social-skills-training", "2027-02-10", SFT_SLOTS);
    const first = ofSeries(
      computeSchedule(input, WHOLE_IMPLEMENTATION, EARLY),
      "status-meeting",
    )[0];
    expect(first?.date).toBe("2027-03-09");
  });

  it("run on for Signs of Safety, which has no planned end, as far as the range asks", () => {
    const input = team("signs-of-safety", "2027-02-01", { statusMeeting: "1. mandag 9:00" });
    const meetings = computeSchedule(input, { from: "2031-01-01", to: "2031-03-31" }, EARLY);
    expect(meetings.map((m) => m.date)).toEqual(["2031-01-06", "2031-02-03", "2031-03-03"]);
    expect(meetings[0]).toMatchObject({ name: { da: "Statusmøde" } });
    expect(meetings[0]?.activityId).toBeUndefined();
  });

  it("stop at CTI's 24 months, though its phases have no lengths", () => {
    const input = team("critical-time-intervention", "2027-02-01", SFT_SLOTS);
    const all = computeSchedule(input, WHOLE_IMPLEMENTATION, EARLY);
    const meetings = ofSeries(all, "status-meeting");
    expect(meetings).toHaveLength(24);
    expect(meetings.at(-1)?.date).toBe("2029-01-09");
    // CTI's catalog has no supervision: the team's own slot is kept, over the period, uncounted.
    const supervision = ofSeries(all, "supervision");
    expect(supervision).toHaveLength(24);
    expect(supervision[0]).toMatchObject({ name: { da: "Supervision" }, date: "2027-02-25" });
    expect(supervision.every((s) => s.activityId === undefined && s.number === undefined)).toBe(
      true,
    );
  });
});

describe("supervision sessions (SFT: 20 monthly sessions of 3½ hours in the change phase)", () => {
  const sessions = (input = sftTeam(), now = EARLY) =>
    ofSeries(computeSchedule(input, WHOLE_IMPLEMENTATION, now), "supervision");

  it("start in the change phase, numbered n of 20, 3½ hours each", () => {
    const all = sessions();
    expect(all[0]).toMatchObject({
      key: "supervision:2027-08-26",
      activityId: "group-trainer-supervision",
      time: "09:00",
      durationMinutes: 210,
      number: 1,
      total: 20,
    });
    expect(all.map((s) => s.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("ends with 20 of 20 and nothing after, even though that is past the planned end", () => {
    const all = sessions();
    expect(all).toHaveLength(20);
    expect(all.at(-1)).toMatchObject({ date: "2029-03-29", number: 20, total: 20 });
    const afterLast = computeSchedule(sftTeam(), { from: "2029-03-30", to: "2031-12-31" }, EARLY);
    expect(ofSeries(afterLast, "supervision")).toEqual([]);
  });

  it("makes up a cancelled session with one more at the end", () => {
    const all = sessions(sftTeam([override("supervision", "2027-09-30", { cancelled: true })]));
    expect(all).toHaveLength(21);
    expect(all.find((s) => s.date === "2027-09-30")).toMatchObject({ state: "cancelled" });
    expect(all.find((s) => s.date === "2027-09-30")?.number).toBeUndefined();
    expect(all.find((s) => s.date === "2027-10-28")?.number).toBe(2);
    expect(all.at(-1)).toMatchObject({ date: "2029-04-26", number: 20 });
  });

  it("counts weekly sessions too when the team chooses a weekly slot", () => {
    const input = team("social-skills-training", "2027-02-01", {
      supervision: "hver onsdag 13:00",
    });
    const all = sessions(input);
    expect(all).toHaveLength(20);
    expect(all[0]?.date).toBe("2027-08-04");
    expect(all.at(-1)?.date).toBe("2027-12-15");
  });

  it("follow Åben Dialog's supervision over the two years, without a count", () => {
    const input = team("open-dialogue", "2027-02-01", { supervision: "1. fredag 12:00" });
    const all = sessions(input);
    expect(all).toHaveLength(24);
    expect(all[0]).toMatchObject({ activityId: "meeting-leader-supervision", date: "2027-02-05" });
    expect(all.every((s) => s.number === undefined)).toBe(true);
  });
});

describe("holidays are flagged, never moved", () => {
  it.each([
    ["sidste mandag 10:00", "2027-03-29", "Anden påskedag", "Easter Monday"],
    ["1. torsdag 10:00", "2027-05-06", "Kristi Himmelfartsdag", "Ascension Day"],
  ])("%s in 2027 falls on %s (%s)", (slotText, date, da, en) => {
    const input = team("signs-of-safety", "2027-01-01", { statusMeeting: slotText });
    const meeting = computeSchedule(input, { from: date, to: date }, EARLY)[0];
    expect(meeting).toMatchObject({ date, holiday: { kind: "public-holiday", name: { da, en } } });
  });

  it('"sidste torsdag" in December 2025 is 1. juledag', () => {
    const input = team("signs-of-safety", "2025-01-01", { statusMeeting: "sidste torsdag 10:00" });
    const meeting = computeSchedule(input, { from: "2025-12-01", to: "2025-12-31" }, EARLY)[0];
    expect(meeting).toMatchObject({ date: "2025-12-25", holiday: { name: { da: "Juledag" } } });
  });

  it("flags grundlovsdag apart, as a day off rather than a public holiday", () => {
    // 5 June 2029 is the first Tuesday of June.
    const input = team("signs-of-safety", "2029-01-01", { statusMeeting: "1. tirsdag 10:00" });
    const meeting = computeSchedule(input, { from: "2029-06-01", to: "2029-06-30" }, EARLY)[0];
    expect(meeting?.holiday).toEqual({
      date: "2029-06-05",
      kind: "day-off",
      name: { da: "Grundlovsdag", en: "Constitution Day" },
    });
  });

  it("has no holiday on an ordinary day", () => {
    const meeting = computeSchedule(sftTeam(), { from: "2027-03-09", to: "2027-03-09" }, EARLY)[0];
    expect(meeting?.holiday).toBeUndefined();
  });
});

describe("the team's own changes", () => {
  const NOW = at("2027-04-20T12:00:00+02:00");
  const spring = (overrides: Parameters<typeof team>[3]) =>
    computeSchedule(sftTeam(overrides), { from: "2027-02-01", to: "2027-06-30" }, NOW);

  it("marks a past meeting overdue until it is marked held", () => {
    const states = spring([override("status-meeting", "2027-03-09", { held: true })]).map((m) => [
      m.date,
      m.state,
    ]);
    expect(states).toEqual([
      ["2027-02-09", "overdue"],
      ["2027-03-09", "held"],
      ["2027-04-13", "overdue"],
      ["2027-05-11", "planned"],
      ["2027-06-08", "planned"],
    ]);
  });

  it("keeps a moved meeting's key and says where it came from", () => {
    const moved = spring([
      override("status-meeting", "2027-05-11", { movedTo: { date: "2027-05-19", time: "14:00" } }),
    ]).find((m) => m.key === "status-meeting:2027-05-11");
    expect(moved).toMatchObject({
      originalDate: "2027-05-11",
      date: "2027-05-19",
      time: "14:00",
      state: "moved",
      movedFrom: { date: "2027-05-11", time: "10:00" },
    });
    expect(moved?.startsAt).toEqual(at("2027-05-19T14:00:00+02:00"));
  });

  it("keeps the time when a move gives only a date, and sorts by the new date", () => {
    const meetings = spring([
      override("status-meeting", "2027-05-11", { movedTo: { date: "2027-06-15" } }),
    ]);
    expect(meetings.map((m) => m.key)).toEqual([
      "status-meeting:2027-02-09",
      "status-meeting:2027-03-09",
      "status-meeting:2027-04-13",
      "status-meeting:2027-06-08",
      "status-meeting:2027-05-11",
    ]);
    expect(meetings.at(-1)).toMatchObject({ date: "2027-06-15", time: "10:00" });
  });

  it("finds a meeting moved into the range from outside it, and not one moved out", () => {
    const input = sftTeam([
      override("status-meeting", "2027-07-13", { movedTo: { date: "2027-06-29" } }),
      override("status-meeting", "2027-06-08", { movedTo: { date: "2027-07-06" } }),
    ]);
    const june = computeSchedule(input, { from: "2027-06-01", to: "2027-06-30" }, NOW);
    expect(june.map((m) => m.key)).toEqual(["status-meeting:2027-07-13"]);
  });

  it("takes the store's overrides as they are", () => {
    const stored: ScheduleOverride = {
      teamId: "team-1",
      activityKind: "status-meeting",
      date: "2027-03-09",
      cancelled: false,
      held: true,
      updatedAt: "2027-03-09T11:00:00.000Z",
      updatedBy: { id: "29:mette", name: "Mette" },
      version: 1,
    };
    const march = computeSchedule(sftTeam([stored]), { from: "2027-03-01", to: "2027-03-31" }, NOW);
    expect(march.map((m) => [m.key, m.state])).toEqual([["status-meeting:2027-03-09", "held"]]);
  });

  it("shows a cancelled meeting as cancelled, never overdue", () => {
    const meetings = spring([override("status-meeting", "2027-02-09", { cancelled: true })]);
    expect(meetings[0]).toMatchObject({ date: "2027-02-09", state: "cancelled" });
  });

  it("makes a moved meeting overdue once its new day is over without being held", () => {
    const meetings = spring([
      override("status-meeting", "2027-04-13", { movedTo: { date: "2027-04-15" } }),
    ]);
    expect(meetings.find((m) => m.originalDate === "2027-04-13")?.state).toBe("overdue");
  });

  it("ignores a move it cannot read instead of losing the meeting", () => {
    const meetings = spring([
      override("status-meeting", "2027-05-11", { movedTo: { date: "2027-02-30" } }),
    ]);
    expect(meetings.find((m) => m.key === "status-meeting:2027-05-11")).toMatchObject({
      date: "2027-05-11",
      state: "planned",
    });
  });

  it("keeps the team's record when the slot has changed since, instead of a second meeting", () => {
    // Held on the 2nd Tuesday under the old slot; the slot is now the 3rd Wednesday.
    const input = team(
      "social-skills-training",
      "2027-02-01",
      { statusMeeting: "3. onsdag 10:00" },
      [override("status-meeting", "2027-03-09", { held: true })],
    );
    const march = computeSchedule(input, { from: "2027-03-01", to: "2027-03-31" }, NOW);
    expect(march.map((m) => [m.date, m.state])).toEqual([["2027-03-09", "held"]]);
    const april = computeSchedule(input, { from: "2027-04-01", to: "2027-04-30" }, NOW);
    expect(april.map((m) => m.date)).toEqual(["2027-04-21"]);
  });

  it("lets a later record stand in for its month whatever range is asked", () => {
    // Cancelled on the last Thursday under the old slot; the slot is now the 2nd Tuesday (9 March).
    const input = team(
      "social-skills-training",
      "2027-02-01",
      { statusMeeting: "2. tirsdag 10:00" },
      [override("status-meeting", "2027-03-25", { cancelled: true })],
    );
    const march = computeSchedule(input, { from: "2027-03-01", to: "2027-03-31" }, NOW);
    expect(march.map((m) => [m.date, m.state])).toEqual([["2027-03-25", "cancelled"]]);
    // A range that ends before the record (the overdue view's, up to today) agrees.
    const firstHalf = computeSchedule(input, { from: "2027-03-01", to: "2027-03-15" }, NOW);
    expect(firstHalf).toEqual([]);
  });
});

describe("a team past its planned end", () => {
  it("has no status meetings after the end, and what was not held is overdue", () => {
    const now = at("2029-06-01T09:00:00+02:00");
    const input = sftTeam();
    expect(computeSchedule(input, { from: "2029-02-01", to: "2029-12-31" }, now)).toEqual(
      ofSeries(
        computeSchedule(input, { from: "2029-02-01", to: "2029-12-31" }, now),
        "supervision",
      ),
    );
    const last = ofSeries(computeSchedule(input, WHOLE_IMPLEMENTATION, now), "status-meeting").at(
      -1,
    );
    expect(last).toMatchObject({ date: "2029-01-09", state: "overdue" });
  });
});

describe("the maturation project's dated activities (seed 004)", () => {
  const input = team("maturation-project", "2021-12-01");
  const during = at("2022-03-01T12:00:00+01:00");

  it("places day-dated activities on their days, spans included", () => {
    const february = computeSchedule(input, { from: "2022-02-01", to: "2022-02-28" }, during);
    const module1 = february.find((o) => o.key === "competence-module-1:2022-02-09");
    expect(module1).toMatchObject({
      kind: "course",
      date: "2022-02-09",
      endDate: "2022-02-10",
      precision: "day",
      state: "past",
      recordedByTeam: false,
    });
    expect(module1?.time).toBeUndefined();
    expect(module1?.startsAt).toEqual(at("2022-02-09T00:00:00+01:00"));
  });

  it("gives month-dated activities the whole month, and a period its months", () => {
    const workshopOn = (now: Date) =>
      computeSchedule(input, { from: "2022-02-15", to: "2022-02-15" }, now).find(
        (o) => o.activityId === "local-planning-workshop",
      );
    expect(workshopOn(at("2022-02-20T12:00:00+01:00"))).toMatchObject({
      key: "local-planning-workshop:2022-02-01",
      date: "2022-02-01",
      endDate: "2022-02-28",
      precision: "month",
      state: "planned",
    });
    // Others run it, so once February is over it is past, not overdue.
    expect(workshopOn(during)?.state).toBe("past");
    expect(workshopOn(during)?.holiday).toBeUndefined();
    const recruitment = computeSchedule(
      input,
      { from: "2022-06-01", to: "2022-06-30" },
      during,
    ).find((o) => o.activityId === "recruitment-version-1");
    expect(recruitment).toMatchObject({ date: "2022-04-01", endDate: "2022-06-30" });
  });

  it("lists every dated activity of the overview once, in date order", () => {
    const all = computeSchedule(input, { from: "2021-01-01", to: "2024-12-31" }, during);
    expect(all.map((o) => o.activityId)).toEqual([
      "start-up-meeting",
      "local-planning-workshop",
      "competence-module-1",
      "competence-module-2a",
      "courses-version-1",
      "recruitment-version-1",
      "competence-module-2b",
      "experience-gathering-1",
      "maturation-forum-1",
      "courses-version-2",
      "recruitment-version-2",
      "competence-module-3",
      "experience-gathering-2",
      "maturation-forum-2",
    ]);
  });

  it("holds status meetings only inside the documented period, from the team's start", () => {
    const withSlot = team("maturation-project", "2022-10-01", {
      statusMeeting: "2. tirsdag 10:00",
    });
    const meetings = ofSeries(
      computeSchedule(withSlot, { from: "2021-01-01", to: "2024-12-31" }, during),
      "status-meeting",
    );
    expect(meetings[0]?.date).toBe("2022-10-11");
    expect(meetings.at(-1)?.date).toBe("2023-11-14");
  });

  it("does not place the 2019 round's dates (SFT start-up meeting) on a later team's calendar", () => {
    const sft = computeSchedule(
      team("social-skills-training", "2027-02-01"),
      WHOLE_IMPLEMENTATION,
      EARLY,
    );
    expect(sft).toEqual([]);
  });
});

describe("bad input", () => {
  it("refuses a range it cannot read", () => {
    expect(() =>
      computeSchedule(sftTeam(), { from: "2027-03-01", to: "2027-02-01" }, EARLY),
    ).toThrow(RangeError);
    expect(() => computeSchedule(sftTeam(), { from: "1.3.2027", to: "2027-04-01" }, EARLY)).toThrow(
      RangeError,
    );
  });
});
