import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Reporter, TestCase, TestModule } from "vitest/node";
import type { FaultFigures } from "./figures";

/**
 * Prints each fault case's figures as it finishes ("tried 1000 payloads, held 1000") and a table
 * of all of them at the end, and writes them to test-output/faults/figures.json, so two runs can
 * be compared line by line.
 */

interface Row extends FaultFigures {
  name: string;
  state: string;
  durationMs: number;
}

const OUTPUT = path.resolve(__dirname, "../../../test-output/faults/figures.json");

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

function padStart(text: string, width: number): string {
  return text.length >= width ? text : " ".repeat(width - text.length) + text;
}

export default class FiguresReporter implements Reporter {
  private readonly rows: Row[] = [];

  onTestCaseResult(testCase: TestCase): void {
    const figures = testCase.meta().faults;
    const state = testCase.result().state;
    const durationMs = Math.round(testCase.diagnostic()?.duration ?? 0);
    if (!figures) return;
    const row: Row = { ...figures, name: testCase.name, state, durationMs };
    this.rows.push(row);
    const verdict = state === "passed" ? "held" : state.toUpperCase();
    const lines = [
      `  [faults] ${figures.area} › ${testCase.name}`,
      `           tried ${figures.tried} ${figures.unit}, held ${figures.held} — ${verdict} (${durationMs} ms)`,
      ...figures.notes.map((note) => `           · ${note}`),
      ...figures.failures.map((failure) => `           ✗ ${failure}`),
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  }

  onTestRunEnd(_modules: ReadonlyArray<TestModule>): void {
    if (this.rows.length === 0) return;
    const areaWidth = Math.max(4, ...this.rows.map((r) => r.area.length));
    const nameWidth = Math.min(88, Math.max(4, ...this.rows.map((r) => r.name.length)));
    const header = `${pad("area", areaWidth)} | ${pad("case", nameWidth)} | ${padStart("tried", 7)} | ${padStart("held", 7)} | result`;
    const rule = "-".repeat(header.length + 2);
    const body = this.rows.map((r) => {
      const name = r.name.length > nameWidth ? `${r.name.slice(0, nameWidth - 1)}…` : r.name;
      const result = r.state === "passed" && r.held === r.tried ? "held" : "DID NOT HOLD";
      return `${pad(r.area, areaWidth)} | ${pad(name, nameWidth)} | ${padStart(String(r.tried), 7)} | ${padStart(String(r.held), 7)} | ${result}`;
    });
    const tried = this.rows.reduce((sum, r) => sum + r.tried, 0);
    const held = this.rows.reduce((sum, r) => sum + r.held, 0);
    const total = `${pad("all", areaWidth)} | ${pad(`${this.rows.length} cases`, nameWidth)} | ${padStart(String(tried), 7)} | ${padStart(String(held), 7)} |`;
    process.stdout.write(
      `\nFault and attack suite: figures\n${rule}\n${header}\n${rule}\n${body.join("\n")}\n${rule}\n${total}\n${rule}\n`,
    );
    mkdirSync(path.dirname(OUTPUT), { recursive: true });
    writeFileSync(OUTPUT, `${JSON.stringify(this.rows, null, 2)}\n`);
    process.stdout.write(`(figures written to ${path.relative(process.cwd(), OUTPUT)})\n`);
  }
}
