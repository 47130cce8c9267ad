import {
  PROGRAMME_IDS,
  getProgramme,
  listProgrammes,
  milestoneGroups,
  type Activity,
  type Programme,
} from "../domain/catalog";

/**
 * `npm run catalog` — look at the catalog from a shell.
 *   (no arguments)      list the programmes (id, Danish and English name)
 *   <id>                a readable Danish summary of one programme
 *   <id> --json         the programme as JSON on stdout
 * An unknown id exits 1 with the valid ids on stderr.
 */

export interface OutputStream {
  write(text: string): unknown;
}

export interface CatalogCliStreams {
  stdout: OutputStream;
  stderr: OutputStream;
}

/** Runs the command and returns the exit code; kept free of process globals so tests can call it. */
export function runCatalogCli(args: readonly string[], streams: CatalogCliStreams): number {
  const wantsJson = args.includes("--json");
  const unknownFlags = args.filter((arg) => arg.startsWith("-") && arg !== "--json");
  const positional = args.filter((arg) => !arg.startsWith("-"));

  if (unknownFlags.length > 0 || positional.length > 1) {
    streams.stderr.write(
      `Brug: npm run catalog [-- <id> [--json]]\nGyldige id'er: ${PROGRAMME_IDS.join(", ")}\n`,
    );
    return 2;
  }

  const [id] = positional;
  if (id === undefined) {
    if (wantsJson) {
      streams.stdout.write(`${JSON.stringify(listProgrammes(), null, 2)}\n`);
    } else {
      streams.stdout.write(formatProgrammeList(listProgrammes()));
    }
    return 0;
  }

  const programme = getProgramme(id);
  if (programme === undefined) {
    streams.stderr.write(`Ukendt program-id "${id}". Gyldige id'er: ${PROGRAMME_IDS.join(", ")}\n`);
    return 1;
  }
  streams.stdout.write(
    wantsJson ? `${JSON.stringify(programme, null, 2)}\n` : formatProgrammeSummary(programme),
  );
  return 0;
}

export function formatProgrammeList(programmes: readonly Programme[]): string {
  const idWidth = Math.max(...programmes.map((programme) => programme.id.length));
  return programmes
    .map(
      (programme) =>
        `${programme.id.padEnd(idWidth)}  ${programme.name.da} / ${programme.name.en}\n`,
    )
    .join("");
}

/** A Danish overview for a person checking the catalog against the documents. */
export function formatProgrammeSummary(programme: Programme): string {
  const lines: string[] = [`${programme.name.da} (${programme.id})`, `Kilde: ${programme.source}`];
  if (programme.durationMonths !== null) {
    lines.push(`Samlet varighed: ca. ${programme.durationMonths} måneder`);
  }

  lines.push("", "Faser:");
  if (programme.phases.length === 0) {
    lines.push("  (dokumentet har ingen faser)");
  }
  for (const phase of programme.phases) {
    const length = phase.months === null ? "varighed ikke angivet" : `ca. ${phase.months} måneder`;
    const period = phase.start && phase.end ? `, ${phase.start} – ${phase.end}` : "";
    lines.push(`  ${phase.name.da}: ${length}${period}`);
  }

  if (programme.interventionModel) {
    const model = programme.interventionModel;
    lines.push("", `Borgerforløbet: ${model.months} måneder i ${model.phaseCount} faser`);
  }

  lines.push("", "Milepæle:");
  for (const { group, milestones } of milestoneGroups(programme)) {
    const questions = milestones.reduce((sum, milestone) => sum + milestone.questions.length, 0);
    lines.push(`  ${group.da} (${milestones.length} milepæle, ${questions} spørgsmål)`);
    for (const milestone of milestones) {
      lines.push(`    - ${milestone.title.da}`);
    }
  }

  lines.push("", "Aktiviteter:");
  for (const activity of programme.activities) {
    lines.push(`  - ${activity.name.da} [${describeActivity(activity)}]`);
  }

  if (programme.monitoring && programme.monitoring.length > 0) {
    lines.push("", "Obligatorisk indberetning (i Socialstyrelsens system, aldrig i botten):");
    for (const field of programme.monitoring) {
      lines.push(`  - ${field.name.da}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

const CADENCE_DA: Record<Activity["cadence"], string> = {
  once: "én gang",
  weekly: "ugentligt",
  monthly: "månedligt",
  quarterly: "kvartalsvis",
  "ad-hoc": "efter behov",
};

function describeActivity(activity: Activity): string {
  const parts: string[] = [CADENCE_DA[activity.cadence]];
  if (activity.date)
    parts.push(activity.endDate ? `${activity.date} – ${activity.endDate}` : activity.date);
  if (activity.count !== undefined) parts.push(plural(activity.count, "gang", "gange"));
  if (activity.countRange)
    parts.push(`${activity.countRange.min}-${activity.countRange.max} gange`);
  if (activity.hours !== undefined) parts.push(`${formatNumber(activity.hours)} t pr. gang`);
  if (activity.hoursRange) parts.push(`${activity.hoursRange.min}-${activity.hoursRange.max} t`);
  if (activity.days !== undefined) parts.push(plural(activity.days, "dag", "dage"));
  if (activity.daysRange) parts.push(`${activity.daysRange.min}-${activity.daysRange.max} dage`);
  if (activity.totalHours !== undefined) parts.push(`${formatNumber(activity.totalHours)} t i alt`);
  if (activity.spanMonths !== undefined) parts.push(`over ${activity.spanMonths} måneder`);
  if (activity.seats !== undefined) parts.push(`${activity.seats} pladser`);
  return parts.join(", ");
}

function plural(value: number, singular: string, pluralForm: string): string {
  return `${formatNumber(value)} ${value === 1 ? singular : pluralForm}`;
}

function formatNumber(value: number): string {
  return value.toLocaleString("da-DK");
}

// Only when run as a command (tsx src/cli/catalog.ts), not when a test imports the module.
if (require.main === module) {
  process.exitCode = runCatalogCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
  });
}
