import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionKey, ACTION_KEY_LENGTH } from "../../src/store/action-key";
import { documentIds, isCardActionId, MAX_DOCUMENT_ID_LENGTH } from "../../src/store/document-ids";
import { InvalidDocumentError, InvalidIdError } from "../../src/store/errors";
import { createRepositories, type Repositories } from "../../src/store/repositories";
import { runWithBudget } from "../../src/turn-budget";
import { startTestStore, type TestStore } from "../support/test-store";
import { answers, click, fastRetry, leader, member, newTeamId } from "./support/fixtures";

let testStore: TestStore;
let repos: Repositories;

beforeAll(async () => {
  testStore = await startTestStore();
  repos = createRepositories(testStore.store, { retry: fastRetry });
});

afterAll(async () => {
  await testStore.stop();
});

const HUNDRED_KB = "x".repeat(100_000);

describe("document ids are bounded and validated", () => {
  it.each([
    ["empty", "", "empty"],
    ["100 KB", HUNDRED_KB, "too long"],
    ["with a slash", "sft/../profile", "forbidden characters"],
    ["with a space", "sft. kickoff", "forbidden characters"],
    ["with a question mark", "sft.kickoff?x=1", "forbidden characters"],
  ])("refuses a milestone id that is %s, without repeating it", (_kind, value, problem) => {
    const error = (() => {
      try {
        return documentIds.answers(value);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidIdError);
    expect(error).toMatchObject({ kind: "milestone id", problem, length: value.length });
    const message = (error as Error).message;
    expect(message).toContain(String(value.length));
    if (value.length > 0) expect(message).not.toContain(value);
  });

  it("keeps every id within Cosmos's 255 characters", () => {
    const longest = [
      documentIds.channelConversation(`19:${"a".repeat(190)}@thread.tacv2`.slice(0, 200)),
      documentIds.answers(`${"a".repeat(70)}.${"b".repeat(79)}`),
      documentIds.changeLogArchive(documentIds.answers("a".repeat(150)), 999_999),
    ];
    for (const id of longest) expect(id.length).toBeLessThanOrEqual(MAX_DOCUMENT_ID_LENGTH);
    expect(() => documentIds.changeLogArchive("a".repeat(250), 1)).toThrow(InvalidIdError);
  });

  it("sends nothing for a bad id, and says nothing of it", async () => {
    const teamId = newTeamId();
    const { error, storeCalls } = await runWithBudget(60_000, async (budget) => {
      const error = await repos.answers
        .saveAnswers(teamId, "a/b", answers({ q: "x" }), leader, click("card-0001"))
        .catch((e: unknown) => e);
      return { error, storeCalls: budget.storeCalls };
    });
    expect(error).toBeInstanceOf(InvalidIdError);
    expect((error as Error).message).not.toContain("a/b");
    expect(storeCalls).toBe(0);
  });

  it("turns a 100 KB card action id into a key of fixed length", async () => {
    const teamId = newTeamId();
    expect(await repos.actionReceipts.claimAction(teamId, click(HUNDRED_KB), leader.id)).toBe(true);
    const { resources } = await testStore.store.teams.items
      .query<{ id: string }>({
        query: "SELECT c.id FROM c WHERE c.teamId = @t",
        parameters: [{ name: "@t", value: teamId }],
      })
      .fetchAll();
    expect(resources.map((r) => r.id.length)).toEqual([`action:`.length + ACTION_KEY_LENGTH]);
    expect(actionKey({ actionId: HUNDRED_KB, userId: leader.id, verb: "v" })).toHaveLength(
      ACTION_KEY_LENGTH,
    );
  });

  it("keys a click by action id, person and verb", () => {
    const base = { actionId: "card-0001", userId: leader.id, verb: "setup.save" };
    const keys = new Set([
      actionKey(base),
      actionKey({ ...base, userId: member.id }),
      actionKey({ ...base, verb: "setup.edit" }),
      actionKey({ ...base, actionId: "card-0002" }),
    ]);
    expect(keys.size).toBe(4);
    expect(actionKey(base)).toBe(actionKey({ ...base }));
  });

  it("accepts the action ids cards carry and nothing else", () => {
    expect(isCardActionId("5b7a4a3e-2f1d-4c4e-9d55-0b6f3f7e2a11")).toBe(true);
    expect(isCardActionId("setup_card-1")).toBe(true);
    for (const bad of ["", "short", "a/b/c/d/e", "x".repeat(65), HUNDRED_KB, 12345678, null]) {
      expect(isCardActionId(bad)).toBe(false);
    }
  });

  it("keys answers by bounded kebab-case question ids, never by position", async () => {
    const teamId = newTeamId();
    for (const bad of ["0", "12", "Who Leads", "a".repeat(65), "__proto__", "q/1", ""]) {
      await expect(
        repos.answers.saveAnswers(
          teamId,
          "sft.m1",
          answers({ [bad]: "x" }),
          leader,
          click("card-0001"),
        ),
      ).rejects.toBeInstanceOf(InvalidDocumentError);
    }
    expect(await repos.answers.get(teamId, "sft.m1")).toBeNull();
    // A question id that names an Object property is just an id.
    const saved = await repos.answers.saveAnswers(
      teamId,
      "sft.m1",
      new Map([
        ["constructor", "svar"],
        ["to-string", "andet svar"],
      ]),
      leader,
      click("card-0002"),
    );
    expect(saved.answers.answers.get("constructor")?.text).toBe("svar");
    expect((await repos.answers.get(teamId, "sft.m1"))?.answers.answers.size).toBe(2);
  });
});
