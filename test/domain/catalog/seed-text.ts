import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The seed documents are the ground truth the catalog is checked against. They live beside the repo
 * (../shared/seeds); if they are missing the fidelity tests must fail, never silently skip.
 */
export const SEEDS_DIR = path.resolve(__dirname, "../../../../shared/seeds");

export function readSeed(fileName: string): string {
  const file = path.join(SEEDS_DIR, fileName);
  if (!existsSync(file)) {
    throw new Error(
      `Seed document ${file} is missing: the catalog fidelity tests need ../shared/seeds`,
    );
  }
  return readFileSync(file, "utf8");
}

/** Collapses all whitespace runs (line and page breaks, tabs, non-breaking spaces) to one space. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

/** True when `passage` occurs in `document`, ignoring differences in whitespace. */
export function occursIn(document: string, passage: string): boolean {
  return normaliseWhitespace(document).includes(normaliseWhitespace(passage));
}
