import { fixedClock } from "../../src/clock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErasureIncompleteError, UnreadableDocumentError } from "../../src/store/errors";
import { openStore } from "../../src/store/open-store";
import { startCosmosProxy } from "./support/cosmos-proxy";
import { createRepositories, type Repositories } from "../../src/store/repositories";
import { startTestStore, type TestStore } from "../support/test-store";
import { actionKey } from "../../src/store/action-key";
import type { TeamRole } from "../../src/domain/team/roles";
import {
  answers,
  approver,
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

const summary = { organisationName: "Aarhus Kommune", programmeId: "social-skills-training" };

const roles = (entries: [string, TeamRole[]][]) => new Map(entries);

describe("PersonIndexRepository", () => {
  it("adds, refreshes and removes a team as the people it names and their roles change", async () => {
    const teamId = newTeamId();
    const other = newTeamId();
    const karin = `29:karin-${teamId}`;
    const ole = `29:ole-${teamId}`;
    expect(await repos.people.listTeams(karin)).toEqual([]);
    await repos.people.syncTeam(teamId, summary, new Map(), roles([[karin, ["consultant"]]]));
    await repos.people.syncTeam(
      other,
      { ...summary, organisationName: "Vejle" },
      new Map(),
      roles([[karin, ["projectLeader", "approver"]]]),
    );
    expect((await repos.people.listTeams(karin)).map((t) => t.teamId).sort()).toEqual(
      [teamId, other].sort(),
    );

    await repos.people.syncTeam(
      teamId,
      { ...summary, organisationName: "Aarhus" },
      roles([[karin, ["consultant"]]]),
      roles([[ole, ["approver"]]]),
    );
    expect(await repos.people.listTeams(karin)).toEqual([
      {
        teamId: other,
        organisationName: "Vejle",
        programmeId: summary.programmeId,
        roles: ["projectLeader", "approver"],
      },
    ]);
    expect(await repos.people.listTeams(ole)).toEqual([
      { teamId, organisationName: "Aarhus", programmeId: summary.programmeId, roles: ["approver"] },
    ]);
  });

  it("keeps every team when several are synced for one person at once", async () => {
    const karin = `29:karin-${newTeamId()}`;
    const teams = Array.from({ length: 4 }, () => newTeamId());
    await Promise.all(
      teams.map((teamId) =>
        repos.people.syncTeam(teamId, summary, new Map(), roles([[karin, ["approver"]]])),
      ),
    );
    expect((await repos.people.listTeams(karin)).map((t) => t.teamId).sort()).toEqual(teams.sort());
  });
});

async function seedTeam(teamId: string, consultantId: string) {
  const created = await repos.profiles.create(
    sampleProfile(teamId, { consultants: [{ ...consultant, id: consultantId }] }),
    { actor: leader, action: "setup.created" },
  );
  await repos.profiles.replace(sampleProfile(teamId, { language: "en" }), created, {
    actor: approver,
    action: "setup.changed",
  });
  await repos.answers.saveAnswers(teamId, "sft.m1", answers({ q: "svar" }), leader, click("a1"));
  await repos.approvals.request(teamId, "sft.m1", 1, leader, click("r1"));
  await repos.scheduleOverrides.record(
    teamId,
    { activityKind: "supervision", date: "2025-05-20" },
    { cancelled: true },
    leader,
    click("o1"),
    { action: "schedule.cancelled" },
  );
  await repos.nudges.claim({ teamId, kind: "monthly", month: "2025-05" }, teamId, 60_000);
  await repos.reachability.markUnreachable(teamId, "bot-removed");
  await repos.actionReceipts.claimAction(teamId, click("x1"), leader.id);
  await repos.conversations.save({
    kind: "channel",
    teamId,
    channelId: teamId,
    conversationId: teamId,
    serviceUrl: "https://smba.example/",
    botId: "28:bot",
  });
  await repos.people.syncTeam(teamId, summary, new Map(), roles([[consultantId, ["consultant"]]]));
}

describe("TeamDataRepository", () => {
  it("exports exactly the team's documents, without system fields", async () => {
    const teamId = newTeamId();
    const other = newTeamId();
    const consultantId = `29:c-${teamId}`;
    await seedTeam(teamId, consultantId);
    await seedTeam(other, consultantId);

    const exported = await repos.teamData.exportTeam(teamId);
    expect(exported.teamId).toBe(teamId);
    const ids = exported.documents.map((d) => String(d["id"]));
    expect(ids).toEqual(
      expect.arrayContaining([
        "profile",
        "answers:sft.m1",
        "approval:sft.m1",
        "override:supervision:2025-05-20",
        "nudge:monthly:2025-05",
        "reachability",
        `action:${actionKey({ ...click("x1"), userId: leader.id })}`,
        `conversation:${teamId}`,
      ]),
    );
    expect(ids).toHaveLength(8);
    // The change log travels with its documents: profile v1 + v2, answers v1, approval v1,
    // override v1.
    const changes = exported.documents.flatMap((d) =>
      Array.isArray(d["changes"]) ? (d["changes"] as unknown[]) : [],
    );
    expect(changes).toHaveLength(5);
    for (const document of exported.documents) {
      expect(document["teamId"]).toBe(teamId);
      for (const field of ["_rid", "_self", "_etag", "_ts", "_attachments"]) {
        expect(document).not.toHaveProperty(field);
      }
    }
    expect(JSON.stringify(exported)).not.toContain(other);
    expect(exported.personIndex).toEqual([
      { userId: consultantId, entry: { teamId, ...summary, roles: ["consultant"] } },
    ]);
  });

  it("erases everything of the team, leaves other teams, and can run again", async () => {
    const teamId = newTeamId();
    const other = newTeamId();
    const consultantId = `29:c-${teamId}`;
    await seedTeam(teamId, consultantId);
    await seedTeam(other, consultantId);

    const erased = await repos.teamData.eraseTeam(teamId, {
      by: approver,
      approverIds: [approver.id],
    });
    expect(erased).toEqual({ documentsDeleted: 8, personIndexesUpdated: 1 });
    expect(await repos.profiles.get(teamId)).toBeNull();
    const after = await repos.teamData.exportTeam(teamId);
    expect(after.documents).toEqual([]);
    expect(after.personIndex).toEqual([]);
    expect((await repos.people.listTeams(consultantId)).map((t) => t.teamId)).toEqual([other]);
    expect((await repos.teamData.exportTeam(other)).documents).toHaveLength(8);

    expect(
      await repos.teamData.eraseTeam(teamId, { by: approver, approverIds: [approver.id] }),
    ).toEqual({
      documentsDeleted: 0,
      personIndexesUpdated: 0,
    });
  });

  it("finishes an erasure that stopped after its commit point", async () => {
    const teamId = newTeamId();
    const consultantId = `29:c-${teamId}`;
    await seedTeam(teamId, consultantId);
    // As if the erasure had stopped right after deleting the profile.
    await testStore.store.teams.item("profile", teamId).delete();
    const erased = await repos.teamData.eraseTeam(teamId, {
      by: approver,
      approverIds: [approver.id],
    });
    expect(erased).toEqual({ documentsDeleted: 7, personIndexesUpdated: 1 });
    expect((await repos.teamData.exportTeam(teamId)).documents).toEqual([]);
    expect(await repos.people.listTeams(consultantId)).toEqual([]);
  });
});

describe("an erasure interrupted after its commit point", () => {
  it("says so, keeps who may finish it, and finishes when run again", async () => {
    const teamId = newTeamId();
    const consultantId = `29:c-${teamId}`;
    await seedTeam(teamId, consultantId);
    const proxy = await startCosmosProxy(testStore.server.endpoint);
    const viaProxy = await openStore({
      endpoint: proxy.endpoint,
      databaseId: testStore.store.database.id,
      auth: { key: testStore.server.key },
      createIfMissing: false,
      disableEndpointDiscovery: true,
    });
    try {
      const flaky = createRepositories(viaProxy, { retry: fastRetry });
      // The profile's delete goes through; the store dies before the rest.
      proxy.failWhen(
        (request) => request.method === "DELETE" && !(request.url ?? "").endsWith("/profile"),
      );
      const failed = await flaky.teamData
        .eraseTeam(teamId, { by: approver, approverIds: [approver.id] })
        .catch((error: unknown) => error);
      expect(failed).toBeInstanceOf(ErasureIncompleteError);
      expect(await repos.profiles.get(teamId)).toBeNull();
      expect(await repos.teamData.unfinishedErasure(teamId)).toEqual({
        approverIds: [approver.id],
      });

      proxy.failWhen(null);
      await flaky.teamData.eraseTeam(teamId, { by: approver, approverIds: [approver.id] });
      expect((await repos.teamData.exportTeam(teamId)).documents).toEqual([]);
      expect(await repos.teamData.unfinishedErasure(teamId)).toBeNull();
      expect(await repos.people.listTeams(consultantId)).toEqual([]);
    } finally {
      viaProxy.close();
      await proxy.stop();
    }
  });
});

describe("a team whose documents no longer parse", () => {
  /** Documents as a version before the schema fix could have left them. */
  async function seedUnreadableTeam(teamId: string, consultantId: string, otherTeamId: string) {
    const { teams, users } = testStore.store;
    await teams.items.create({
      id: "profile",
      type: "profile",
      teamId,
      organisationName: "Aarhus Kommune",
      approvers: [{ id: approver.id, name: approver.name }, { name: "uden id" }],
      // "constructor tirsdag 10:00" was stored without a week.
      slots: { statusMeeting: { cadence: "monthly", weekday: 2, time: "10:00" } },
      version: 1,
    });
    await teams.items.create({ id: "answers:sft.m1", type: "answers", teamId, answers: "?" });
    await teams.items.create({ id: "audit:profile:v1:x", type: "audit", teamId, version: 1 });
    await users.items.create({
      id: "person-teams",
      type: "personTeams",
      userId: consultantId,
      teams: [
        { teamId },
        {
          teamId: otherTeamId,
          organisationName: "Vejle",
          programmeId: "open-dialogue",
          roles: ["consultant"],
        },
        "not an entry",
      ],
    });
  }

  it("can still be erased, and the person's index is repaired", async () => {
    const teamId = newTeamId();
    const other = newTeamId();
    const consultantId = `29:c-${teamId}`;
    await seedUnreadableTeam(teamId, consultantId, other);
    await expect(repos.profiles.get(teamId)).rejects.toBeInstanceOf(UnreadableDocumentError);
    await expect(repos.people.listTeams(consultantId)).rejects.toBeInstanceOf(
      UnreadableDocumentError,
    );

    const erased = await repos.teamData.eraseTeam(teamId, {
      by: approver,
      approverIds: [approver.id],
    });
    expect(erased).toEqual({ documentsDeleted: 3, personIndexesUpdated: 1 });
    expect((await repos.teamData.exportTeam(teamId)).documents).toEqual([]);
    expect(await repos.people.listTeams(consultantId)).toEqual([
      {
        teamId: other,
        organisationName: "Vejle",
        programmeId: "open-dialogue",
        roles: ["consultant"],
      },
    ]);
  });

  it("exports what is there, unparsed", async () => {
    const teamId = newTeamId();
    await seedUnreadableTeam(teamId, `29:c-${teamId}`, newTeamId());
    const exported = await repos.teamData.exportTeam(teamId);
    expect(exported.documents.map((d) => d["id"]).sort()).toEqual([
      "answers:sft.m1",
      "audit:profile:v1:x",
      "profile",
    ]);
    expect(exported.personIndex).toEqual([{ userId: `29:c-${teamId}`, entry: { teamId } }]);
  });

  it("still tells who its approvers are, reading nothing else of the profile", async () => {
    const teamId = newTeamId();
    await seedUnreadableTeam(teamId, `29:c-${teamId}`, newTeamId());
    expect(await repos.profiles.readApproverIds(teamId)).toEqual([approver.id]);
    expect(await repos.profiles.readApproverIds(newTeamId())).toBeNull();
  });
});

describe("ExportTokenRepository", () => {
  it("redeems a token once, for its team only, and audits the issue", async () => {
    const teamId = newTeamId();
    const clocked = createRepositories(testStore.store, {
      retry: fastRetry,
      clock: fixedClock("2026-11-23T09:00:00Z"),
    });
    const issued = await clocked.exportTokens.issue(newTeamId(), approver, 15);
    expect(issued.expiresAt).toBe("2026-11-23T09:15:00.000Z");
    const { token } = await repos.exportTokens.issue(teamId, approver, 15);
    expect(await repos.exportTokens.redeem(newTeamId(), token)).toBe(false);
    expect(await repos.exportTokens.redeem(teamId, `${token}x`)).toBe(false);
    const both = await Promise.all([
      repos.exportTokens.redeem(teamId, token),
      repos.exportTokens.redeem(teamId, token),
    ]);
    expect(both.sort()).toEqual([false, true]);
    expect(await repos.exportTokens.redeem(teamId, token)).toBe(false);

    const exported = await repos.teamData.exportTeam(teamId);
    expect(JSON.stringify(exported)).not.toContain(token);
    const { events } = await repos.audit.list(teamId, { limit: 5 });
    expect(events.map((e) => [e.action, e.actor.id])).toEqual([["data.exportIssued", approver.id]]);
  });

  it("refuses an expired token", async () => {
    const teamId = newTeamId();
    let now = Date.parse("2025-05-01T10:00:00Z");
    const timed = createRepositories(testStore.store, {
      retry: fastRetry,
      clock: { now: () => new Date(now) },
    });
    const { token } = await timed.exportTokens.issue(teamId, approver, 15);
    now += 16 * 60_000;
    expect(await timed.exportTokens.redeem(teamId, token)).toBe(false);
  });
});
