import { describe, expect, it } from "vitest";
import type { Clock } from "../../../src/clock";
import {
  startNudgeScheduler,
  type SchedulerTimers,
} from "../../../src/features/nudges/delivery/scheduler";
import type { SweepReport, SweepRequest } from "../../../src/features/nudges/delivery/sweep";
import { silentLogger } from "../../../src/logger";

/** A clock and timers the test moves by hand: nothing happens until it says so. */
function handTimers(start: string) {
  let now = Date.parse(start);
  let pending: { run: () => void; at: number } | undefined;
  const clock: Clock = { now: () => new Date(now) };
  const timers: SchedulerTimers = {
    setTimeout(run, ms) {
      pending = { run, at: now + ms };
      return {};
    },
    clearTimeout() {
      pending = undefined;
    },
  };
  return {
    clock,
    timers,
    /** When the scheduler next looks, ISO. */
    next: () => (pending ? new Date(pending.at).toISOString() : undefined),
    /** Moves the clock to the pending timer and fires it. */
    async fire() {
      const due = pending;
      if (!due) throw new Error("nothing scheduled");
      pending = undefined;
      now = due.at;
      due.run();
      // Let the check (and the sweep it awaits) finish.
      for (let i = 0; i < 10; i++) await Promise.resolve();
    },
  };
}

function sweeps(settled: boolean[]) {
  const runs: SweepRequest[] = [];
  const run = async (request: SweepRequest): Promise<SweepReport> => {
    runs.push(request);
    return {
      month: "",
      sendAt: "",
      due: true,
      dryRun: request.dryRun,
      durationMs: 0,
      teams: [],
      counts: {},
      settled: settled.shift() ?? true,
    };
  };
  return { runs, run };
}

describe("the in-process nudge scheduler", () => {
  it("catches a missed month up once at start, then sleeps until the next month's send time", async () => {
    // Saturday 27 February 2027: February's nudge was due on Monday 1 February at 09:00.
    const time = handTimers("2027-02-27T12:00:00Z");
    const { runs, run } = sweeps([true]);
    startNudgeScheduler({
      run,
      clock: time.clock,
      sendHour: 9,
      logger: silentLogger(),
      timers: time.timers,
    });
    await time.fire();
    expect(runs.map((r) => r.now.toISOString())).toEqual(["2027-02-27T12:00:00.000Z"]);
    // Waking in between (sleeps are at most six hours) does not sweep February again.
    while (time.next() !== "2027-03-01T08:00:01.000Z") await time.fire();
    expect(runs).toHaveLength(1);
    // Monday 1 March, 09:00:01 in Copenhagen: March's sweep.
    await time.fire();
    expect(runs.map((r) => r.now.toISOString())).toEqual([
      "2027-02-27T12:00:00.000Z",
      "2027-03-01T08:00:01.000Z",
    ]);
    expect(runs.every((r) => !r.dryRun)).toBe(true);
  });

  it("waits for the first working day at the configured hour", async () => {
    // Just after midnight on 1 January 2027, a holiday; 2-3 January is a weekend.
    const time = handTimers("2026-12-31T23:30:00Z");
    const { runs, run } = sweeps([true]);
    startNudgeScheduler({
      run,
      clock: time.clock,
      sendHour: 7,
      logger: silentLogger(),
      timers: time.timers,
    });
    await time.fire();
    expect(runs).toHaveLength(0);
    while (runs.length < 1) await time.fire();
    // Monday 4 January at 07:00 in Copenhagen.
    expect(runs[0]?.now.toISOString()).toBe("2027-01-04T06:00:01.000Z");
  });

  it("looks again every ten minutes while deliveries are pending, then rests", async () => {
    const time = handTimers("2027-03-01T08:30:00Z");
    const { runs, run } = sweeps([false, false, true]);
    startNudgeScheduler({
      run,
      clock: time.clock,
      sendHour: 9,
      logger: silentLogger(),
      timers: time.timers,
    });
    await time.fire();
    expect(time.next()).toBe("2027-03-01T08:40:00.000Z");
    await time.fire();
    expect(time.next()).toBe("2027-03-01T08:50:00.000Z");
    await time.fire();
    expect(runs).toHaveLength(3);
    // Settled: the next look is hours away, not minutes.
    expect(Date.parse(time.next() ?? "") - Date.parse("2027-03-01T08:50:00Z")).toBe(6 * 3_600_000);
  });

  it("stops when told", async () => {
    const time = handTimers("2027-03-01T08:30:00Z");
    const { runs, run } = sweeps([false]);
    const scheduler = startNudgeScheduler({
      run,
      clock: time.clock,
      sendHour: 9,
      logger: silentLogger(),
      timers: time.timers,
    });
    scheduler.stop();
    expect(time.next()).toBeUndefined();
    expect(runs).toHaveLength(0);
  });
});
