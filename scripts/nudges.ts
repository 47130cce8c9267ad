/**
 * `npm run nudges [-- --dry-run] [-- --now <ISO instant>]`: asks the running local bot to run the
 * monthly nudge sweep now, and prints per team what was sent or, with --dry-run, what would be.
 * `--now` runs it as if it were then; the bot honours it in local mode only. Against a bot with
 * BOT_ID set, NUDGE_TRIGGER_SECRET must be in the environment.
 */
import { NUDGE_SECRET_HEADER, NUDGE_TRIGGER_PATH } from "../src/features/nudges/trigger";
import type { SweepReport } from "../src/features/nudges/delivery/sweep";

interface Options {
  dryRun: boolean;
  now?: string;
  url: string;
}

function usage(problem: string): never {
  console.error(`${problem}\nUsage: npm run nudges -- [--dry-run] [--now 2027-03-01T08:30:00Z]`);
  process.exit(2);
}

function readOptions(argv: readonly string[], env: NodeJS.ProcessEnv): Options {
  const options: Options = {
    dryRun: false,
    url: env.NUDGE_TRIGGER_URL ?? `http://127.0.0.1:${env.PORT ?? "3978"}${NUDGE_TRIGGER_PATH}`,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--dry-run") options.dryRun = true;
    else if (arg === "--now") {
      const value = argv[++i];
      if (value === undefined || Number.isNaN(Date.parse(value))) {
        usage(`--now needs an ISO instant, e.g. 2027-03-01T08:30:00Z (got ${value ?? "nothing"})`);
      }
      options.now = new Date(value).toISOString();
    } else usage(`unknown argument: ${arg}`);
  }
  return options;
}

const OUTCOMES = new Map<string, string>([
  ["sent", "sent"],
  ["would-send", "would send"],
  ["already-sent", "already sent, nothing new"],
  ["in-progress-elsewhere", "being sent by another run"],
  ["retry-later", "waiting to retry"],
  ["pending-retry", "Teams said not now; will retry"],
  ["failed", "failed for good"],
  ["unreachable", "unreachable (bot blocked or removed): no nudges"],
  ["ended", "implementation ended: no nudges"],
  ["not-started", "implementation not started yet"],
  ["no-channel", "no channel known: add the bot to the team again"],
  ["not-set-up", "not set up"],
  ["error", "error"],
]);

function print(report: SweepReport): void {
  const header = `${report.dryRun ? "Dry run: " : ""}nudges for ${report.month} (due from ${report.sendAt})`;
  console.log(header);
  if (!report.due) {
    console.log("  not due yet: nothing sent.");
    return;
  }
  if (report.teams.length === 0) console.log("  no teams are set up.");
  for (const team of report.teams) {
    const name = team.organisation ?? team.teamId;
    const what = OUTCOMES.get(team.outcome) ?? team.outcome;
    console.log(`  ${name}: ${what}${team.detail ? ` (${team.detail})` : ""}`);
    if (team.summary) console.log(`      ${team.summary}`);
  }
  console.log(`  (${report.teams.length} team(s) in ${report.durationMs} ms)`);
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2), process.env);
  const headers: Record<string, string> = { "content-type": "application/json" };
  const secret = process.env.NUDGE_TRIGGER_SECRET;
  if (secret) headers[NUDGE_SECRET_HEADER] = secret;
  let response: Response;
  try {
    response = await fetch(options.url, {
      method: "POST",
      headers,
      body: JSON.stringify({
        dryRun: options.dryRun,
        ...(options.now ? { now: options.now } : {}),
      }),
    });
  } catch {
    console.error(
      `No bot answers at ${options.url}. Start it with \`npm start\` (or set PORT to the port it uses).`,
    );
    process.exit(1);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error =
      typeof body === "object" && body !== null ? Reflect.get(body, "error") : undefined;
    console.error(`The bot refused (${response.status}): ${String(error ?? "no reason given")}`);
    process.exit(1);
  }
  print(body as SweepReport);
}

void main();
