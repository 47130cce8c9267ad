import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConcurrentChangeError } from "../../src/store/errors";
import { createRepositories, type Repositories } from "../../src/store/repositories";
import { startTestStore, type TestStore } from "../support/test-store";
import { answers, approver, click, fastRetry, leader, member, newTeamId } from "./support/fixtures";

let testStore: TestStore;
let repos: Repositories;

beforeAll(async () => {
  testStore = await startTestStore();
  repos = createRepositories(testStore.store, { retry: fastRetry });
});

afterAll(async () => {
  await testStore.stop();
});

describe("AnswerRepository", () => {
  it("returns null before anything is answered", async () => {
    expect(await repos.answers.get(newTeamId(), "sft.kickoff")).toBeNull();
  });

  it("saves answers per question and merges later changes", async () => {
    const teamId = newTeamId();
    const first = await repos.answers.saveAnswers(
      teamId,
      "sft.m1",
      answers({ "q-0": "Lene", "q-1": "Hver tirsdag" }),
      leader,
      click("act-1"),
    );
    expect(first.alreadyApplied).toBe(false);
    expect(first.answers.version).toBe(1);
    const second = await repos.answers.saveAnswers(
      teamId,
      "sft.m1",
      answers({ "q-1": "  ", "q-2": "Ja" }),
      member,
      click("act-2"),
    );
    expect(second.answers.version).toBe(2);
    const stored = await repos.answers.get(teamId, "sft.m1");
    expect([...(stored?.answers.answers.keys() ?? [])].sort()).toEqual(["q-0", "q-2"]);
    expect(stored?.answers.answers.get("q-0")).toMatchObject({
      text: "Lene",
      answeredBy: leader,
      version: 1,
    });
    expect(stored?.answers.answers.get("q-2")).toMatchObject({
      text: "Ja",
      answeredBy: member,
      version: 2,
    });
    expect(stored?.etag).toBe(second.etag);
  });

  it("records the same action id once", async () => {
    const teamId = newTeamId();
    const once = await repos.answers.saveAnswers(
      teamId,
      "sft.m1",
      answers({ "q-0": "Svar" }),
      leader,
      click("same"),
    );
    const again = await repos.answers.saveAnswers(
      teamId,
      "sft.m1",
      answers({ "q-0": "Svar" }),
      leader,
      click("same"),
    );
    expect(again.alreadyApplied).toBe(true);
    expect(again.answers.version).toBe(1);
    expect(again.etag).toBe(once.etag);
    const { events } = await repos.audit.list(teamId, { limit: 10 });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      subject: "answers:sft.m1",
      action: "answers.saved",
      actor: leader,
      version: 1,
      details: { milestoneId: "sft.m1", questions: ["q-0"] },
    });
    expect(JSON.stringify(events)).not.toContain("Svar");
  });

  it("records a redelivery once even when both arrive at the same time", async () => {
    const teamId = newTeamId();
    const results = await Promise.all([
      repos.answers.saveAnswers(teamId, "sft.m1", answers({ "q-0": "Svar" }), leader, click("dup")),
      repos.answers.saveAnswers(teamId, "sft.m1", answers({ "q-0": "Svar" }), leader, click("dup")),
    ]);
    expect(results.map((r) => r.alreadyApplied).sort()).toEqual([false, true]);
    expect((await repos.answers.get(teamId, "sft.m1"))?.answers.version).toBe(1);
    expect((await repos.audit.list(teamId, { limit: 10 })).events).toHaveLength(1);
  });

  it("keys a click per person: two people on the same card make two changes, each credited", async () => {
    const teamId = newTeamId();
    const sameCard = click("shared-card-1");
    const results = await Promise.all([
      repos.answers.saveAnswers(teamId, "sft.m1", answers({ "q-0": "A" }), leader, sameCard),
      repos.answers.saveAnswers(teamId, "sft.m1", answers({ "q-1": "B" }), member, sameCard),
    ]);
    expect(results.map((r) => r.alreadyApplied)).toEqual([false, false]);
    const stored = await repos.answers.get(teamId, "sft.m1");
    expect(stored?.answers.version).toBe(2);
    expect(stored?.answers.answers.get("q-0")?.answeredBy).toEqual(leader);
    expect(stored?.answers.answers.get("q-1")?.answeredBy).toEqual(member);
    const { events } = await repos.audit.list(teamId, { limit: 10 });
    expect(events.map((e) => e.actor.id).sort()).toEqual([leader.id, member.id].sort());
    // Each person's redelivery of that click is still a no-op.
    const again = await repos.answers.saveAnswers(
      teamId,
      "sft.m1",
      answers({ "q-1": "B" }),
      member,
      sameCard,
    );
    expect(again.alreadyApplied).toBe(true);
    expect((await repos.audit.list(teamId, { limit: 10 })).events).toHaveLength(2);
  });

  it("merges simultaneous answers to different questions, auditing both", async () => {
    const teamId = newTeamId();
    await Promise.all([
      repos.answers.saveAnswers(teamId, "sft.m1", answers({ "q-0": "A" }), leader, click("a")),
      repos.answers.saveAnswers(teamId, "sft.m1", answers({ "q-1": "B" }), member, click("b")),
    ]);
    const stored = await repos.answers.get(teamId, "sft.m1");
    expect(stored?.answers.version).toBe(2);
    expect(stored?.answers.answers.get("q-0")?.text).toBe("A");
    expect(stored?.answers.answers.get("q-1")?.text).toBe("B");
    const { events } = await repos.audit.list(teamId, { limit: 10, subject: "answers:sft.m1" });
    expect(events.map((e) => e.version).sort()).toEqual([1, 2]);
  });

  it("refuses to overwrite an answer changed after the version the card showed", async () => {
    const teamId = newTeamId();
    await repos.answers.saveAnswers(
      teamId,
      "sft.m1",
      answers({ "q-0": "Første" }),
      leader,
      click("a"),
    );
    await repos.answers.saveAnswers(
      teamId,
      "sft.m1",
      answers({ "q-0": "Anden" }),
      member,
      click("b"),
    );
    await expect(
      repos.answers.saveAnswers(
        teamId,
        "sft.m1",
        answers({ "q-0": "Tredje" }),
        leader,
        click("c"),
        {},
        { basedOnVersion: 1 },
      ),
    ).rejects.toBeInstanceOf(ConcurrentChangeError);
    // A different question merges even from the old card.
    const merged = await repos.answers.saveAnswers(
      teamId,
      "sft.m1",
      answers({ "q-1": "Andet" }),
      leader,
      click("d"),
      {},
      {
        basedOnVersion: 1,
      },
    );
    expect(merged.answers.answers.get("q-0")?.text).toBe("Anden");
    expect(merged.answers.version).toBe(3);
  });

  it("lists every milestone of the team and nothing of another team", async () => {
    const teamId = newTeamId();
    await repos.answers.saveAnswers(teamId, "sft.m1", answers({ "q-0": "x" }), leader, click("1"));
    await repos.answers.saveAnswers(teamId, "sft.m2", answers({ "q-0": "y" }), leader, click("2"));
    await repos.answers.saveAnswers(
      newTeamId(),
      "sft.m3",
      answers({ "q-0": "z" }),
      leader,
      click("3"),
    );
    const list = await repos.answers.list(teamId);
    expect(list.map((a) => a.milestoneId).sort()).toEqual(["sft.m1", "sft.m2"]);
  });

  it("rejects ids Cosmos cannot store", async () => {
    await expect(
      repos.answers.saveAnswers(newTeamId(), "a/b", answers({ "q-0": "x" }), leader, click("1")),
    ).rejects.toThrow(/invalid milestone id/);
  });
});

