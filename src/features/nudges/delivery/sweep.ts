import { nudgeMonthAt } from "../../../domain/schedule";
import type { Logger } from "../../../logger";
import {
  nudgeTeam,
  SETTLED,
  type DeliveryDeps,
  type TeamOutcome,
  type TeamOutcomeKind,
} from "./deliver";
import { eachWithConcurrency } from "../../../concurrency";

/**
 * A sweep visits every team that is set up and delivers the month's nudge where it is due and
 * not yet delivered. It is safe to run at any time, as often as anyone likes, in any number of
 * processes: the delivery records decide who posts (see nudge-delivery-repository.ts). So the
 * in-process scheduler, the external timer (`POST /api/nudges/run`) and `npm run nudges` all
 * simply run it. A run before the month's send time sends nothing; a run later in the month (the
 * bot was down on the first working day) catches the month up, once.
 */

export interface SweepRequest {
  /** The instant to run for; the schedule's "now". */
  now: Date;
  /** Report what would be sent, send nothing and write nothing. */
  dryRun: boolean;
}

export interface SweepReport {
  month: string;
  /** When this month's nudge is due (ISO). */
  sendAt: string;
  due: boolean;
  dryRun: boolean;
  /** Wall-clock time the sweep took. */
  durationMs: number;
  teams: TeamOutcome[];
  /** How many teams ended in each outcome. */
  counts: Partial<Record<TeamOutcomeKind, number>>;
  /** True when nothing more will happen this month without a change in a team. */
  settled: boolean;
}

export interface SweepDeps extends DeliveryDeps {
  /** The hour (Copenhagen) on the first working day when the month's nudge is due. */
  sendHour: number;
  /** Teams handled at once; the rate limits bound the posts in any case. */
  concurrency: number;
  logger: Logger;
}

export class NudgeSweeper {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: SweepDeps) {}

  /** Runs one sweep after any that is running in this process (their reports stay whole). */
  run(request: SweepRequest): Promise<SweepReport> {
    const next = this.queue.then(() => sweep(this.deps, request));
    this.queue = next.catch(() => undefined);
    return next;
  }
}

async function sweep(deps: SweepDeps, request: SweepRequest): Promise<SweepReport> {
  const started = performance.now();
  const { month, sendAt, due } = nudgeMonthAt(request.now, deps.sendHour);
  const teams: TeamOutcome[] = [];
  if (due) {
    const teamIds = await allTeamIds(deps);
    const run = { month, now: request.now, dryRun: request.dryRun };
    await eachWithConcurrency(teamIds, deps.concurrency, async (teamId) => {
      teams.push(await nudgeTeamSafely(deps, teamId, run));
    });
  }
  teams.sort(
    (a, b) =>
      (a.organisation ?? "").localeCompare(b.organisation ?? "", "da") ||
      a.teamId.localeCompare(b.teamId),
  );
  const counts: SweepReport["counts"] = {};
  for (const team of teams) counts[team.outcome] = (counts[team.outcome] ?? 0) + 1;
  const report: SweepReport = {
    month,
    sendAt: sendAt.toISOString(),
    due,
    dryRun: request.dryRun,
    durationMs: Math.round(performance.now() - started),
    teams,
    counts,
    settled: teams.every((team) => SETTLED.has(team.outcome)),
  };
  deps.logger.info(
    { event: "nudge.sweep", month, due, dryRun: request.dryRun, counts, ms: report.durationMs },
    "nudge sweep finished",
  );
  return report;
}

async function allTeamIds(deps: SweepDeps): Promise<string[]> {
  const ids: string[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await deps.store.listTeamIds({ continuationToken });
    ids.push(...page.teamIds);
    continuationToken = page.continuationToken;
  } while (continuationToken !== undefined);
  return [...new Set(ids)];
}

/** One team's trouble (an unreadable profile, the store gone for a moment) never stops the rest. */
async function nudgeTeamSafely(
  deps: SweepDeps,
  teamId: string,
  run: { month: string; now: Date; dryRun: boolean },
): Promise<TeamOutcome> {
  try {
    const outcome = await nudgeTeam(deps, teamId, run);
    deps.logger.info(
      { event: "nudge.team", teamId, month: run.month, outcome: outcome.outcome },
      "nudge outcome",
    );
    return outcome;
  } catch (error) {
    deps.logger.error({ err: error, event: "nudge.teamFailed", teamId }, "nudge for a team failed");
    const name = error instanceof Error ? error.name : "error";
    return { teamId, outcome: "error", detail: name };
  }
}
