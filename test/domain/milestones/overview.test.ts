import { describe, expect, it } from "vitest";
import { getProgramme, type Programme } from "../../../src/domain/catalog";
import {
  isApproverOf,
  nextMilestone,
  overviewGroups,
  type MilestoneStatus,
} from "../../../src/domain/milestones";
import { rolesByPerson } from "../../../src/domain/team/roles";

function programme(id: string): Programme {
  const found = getProgramme(id);
  if (!found) throw new Error(`no programme ${id}`);
  return found;
}

describe("the overview's groups", () => {
  it("groups Signs of Safety by driver", () => {
    const groups = overviewGroups(programme("signs-of-safety"));
    expect(groups.map((g) => [g.name.da, g.milestones.length])).toEqual([
      ["Ledelse", 5],
      ["Kompetencer", 3],
      ["Organisering", 6],
    ]);
  });

  it("groups a phased programme by phase, a milestone without a phase under its own group", () => {
    const sft = programme("social-skills-training");
    const groups = overviewGroups(sft);
    expect(groups.map((g) => [g.name.da, g.milestones.length])).toEqual([
      ["Forberedelsesfasen", 12],
      ["Kompetenceudvikling", 1],
      ["Forandringsfasen", 2],
      ["Forankringsfasen", 1],
    ]);
    expect(groups.flatMap((g) => g.milestones)).toHaveLength(sft.milestones.length);
  });
});

describe("næste", () => {
  const sft = programme("social-skills-training");
  const statuses =
    (approved: string[]) =>
    (id: string): MilestoneStatus =>
      approved.includes(id) ? "approved" : "draft";

  it("opens the first milestone of the current phase that is not approved", () => {
    const next = nextMilestone(sft, statuses(["implementation-team"]), "preparation");
    expect(next?.milestone.id).toBe("start-up-meeting");
    expect(next?.inCurrentPhase).toBe(true);
  });

  it("goes on to the first open milestone elsewhere when the phase is done", () => {
    const change = sft.milestones.filter((m) => m.phase === "change").map((m) => m.id);
    const next = nextMilestone(sft, statuses(change), "change");
    expect(next).toMatchObject({ milestone: { id: "implementation-team" }, inCurrentPhase: false });
  });

  it("uses catalog order without phases, and says when everything is approved", () => {
    const sos = programme("signs-of-safety");
    expect(nextMilestone(sos, statuses([]), undefined)?.milestone.id).toBe(
      "goals-and-target-group",
    );
    const all = sft.milestones.map((m) => m.id);
    expect(nextMilestone(sft, statuses(all), "preparation")).toBeUndefined();
  });
});

describe("who may decide", () => {
  const profile = {
    approvers: [{ id: "29:lars", aadObjectId: "aad-lars", name: "Lars" }],
  };

  it("is an approver by Teams id or by Entra object id, and nobody else", () => {
    expect(isApproverOf(profile, { id: "29:lars" })).toBe(true);
    expect(isApproverOf(profile, { id: "29:other-bot-id", aadObjectId: "aad-lars" })).toBe(true);
    expect(isApproverOf(profile, { id: "29:mette", aadObjectId: "aad-mette" })).toBe(false);
    expect(isApproverOf({ approvers: [{ id: "29:lars", name: "Lars" }] }, { id: "29:x" })).toBe(
      false,
    );
  });

  it("names every person's roles once, a project leader who approves with both", () => {
    const roles = rolesByPerson({
      teamId: "t",
      programmeId: "social-skills-training",
      organisationName: "Aarhus",
      startDate: "2027-02-01",
      language: "da",
      projectLeader: { id: "29:mette", name: "Mette" },
      approvers: [
        { id: "29:mette", name: "Mette" },
        { id: "29:lars", name: "Lars" },
      ],
      consultants: [{ id: "29:sofie", name: "Sofie" }],
      slots: { statusMeeting: { cadence: "none" }, supervision: { cadence: "none" } },
      version: 1,
      updatedAt: "2026-11-23T09:00:00.000Z",
      updatedBy: { id: "29:mette", name: "Mette" },
    });
    expect([...roles]).toEqual([
      ["29:mette", ["projectLeader", "approver"]],
      ["29:lars", ["approver"]],
      ["29:sofie", ["consultant"]],
    ]);
  });
});