describe("ApprovalRepository", () => {
  it("records a request, a send-back, a new request and an approval, audited, each click once", async () => {
    const teamId = newTeamId();
    expect(await repos.approvals.get(teamId, "sft.m1")).toBeNull();
    const submitted = await repos.approvals.request(teamId, "sft.m1", 3, leader, click("s1"));
    expect(submitted.approval).toMatchObject({
      status: "pending",
      forVersion: 3,
      requestedBy: leader,
      version: 1,
    });
    expect(submitted.approval).not.toHaveProperty("decidedBy");
    const sentBack = await repos.approvals.decide(
      teamId,
      "sft.m1",
      { status: "sentBack", comment: "Mangler plan for supervision" },
      approver,
      click("d1"),
      { basedOnVersion: 1 },
    );
    expect(sentBack.approval).toMatchObject({
      status: "sentBack",
      forVersion: 3,
      decidedBy: approver,
      comment: "Mangler plan for supervision",
      version: 2,
    });
    const repeat = await repos.approvals.decide(
      teamId,
      "sft.m1",
      { status: "sentBack" },
      approver,
      click("d1"),
    );
    expect(repeat.alreadyApplied).toBe(true);
    const again = await repos.approvals.request(teamId, "sft.m1", 4, leader, click("s2"));
    // A new request clears the earlier decision and its comment.
    expect(again.approval).toMatchObject({ status: "pending", forVersion: 4, version: 3 });
    expect(again.approval).not.toHaveProperty("comment");
    expect(again.approval).not.toHaveProperty("decidedBy");
    const approved = await repos.approvals.decide(
      teamId,
      "sft.m1",
      { status: "approved" },
      approver,
      click("d2"),
    );
    expect(approved.approval).toMatchObject({ status: "approved", forVersion: 4, version: 4 });
    expect(approved.approval).not.toHaveProperty("comment");

    const { events } = await repos.audit.list(teamId, { limit: 10 });
    expect(events.map((e) => [e.action, e.details["forVersion"]])).toEqual([
      ["approval.approved", 4],
      ["approval.requested", 4],
      ["approval.sentBack", 3],
      ["approval.requested", 3],
    ]);
    expect((await repos.approvals.list(teamId)).map((a) => a.status)).toEqual(["approved"]);
  });

  it("decides only what waits for a decision", async () => {
    const teamId = newTeamId();
    await expect(
      repos.approvals.decide(teamId, "sft.m1", { status: "approved" }, approver, click("x")),
    ).rejects.toBeInstanceOf(ConcurrentChangeError);
    await repos.approvals.request(teamId, "sft.m1", 1, leader, click("s"));
    await repos.approvals.decide(teamId, "sft.m1", { status: "approved" }, approver, click("a"));
    await expect(
      repos.approvals.decide(teamId, "sft.m1", { status: "sentBack" }, approver, click("b")),
    ).rejects.toBeInstanceOf(ConcurrentChangeError);
    expect((await repos.approvals.get(teamId, "sft.m1"))?.approval.status).toBe("approved");
  });

  it("keys a click per person: two approvers deciding on the same card are not one click", async () => {
    const teamId = newTeamId();
    await repos.approvals.request(teamId, "sft.m1", 1, leader, click("s-card-1"));
    const sameCard = click("decide-card-1", "approval.decide");
    const first = await repos.approvals.decide(
      teamId,
      "sft.m1",
      { status: "approved" },
      approver,
      sameCard,
      { basedOnVersion: 1 },
    );
    expect(first.alreadyApplied).toBe(false);
    // The second person pressed the same card's button: their decision was made on version 1,
    // which is outdated now.
    await expect(
      repos.approvals.decide(
        teamId,
        "sft.m1",
        { status: "sentBack", comment: "Nej" },
        member,
        sameCard,
        { basedOnVersion: 1 },
      ),
    ).rejects.toBeInstanceOf(ConcurrentChangeError);
    // The first person's redelivered click: applied once, answered with the stored state.
    const redelivered = await repos.approvals.decide(
      teamId,
      "sft.m1",
      { status: "approved" },
      approver,
      sameCard,
      { basedOnVersion: 1 },
    );
    expect(redelivered).toMatchObject({ alreadyApplied: true, approval: { version: 2 } });
    const { events } = await repos.audit.list(teamId, { limit: 10 });
    expect(events.map((e) => [e.version, e.actor.id])).toEqual([
      [2, approver.id],
      [1, leader.id],
    ]);
  });

  it("records one decision when two approvers decide at once", async () => {
    const teamId = newTeamId();
    await repos.approvals.request(teamId, "sft.m1", 1, leader, click("s1"));
    const results = await Promise.allSettled([
      repos.approvals.decide(teamId, "sft.m1", { status: "approved" }, approver, click("x"), {
        basedOnVersion: 1,
      }),
      repos.approvals.decide(teamId, "sft.m1", { status: "sentBack" }, member, click("y"), {
        basedOnVersion: 1,
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason).toBeInstanceOf(
      ConcurrentChangeError,
    );
    const stored = await repos.approvals.get(teamId, "sft.m1");
    expect(stored?.approval.version).toBe(2);
    const { events } = await repos.audit.list(teamId, { limit: 10 });
    expect(events.map((e) => e.version)).toEqual([2, 1]);
    expect(events[0]?.action).toBe(`approval.${stored?.approval.status ?? ""}`);
  });
});
