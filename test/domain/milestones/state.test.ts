import { describe, expect, it } from "vitest";
import {
  deriveMilestoneState,
  describeState,
  reopenedBySave,
  type ApprovalRecord,
} from "../../../src/domain/milestones";

const mette = { id: "29:mette", name: "Mette" };
const lars = { id: "29:lars", name: "Lars" };

function approval(status: ApprovalRecord["status"], forVersion: number): ApprovalRecord {
  const decided =
    status === "pending" ? {} : { decidedBy: lars, decidedAt: "2026-11-24T09:15:00.000Z" };
  return {
    status,
    forVersion,
    requestedBy: mette,
    requestedAt: "2026-11-23T09:00:00.000Z",
    version: 1,
    ...decided,
  };
}

describe("a milestone's state, derived from its answers and its approval", () => {
  it("is a draft that is not yet begun when nothing is stored", () => {
    expect(deriveMilestoneState(null, null)).toEqual({
      status: "draft",
      assessment: "notYet",
      answersVersion: 0,
    });
  });

  it("keeps the team's assessment whatever the approval says", () => {
    const state = deriveMilestoneState({ version: 2, assessment: "partially" }, null);
    expect(state).toMatchObject({ status: "draft", assessment: "partially", answersVersion: 2 });
  });

  it.each([
    ["pending", 3, 3, "pending", undefined],
    ["pending", 3, 4, "draft", "changedWhilePending"],
    ["approved", 3, 3, "approved", undefined],
    ["approved", 3, 5, "draft", "changedAfterApproval"],
    ["sentBack", 3, 3, "sentBack", undefined],
    ["sentBack", 3, 4, "sentBack", undefined],
  ] as const)(
    "%s for version %d with the answers at %d → %s (%s)",
    (status, forVersion, answersVersion, expected, reason) => {
      const state = deriveMilestoneState({ version: answersVersion }, approval(status, forVersion));
      expect(state.status).toBe(expected);
      expect(state.reason).toBe(reason);
    },
  );

  it("says a save reopened an approved milestone only when the approval stood before it", () => {
    const approved = approval("approved", 3);
    const before = deriveMilestoneState({ version: 3 }, approved);
    const after = deriveMilestoneState({ version: 4 }, approved);
    expect(reopenedBySave(before, after)).toBe(true);
    // Already changed after approval before this save: the channel was told then.
    expect(reopenedBySave(after, deriveMilestoneState({ version: 5 }, approved))).toBe(false);
    const pending = approval("pending", 3);
    expect(
      reopenedBySave(
        deriveMilestoneState({ version: 3 }, pending),
        deriveMilestoneState({ version: 4 }, pending),
      ),
    ).toBe(false);
  });

  it("reads in Danish and English, with the reason a draft is one again", () => {
    const state = deriveMilestoneState({ version: 4 }, approval("approved", 3));
    expect(describeState(state)).toEqual({
      da: "Kladde (ændret efter godkendelse)",
      en: "Draft (changed after approval)",
    });
    expect(describeState(deriveMilestoneState({ version: 3 }, approval("pending", 3))).da).toBe(
      "Afventer godkendelse",
    );
  });
});
