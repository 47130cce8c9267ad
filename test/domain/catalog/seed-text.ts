import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The seed documents are the ground truth the catalog is checked against. They live beside the repo
 * (../shared/seeds), which a plain clone does not have; IG_SEEDS_DIR points elsewhere.
 */
export const SEEDS_DIR = process.env.IG_SEEDS_DIR
  ? path.resolve(process.env.IG_SEEDS_DIR)
  : path.resolve(__dirname, "../../../../shared/seeds");

/** Every seed the catalog is built from; a programme's `source` must be one of them. */
export const SEED_FILES = [
  "000_8dfb8004a59ac219.txt",
  "001_d2f23570e3154eb8.txt",
  "002_df3a3db88062bf75.txt",
  "003_1ca37c9ef0ebbe76.txt",
  "004_c06a82f099700a55.txt",
] as const;

/**
 * True when the fidelity tests can read the seeds. Without them they are skipped with a loud line,
 * unless REQUIRE_SEEDS=1 (set by .ci/run), where missing seeds fail the run instead.
 */
export function seedsAvailable(): boolean {
  const missing = SEED_FILES.filter((file) => !existsSync(path.join(SEEDS_DIR, file)));
  if (missing.length === 0) return true;
  const what = existsSync(SEEDS_DIR)
    ? `${missing.join(", ")} missing in ${SEEDS_DIR}`
    : `no seed folder at ${SEEDS_DIR}`;
  const message = `${what}: the catalog's fidelity tests compare the catalog with these documents. Put the project's shared/seeds beside the clone (../shared/seeds) or set IG_SEEDS_DIR.`;
  if (process.env.REQUIRE_SEEDS === "1") throw new Error(`REQUIRE_SEEDS=1: ${message}`);
  console.warn(`\n*** SKIPPING SEED FIDELITY TESTS *** ${message}\n`);
  return false;
}

const cache = new Map<string, string>();

/** Reads a seed (once per file); call it inside a test, so a skipped suite never touches the disk. */
export function readSeed(fileName: string): string {
  const cached = cache.get(fileName);
  if (cached !== undefined) return cached;
  const file = path.join(SEEDS_DIR, fileName);
  if (!existsSync(file)) {
    throw new Error(`Seed document ${file} is missing: the catalog fidelity tests need it`);
  }
  const text = readFileSync(file, "utf8");
  cache.set(fileName, text);
  return text;
}

/** Collapses all whitespace runs (line and page breaks, tabs, non-breaking spaces) to one space. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

/** True when `passage` occurs in `document`, ignoring differences in whitespace. */
export function occursIn(document: string, passage: string): boolean {
  return normaliseWhitespace(document).includes(normaliseWhitespace(passage));
}
