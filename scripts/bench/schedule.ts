/**
 * Schedule benchmark (issue 12): `npx tsx scripts/bench/schedule.ts [--runs 1000]`.
 *
 * CPU milliseconds per call of what the nudge sweep computes for a team (`nudgeContent`), of a
 * team's status (`teamStatus`, the status card and the portfolio summary) and of a plan document
 * (`buildPlanDocument`), for a few teams of the real catalog: a new SFT team as the benchmark's
 * sweep seeds it, and teams a year or two in that have marked their meetings held. It calls the
 * public entry points only, so the same script measures the code before and after a change.
 * Figures, not assertions; the process is warmed up first (caches of holidays and instants are
 * warm in a sweep too).
 */
import { parseArgs } from "node:util";
import { getProgramme, type Programme } from "../../src/domain/catalog";
import { programmeMilestoneStates } from "../../src/domain/milestones";
import { buildPlanDocument } from "../../src/domain/plan";
import {
  computeSchedule,
  monthAt,
  type OccurrenceOverride,
  type ScheduleInput,
} from "../../src/domain/schedule";
import { localDateAt, plusDays } from "../../src/domain/schedule/calendar";
import { teamStatus } from "../../src/domain/status";
import { parseMeetingSlot } from "../../src/domain/team/meeting-slot";
import type { MeetingSlot, TeamProfile } from "../../src/domain/team/profile";
import { nudgeContent } from "../../src/features/nudges/nudge-content";
import { NO_MILESTONE_NEWS } from "../../src/features/nudges/milestone-digest";

interface Scenario {
  label: string;
  programmeId: string;
  startDate: string;
  statusMeeting: string;
  supervision: string;
  /** The sweep's instant: 09:30 on a month's first working day. */
  now: Date;
  /** Every meeting before `now` marked held, as a team that uses the buttons does. */
  heldUpToNow: boolean;
}

const SCENARIOS: Scenario[] = [
  {
    label: "SFT, month 2 (bench:nudges' team)",
    programmeId: "social-skills-training",
    startDate: "2027-02-01",
    statusMeeting: "2. tirsdag 10:00",
    supervision: "3. torsdag 13:00",
    now: new Date("2027-03-01T08:30:00Z"),
    heldUpToNow: false,
  },
  {
    label: "SFT, month 14, all held",
    programmeId: "social-skills-training",
    startDate: "2027-02-01",
    statusMeeting: "2. tirsdag 10:00",
    supervision: "3. torsdag 13:00",
    now: new Date("2028-03-01T08:30:00Z"),
    heldUpToNow: true,
  },
  {
    label: "Åben Dialog, weekly, month 13, all held",
    programmeId: "open-dialogue",
    startDate: "2027-02-01",
    statusMeeting: "hver onsdag 9:00",
    supervision: "hver torsdag 13:00",
    now: new Date("2028-03-01T08:30:00Z"),
    heldUpToNow: true,
  },
  {
    label: "Signs of Safety, weekly, year 3",
    programmeId: "signs-of-safety",
    startDate: "2026-01-05",
    statusMeeting: "hver mandag 10:00",
    supervision: "1. fredag 9:00",
    now: new Date("2028-03-01T08:30:00Z"),
    heldUpToNow: false,
  },
  {
    label: "Modningsprojekt (dated activities)",
    programmeId: "maturation-project",
    startDate: "2021-09-01",
    statusMeeting: "2. tirsdag 10:00",
    supervision: "ingen",
    now: new Date("2022-03-01T08:30:00Z"),
    heldUpToNow: true,
  },
];

const PERSON = { id: "29:bench", name: "Bench Mark" };

function slot(text: string): MeetingSlot {
  const parsed = parseMeetingSlot(text);
  if (!parsed.ok) throw new Error(parsed.error.en);
  return parsed.slot;
}

function programmeOf(id: string): Programme {
  const programme = getProgramme(id);
  if (programme === undefined) throw new Error(`no programme ${id}`);
  return programme;
}

function profileOf(scenario: Scenario): TeamProfile {
  return {
    teamId: "19:bench",
    programmeId: scenario.programmeId,
    organisationName: "Bench Kommune",
    startDate: scenario.startDate,
    language: "da",
    projectLeader: PERSON,
    approvers: [PERSON],
    consultants: [],
    slots: { statusMeeting: slot(scenario.statusMeeting), supervision: slot(scenario.supervision) },
    version: 1,
    updatedAt: "2027-01-20T09:00:00.000Z",
    updatedBy: PERSON,
  };
}

function heldOverrides(scenario: Scenario, profile: TeamProfile): OccurrenceOverride[] {
  if (!scenario.heldUpToNow) return [];
  const input: ScheduleInput = {
    programme: programmeOf(scenario.programmeId),
    startDate: profile.startDate,
    slots: profile.slots,
    overrides: [],
  };
  const yesterday = plusDays(localDateAt(scenario.now), -1);
  if (yesterday < profile.startDate) return [];
  return computeSchedule(input, { from: profile.startDate, to: yesterday }, scenario.now)
    .filter((occurrence) => occurrence.recordedByTeam)
    .map((occurrence) => ({
      activityKind: occurrence.series,
      date: occurrence.originalDate,
      cancelled: false,
      held: true,
    }));
}

/** CPU ms per call, over `runs` calls after `runs / 4` to warm up. */
function cpuMsPerCall(runs: number, operation: () => unknown): number {
  for (let i = 0; i < Math.ceil(runs / 4); i++) operation();
  const started = process.cpuUsage();
  for (let i = 0; i < runs; i++) operation();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000 / runs;
}

function main(): void {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "1000" } } });
  const runs = Number(values.runs);
  const rows: string[][] = [];
  for (const scenario of SCENARIOS) {
    const programme = programmeOf(scenario.programmeId);
    const profile = profileOf(scenario);
    const overrides = heldOverrides(scenario, profile);
    const { now } = scenario;
    const month = monthAt(now);
    const nudge = cpuMsPerCall(runs, () =>
      nudgeContent({ profile, programme, overrides, milestones: NO_MILESTONE_NEWS, month, now }),
    );
    const states = programmeMilestoneStates(programme, {
      answers: new Map(),
      approvals: new Map(),
    });
    const status = cpuMsPerCall(runs, () =>
      teamStatus({
        programme,
        startDate: profile.startDate,
        slots: profile.slots,
        states,
        overrides,
        reachable: true,
        now,
      }),
    );
    const plan = cpuMsPerCall(Math.ceil(runs / 10), () =>
      buildPlanDocument({
        kind: "implementation",
        programme,
        profile,
        milestones: new Map(),
        overrides,
        now,
      }),
    );
    rows.push([
      scenario.label,
      String(overrides.length),
      nudge.toFixed(3),
      status.toFixed(3),
      plan.toFixed(3),
    ]);
  }
  const header = ["team", "overrides", "nudgeContent ms", "teamStatus ms", "plan document ms"];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ");
  console.log(`CPU ms per call (user + system), ${runs} runs each (plan: ${runs / 10})`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

main();
