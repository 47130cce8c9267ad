import { expect, type TestContext } from "vitest";

/**
 * What a fault case tried and what held, attached to the test so the figures reporter
 * (figures-reporter.ts) prints them after the case and in the summary table: a reader compares
 * the counts run to run. A case passes only when every attempt held.
 */
export interface FaultFigures {
  /** The heading the case belongs to ("Authentication", "Store faults", …). */
  area: string;
  /** What one attempt is ("tokens", "payloads", "saves", …). */
  unit: string;
  tried: number;
  held: number;
  /** Measurements beside the count (e.g. "slowest answer 812 ms"), in the order noted. */
  notes: string[];
  /** The first attempts that did not hold, described without user text where it matters. */
  failures: string[];
}

declare module "vitest" {
  interface TaskMeta {
    faults?: FaultFigures;
  }
}

const SHOWN_FAILURES = 12;

export class Tally {
  constructor(private readonly figures: FaultFigures) {}

  /** One attempt: held or not; `what` names it in the failure list. */
  check(held: boolean, what: () => string): boolean {
    this.figures.tried += 1;
    if (held) this.figures.held += 1;
    else if (this.figures.failures.length < SHOWN_FAILURES) this.figures.failures.push(what());
    return held;
  }

  note(line: string): void {
    this.figures.notes.push(line);
  }

  get tried(): number {
    return this.figures.tried;
  }

  get held(): number {
    return this.figures.held;
  }

  /**
   * For a case with a stated tolerance (false positives ≤ 1 %): at least `atLeast` attempts and
   * at least this share of them held. The attempts that did not hold are still listed.
   */
  expectHeldRatio(ratio: number, atLeast = 1): void {
    expect(this.figures.tried).toBeGreaterThanOrEqual(atLeast);
    expect(
      this.figures.held / this.figures.tried,
      `${this.figures.held} of ${this.figures.tried} held`,
    ).toBeGreaterThanOrEqual(ratio);
  }

  /** The case's verdict: something was tried, and all of it held. */
  expectAllHeld(atLeast = 1): void {
    expect(this.figures.failures, `${this.figures.held} of ${this.figures.tried} held`).toEqual([]);
    expect(this.figures.tried).toBeGreaterThanOrEqual(atLeast);
    expect(this.figures.held).toBe(this.figures.tried);
  }
}

/** Starts the figures of the running test. */
export function tally(context: TestContext, area: string, unit: string): Tally {
  const figures: FaultFigures = { area, unit, tried: 0, held: 0, notes: [], failures: [] };
  context.task.meta.faults = figures;
  return new Tally(figures);
}

/** At most `max` characters of a value, for failure lines. */
export function brief(value: unknown, max = 160): string {
  let text: string;
  try {
    text = typeof value === "string" ? value : JSON.stringify(value);
  } catch {
    text = String(value);
  }
  text = text ?? String(value);
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}
