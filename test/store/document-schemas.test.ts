import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MeetingSlot } from "../../src/domain/team/profile";
import { parseDocument, stripSystemFields, writeDocument } from "../../src/store/cosmos-operations";
import { DOCUMENT_TYPES, type DocumentType } from "../../src/store/document-ids";
import { InvalidDocumentError, UnreadableDocumentError } from "../../src/store/errors";
import {
  createRepositories,
  createStoreContext,
  type Repositories,
} from "../../src/store/repositories";
import { DOCUMENT_SCHEMAS } from "../../src/store/schemas";
import { runWithBudget } from "../../src/turn-budget";
import { startTestStore, type TestStore } from "../support/test-store";
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

/** Every document of the team, straight from the server. */
async function rawDocuments(teamId: string) {
  const { resources } = await testStore.store.teams.items
    .query<Record<string, unknown>>({
      query: "SELECT * FROM c WHERE c.teamId = @teamId",
      parameters: [{ name: "@teamId", value: teamId }],
    })
    .fetchAll();
  return resources;
}

/** What the old slot parser produced for "constructor tirsdag 10:00": a function as the week. */
function slotFromPlainObjectLookup(): MeetingSlot {
  const lookedUp: unknown = {
    cadence: "monthly",
    week: Object.prototype.constructor,
    weekday: 2,
    time: "10:00",
  };
  return lookedUp as MeetingSlot;
}

