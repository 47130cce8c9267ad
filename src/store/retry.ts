import { countStoreCall, remainingMs } from "../turn-budget";
import { errorCode, errorName, retryAfterMs, statusOf, StoreUnavailableError } from "./errors";

/**
 * Retries what is worth retrying (throttling, timeouts, a restarting or unreachable service) with
 * jittered exponential backoff, bounded in total time so a Teams invoke (answered within ~5 s)
 * can still tell the user "could not save, try again". Every write the repositories do is safe to
 * repeat: creates are create-if-absent, replaces carry an ETag, upserts write the same content.
 *
 * Never retried: 400/403/404/409/412 and anything unknown — repeating cannot change the answer.
 * The SDK already retries 429 a few times itself (see open-store.ts); the abort signal handed to
 * each attempt keeps the whole call inside our budget regardless.
 *
 * Inside a turn (turn-budget.ts) a call may use at most what is left of the turn less a safety
 * margin, kept for answering the user; with nothing left it fails at once without sending. Every
 * attempt counts as one store call of the turn.
 */

export interface RetryOptions {
  /** Give up rather than start a wait that would end after this many ms since the first try. */
  maxTotalMs: number;
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Injectable so tests do not wait. */
  sleep: (ms: number) => Promise<void>;
  /** In [0, 1); injectable so tests can pin the jitter. */
  random: () => number;
  /** Milliseconds, monotonic enough for measuring the budget. */
  now: () => number;
  /** Time kept back from the turn's budget for answering after the store gives up. */
  safetyMarginMs: number;
}

export const DEFAULT_RETRY_OPTIONS: RetryOptions = {
  maxTotalMs: 3_000,
  maxAttempts: 6,
  baseDelayMs: 50,
  maxDelayMs: 1_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  now: () => performance.now(),
  safetyMarginMs: 500,
};

/** One store call; it should pass `signal` as the request's `abortSignal`. */
export type StoreOperation<T> = (signal: AbortSignal) => Promise<T>;
export type Retry = <T>(operation: StoreOperation<T>) => Promise<T>;

// 449 "retry with": a conflicting concurrent write inside the service; 408 a service-side timeout.
const TRANSIENT_STATUSES = new Set([408, 429, 449, 500, 502, 503, 504]);
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EAI_AGAIN",
  "ECONNABORTED",
  "TimeoutError",
]);

/** Errors that prove a request never reached the service. */
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "EAI_AGAIN", "ENOTFOUND", "EHOSTUNREACH"]);

/** The error an attempt gets when it runs out of time: it may still be on its way or applied. */
export class AttemptTimeoutError extends Error {
  override readonly name = "AbortError";
  constructor() {
    super("the store call ran out of time");
  }
}

/**
 * Could a write that failed with this error still have been applied? A definite answer from the
 * service (4xx other than 408) or a connection that was never made says no; a timeout, a reset
 * connection or a 5xx after the request went out says maybe.
 */
export function mayHaveLanded(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== undefined) return status === 408 || status >= 500;
  const code = errorCode(error);
  return !(typeof code === "string" && NOT_SENT_CODES.has(code));
}

/** True for errors that another attempt may not repeat. */
export function isTransient(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== undefined) return TRANSIENT_STATUSES.has(status);
  const code = errorCode(error);
  if (typeof code === "string" && NETWORK_CODES.has(code)) return true;
  const name = errorName(error);
  if (name === "AbortError" || name === "TimeoutError") return true;
  return error instanceof Error && /socket hang up/i.test(error.message);
}

/** The wait before attempt `attempt + 1`: Retry-After if given, else equal-jitter backoff. */
export function retryDelay(error: unknown, attempt: number, options: RetryOptions): number {
  const exponential = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  const jittered = exponential / 2 + (options.random() * exponential) / 2;
  const asked = retryAfterMs(error);
  return asked === undefined ? jittered : Math.max(asked, jittered);
}

export async function withRetry<T>(
  operation: StoreOperation<T>,
  overrides: Partial<RetryOptions> = {},
): Promise<T> {
  const options: RetryOptions = { ...DEFAULT_RETRY_OPTIONS, ...overrides };
  const maxTotalMs = Math.min(options.maxTotalMs, remainingMs() - options.safetyMarginMs);
  if (maxTotalMs <= 0) {
    throw new StoreUnavailableError(0, 0, {
      cause: new Error("the turn had no time left for a store call; nothing was sent"),
    });
  }
  const started = options.now();
  const elapsed = () => Math.round(options.now() - started);
  for (let attempt = 1; ; attempt++) {
    // Each attempt may only use what is left of the budget, so a hanging server cannot hold us.
    const budget = Math.max(1, maxTotalMs - elapsed());
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    // The SDK's own 429 waits do not watch the signal, so also stop waiting for the call itself.
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new AttemptTimeoutError());
      }, budget);
    });
    countStoreCall();
    try {
      return await Promise.race([operation(controller.signal), deadline]);
    } catch (error) {
      clearTimeout(timer);
      if (controller.signal.aborted) {
        throw new StoreUnavailableError(attempt, elapsed(), { cause: error });
      }
      if (!isTransient(error)) throw error;
      const delay = retryDelay(error, attempt, options);
      if (attempt >= options.maxAttempts || elapsed() + delay >= maxTotalMs) {
        throw new StoreUnavailableError(attempt, elapsed(), { cause: error });
      }
      await options.sleep(delay);
    } finally {
      clearTimeout(timer);
    }
  }
}

export function createRetry(overrides: Partial<RetryOptions> = {}): Retry {
  return (operation) => withRetry(operation, overrides);
}
