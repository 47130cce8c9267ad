import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCatalogCli } from "../../src/cli/catalog";
import { PROGRAMME_IDS, getProgramme } from "../../src/domain/catalog";

const REPO_ROOT = path.resolve(__dirname, "../..");

function run(args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = "";
  let stderr = "";
  const code = runCatalogCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

describe("runCatalogCli", () => {
  it("lists every programme with its Danish and English name when given no arguments", () => {
    const { code, stdout, stderr } = run([]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(PROGRAMME_IDS.length);
    expect(lines[0]).toMatch(/^signs-of-safety\s+Signs of Safety \/ Signs of Safety$/);
    expect(stdout).toContain("Social Færdighedstræning (SFT) / Training of Social Skills (ToSS)");
    expect(stdout).toContain("Modningsprojekt / Maturation project");
  });

  it("prints one programme as JSON equal to the catalog entry", () => {
    const { code, stdout } = run(["open-dialogue", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(getProgramme("open-dialogue"));
  });

  it("prints each question with its stable id and, where it has one, its plan section", () => {
    const { stdout } = run(["signs-of-safety", "--json"]);
    const programme = JSON.parse(stdout) as {
      milestones: { id: string; questions: { id: string; planSection?: string }[] }[];
    };
    expect(programme.milestones[0]?.id).toBe("goals-and-target-group");
    expect(programme.milestones[0]?.questions).toEqual([
      expect.objectContaining({ id: "target-group-changes", planSection: "success-goals" }),
      expect.objectContaining({ id: "cases-next-year", planSection: "success-goals" }),
      expect.objectContaining({ id: "excluded-case-types", planSection: "target-group" }),
    ]);
  });

  it("accepts --json before the id", () => {
    const { code, stdout } = run(["--json", "maturation-project"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      id: "maturation-project",
      source: "004_c06a82f099700a55.txt",
    });
  });

  it("prints a readable Danish summary without --json", () => {
    const { code, stdout } = run(["signs-of-safety"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Signs of Safety (signs-of-safety)");
    expect(stdout).toContain("Ledelse (5 milepæle, 20 spørgsmål)");
    expect(stdout).toContain("Kompetencer (3 milepæle, 9 spørgsmål)");
    expect(stdout).toContain("Organisering (6 milepæle, 22 spørgsmål)");
  });

  it("shows cadence and numbers of activities in the summary", () => {
    const { stdout } = run(["social-skills-training"]);
    expect(stdout).toContain(
      "Månedlig supervision af gruppetrænerne [månedligt, 20 gange, 3,5 t pr. gang, 70 t i alt, over 20 måneder]",
    );
    expect(stdout).toContain("Forberedelsesfasen: ca. 6 måneder");
  });

  it("tells the CTI reader that monitoring goes to Socialstyrelsen's system, not the bot", () => {
    const { stdout } = run(["critical-time-intervention"]);
    expect(stdout).toContain("Borgerforløbet: 9 måneder i 3 faser");
    expect(stdout).toContain("aldrig i botten");
    expect(stdout).toContain("CPR-nummer på borgeren");
  });

  it("fails on an unknown id with the valid ids on stderr and nothing on stdout", () => {
    const { code, stdout, stderr } = run(["no-such-method"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('"no-such-method"');
    for (const id of PROGRAMME_IDS) expect(stderr).toContain(id);
  });

  it("fails on an unknown flag or a second id", () => {
    expect(run(["signs-of-safety", "--yaml"]).code).toBe(2);
    expect(run(["signs-of-safety", "open-dialogue"]).code).toBe(2);
  });
});

describe("the real command (npx tsx src/cli/catalog.ts)", () => {
  function spawnCatalog(args: string[]) {
    return spawnSync("npx", ["tsx", "src/cli/catalog.ts", ...args], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    });
  }

  it("prints a programme as JSON and exits 0", () => {
    const result = spawnCatalog(["critical-time-intervention", "--json"]);
    expect(result.status).toBe(0);
    const programme = JSON.parse(result.stdout) as {
      id: string;
      interventionModel: { months: number };
    };
    expect(programme.id).toBe("critical-time-intervention");
    expect(programme.interventionModel.months).toBe(9);
  }, 60_000);

  it("exits non-zero on an unknown id and lists the valid ids on stderr", () => {
    const result = spawnCatalog(["nope"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(
      "signs-of-safety, social-skills-training, open-dialogue, critical-time-intervention, maturation-project",
    );
  }, 60_000);
});