describe("one schema per document type, before writing and after reading", () => {
  it("refuses a profile whose slot has no valid week before sending anything (`constructor tirsdag 10:00`)", async () => {
    const teamId = newTeamId();
    const broken = sampleProfile(teamId, {
      slots: { statusMeeting: slotFromPlainObjectLookup(), supervision: { cadence: "none" } },
    });
    const { error, storeCalls } = await runWithBudget(60_000, async (budget) => {
      const error = await repos.profiles
        .create(broken, { actor: leader, action: "setup.created" })
        .catch((e: unknown) => e);
      return { error, storeCalls: budget.storeCalls };
    });
    expect(error).toBeInstanceOf(InvalidDocumentError);
    expect((error as InvalidDocumentError).problems.join(" ")).toContain("slots.statusMeeting");
    expect(storeCalls).toBe(0);
    expect(await rawDocuments(teamId)).toEqual([]);
    expect(await repos.profiles.get(teamId)).toBeNull();
  });

  it.each([
    ["a time that is not HH:MM", { cadence: "weekly", weekday: 3, time: "25:00" }],
    ["a weekday outside 1..7", { cadence: "weekly", weekday: 8, time: "09:00" }],
    ["a week that is not 1-4 or last", { cadence: "monthly", week: 5, weekday: 1, time: "09:00" }],
  ])("refuses a slot with %s, and the stored profile stays as it was", async (_why, slot) => {
    const teamId = newTeamId();
    const created = await repos.profiles.create(sampleProfile(teamId), {
      actor: leader,
      action: "setup.created",
    });
    const changed = sampleProfile(teamId, {
      slots: { statusMeeting: slot as MeetingSlot, supervision: { cadence: "none" } },
    });
    await expect(
      repos.profiles.replace(changed, created, { actor: leader, action: "setup.changed" }),
    ).rejects.toBeInstanceOf(InvalidDocumentError);
    expect((await repos.profiles.get(teamId))?.profile).toEqual(created.profile);
  });

  it("names what is wrong by path, never by value", async () => {
    const secret = "Hemmelig Kommune ".repeat(20);
    const error = await repos.profiles
      .create(sampleProfile(newTeamId(), { organisationName: secret, startDate: "2025-02-30" }), {
        actor: leader,
        action: "setup.created",
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidDocumentError);
    const message = (error as Error).message;
    expect(message).toContain("organisationName");
    expect(message).toContain("startDate");
    expect(message).not.toContain("Hemmelig");
    expect(message).not.toContain("2025-02-30");
  });

  it("stores a service URL exactly as Teams sent it, and reads it back unchanged", async () => {
    const teamId = newTeamId();
    // A URL parser would write this as https://smba.trafficmanager.net/emea/.
    const serviceUrl = "https://SMBA.trafficmanager.net:443/emea/";
    await repos.conversations.save({
      kind: "channel",
      teamId,
      channelId: teamId,
      conversationId: teamId,
      serviceUrl,
      botId: "28:bot",
    });
    const [stored] = await rawDocuments(teamId);
    expect(stored?.["serviceUrl"]).toBe(serviceUrl);
    expect((await repos.conversations.getChannel(teamId, teamId))?.serviceUrl).toBe(serviceUrl);
  });

  describe("a record keyed by `__proto__` (as JSON.parse makes it) is no valid document", () => {
    const answer = {
      text: "Svar",
      answeredBy: leader,
      answeredAt: "2026-11-23T09:00:00.000Z",
      version: 1,
    };
    function answersDocument(teamId: string) {
      return {
        id: "answers:sft.kickoff",
        type: DOCUMENT_TYPES.answers,
        teamId,
        milestoneId: "sft.kickoff",
        answers: JSON.parse(`{"__proto__": ${JSON.stringify(answer)}}`) as Record<string, never>,
        updatedAt: "2026-11-23T09:00:00.000Z",
        version: 1,
      };
    }

    it("is refused before writing, not stored without the key", async () => {
      const teamId = newTeamId();
      const error = await writeDocument(
        createStoreContext(testStore.store),
        testStore.store.teams,
        DOCUMENT_TYPES.answers,
        answersDocument(teamId),
        { kind: "create" },
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidDocumentError);
      expect((error as InvalidDocumentError).problems.join(" ")).toContain("answers");
      expect(await rawDocuments(teamId)).toEqual([]);
    });

    it("reads as UnreadableDocumentError, not as a document without the key", () => {
      const raw = { ...answersDocument(newTeamId()) } as Record<string, unknown>;
      expect(() => parseDocument(DOCUMENT_TYPES.answers, raw)).toThrow(UnreadableDocumentError);
    });

    it("also in a change entry's details", () => {
      const raw = {
        ...answersDocument(newTeamId()),
        answers: { "who-leads": answer },
        changes: [
          {
            id: "0".repeat(32),
            at: "2026-11-23T09:00:00.000Z",
            actor: leader,
            action: "answers.saved",
            details: JSON.parse('{"__proto__": "x"}') as Record<string, never>,
            version: 1,
          },
        ],
      };
      expect(() => parseDocument(DOCUMENT_TYPES.answers, raw)).toThrow(UnreadableDocumentError);
    });
  });

  it("reads a document that no longer parses as UnreadableDocumentError naming only its id", async () => {
    const teamId = newTeamId();
    await testStore.store.teams.items.create({
      ...sampleProfile(teamId, { organisationName: "Hemmelig Kommune" }),
      id: "profile",
      type: "profile",
      slots: { statusMeeting: { cadence: "monthly", weekday: 2, time: "10:00" } },
      version: 1,
      updatedAt: "2026-11-23T09:00:00.000Z",
      updatedBy: leader,
    });
    const error = await repos.profiles.get(teamId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableDocumentError);
    expect((error as UnreadableDocumentError).documentId).toBe("profile");
    expect((error as Error).message).not.toContain("Hemmelig");
  });

  it("still reads a document written by the retired audit protocol, and drops its old fields", async () => {
    const teamId = newTeamId();
    const created = await repos.profiles.create(sampleProfile(teamId), {
      actor: leader,
      action: "setup.created",
    });
    const { changes, appliedKeys, archivedChunks, lastChangeAt, ...legacy } = created.document;
    expect([changes.length, appliedKeys.length, archivedChunks, typeof lastChangeAt]).toEqual([
      1,
      1,
      0,
      "string",
    ]);
    await testStore.store.teams
      .item("profile", teamId)
      .replace({ ...legacy, auditEventId: "audit:profile:v1:x" });
    const read = await repos.profiles.get(teamId);
    expect(read?.profile).toEqual(created.profile);
    expect(read?.document.changes).toEqual([]);
    const replaced = await repos.profiles.replace(sampleProfile(teamId), read ?? created, {
      actor: leader,
      action: "setup.changed",
    });
    const [stored] = await rawDocuments(teamId);
    expect(stored).not.toHaveProperty("auditEventId");
    expect(replaced.profile.version).toBe(2);
  });

  describe("what is written is exactly what the same schema reads back", () => {
    const teamId = newTeamId();

    /** Writes one document of each type through the repositories. */
    beforeAll(async () => {
      const created = await repos.profiles.create(sampleProfile(teamId), {
        actor: leader,
        action: "setup.created",
        details: { fields: ["programmeId"] },
      });
      await repos.profiles.replace(
        sampleProfile(teamId, {
          slots: {
            statusMeeting: { cadence: "weekly", weekday: 5, time: "08:30" },
            supervision: { cadence: "monthly", week: "last", weekday: 4, time: "13:00" },
          },
        }),
        created,
        { actor: approver, action: "setup.changed", click: click("card-0001") },
      );
      await repos.conversations.save({
        kind: "channel",
        teamId,
        channelId: teamId,
        conversationId: teamId,
        serviceUrl: "https://smba.trafficmanager.net/emea/",
        tenantId: "tenant-1",
        botId: "28:bot",
      });
      await repos.conversations.save({
        kind: "personal",
        userId: `29:person-${teamId}`,
        conversationId: "a:personal",
        serviceUrl: "https://smba.trafficmanager.net/emea/",
        botId: "28:bot",
      });
      await repos.answers.saveAnswers(
        teamId,
        "sft.kickoff",
        answers({ "who-leads": "Lene", "how-often": "Hver tirsdag" }),
        leader,
        click("card-0002"),
      );
      await repos.approvals.request(teamId, "sft.kickoff", 1, leader, click("card-0003"));
      await repos.approvals.decide(
        teamId,
        "sft.kickoff",
        { status: "sentBack", comment: "Mangler plan" },
        approver,
        click("card-0003"),
      );
      await repos.scheduleOverrides.record(
        teamId,
        { activityKind: "status-meeting", date: "2025-05-13" },
        { movedTo: { date: "2025-05-15", time: "13:00" } },
        leader,
        click("card-0005"),
        { action: "schedule.moved" },
      );
      const claimed = await repos.nudges.claim(
        { teamId, kind: "monthly", month: "2025-05" },
        teamId,
        60_000,
      );
      if (!claimed.claimed) throw new Error("the month was not claimed");
      await repos.nudges.markSent(claimed.lease, {
        conversationId: `${teamId};messageid=1`,
        activityId: "1",
      });
      await repos.reachability.markUnreachable(teamId, "blocked", "403 MessageWritesBlocked");
      await repos.actionReceipts.claimAction(teamId, click("card-0004"), leader.id);
      await repos.people.syncTeam(
        teamId,
        { organisationName: "Aarhus Kommune", programmeId: "social-skills-training" },
        new Map(),
        new Map([[`29:consultant-${teamId}`, ["consultant", "approver"]]]),
      );
      await repos.exportTokens.issue(teamId, approver, 15);
      await repos.approvalCards.remember(teamId, "sft.planning", {
        serviceUrl: "https://smba.trafficmanager.net/emea/",
        tenantId: "tenant-1",
        conversationId: "19:team@thread.tacv2;messageid=1700000000000",
        activityId: "1700000000123",
        botId: "28:bot",
      });
      // The marker an erasure writes first and deletes last (kept here as if it had stopped).
      await writeDocument(
        createStoreContext(testStore.store),
        testStore.store.teams,
        DOCUMENT_TYPES.erasure,
        {
          id: "erasure",
          type: DOCUMENT_TYPES.erasure,
          teamId,
          approverIds: [approver.id],
          startedAt: "2025-05-20T10:00:00.000Z",
          startedBy: approver,
        },
        { kind: "upsert" },
        { commit: false },
      );
      for (let i = 0; i < 51; i++) {
        await repos.answers.saveAnswers(
          teamId,
          "sft.planning",
          answers({ "plan-ready": `Svar ${i}` }),
          consultant,
          click(`card-1${String(i).padStart(4, "0")}`),
        );
      }
    });

    async function storedOfType(type: DocumentType) {
      const container = type === "personTeams" ? testStore.store.users : testStore.store.teams;
      const { resources } = await container.items
        .query<Record<string, unknown>>({
          query: "SELECT * FROM c WHERE c.type = @type AND (c.teamId = @t OR c.userId = @u)",
          parameters: [
            { name: "@type", value: type },
            { name: "@t", value: teamId },
            { name: "@u", value: `29:consultant-${teamId}` },
          ],
        })
        .fetchAll();
      return resources;
    }

    it("covers every document type", () => {
      expect(Object.keys(DOCUMENT_SCHEMAS).sort()).toEqual(Object.values(DOCUMENT_TYPES).sort());
    });

    it.each(Object.values(DOCUMENT_TYPES))("%s", async (type) => {
      const stored = await storedOfType(type);
      expect(stored.length).toBeGreaterThan(0);
      for (const raw of stored) {
        // Parsing neither adds nor drops anything: the schema reads back exactly what was written.
        expect(parseDocument(type, raw)).toEqual(stripSystemFields(raw));
      }
    });
  });
});
