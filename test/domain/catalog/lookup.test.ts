import { describe, expect, it } from "vitest";
import {
  findMilestone,
  findQuestion,
  getProgramme,
  milestoneGroups,
  type Programme,
} from "../../../src/domain/catalog";

function programme(id: string): Programme {
  const found = getProgramme(id);
  if (found === undefined) throw new Error(`programme ${id} missing`);
  return found;
}

describe("findMilestone and findQuestion", () => {
  it("find a milestone by id and a question in it by id", () => {
    const milestone = findMilestone(programme("signs-of-safety"), "goals-and-target-group");
    expect(milestone?.title.da).toBe("Kommunens mål med og målgruppe for indsatsen er beskrevet");
    const question = milestone && findQuestion(milestone, "excluded-case-types");
    expect(question?.da).toBe("Er der typer af sager, metoden ikke skal anvendes i?");
  });

  it("answer undefined for unknown ids, including Object.prototype's names", () => {
    const sos = programme("signs-of-safety");
    const milestone = findMilestone(sos, "goals-and-target-group");
    if (milestone === undefined) throw new Error("milestone missing");
    for (const id of ["nope", "constructor", "__proto__", "toString", "0", ""]) {
      expect(findMilestone(sos, id), id).toBeUndefined();
      expect(findQuestion(milestone, id), id).toBeUndefined();
    }
  });

  it("do not find a question of another milestone", () => {
    const sos = programme("signs-of-safety");
    const leadership = findMilestone(sos, "leadership-responsibility");
    if (leadership === undefined) throw new Error("milestone missing");
    expect(findQuestion(leadership, "excluded-case-types")).toBeUndefined();
  });
});

describe("milestoneGroups", () => {
  it("groups Signs of Safety by driver, in the document's order", () => {
    const groups = milestoneGroups(programme("signs-of-safety"));
    expect(groups.map(({ group, milestones }) => [group.da, milestones.length])).toEqual([
      ["Ledelse", 5],
      ["Kompetencer", 3],
      ["Organisering", 6],
    ]);
    expect(groups[0]?.group.en).toBe("Leadership");
  });

  it("keeps each group together where a programme returns to a group later in its list", () => {
    // Social skills training lists two preparation milestones after the four I's.
    const groups = milestoneGroups(programme("social-skills-training"));
    expect(groups.map(({ group }) => group.en)).toEqual([
      "Preparation",
      "The four I's / the four C's",
      "Competence development",
      "Status and supervision",
      "Anchoring",
    ]);
    expect(groups[0]?.milestones.map((milestone) => milestone.id)).toEqual([
      "implementation-team",
      "start-up-meeting",
      "implementation-background",
      "planning-tools",
      "implementation-plan",
      "resources-prioritised",
    ]);
  });

  it("holds every milestone exactly once", () => {
    for (const id of ["open-dialogue", "critical-time-intervention", "maturation-project"]) {
      const grouped = milestoneGroups(programme(id)).flatMap(({ milestones }) => milestones);
      expect(grouped.map((milestone) => milestone.id).sort(), id).toEqual(
        programme(id)
          .milestones.map((milestone) => milestone.id)
          .sort(),
      );
    }
  });
});
