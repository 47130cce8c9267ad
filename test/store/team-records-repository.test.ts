import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConcurrentChangeError } from "../../src/store/errors";
import { createRepositories, type Repositories } from "../../src/store/repositories";
import type { ConversationReferenceRecord } from "../../src/store/conversation-reference-repository";
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

const serviceUrl = "https://smba.trafficmanager.net/emea/";

describe("ConversationReferenceRepository", () => {
  it("keeps channel references per team and the newest one wins", async () => {
    const teamId = newTeamId();
    const general: ConversationReferenceRecord = {
      kind: "channel",
      teamId,
      channelId: teamId,
      conversationId: teamId,
      serviceUrl,
      tenantId: "tenant",
      botId: "28:bot",
    };
    await repos.conversations.save(general);
    await repos.conversations.save({ ...general, serviceUrl: "https://smba.example/new/" });
    await repos.conversations.save({
      ...general,
      channelId: "19:other",
      conversationId: "19:other",
    });
    expect(await repos.conversations.getChannel(teamId, teamId)).toMatchObject({
      kind: "channel",
      serviceUrl: "https://smba.example/new/",
      tenantId: "tenant",
    });
    expect(await repos.conversations.listForTeam(teamId)).toHaveLength(2);
    expect(await repos.conversations.getChannel(teamId, "19:missing")).toBeNull();
  });

  it("keeps personal references under the user", async () => {
    const userId = `29:${newTeamId()}`;
    expect(await repos.conversations.getPersonal(userId)).toBeNull();
    await repos.conversations.save({
      kind: "personal",
      userId,
      conversationId: "a:personal",
      serviceUrl,
      botId: "28:bot",
    });
    expect(await repos.conversations.getPersonal(userId)).toMatchObject({
      conversationId: "a:personal",
    });
    expect(await repos.conversations.removePersonal(userId)).toBe(true);
    expect(await repos.conversations.removePersonal(userId)).toBe(false);
    expect(await repos.conversations.getPersonal(userId)).toBeNull();
  });

  it("files a group chat under its own conversation id", async () => {
    const conversationId = `19:${newTeamId()}`;
    await repos.conversations.save({ kind: "groupChat", conversationId, serviceUrl, botId: "b" });
    expect(await repos.conversations.getGroupChat(conversationId)).toMatchObject({
      kind: "groupChat",
      conversationId,
    });
  });

  it("refuses a channel reference without a channel", async () => {
    await expect(
      repos.conversations.save({ kind: "channel", conversationId: "c", serviceUrl, botId: "b" }),
    ).rejects.toThrow(/teamId and channelId/);
  });
});

describe("ScheduleOverrideRepository", () => {
  const base = { activityKind: "statusMeeting", cancelled: false, held: false };

  it("creates, replaces with the ETag and lists by date", async () => {
    const teamId = newTeamId();
    expect(await repos.scheduleOverrides.get(teamId, "statusMeeting", "2025-05-13")).toBeNull();
    const moved = await repos.scheduleOverrides.save(
      { ...base, teamId, date: "2025-05-13", movedTo: { date: "2025-05-15", time: "13:00" } },
      null,
      leader,
    );
    await repos.scheduleOverrides.save(
      { ...base, teamId, date: "2025-04-08", cancelled: true },
      null,
      leader,
    );
    await repos.scheduleOverrides.save(
      { ...base, teamId, date: "2025-06-10", held: true },
      null,
      member,
    );
    const held = await repos.scheduleOverrides.save(
      { ...base, teamId, date: "2025-05-13", movedTo: { date: "2025-05-15" }, held: true },
      moved.etag,
      member,
    );
    expect(held.override).toMatchObject({ held: true, updatedBy: member });
    const all = await repos.scheduleOverrides.list(teamId);
    expect(all.map((o) => o.override.date)).toEqual(["2025-04-08", "2025-05-13", "2025-06-10"]);
    const may = await repos.scheduleOverrides.list(teamId, {
      from: "2025-05-01",
      to: "2025-05-31",
    });
    expect(may.map((o) => o.override.date)).toEqual(["2025-05-13"]);
    expect(may[0]?.etag).toBe(held.etag);
  });

  it("reports a stale ETag and a create that lost a race as ConcurrentChangeError", async () => {
    const teamId = newTeamId();
    const first = await repos.scheduleOverrides.save(
      { ...base, teamId, date: "2025-05-13" },
      null,
      leader,
    );
    await repos.scheduleOverrides.save(
      { ...base, teamId, date: "2025-05-13", held: true },
      first.etag,
      leader,
    );
    await expect(
      repos.scheduleOverrides.save({ ...base, teamId, date: "2025-05-13" }, first.etag, member),
    ).rejects.toBeInstanceOf(ConcurrentChangeError);
    await expect(
      repos.scheduleOverrides.save({ ...base, teamId, date: "2025-05-13" }, null, member),
    ).rejects.toBeInstanceOf(ConcurrentChangeError);
    expect(
      (await repos.scheduleOverrides.get(teamId, "statusMeeting", "2025-05-13"))?.override.held,
    ).toBe(true);
  });
});

describe("NudgeDeliveryRepository", () => {
  it("lets one claim a month's nudge: true, then false", async () => {
    const teamId = newTeamId();
    expect(await repos.nudges.claim(teamId, "2025-05", "19:general")).toBe(true);
    expect(await repos.nudges.claim(teamId, "2025-05", "19:general")).toBe(false);
    expect(await repos.nudges.claim(teamId, "2025-06", "19:general")).toBe(true);
    expect(await repos.nudges.get(teamId, "2025-05")).toMatchObject({
      status: "claimed",
      month: "2025-05",
    });
  });

  it("lets exactly one of simultaneous claims win", async () => {
    const teamId = newTeamId();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => repos.nudges.claim(teamId, "2025-07", "19:general")),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("records delivery and failure", async () => {
    const teamId = newTeamId();
    await repos.nudges.claim(teamId, "2025-05", "19:general");
    expect(await repos.nudges.markDelivered(teamId, "2025-05", "1:activity")).toMatchObject({
      status: "delivered",
      activityId: "1:activity",
    });
    await repos.nudges.claim(teamId, "2025-06", "19:general");
    await repos.nudges.markFailed(teamId, "2025-06", "403 MessageWritesBlocked");
    expect(await repos.nudges.get(teamId, "2025-06")).toMatchObject({
      status: "failed",
      failure: "403 MessageWritesBlocked",
    });
    await expect(repos.nudges.markDelivered(teamId, "2025-08")).rejects.toThrow(/no claimed/);
    await expect(repos.nudges.claim(teamId, "May", "19:general")).rejects.toThrow(/YYYY-MM/);
  });
});

describe("ActionReceiptRepository", () => {
  it("claims a person's click once; another person's press of the same card is their own", async () => {
    const teamId = newTeamId();
    const pressed = click("act-1-card", "meeting.held");
    expect(await repos.actionReceipts.claimAction(teamId, pressed, leader.id)).toBe(true);
    expect(await repos.actionReceipts.claimAction(teamId, pressed, leader.id)).toBe(false);
    expect(await repos.actionReceipts.claimAction(teamId, pressed, member.id)).toBe(true);
    expect(
      await repos.actionReceipts.claimAction(
        teamId,
        { ...pressed, verb: "meeting.cancel" },
        leader.id,
      ),
    ).toBe(true);
    expect(await repos.actionReceipts.claimAction(newTeamId(), pressed, leader.id)).toBe(true);
  });
});
