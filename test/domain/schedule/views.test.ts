import { describe, expect, it } from "vitest";
import {
  anchoringWorkshopSituation,
  occurrencesInMonth,
  overdueOccurrences,
  overrideIdentityOf,
  snoozedByAWeek,
  supervisionProgress,
  teamSchedule,
  upcomingOccurrences,
} from "../../../src/domain/schedule";
import { at, override, team } from "./schedule-fixtures";

const SFT_SLOTS = { statusMeeting: "2. tirsdag 10:00", supervision: "sidste torsdag 9:00" };
// SFT from 1 February 2027: change phase from 1 August 2027, anchoring phase from 1 October 2028.
const sftTeam = (overrides: Parameters<typeof team>[3] = []) =>
  team("social-skills-training", "2027-02-01", SFT_SLOTS, overrides);

describe("the next 30 days (status card)", () => {
  it("lists the status meeting and the supervision session n af 20, today included", () => {
    const upcoming = upcomingOccurrences(teamSchedule(sftTeam(), at("2027-08-26T15:00:00+02:00")));
    expect(upcoming.map((o) => [o.key, o.number, o.state])).toEqual([
      ["supervision:2027-08-26", 1, "planned"],
      ["status-meeting:2027-09-14", undefined, "planned"],
    ]);
    // 26 August + 30 days is 25 September: the session on 30 September is not yet listed.
  });

  it("covers the number of days asked for", () => {
    const week = upcomingOccurrences(teamSchedule(sftTeam(), at("2027-08-26T15:00:00+02:00")), 7);
    expect(week.map((o) => o.key)).toEqual(["supervision:2027-08-26"]);
  });
});

describe("what is overdue", () => {
  it("lists meetings not marked held, looking back about a quarter", () => {
    // A Signs of Safety team set up in March 2027 that started a year earlier.
    const input = team("signs-of-safety", "2026-03-01", { statusMeeting: "2. tirsdag 10:00" }, [
      override("status-meeting", "2027-02-09", { held: true }),
    ]);
    const overdue = overdueOccurrences(teamSchedule(input, at("2027-03-15T09:00:00+01:00")));
    expect(overdue.map((o) => o.date)).toEqual(["2027-01-12", "2027-03-09"]);
    const longer = overdueOccurrences(teamSchedule(input, at("2027-03-15T09:00:00+01:00")), 100);
    expect(longer.map((o) => o.date)).toEqual(["2026-12-08", "2027-01-12", "2027-03-09"]);
  });

  it("counts a missed supervision session, not one whose day is still running", () => {
    const overdue = overdueOccurrences(teamSchedule(sftTeam(), at("2027-09-30T18:00:00+02:00")));
    expect(overdue.map((o) => o.key)).toEqual([
      "status-meeting:2027-07-13",
      "status-meeting:2027-08-10",
      "supervision:2027-08-26",
      "status-meeting:2027-09-14",
    ]);
  });
});

describe("this month's occurrences (nudge)", () => {
  it("holds the month's status meeting and supervision session", () => {
    const october = occurrencesInMonth(
      teamSchedule(sftTeam(), at("2027-10-01T09:00:00+02:00")),
      "2027-10",
    );
    expect(october.map((o) => [o.date, o.time, o.name.da, o.number])).toEqual([
      ["2027-10-12", "10:00", "Statusmøde med Socialstyrelsen", undefined],
      ["2027-10-28", "09:00", "Månedlig supervision af gruppetrænerne", 3],
    ]);
  });

  it("includes an activity that spans the month (the maturation project's recruitment)", () => {
    const may = occurrencesInMonth(
      teamSchedule(team("maturation-project", "2021-12-01"), at("2022-05-02T09:00:00+02:00")),
      "2022-05",
    );
    expect(may.map((o) => o.activityId)).toEqual([
      "courses-version-1",
      "recruitment-version-1",
      "competence-module-2b",
    ]);
  });

  it("refuses a month it cannot read", () => {
    expect(() =>
      occurrencesInMonth(teamSchedule(sftTeam(), at("2027-10-01T09:00:00+02:00")), "2027-13"),
    ).toThrow(RangeError);
  });
});

describe("supervision progress", () => {
  it("counts held sessions toward n of 20 and names the next one", () => {
    const input = sftTeam([
      override("supervision", "2027-08-26", { held: true }),
      override("supervision", "2027-09-30", { held: true }),
    ]);
    const progress = supervisionProgress(teamSchedule(input, at("2027-11-01T09:00:00+01:00")));
    expect(progress.held).toBe(2);
    expect(progress.total).toBe(20);
    expect(progress.next).toMatchObject({ date: "2027-11-25", number: 4 });
  });

  it("has no total where the catalog gives no count (Åben Dialog)", () => {
    const input = team("open-dialogue", "2027-02-01", { supervision: "1. fredag 12:00" });
    const progress = supervisionProgress(teamSchedule(input, at("2027-03-01T09:00:00+01:00")));
    expect(progress).toMatchObject({ held: 0, next: { date: "2027-03-05" } });
    expect(progress.total).toBeUndefined();
  });
});

