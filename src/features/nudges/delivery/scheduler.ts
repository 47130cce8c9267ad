import type { Clock } from "../../../clock";
import { nudgeMonthAt, nudgeTimeOfMonth } from "../../../domain/schedule";
import { nextMonth } from "../../../domain/schedule/calendar";
import type { Logger } from "../../../logger";
import type { SweepReport, SweepRequest } from "./sweep";

/**
 * The in-process trigger: a sweep at start (which catches up a month whose send time passed while
 * the bot was down), then one at each month's send time, and again every `recheckMs` while a
 * month has deliveries pending (throttled, held by a sender that may have died). Once a month is
 * settled it sleeps until the next month's send time. Every instance may run one: the delivery
 * records keep it to one post per team.
 */

export interface SchedulerTimers {
  setTimeout(run: () => void, ms: number): { unref?(): unknown };
  clearTimeout(handle: { unref?(): unknown }): void;
}

const realTimers: SchedulerTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SchedulerOptions {
  run(request: SweepRequest): Promise<SweepReport>;
  clock: Clock;
  sendHour: number;
  logger: Logger;
  /** While a month has deliveries pending. */
  recheckMs?: number;
  /** No sleep is longer (timers drift, and a clock may be changed). */
  maxSleepMs?: number;
  timers?: SchedulerTimers;
}

export interface RunningScheduler {
  stop(): void;
  /** When the next check is due (for logs and tests). */
  nextCheckAt(): Date | undefined;
}

const DEFAULT_RECHECK_MS = 10 * 60_000;
const DEFAULT_MAX_SLEEP_MS = 6 * 3_600_000;
/** A little after the send time, so the sweep finds the month due. */
const AFTER_SEND_TIME_MS = 1_000;

export function startNudgeScheduler(options: SchedulerOptions): RunningScheduler {
  const timers = options.timers ?? realTimers;
  const recheckMs = options.recheckMs ?? DEFAULT_RECHECK_MS;
  const maxSleepMs = options.maxSleepMs ?? DEFAULT_MAX_SLEEP_MS;
  let settledMonth: string | undefined;
  let handle: { unref?(): unknown } | undefined;
  let nextAt: Date | undefined;
  let stopped = false;

  const plan = (ms: number) => {
    if (stopped) return;
    const wait = Math.min(maxSleepMs, Math.max(AFTER_SEND_TIME_MS, ms));
    nextAt = new Date(options.clock.now().getTime() + wait);
    handle = timers.setTimeout(() => void check(), wait);
    // The scheduler alone never keeps the process alive.
    handle.unref?.();
  };

  const untilNextMonth = (month: string, now: Date) =>
    nudgeTimeOfMonth(nextMonth(month), options.sendHour).getTime() -
    now.getTime() +
    AFTER_SEND_TIME_MS;

  const check = async () => {
    const now = options.clock.now();
    const { month, sendAt, due } = nudgeMonthAt(now, options.sendHour);
    if (!due) return plan(sendAt.getTime() - now.getTime() + AFTER_SEND_TIME_MS);
    if (settledMonth === month) return plan(untilNextMonth(month, now));
    try {
      const report = await options.run({ now, dryRun: false });
      if (report.settled) {
        settledMonth = month;
        return plan(untilNextMonth(month, options.clock.now()));
      }
    } catch (error) {
      options.logger.error({ err: error, event: "nudge.schedulerFailed" }, "nudge sweep failed");
    }
    plan(recheckMs);
  };

  // At start: catch up at once if this month's send time has passed.
  handle = timers.setTimeout(() => void check(), 0);
  handle.unref?.();
  return {
    stop() {
      stopped = true;
      if (handle) timers.clearTimeout(handle);
    },
    nextCheckAt: () => nextAt,
  };
}
