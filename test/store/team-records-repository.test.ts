import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