describe("the anchoring workshop, which the team plans itself", () => {
  it("is not due while the anchoring phase is more than 30 days away", () => {
    expect(
      anchoringWorkshopSituation(teamSchedule(sftTeam(), at("2028-08-31T09:00:00+02:00"))),
    ).toEqual({
      status: "not-due-yet",
      phaseStart: "2028-10-01",
      plan: { activityKind: "anchoring-workshop", date: "2028-10-01" },
    });
  });

  it("is called out as not planned when the phase is near, and when it has begun", () => {
    expect(
      anchoringWorkshopSituation(teamSchedule(sftTeam(), at("2028-09-01T09:00:00+02:00"))),
    ).toMatchObject({
      status: "not-planned",
      phaseStart: "2028-10-01",
      phaseStarted: false,
    });
    expect(
      anchoringWorkshopSituation(teamSchedule(sftTeam(), at("2028-10-05T09:00:00+02:00"))),
    ).toMatchObject({
      status: "not-planned",
      phaseStarted: true,
    });
  });

  it("is planned once the team gives a date, and then shows in the schedule (not as moved)", () => {
    const planned = sftTeam([
      override("anchoring-workshop", "2028-10-01", {
        movedTo: { date: "2028-11-20", time: "13:00" },
      }),
    ]);
    const now = at("2028-11-01T09:00:00+01:00");
    const situation = anchoringWorkshopSituation(teamSchedule(planned, now));
    expect(situation).toMatchObject({
      status: "planned",
      occurrence: { key: "anchoring-workshop:2028-10-01", date: "2028-11-20", time: "13:00" },
    });
    const workshop = upcomingOccurrences(teamSchedule(planned, now)).find(
      (o) => o.series === "anchoring-workshop",
    );
    expect(workshop).toMatchObject({ state: "planned", name: { da: "Workshop om forankring" } });
    expect(workshop?.movedFrom).toBeUndefined();
  });

  it("is not held (overdue) once its day is over unmarked, and held when marked", () => {
    const plan = { movedTo: { date: "2028-11-20", time: "13:00" } };
    const after = at("2028-11-21T09:00:00+01:00");
    const unmarked = sftTeam([override("anchoring-workshop", "2028-10-01", plan)]);
    expect(anchoringWorkshopSituation(teamSchedule(unmarked, after)).status).toBe("not-held");
    expect(overdueOccurrences(teamSchedule(unmarked, after)).map((o) => o.series)).toContain(
      "anchoring-workshop",
    );
    const held = sftTeam([override("anchoring-workshop", "2028-10-01", { ...plan, held: true })]);
    expect(anchoringWorkshopSituation(teamSchedule(held, after)).status).toBe("held");
  });

  it("needs planning again when the planned workshop is cancelled", () => {
    const cancelled = sftTeam([
      override("anchoring-workshop", "2028-10-01", {
        movedTo: { date: "2028-11-20" },
        cancelled: true,
      }),
    ]);
    expect(
      anchoringWorkshopSituation(teamSchedule(cancelled, at("2028-11-01T09:00:00+01:00"))),
    ).toMatchObject({
      status: "not-planned",
      plan: { activityKind: "anchoring-workshop", date: "2028-10-01" },
    });
  });

  it("does not exist in a programme without one", () => {
    const openDialogue = team("open-dialogue", "2027-02-01");
    expect(
      anchoringWorkshopSituation(teamSchedule(openDialogue, at("2028-11-01T09:00:00+01:00"))),
    ).toEqual({
      status: "not-in-programme",
    });
  });
});

describe("what the buttons write", () => {
  it("snoozes a week from the present date, keeping the key and the time", () => {
    const now = at("2027-09-01T09:00:00+02:00");
    const [meeting] = upcomingOccurrences(teamSchedule(sftTeam(), now));
    if (meeting === undefined) throw new Error("expected a meeting");
    expect(overrideIdentityOf(meeting)).toEqual({
      activityKind: "status-meeting",
      date: "2027-09-14",
    });
    expect(snoozedByAWeek(meeting, now)).toEqual({ date: "2027-09-21", time: "10:00" });
    const snoozedTwice = sftTeam([
      override("status-meeting", "2027-09-14", { movedTo: snoozedByAWeek(meeting, now) }),
    ]);
    const [again] = upcomingOccurrences(teamSchedule(snoozedTwice, now));
    expect(again).toMatchObject({ key: "status-meeting:2027-09-14", date: "2027-09-21" });
    if (again === undefined) throw new Error("expected a meeting");
    expect(snoozedByAWeek(again, now)).toEqual({ date: "2027-09-28", time: "10:00" });
  });

  it("snoozes an overdue meeting to a week from today, not to another past day", () => {
    const now = at("2027-10-01T09:00:00+02:00");
    const [overdue] = overdueOccurrences(teamSchedule(sftTeam(), now)).filter(
      (o) => o.date === "2027-09-14",
    );
    if (overdue === undefined) throw new Error("expected an overdue meeting");
    expect(snoozedByAWeek(overdue, now)).toEqual({ date: "2027-10-08", time: "10:00" });
  });
});
