import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentIds } from "../../src/store/document-ids";
import { createRepositories, type Repositories } from "../../src/store/repositories";
import { CHANGE_LOG_LIMIT } from "../../src/store/schemas";
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

/** Runs `work` as a turn and tells how many requests the store sent for it. */
async function storeCallsOf(work: () => Promise<unknown>): Promise<number> {
  return runWithBudget(60_000, async (budget) => {
    await work();
    return budget.storeCalls;
  });
}

/** A clock that moves one second per reading, so every change has its own instant. */
function ticking(from: string) {
  let tick = Date.parse(from);
  return { now: () => new Date((tick += 1_000)) };
}

describe("a change and its audit record in one write", () => {
  it("saving answers, deciding an approval and saving the setup take at most 2 round trips each", async () => {
    const teamId = newTeamId();
    // The setup as the feature saves it: the read it shows the card from, then one write.
    const created = await repos.profiles.create(sampleProfile(teamId), {
      actor: leader,
      action: "setup.created",
    });
    expect(
      await storeCallsOf(async () => {
        const stored = await repos.profiles.get(teamId);
        if (!stored) throw new Error("not set up");
        await repos.profiles.replace(sampleProfile(teamId, { language: "en" }), stored, {
          actor: leader,
          action: "setup.changed",
          click: click("setup-card-1"),
        });
      }),
    ).toBe(2);
    expect(
      await storeCallsOf(() =>
        repos.profiles.create(sampleProfile(newTeamId()), {
          actor: leader,
          action: "setup.created",
        }),
      ),
    ).toBe(1);
    for (const i of [1, 2]) {
      expect(
        await storeCallsOf(() =>
          repos.answers.saveAnswers(
            teamId,
            "sft.m1",
            answers({ [`q-${i}`]: "svar" }),
            member,
            click(`answer-card-${i}`),
          ),
        ),
      ).toBe(2);
      expect(
        await storeCallsOf(() =>
          i === 1
            ? repos.approvals.request(teamId, "sft.m1", 1, leader, click("approval-card-1"))
            : repos.approvals.decide(
                teamId,
                "sft.m1",
                { status: "approved" },
                approver,
                click("approval-card-2"),
              ),
        ),
      ).toBe(2);
    }
    expect(created.profile.version).toBe(1);
  });

  it("keeps the change log in the document, newest last, with who, when, what and the version", async () => {
    const teamId = newTeamId();
    const timed = createRepositories(testStore.store, {
      retry: fastRetry,
      clock: ticking("2025-05-01T08:00:00.000Z"),
    });
    await timed.answers.saveAnswers(
      teamId,
      "sft.m1",
      answers({ "who-leads": "Svar om ledelsen", "how-often": "Hver uge" }),
      leader,
      click("answer-card-1"),
    );
    await timed.answers.saveAnswers(
      teamId,
      "sft.m1",
      answers({ "how-often": "" }),
      member,
      click("answer-card-2"),
    );
    const { resource } = await testStore.store.teams.item("answers:sft.m1", teamId).read();
    expect(resource.changes).toMatchObject([
      {
        at: "2025-05-01T08:00:01.000Z",
        actor: leader,
        action: "answers.saved",
        details: { questions: ["who-leads", "how-often"] },
        version: 1,
      },
      {
        at: "2025-05-01T08:00:02.000Z",
        actor: member,
        details: { questions: ["how-often"] },
        version: 2,
      },
    ]);
    // The log names questions, never the answers' text.
    expect(JSON.stringify(resource.changes)).not.toContain("Svar om ledelsen");
  });

  it("shows the versions of a milestone from its own log in one point read", async () => {
    const teamId = newTeamId();
    const timed = createRepositories(testStore.store, {
      retry: fastRetry,
      clock: ticking("2025-05-01T08:00:00.000Z"),
    });
    await timed.answers.saveAnswers(
      teamId,
      "sft.m1",
      answers({ "who-leads": "Lene" }),
      leader,
      click("answer-card-1"),
    );
    await timed.answers.saveAnswers(
      teamId,
      "sft.m1",
      answers({ "how-often": "Hver uge", "plan-ready": "Ja" }),
      member,
      click("answer-card-2"),
    );
    let history: Awaited<ReturnType<Repositories["answers"]["history"]>> | undefined;
    const calls = await storeCallsOf(async () => {
      history = await timed.answers.history(teamId, "sft.m1");
    });
    expect(calls).toBe(1);
    expect(history).toEqual({
      versions: [
        {
          version: 2,
          at: "2025-05-01T08:00:02.000Z",
          by: member,
          action: "answers.saved",
          questions: ["how-often", "plan-ready"],
        },
        {
          version: 1,
          at: "2025-05-01T08:00:01.000Z",
          by: leader,
          action: "answers.saved",
          questions: ["who-leads"],
        },
      ],
      hasOlder: false,
    });
    expect(await timed.answers.history(teamId, "sft.other")).toEqual({
      versions: [],
      hasOlder: false,
    });
  });

  it("moves the oldest entries to an archive before the commit, and lists every change once", async () => {
    const teamId = newTeamId();
    const timed = createRepositories(testStore.store, {
      retry: fastRetry,
      clock: ticking("2025-05-01T08:00:00.000Z"),
    });
    const total = CHANGE_LOG_LIMIT + 10;
    const callsPerSave: number[] = [];
    for (let i = 1; i <= total; i++) {
      callsPerSave.push(
        await storeCallsOf(() =>
          timed.answers.saveAnswers(
            teamId,
            "sft.m1",
            answers({ "who-leads": `svar ${i}` }),
            i % 2 === 0 ? leader : member,
            click(`answer-card-${i}`),
          ),
        ),
      );
    }
    // Only the save that fills the log writes the archive as well.
    expect(callsPerSave.filter((n) => n === 3)).toHaveLength(1);
    expect(callsPerSave.filter((n) => n === 2)).toHaveLength(total - 1);

    const { resource: entity } = await testStore.store.teams.item("answers:sft.m1", teamId).read();
    expect(entity.changes.length).toBeLessThanOrEqual(CHANGE_LOG_LIMIT);
    expect(entity.archivedChunks).toBe(1);
    const archiveId = documentIds.changeLogArchive("answers:sft.m1", 0);
    const { resource: archive } = await testStore.store.teams.item(archiveId, teamId).read();
    expect(archive.changes.length + entity.changes.length).toBe(total);

    const listed = [];
    let continuationToken: string | undefined;
    do {
      const page = await timed.audit.list(teamId, { limit: 7, continuationToken });
      listed.push(...page.events);
      continuationToken = page.continuationToken;
    } while (continuationToken !== undefined);
    expect(listed.map((e) => e.version)).toEqual(
      Array.from({ length: total }, (_, i) => total - i),
    );
    const history = await timed.answers.history(teamId, "sft.m1");
    expect(history.hasOlder).toBe(true);
    expect(history.versions[0]?.version).toBe(total);
  });

  it("lists an entry once when an archive was written but its commit never landed", async () => {
    const teamId = newTeamId();
    await repos.answers.saveAnswers(
      teamId,
      "sft.m1",
      answers({ "who-leads": "Lene" }),
      leader,
      click("answer-card-1"),
    );
    const { resource: entity } = await testStore.store.teams.item("answers:sft.m1", teamId).read();
    // As if a save had archived this entry and then lost its commit.
    await testStore.store.teams.items.create({
      id: documentIds.changeLogArchive("answers:sft.m1", 0),
      type: "changeLogArchive",
      teamId,
      subject: "answers:sft.m1",
      chunk: 0,
      changes: entity.changes,
      lastChangeAt: entity.lastChangeAt,
    });
    const { events } = await repos.audit.list(teamId, { limit: 10 });
    expect(events.map((e) => [e.subject, e.version])).toEqual([["answers:sft.m1", 1]]);
  });

  it("merges the team's documents newest first, pages, and filters by subject", async () => {
    const teamId = newTeamId();
    const timed = createRepositories(testStore.store, {
      retry: fastRetry,
      clock: ticking("2025-05-01T08:00:00.000Z"),
    });
    let stored = await timed.profiles.create(sampleProfile(teamId), {
      actor: leader,
      action: "setup.created",
    });
    const expected: [string, number][] = [["profile", 1]];
    for (let i = 1; i <= 3; i++) {
      await timed.answers.saveAnswers(
        teamId,
        "sft.m1",
        answers({ "who-leads": `${i}` }),
        member,
        click(`a-card-${i}`),
      );
      expected.push(["answers:sft.m1", i]);
      await timed.approvals.request(teamId, "sft.m2", i, leader, click(`d-card-${i}`));
      expected.push(["approval:sft.m2", i]);
      stored = await timed.profiles.replace(sampleProfile(teamId), stored, {
        actor: approver,
        action: "setup.changed",
      });
      expected.push(["profile", i + 1]);
    }
    expected.reverse();

    const first = await timed.audit.list(teamId, { limit: 4 });
    expect(first.events.map((e) => [e.subject, e.version])).toEqual(expected.slice(0, 4));
    const second = await timed.audit.list(teamId, {
      limit: 4,
      continuationToken: first.continuationToken,
    });
    expect(second.events.map((e) => [e.subject, e.version])).toEqual(expected.slice(4, 8));
    const last = await timed.audit.list(teamId, {
      limit: 4,
      continuationToken: second.continuationToken,
    });
    expect(last.events.map((e) => [e.subject, e.version])).toEqual(expected.slice(8));
    expect(last.continuationToken).toBeUndefined();

    const onlyAnswers = await timed.audit.list(teamId, { limit: 10, subject: "answers:sft.m1" });
    expect(onlyAnswers.events.map((e) => e.version)).toEqual([3, 2, 1]);
    expect(onlyAnswers.events[0]).toMatchObject({
      teamId,
      subject: "answers:sft.m1",
      actor: member,
      action: "answers.saved",
      at: "2025-05-01T08:00:08.000Z",
    });
  });
});
