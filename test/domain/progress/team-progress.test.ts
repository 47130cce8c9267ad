import { describe, expect, it } from "vitest";
import { getProgramme, type Programme } from "../../../src/domain/catalog";
import { programmeMilestoneStates, type ApprovalRecord } from "../../../src/domain/milestones";
import { teamProgress } from "../../../src/domain/progress";
import { answerKey } from "../../../src/domain/team/answer-key";

const METTE = { id: "29:mette", name: "Mette Sørensen" };

function programme(id: string): Programme {
  const found = getProgramme(id);
  if (!found) throw new Error(`no programme ${id}`);
  return found;
}

function approval(status: ApprovalRecord["status"], forVersion: number): ApprovalRecord {
  return {
    status,
    forVersion,
    requestedBy: METTE,
    requestedAt: "2027-03-01T09:00:00Z",
    version: 1,
  };
}

describe("team progress", () => {
  const sft = programme("social-skills-training");
  const key = (milestoneId: string) => answerKey(sft.id, milestoneId);
  const states = programmeMilestoneStates(sft, {
    answers: new Map([
      [key("implementation-team"), { version: 2, assessment: "inPlace" as const }],
      [key("start-up-meeting"), { version: 1, assessment: "partially" as const }],
      [key("planning-tools"), { version: 3, assessment: "partially" as const }],
      [key("anchoring-plan"), { version: 1 }],
    ]),
    approvals: new Map([
      [key("implementation-team"), approval("approved", 2)],
      [key("start-up-meeting"), approval("pending", 1)],
      // Approved at version 2, changed since: a draft again, not approved.
      [key("planning-tools"), approval("approved", 2)],
      [key("anchoring-plan"), approval("sentBack", 1)],
    ]),
  });

  it("counts every milestone once, by the team's assessment and by approval state", () => {
    const progress = teamProgress(sft, "2027-02-01", states, "2027-05-15");
    expect(progress.total).toBe(16);
    expect(progress.byStatus).toEqual({ approved: 1, pending: 1, sentBack: 1, draft: 13 });
    expect(progress.byAssessment).toEqual({ inPlace: 1, partially: 2, notYet: 13 });
    expect(progress.shareApproved).toBeCloseTo(1 / 16);
    const sum = progress.groups.reduce((n, g) => n + g.total, 0);
    expect(sum).toBe(16);
    expect(progress.groups[0]?.name.da).toBe("Forberedelsesfasen");
    expect(progress.groups[0]?.byStatus.approved).toBe(1);
  });

  it("gives per phase the share of its milestones approved and the days spent against the plan", () => {
    const progress = teamProgress(sft, "2027-02-01", states, "2027-05-15");
    const [preparation, change, anchoring] = progress.phases;
    expect(preparation).toMatchObject({ phaseId: "preparation", state: "running", approved: 1 });
    expect(preparation?.shareApproved).toBeCloseTo(1 / (preparation?.milestones ?? 1));
    expect(preparation?.elapsedDays).toBe(104);
    expect(preparation?.plannedDays).toBe(181);
    expect(change).toMatchObject({ state: "not-started", elapsedDays: 0, approved: 0 });
    expect(anchoring?.milestones).toBe(1);
  });

  it("has no phases for Signs of Safety, and groups by driver", () => {
    const sos = programme("signs-of-safety");
    const progress = teamProgress(sos, "2027-02-01", new Map(), "2027-05-15");
    expect(progress.phases).toEqual([]);
    expect(progress.groups.map((g) => g.name.da)).toEqual([
      "Ledelse",
      "Kompetencer",
      "Organisering",
    ]);
    expect(progress.byStatus.draft).toBe(progress.total);
  });
});
