/**
 * CPR guard figures: recall on the CPR corpus and false positives per kind of ordinary number.
 * Figures, not assertions (the test `test/domain/cpr-guard.test.ts` holds the line):
 * run `npx tsx scripts/cpr-corpus-report.ts`.
 */
import { containsCprNumber } from "../src/domain/cpr-guard";
import {
  CPR_CONTEXTS,
  CPR_SPELLINGS,
  cprCorpus,
  cprNumbers,
  hasValidCheckDigit,
  lookAlikeCorpus,
  negativeCorpus,
} from "../test/domain/cpr-corpus";

interface Row {
  corpus: string;
  texts: number;
  flagged: number;
  figure: string;
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? "-" : `${((100 * part) / whole).toFixed(2)} %`;

function rows(): Row[] {
  const table: Row[] = [];
  const positives = cprCorpus();
  const numbers = cprNumbers();
  const withCheck = positives.filter((c) => c.label.includes("(valid check digit"));
  const withoutCheck = positives.filter((c) => c.label.includes("(no valid check digit"));
  for (const [corpus, cases] of [
    ["CPR, valid check digit", withCheck],
    ["CPR, no valid check digit", withoutCheck],
    ["CPR, all", positives],
  ] as const) {
    const caught = cases.filter((c) => containsCprNumber(c.text)).length;
    table.push({
      corpus,
      texts: cases.length,
      flagged: caught,
      figure: `recall ${percent(caught, cases.length)}`,
    });
  }
  for (const [kind, cases] of negativeCorpus()) {
    const flagged = cases.filter((c) => containsCprNumber(c.text)).length;
    table.push({
      corpus: `not CPR: ${kind}`,
      texts: cases.length,
      flagged,
      figure: `false positives ${percent(flagged, cases.length)}`,
    });
  }
  for (const [kind, cases] of lookAlikeCorpus()) {
    const flagged = cases.filter((c) => containsCprNumber(c.text)).length;
    table.push({
      corpus: `look-alike: ${kind}`,
      texts: cases.length,
      flagged,
      figure: `flagged ${percent(flagged, cases.length)} (expected)`,
    });
  }
  console.log(
    `${numbers.length} CPR numbers (${numbers.filter(hasValidCheckDigit).length} with a valid ` +
      `check digit) x ${CPR_SPELLINGS.length} spellings x ${CPR_CONTEXTS.length} contexts\n`,
  );
  return table;
}

function printTable(table: Row[]): void {
  const header = ["corpus", "texts", "flagged", "figure"];
  const cells = table.map((r) => [r.corpus, String(r.texts), String(r.flagged), r.figure]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? "").length)));
  const line = (values: string[]) =>
    `| ${values.map((v, i) => (i === 0 || i === 3 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of cells) console.log(line(row));
}

printTable(rows());
console.log(
  "\nLook-alikes have a CPR number's shape (a valid DDMMYY and four digits); the guard refuses them" +
    " by design, since recall comes first. They are not part of the asserted corpus.",
);
