import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/clock";
import { createRepositories, type Repositories } from "../../src/store/repositories";
import { startTestStore, type TestStore } from "../support/test-store";
import { approver, fastRetry, leader, newTeamId } from "./support/fixtures";

let testStore: TestStore;
let repos: Repositories;

beforeAll(async () => {
  testStore = await startTestStore();
  repos = createRepositories(testStore.store, {
    retry: fastRetry,
    clock: fixedClock("2027-06-14T08:30:00Z"),
  });
});

afterAll(async () => {
  await testStore.stop();
});

describe("export tokens say what they open", () => {
  it("opens a plan with a plan link, once, and never the data export with it", async () => {
    const teamId = newTeamId();
    const { token } = await repos.exportTokens.issue(teamId, leader, 15, "plan");
    // The data export is the approvers'; a member's plan link must not open it, nor be spent by trying.
    expect(await repos.exportTokens.redeem(teamId, token)).toBe(false);
    expect(await repos.exportTokens.redeemFor(teamId, token, ["anchoring-plan"])).toBeNull();
    expect(await repos.exportTokens.redeemFor(teamId, token, ["plan", "anchoring-plan"])).toBe(
      "plan",
    );
    expect(
      await repos.exportTokens.redeemFor(teamId, token, ["plan", "anchoring-plan"]),
    ).toBeNull();
  });

  it("keeps data-export links as they were, and names each kind of link in the history", async () => {
    const teamId = newTeamId();
    const data = await repos.exportTokens.issue(teamId, approver, 15);
    await repos.exportTokens.issue(teamId, leader, 15, "plan");
    await repos.exportTokens.issue(teamId, leader, 15, "anchoring-plan");
    expect(await repos.exportTokens.redeemFor(teamId, data.token, ["plan"])).toBeNull();
    expect(await repos.exportTokens.redeem(teamId, data.token)).toBe(true);
    const { events } = await repos.audit.list(teamId, { limit: 5 });
    expect(events.map((event) => event.action).sort()).toEqual([
      "data.exportIssued",
      "plan.anchoringExportIssued",
      "plan.exportIssued",
    ]);
  });

  it("reads a token stored before tokens had a purpose as a data export", async () => {
    const teamId = newTeamId();
    const token = "a-token-from-before-plans-existed";
    await testStore.store.teams.items.create({
      id: `export-token:${createHash("sha256").update(token).digest("hex")}`,
      type: "exportToken",
      teamId,
      createdBy: approver,
      createdAt: "2027-06-14T08:25:00.000Z",
      expiresAt: "2027-06-14T08:40:00.000Z",
      used: false,
      version: 1,
    });
    expect(await repos.exportTokens.redeemFor(teamId, token, ["plan"])).toBeNull();
    expect(await repos.exportTokens.redeem(teamId, token)).toBe(true);
  });
});
