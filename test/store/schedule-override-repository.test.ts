import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeSchedule } from "../../src/domain/schedule";
import { InvalidIdError } from "../../src/store/errors";
import { createRepositories, type Repositories } from "../../src/store/repositories";
import { programme, slot } from "../domain/schedule/schedule-fixtures";
import { startTestStore, type TestStore } from "../support/test-store";
import { click, fastRetry, leader, member, newTeamId } from "./support/fixtures";

let testStore: TestStore;
let repos: Repositories;

beforeAll(async () => {
  testStore = await startTestStore();
  repos = createRepositories(testStore.store, { retry: fastRetry });
});

afterAll(async () => {
  await testStore.stop();
});

const MARCH_MEETING = { activityKind: "status-meeting", date: "2027-03-09" };

describe("ScheduleOverrideRepository: audited like every other entity", () => {
  it("records a change with who and when in the team's history", async () => {
    const teamId = newTeamId();
    const saved = await repos.scheduleOverrides.record(
      teamId,
      MARCH_MEETING,
      { held: true },
      leader,
      click("nudge-card-1", "nudge.markHeld"),
      { action: "schedule.markedHeld" },
    );
    expect(saved.alreadyApplied).toBe(false);
    expect(saved.override).toMatchObject({ held: true, cancelled: false, updatedBy: leader });
    const { events } = await repos.audit.list(teamId, { limit: 10 });
    expect(events).toEqual([
      expect.objectContaining({
        actor: leader,
        action: "schedule.markedHeld",
        subject: "override:status-meeting:2027-03-09",
        details: MARCH_MEETING,
      }),
    ]);
  });

  it("applies a redelivered click once, and credits two people's clicks each to its author", async () => {
    const teamId = newTeamId();
    const snooze = click("nudge-card-2", "nudge.snooze");
    const change = { movedTo: { date: "2027-03-16", time: "10:00" } };
    const audit = { action: "schedule.snoozed" };
    const first = await repos.scheduleOverrides.record(
      teamId,
      MARCH_MEETING,
      change,
      leader,
      snooze,
      audit,
    );
    const again = await repos.scheduleOverrides.record(
      teamId,
      MARCH_MEETING,
      change,
      leader,
      snooze,
      audit,
    );
    expect([first.alreadyApplied, again.alreadyApplied]).toEqual([false, true]);
    await repos.scheduleOverrides.record(
      teamId,
      MARCH_MEETING,
      { movedTo: { date: "2027-03-23", time: "10:00" } },
      member,
      snooze,
      audit,
    );
    const { events } = await repos.audit.list(teamId, { limit: 10 });
    expect(events.map((event) => event.actor.name)).toEqual([member.name, leader.name]);
    expect((await repos.scheduleOverrides.get(teamId, MARCH_MEETING))?.movedTo).toEqual({
      date: "2027-03-23",
      time: "10:00",
    });
  });

  it("merges two people's changes to the same occurrence made at the same time", async () => {
    const teamId = newTeamId();
    await Promise.all([
      repos.scheduleOverrides.record(
        teamId,
        MARCH_MEETING,
        { movedTo: { date: "2027-03-11" } },
        leader,
        click("nudge-card-3", "nudge.move"),
        { action: "schedule.moved" },
      ),
      repos.scheduleOverrides.record(
        teamId,
        MARCH_MEETING,
        { held: true },
        member,
        click("nudge-card-3", "nudge.markHeld"),
        { action: "schedule.markedHeld" },
      ),
    ]);
    const stored = await repos.scheduleOverrides.get(teamId, MARCH_MEETING);
    expect(stored).toMatchObject({ held: true, movedTo: { date: "2027-03-11" }, version: 2 });
  });

  it("lists a team's overrides by date, ready to be the schedule's input", async () => {
    const teamId = newTeamId();
    const by = click("nudge-card-4", "nudge.markHeld");
    for (const date of ["2027-04-13", "2027-02-09", "2027-03-09"]) {
      await repos.scheduleOverrides.record(
        teamId,
        { activityKind: "status-meeting", date },
        { held: true },
        leader,
        by,
        { action: "schedule.markedHeld" },
      );
    }
    const all = await repos.scheduleOverrides.list(teamId);
    expect(all.map((override) => override.date)).toEqual([
      "2027-02-09",
      "2027-03-09",
      "2027-04-13",
    ]);
    const march = await repos.scheduleOverrides.list(teamId, {
      from: "2027-03-01",
      to: "2027-03-31",
    });
    expect(march.map((override) => override.date)).toEqual(["2027-03-09"]);

    const schedule = computeSchedule(
      {
        programme: programme("social-skills-training"),
        startDate: "2027-02-01",
        slots: { statusMeeting: slot("2. tirsdag 10:00"), supervision: slot("ingen") },
        overrides: all,
      },
      { from: "2027-02-01", to: "2027-04-30" },
      new Date("2027-05-01T10:00:00Z"),
    );
    expect(schedule.map((occurrence) => occurrence.state)).toEqual(["held", "held", "held"]);
  });

  it("refuses an occurrence id that could not be a document id, before anything is sent", async () => {
    const teamId = newTeamId();
    await expect(
      repos.scheduleOverrides.record(
        teamId,
        { activityKind: "status/meeting", date: "2027-03-09" },
        { held: true },
        leader,
        click("nudge-card-5"),
        { action: "schedule.markedHeld" },
      ),
    ).rejects.toBeInstanceOf(InvalidIdError);
    expect(await repos.scheduleOverrides.list(teamId)).toEqual([]);
  });
});
