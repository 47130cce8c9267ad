import { describe, expect, it, vi } from "vitest";
import {
  AlreadyExistsError,
  StoreUnavailableError,
  translateWriteError,
} from "../../src/store/errors";
import { isTransient, mayHaveLanded, withRetry, type RetryOptions } from "../../src/store/retry";
import { runWithBudget } from "../../src/turn-budget";

function cosmosError(code: number, extra: Record<string, unknown> = {}) {
  return Object.assign(new Error(`status ${code}`), { code, ...extra });
}

function networkError(code: string) {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:1`), { code, name: "RestError" });
}

/** A fake clock driven by the injected sleep: no test waits. */
function virtualTime(overrides: Partial<RetryOptions> = {}) {
  let now = 0;
  const sleeps: number[] = [];
  const options: Partial<RetryOptions> = {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    random: () => 0.5,
    ...overrides,
  };
  return { options, sleeps };
}

function failing(errors: unknown[], result = "ok") {
  let calls = 0;
  const operation = async () => {
    const error = errors[calls++];
    if (error !== undefined) throw error;
    return result;
  };
  return { operation, calls: () => calls };
}

describe("isTransient", () => {
  it.each([408, 429, 449, 500, 502, 503, 504])("retries status %i", (code) => {
    expect(isTransient(cosmosError(code))).toBe(true);
  });

  it.each([400, 401, 403, 404, 409, 412, 413])("never retries status %i", (code) => {
    expect(isTransient(cosmosError(code))).toBe(false);
  });

  it.each(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "TimeoutError"])("retries %s", (code) => {
    expect(isTransient(networkError(code))).toBe(true);
  });

  it("retries a socket hang up and abort/timeout errors", () => {
    expect(isTransient(new Error("socket hang up"))).toBe(true);
    expect(isTransient(Object.assign(new Error("aborted"), { name: "AbortError" }))).toBe(true);
    expect(isTransient(Object.assign(new Error("late"), { name: "TimeoutError" }))).toBe(true);
  });

  it("does not retry programming errors", () => {
    expect(isTransient(new TypeError("x is not a function"))).toBe(false);
  });
});

describe("withRetry", () => {
  it("retries transient errors and returns the eventual result", async () => {
    const { options, sleeps } = virtualTime();
    const op = failing([cosmosError(503), networkError("ECONNRESET")]);
    await expect(withRetry(op.operation, options)).resolves.toBe("ok");
    expect(op.calls()).toBe(3);
    expect(sleeps).toHaveLength(2);
    // Equal jitter around an exponential base of 50 ms: 37.5, then 75 with random() = 0.5.
    expect(sleeps).toEqual([37.5, 75]);
  });

  it("waits at least the Retry-After of a 429", async () => {
    const { options, sleeps } = virtualTime();
    const op = failing([cosmosError(429, { retryAfterInMs: 700 })]);
    await expect(withRetry(op.operation, options)).resolves.toBe("ok");
    expect(sleeps).toEqual([700]);
  });

  it("gives up at once when Retry-After is beyond the time budget", async () => {
    const { options, sleeps } = virtualTime();
    const op = failing([cosmosError(429, { retryAfterInMs: 10_000 })]);
    const error = await withRetry(op.operation, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(sleeps).toEqual([]);
    expect(op.calls()).toBe(1);
  });

  it("stops after maxAttempts and keeps the cause", async () => {
    const { options } = virtualTime({ maxAttempts: 4 });
    const refused = networkError("ECONNREFUSED");
    const op = failing(Array.from({ length: 10 }, () => refused));
    const error = await withRetry(op.operation, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(op.calls()).toBe(4);
    expect((error as StoreUnavailableError).attempts).toBe(4);
    expect((error as StoreUnavailableError).cause).toBe(refused);
    expect((error as StoreUnavailableError).message).toMatch(/ECONNREFUSED/);
  });

  it("keeps the total time within the budget", async () => {
    const { options, sleeps } = virtualTime({ maxAttempts: 100, maxTotalMs: 3_000 });
    const op = failing(Array.from({ length: 100 }, () => cosmosError(503)));
    await expect(withRetry(op.operation, options)).rejects.toBeInstanceOf(StoreUnavailableError);
    const waited = sleeps.reduce((sum, ms) => sum + ms, 0);
    expect(waited).toBeLessThan(3_000);
    expect(Math.max(...sleeps)).toBeLessThanOrEqual(1_000);
  });

  it.each([400, 403, 404, 409, 412])(
    "passes status %i through untouched, tried once",
    async (code) => {
      const { options, sleeps } = virtualTime();
      const original = cosmosError(code);
      const op = failing([original]);
      await expect(withRetry(op.operation, options)).rejects.toBe(original);
      expect(op.calls()).toBe(1);
      expect(sleeps).toEqual([]);
    },
  );

  it("aborts an attempt that hangs past the budget", async () => {
    vi.useFakeTimers();
    try {
      const hanging = (signal: AbortSignal) =>
        new Promise<string>((_, reject) => {
          signal.addEventListener("abort", () =>
            reject(Object.assign(new Error("aborted"), { name: "AbortError" })),
          );
        });
      const outcome = withRetry(hanging, { maxTotalMs: 100, now: () => Date.now() }).catch(
        (error: unknown) => error,
      );
      await vi.advanceTimersByTimeAsync(100);
      expect(await outcome).toBeInstanceOf(StoreUnavailableError);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("translateWriteError", () => {
  it("maps 409 to AlreadyExistsError and leaves others", () => {
    expect(translateWriteError(cosmosError(409), "profile")).toBeInstanceOf(AlreadyExistsError);
    const other = cosmosError(400);
    expect(translateWriteError(other, "profile")).toBe(other);
  });
});

describe("withRetry deadline", () => {
  it("stops waiting for a call that ignores the abort signal", async () => {
    vi.useFakeTimers();
    try {
      const deaf = () => new Promise<string>((resolve) => setTimeout(() => resolve("late"), 2_000));
      const outcome = withRetry(deaf, { maxTotalMs: 100, now: () => Date.now() }).catch(
        (error: unknown) => error,
      );
      // At the budget, not when the call finally answers.
      await vi.advanceTimersByTimeAsync(100);
      expect(await outcome).toBeInstanceOf(StoreUnavailableError);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("mayHaveLanded", () => {
  it.each([400, 404, 409, 412, 429, 449])(
    "no: status %i is the service's definite answer",
    (code) => {
      expect(mayHaveLanded(cosmosError(code))).toBe(false);
    },
  );

  it.each([408, 500, 502, 503, 504])("maybe: status %i came after the request was sent", (code) => {
    expect(mayHaveLanded(cosmosError(code))).toBe(true);
  });

  it("no for a connection that was never made; maybe for a reset, a hang-up or a timeout", () => {
    expect(mayHaveLanded(networkError("ECONNREFUSED"))).toBe(false);
    expect(mayHaveLanded(networkError("ECONNRESET"))).toBe(true);
    expect(mayHaveLanded(new Error("socket hang up"))).toBe(true);
    expect(mayHaveLanded(Object.assign(new Error("aborted"), { name: "AbortError" }))).toBe(true);
  });
});

describe("withRetry inside a turn", () => {
  it("keeps to what is left of the turn, less the margin for answering", async () => {
    let now = 0;
    const sleeps: number[] = [];
    const options: Partial<RetryOptions> = {
      maxAttempts: 100,
      now: () => now,
      sleep: async (ms) => {
        sleeps.push(ms);
        now += ms;
      },
      random: () => 0.5,
      safetyMarginMs: 500,
    };
    const op = failing(Array.from({ length: 100 }, () => cosmosError(503)));
    await runWithBudget(
      1_500,
      async (budget) => {
        await expect(withRetry(op.operation, options)).rejects.toBeInstanceOf(
          StoreUnavailableError,
        );
        // Every attempt is one store call of the turn.
        expect(budget.storeCalls).toBe(op.calls());
      },
      () => now,
    );
    expect(sleeps.reduce((sum, ms) => sum + ms, 0)).toBeLessThan(1_000);
  });

  it("does not even try when the turn has no more than the margin left", async () => {
    const op = failing([]);
    await runWithBudget(400, async (budget) => {
      await expect(withRetry(op.operation, { safetyMarginMs: 500 })).rejects.toBeInstanceOf(
        StoreUnavailableError,
      );
      expect(budget.storeCalls).toBe(0);
    });
    expect(op.calls()).toBe(0);
  });
});
