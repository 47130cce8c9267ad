import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument, validateDocument } from "../../src/store/cosmos-operations";
import {
  ConcurrentChangeError,
  InvalidDocumentError,
  UnreadableDocumentError,
} from "../../src/store/errors";
import { fixedClock } from "../../src/clock";
import { createRepositories, type Repositories } from "../../src/store/repositories";
import { runWithBudget } from "../../src/turn-budget";
import { startTestStore, type TestStore } from "../support/test-store";
import {
  answers,
  approver,
  click,
  fastRetry,
  leader,
  member,
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

async function storeCallsOf<T>(work: () => Promise<T>): Promise<{ value: T; calls: number }> {
  return runWithBudget(60_000, async (budget) => {
    const value = await work();
    return { value, calls: budget.storeCalls };
  });
}

describe("MilestoneRepository", () => {
  it("reads a milestone's profile, answers and approval in one round trip, and nothing else", async () => {
    const teamId = newTeamId();
    await repos.profiles.create(sampleProfile(teamId), { actor: leader, action: "setup.created" });
    await repos.answers.saveAnswers(
      teamId,
      `${SFT}.m1`,
      answers({ q: "svar" }),
      leader,
      click("a"),
    );
    await repos.approvals.request(teamId, `${SFT}.m1`, 1, leader, click("r"));
    await repos.answers.saveAnswers(
      teamId,
      `${SFT}.m2`,
      answers({ q: "andet" }),
      leader,
      click("b"),
    );
    await repos.answers.saveAnswers(
      newTeamId(),
      `${SFT}.m1`,
      answers({ q: "x" }),
      leader,
      click("c"),
    );

    const { value: docs, calls } = await storeCallsOf(() =>
      repos.milestones.readMilestone(teamId, SFT, "m1"),
    );
    expect(calls).toBe(1);
    expect(docs.profile?.profile.organisationName).toBe("Aarhus Kommune");
    expect(docs.answers?.answers.answers.get("q")?.text).toBe("svar");
    expect(docs.approval?.approval).toMatchObject({ status: "pending", forVersion: 1 });

    const none = await repos.milestones.readMilestone(teamId, SFT, "m3");
    expect(none.answers).toBeNull();
    expect(none.approval).toBeNull();
    expect((await repos.milestones.readMilestone(newTeamId(), SFT, "m1")).profile).toBeNull();
  });

  it("reads a team's milestones in one round trip, keyed by milestone", async () => {
    const teamId = newTeamId();
    await repos.profiles.create(sampleProfile(teamId), { actor: leader, action: "setup.created" });
    await repos.answers.saveAnswers(teamId, `${SFT}.m1`, answers({ q: "1" }), leader, click("a"));
    await repos.answers.saveAnswers(teamId, `${SFT}.m2`, answers({ q: "2" }), leader, click("b"));
    await repos.approvals.request(teamId, `${SFT}.m2`, 1, leader, click("r"));
    await repos.scheduleOverrides.record(
      teamId,
      { activityKind: "supervision", date: "2025-05-20" },
      { cancelled: true },
      leader,
      click("o"),
      { action: "schedule.cancelled" },
    );
    const { value: team, calls } = await storeCallsOf(() => repos.milestones.readTeam(teamId));
    expect(calls).toBe(1);
    expect(team.profile?.profile.teamId).toBe(teamId);
    expect([...team.answers.keys()].sort()).toEqual([`${SFT}.m1`, `${SFT}.m2`]);
    expect([...team.approvals.keys()]).toEqual([`${SFT}.m2`]);
  });

  it("reads everything a team's nudge is made of in one round trip: only the month's delivery, channels newest first", async () => {
    const teamId = newTeamId();
    await repos.profiles.create(sampleProfile(teamId), { actor: leader, action: "setup.created" });
    await repos.answers.saveAnswers(teamId, `${SFT}.m1`, answers({ q: "1" }), leader, click("a"));
    await repos.approvals.request(teamId, `${SFT}.m1`, 1, leader, click("r"));
    await repos.scheduleOverrides.record(
      teamId,
      { activityKind: "status-meeting", date: "2025-05-13" },
      { held: true },
      leader,
      click("o"),
      { action: "schedule.held" },
    );
    await repos.reachability.markUnreachable(teamId, "blocked", "403 MessageWritesBlocked");
    const channel = (channelId: string) => ({
      kind: "channel" as const,
      teamId,
      channelId,
      conversationId: channelId,
      serviceUrl: "https://smba.example/",
      botId: "28:bot",
    });
    const at = (iso: string) => createRepositories(testStore.store, { clock: fixedClock(iso) });
    await at("2025-03-01T08:00:00Z").conversations.save(channel("19:older@thread.tacv2"));
    await at("2025-04-01T08:00:00Z").conversations.save(channel("19:newer@thread.tacv2"));
    const april = { teamId, kind: "monthly" as const, month: "2025-04" };
    const may = { ...april, month: "2025-05" };
    await repos.nudges.claim(april, "19:newer@thread.tacv2", 60_000);
    await repos.nudges.claim(may, "19:newer@thread.tacv2", 60_000);

    const { value: team, calls } = await storeCallsOf(() =>
      repos.milestones.readTeamForNudge(teamId, may),
    );
    expect(calls).toBe(1);
    expect(team.profile?.profile.organisationName).toBe("Aarhus Kommune");
    expect([...team.answers.keys()]).toEqual([`${SFT}.m1`]);
    expect(team.approvals.get(`${SFT}.m1`)?.approval.status).toBe("pending");
    expect(team.overrides).toMatchObject([{ date: "2025-05-13", held: true }]);
    expect(team.reachability).toMatchObject({ reachable: false, reason: "blocked" });
    expect(team.conversations.map((c) => c.channelId)).toEqual([
      "19:newer@thread.tacv2",
      "19:older@thread.tacv2",
    ]);
    expect(team.delivery).toMatchObject({ month: "2025-05", status: "sending" });

    const june = await repos.milestones.readTeamForNudge(teamId, { ...may, month: "2025-06" });
    expect(june.delivery).toBeNull();
    const unknown = await repos.milestones.readTeamForNudge(newTeamId(), may);
    expect(unknown).toMatchObject({ profile: null, delivery: null, conversations: [] });
  });

  it("saves over what it read in one round trip, with the assessment, logged without the texts", async () => {
    const teamId = newTeamId();
    const key = `${SFT}.m1`;
    const first = await repos.milestones.readMilestone(teamId, SFT, "m1");
    const { value: saved, calls } = await storeCallsOf(() =>
      repos.answers.saveMilestone(
        teamId,
        key,
        { answers: answers({ q1: "Hemmeligt indhold" }), assessment: "partially" },
        leader,
        click("s1"),
        { basedOnVersion: 0, basis: first.answers?.basis ?? null },
      ),
    );
    expect(calls).toBe(1);
    expect(saved.answers.assessment).toMatchObject({
      value: "partially",
      setBy: leader,
      version: 1,
    });
    expect(saved.answers.versions).toEqual([
      {
        version: 1,
        at: expect.any(String),
        by: leader,
        action: "answers.saved",
        questions: ["q1"],
        assessment: "partially",
      },
    ]);
    const { events } = await repos.audit.list(teamId, { limit: 5 });
    expect(JSON.stringify(events)).not.toContain("Hemmeligt");
  });

  it("refuses to overwrite an assessment changed after the card's version", async () => {
    const teamId = newTeamId();
    const key = `${SFT}.m1`;
    await repos.answers.saveMilestone(
      teamId,
      key,
      { answers: new Map(), assessment: "partially" },
      leader,
      click("a"),
    );
    await expect(
      repos.answers.saveMilestone(
        teamId,
        key,
        { answers: new Map(), assessment: "inPlace" },
        member,
        click("b"),
        { basedOnVersion: 0 },
      ),
    ).rejects.toBeInstanceOf(ConcurrentChangeError);
    // An answer from the same old card still merges.
    const merged = await repos.answers.saveMilestone(
      teamId,
      key,
      { answers: answers({ q2: "Nyt" }) },
      member,
      click("c"),
      { basedOnVersion: 0 },
    );
    expect(merged.answers.assessment?.value).toBe("partially");
    expect(merged.answers.answers.get("q2")?.text).toBe("Nyt");
  });

  it("counts an answer's length in characters as the card does: 4,000 emoji fit, 4,001 letters do not", async () => {
    const teamId = newTeamId();
    const emoji = "🙂".repeat(4_000);
    const saved = await repos.answers.saveAnswers(
      teamId,
      `${SFT}.m1`,
      answers({ q: emoji }),
      leader,
      click("e"),
    );
    expect(saved.answers.answers.get("q")?.text).toBe(emoji);
    const { calls, value } = await storeCallsOf(() =>
      repos.answers
        .saveAnswers(teamId, `${SFT}.m1`, answers({ q: "a".repeat(4_001) }), leader, click("f"))
        .catch((error: unknown) => error),
    );
    expect(value).toBeInstanceOf(InvalidDocumentError);
    // Read to compare, then refused before the write: nothing was sent to be stored.
    expect(calls).toBe(1);
  });
});

describe("the approval document's schema", () => {
  const base = {
    id: "approval:social-skills-training.m1",
    type: "approval" as const,
    teamId: "19:t",
    milestoneId: `${SFT}.m1`,
    forVersion: 1,
    requestedBy: leader,
    requestedAt: "2026-11-23T09:00:00.000Z",
    updatedAt: "2026-11-23T09:00:00.000Z",
    version: 1,
  };

  it("has a decider exactly when it is decided", () => {
    expect(() => validateDocument("approval", { ...base, status: "pending" })).not.toThrow();
    expect(() =>
      validateDocument("approval", {
        ...base,
        status: "approved",
        decidedBy: approver,
        decidedAt: "2026-11-24T09:15:00.000Z",
      }),
    ).not.toThrow();
    expect(() => validateDocument("approval", { ...base, status: "approved" })).toThrow(
      InvalidDocumentError,
    );
    expect(() =>
      validateDocument("approval", {
        ...base,
        status: "pending",
        decidedBy: approver,
        decidedAt: "2026-11-24T09:15:00.000Z",
      }),
    ).toThrow(InvalidDocumentError);
  });

  it("is not read without the version of the answers it is for", () => {
    const withoutVersion: Record<string, unknown> = { ...base, status: "pending" };
    delete withoutVersion["forVersion"];
    expect(() => parseDocument("approval", withoutVersion)).toThrow(UnreadableDocumentError);
  });
});
