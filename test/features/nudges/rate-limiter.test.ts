import { afterEach, describe, expect, it, vi } from "vitest";
import {
  PER_CONVERSATION,
  PER_TENANT,
  RateLimiter,
  type LimiterClock,
} from "../../../src/features/nudges/delivery/rate-limiter";

/** Time that passes only when someone waits. */
function virtualClock(): LimiterClock {
  let now = 0;
  return {
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
  };
}

/** The most requests any window of `windowMs` holds. */
function busiest(times: readonly number[], windowMs: number): number {
  let most = 0;
  for (const start of times) {
    most = Math.max(most, times.filter((t) => t >= start && t < start + windowMs).length);
  }
  return most;
}

async function sendAll(limiter: RateLimiter, clock: LimiterClock, count: number, key = "k") {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    await limiter.acquire(key);
    times.push(clock.now());
  }
  return times;
}

describe("RateLimiter", () => {
  it("keeps one conversation under 7 per second, 8 per 2 s and 60 per 30 s", async () => {
    const clock = virtualClock();
    const times = await sendAll(new RateLimiter(PER_CONVERSATION, clock), clock, 130);
    expect(busiest(times, 1_000)).toBeLessThanOrEqual(7);
    expect(busiest(times, 2_000)).toBeLessThanOrEqual(8);
    expect(busiest(times, 30_000)).toBeLessThanOrEqual(60);
    // …and uses what it may: the 61st request waits for the first 30 seconds to pass.
    expect(times[60]).toBeGreaterThanOrEqual(30_000);
    expect(times[60]).toBeLessThan(31_000);
  });

  it("keeps a tenant under 50 requests per second", async () => {
    const clock = virtualClock();
    const times = await sendAll(new RateLimiter(PER_TENANT, clock), clock, 400);
    expect(busiest(times, 1_000)).toBeLessThan(50);
  });

  it("lets a tenant's posts through within 1.1× of the time 50 per second allows (issue 12's sweep target)", async () => {
    const clock = virtualClock();
    const times = await sendAll(new RateLimiter(PER_TENANT, clock), clock, 4_700);
    expect(times.at(-1)).toBeLessThanOrEqual((4_700 / 50) * 1.1 * 1_000);
  });

  it("counts each key on its own", async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter(PER_CONVERSATION, clock);
    for (const key of ["a", "b", "c"]) {
      for (let i = 0; i < 7; i++) await limiter.acquire(key);
    }
    expect(clock.now()).toBe(0);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it("lets requests that wait at the same time through in turn, within the limit", async () => {
    vi.useFakeTimers();
    const clock: LimiterClock = {
      now: () => Date.now(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    };
    const started = clock.now();
    const limiter = new RateLimiter([{ limit: 2, windowMs: 1_000 }], clock, 0);
    const times: number[] = [];
    const all = Promise.all(
      Array.from({ length: 7 }, async () => {
        await limiter.acquire("k");
        times.push(clock.now() - started);
      }),
    );
    await vi.runAllTimersAsync();
    await all;
    expect(times.sort((a, b) => a - b)).toEqual([0, 0, 1_000, 1_000, 2_000, 2_000, 3_000]);
  });
});
