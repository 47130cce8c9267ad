/**
 * Sliding-window rate limits, as Teams states them: "at most `limit` requests in any `windowMs`".
 * `acquire(key)` waits until every rule allows one more request for that key, then counts it.
 * In-process: each bot instance keeps its own count (see README on several instances).
 */
export interface RateRule {
  limit: number;
  windowMs: number;
  /** Added to the window (default DEFAULT_MARGIN_MS), for requests that arrive closer together than sent. */
  marginMs?: number;
}

/** Teams' limits per bot and conversation: 7 per second, 8 per 2 s, 60 per 30 s, 1,800 per hour. */
export const PER_CONVERSATION: readonly RateRule[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 3_600_000 },
];

/**
 * Teams allows 50 requests per second per app and tenant. 47 leaves a little for the bot's
 * answers to people while a sweep runs, and is itself the margin for requests arriving closer
 * together than sent (a 429 is honoured if it is not enough): no window margin on top, which
 * made it 47 per 1.1 s. So a sweep of 10,000 teams can finish within 1.1× of what 50/s allows
 * (issue 12); at 40 per 1.1 s it took 1.38×.
 */
export const PER_TENANT: readonly RateRule[] = [{ limit: 47, windowMs: 1_000, marginMs: 0 }];

export interface LimiterClock {
  /** Milliseconds, monotonic. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realLimiterClock: LimiterClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Added to every window: a request's way to Teams takes a varying time, so two requests sent a
 * window apart may arrive a little closer together.
 */
const DEFAULT_MARGIN_MS = 100;

export class RateLimiter {
  private readonly sent = new Map<string, number[]>();
  private readonly rules: readonly RateRule[];
  private readonly longestWindow: number;

  constructor(
    rules: readonly RateRule[],
    private readonly clock: LimiterClock = realLimiterClock,
    marginMs = DEFAULT_MARGIN_MS,
  ) {
    this.rules = rules.map((rule) => ({
      limit: rule.limit,
      windowMs: rule.windowMs + (rule.marginMs ?? marginMs),
    }));
    this.longestWindow = Math.max(...this.rules.map((rule) => rule.windowMs));
  }

  async acquire(key: string): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      const times = this.recent(key, now);
      const wait = this.waitFor(times, now);
      if (wait <= 0) {
        times.push(now);
        return;
      }
      await this.clock.sleep(wait);
    }
  }

  /** The key's requests inside the longest window, oldest first (older ones are dropped). */
  private recent(key: string, now: number): number[] {
    const times = this.sent.get(key) ?? [];
    let drop = 0;
    while (drop < times.length && (times[drop] ?? now) <= now - this.longestWindow) drop += 1;
    if (drop > 0) times.splice(0, drop);
    this.sent.set(key, times);
    return times;
  }

  /** How long until every rule allows one more: 0 when they do now. */
  private waitFor(times: readonly number[], now: number): number {
    let wait = 0;
    for (const rule of this.rules) {
      const inWindow = times.filter((at) => at > now - rule.windowMs);
      if (inWindow.length >= rule.limit) {
        // The oldest request that must leave the window before one more fits.
        const blocking = inWindow[inWindow.length - rule.limit] ?? now;
        wait = Math.max(wait, Math.ceil(blocking + rule.windowMs - now));
      }
    }
    return wait;
  }
}
