import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StatusSummary } from "../../src/domain/status";
import type { TeamRole } from "../../src/domain/team/roles";
import { createRepositories, type Repositories } from "../../src/store/repositories";
import { runWithBudget } from "../../src/turn-budget";
import { startTestStore, type TestStore } from "../support/test-store";
import {
  answers,
  click,
  consultant,
  fastRetry,
  leader,
  newTeamId,
  sampleProfile,
} from "./support/fixtures";

let testStore: TestStore;
let repos: Repositories;

beforeAll(async () => {
  testStore = await startTestStore();
  repos = createRepositories(testStore.store, { retry: fastRetry });
});

afterAll(async () => {
  await testStore.stop();
});

const SFT = "social-skills-training";
const team = { organisationName: "Aarhus Kommune", programmeId: SFT };

const SUMMARY: StatusSummary = {
  asOf: "2027-03-01",
  staleAfter: "2027-03-01T23:00:00.000Z",
  language: "da",
  position: { status: "in-phase", phaseId: "preparation", monthNumber: 2, monthsPlanned: 6 },
  ended: false,
  approved: 1,
  total: 16,
  pending: 1,
  sentBack: 0,
  overdue: 2,
  unreachable: false,
  light: "red",
};

async function storeCallsOf<T>(work: () => Promise<T>): Promise<{ value: T; calls: number }> {
  return runWithBudget(60_000, async (budget) => {
    const value = await work();
    return { value, calls: budget.storeCalls };
  });
}

const roles = (entries: [string, TeamRole[]][]) => new Map(entries);

describe("a team's status documents", () => {
  it("come in one round trip: profile, answers, approvals, overrides and reachability", async () => {
    const teamId = newTeamId();
    await repos.profiles.create(sampleProfile(teamId), { actor: leader, action: "setup.created" });
    await repos.answers.saveAnswers(teamId, `${SFT}.m1`, answers({ q: "1" }), leader, click("a"));
    await repos.approvals.request(teamId, `${SFT}.m1`, 1, leader, click("r"));
    for (const date of ["2025-05-13", "2025-04-08"]) {
      await repos.scheduleOverrides.record(
        teamId,
        { activityKind: "status-meeting", date },
        { held: true },
        leader,
        click(`o-${date}`),
        { action: "schedule.markedHeld" },
      );
    }
    await repos.reachability.markUnreachable(teamId, "blocked", "403 MessageWritesBlocked");
    // Another team's documents stay out.
    await repos.reachability.markUnreachable(newTeamId(), "not-found");

    const { value: docs, calls } = await storeCallsOf(() =>
      repos.milestones.readTeamStatus(teamId),
    );
    expect(calls).toBe(1);
    expect(docs.profile?.profile.organisationName).toBe("Aarhus Kommune");
    expect([...docs.answers.keys()]).toEqual([`${SFT}.m1`]);
    expect(docs.approvals.get(`${SFT}.m1`)?.approval.status).toBe("pending");
    expect(docs.overrides.map((o) => [o.activityKind, o.date, o.held])).toEqual([
      ["status-meeting", "2025-04-08", true],
      ["status-meeting", "2025-05-13", true],
    ]);
    expect(docs.reachability).toMatchObject({ reachable: false, reason: "blocked" });
  });

  it("are empty for a team that is not set up", async () => {
    const docs = await repos.milestones.readTeamStatus(newTeamId());
    expect(docs).toEqual({
      profile: null,
      answers: new Map(),
      approvals: new Map(),
      overrides: [],
      reachability: null,
    });
  });
});

describe("status summaries in the person index", () => {
  it("are written for everyone the team names, and kept when the setup sync rewrites the roles", async () => {
    const teamId = newTeamId();
    const karin = `aad:karin-${teamId}`;
    const lene = `aad:lene-${teamId}`;
    await repos.people.putTeam(
      teamId,
      team,
      roles([
        [karin, ["consultant"]],
        [lene, ["projectLeader", "approver"]],
      ]),
      SUMMARY,
    );
    expect(await repos.people.listTeams(karin)).toEqual([
      { teamId, ...team, roles: ["consultant"], status: SUMMARY },
    ]);
    expect((await repos.people.listTeams(lene))[0]?.roles).toEqual(["projectLeader", "approver"]);

    // A setup save changes the roles; the summary stays until the next one is written.
    await repos.people.syncTeam(
      teamId,
      { ...team, organisationName: "Aarhus Kommune, Socialforvaltningen" },
      roles([[karin, ["consultant"]]]),
      roles([[karin, ["consultant", "approver"]]]),
    );
    expect(await repos.people.listTeams(karin)).toEqual([
      {
        teamId,
        organisationName: "Aarhus Kommune, Socialforvaltningen",
        programmeId: SFT,
        roles: ["consultant", "approver"],
        status: SUMMARY,
      },
    ]);
  });

  it("repairs one person's rows in one write, removing those that are gone and adding none", async () => {
    const [a, b, c] = [newTeamId(), newTeamId(), newTeamId()];
    const karin = `aad:karin-${a}`;
    for (const teamId of [a, b]) {
      await repos.people.putTeam(teamId, team, roles([[karin, ["consultant"]]]), SUMMARY);
    }
    const fresh: StatusSummary = { ...SUMMARY, asOf: "2027-03-02", overdue: 0, light: "green" };
    const { calls } = await storeCallsOf(() =>
      repos.people.patchEntries(
        karin,
        new Map([
          [a, { teamId: a, ...team, roles: ["consultant"], status: fresh }],
          [b, null],
          [c, { teamId: c, ...team, roles: ["consultant"], status: fresh }],
        ]),
      ),
    );
    expect(calls).toBe(2);
    expect(await repos.people.listTeams(karin)).toEqual([
      { teamId: a, ...team, roles: ["consultant"], status: fresh },
    ]);
  });

  it("lists everyone with an index and replaces a whole list (the rebuild)", async () => {
    const teamId = newTeamId();
    const old = `29:old-${teamId}`;
    await repos.people.putTeam(teamId, team, roles([[old, ["consultant"]]]), SUMMARY);
    const everyone: string[] = [];
    let continuationToken: string | undefined;
    do {
      const page = await repos.people.listPeople({ maxItemCount: 2, continuationToken });
      everyone.push(...page.userIds);
      continuationToken = page.continuationToken;
    } while (continuationToken !== undefined);
    expect(everyone).toContain(old);
    await repos.people.replaceTeams(old, []);
    expect(await repos.people.listTeams(old)).toEqual([]);
  });

  it("refuses a summary the schema does not allow, and writes nothing", async () => {
    const teamId = newTeamId();
    const key = `aad:${consultant.id}-${teamId}`;
    const bad = { ...SUMMARY, light: "purple" } as unknown as StatusSummary;
    await expect(
      repos.people.putTeam(teamId, team, roles([[key, ["consultant"]]]), bad),
    ).rejects.toThrow();
    expect(await repos.people.listTeams(key)).toEqual([]);
  });
});
