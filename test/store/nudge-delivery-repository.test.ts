import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Clock } from "../../src/clock";
import {
  LeaseLostError,
  type ClaimOutcome,
  type DeliveryKey,
  type DeliveryLease,
} from "../../src/store/nudge-delivery-repository";
import { createRepositories, type Repositories } from "../../src/store/repositories";
import { startTestStore, type TestStore } from "../support/test-store";
import { fastRetry, newTeamId } from "./support/fixtures";

/** The store's clock, moved by the test: leases expire without waiting. */
function movableClock(start: string): Clock & { advance(ms: number): void } {
  let at = Date.parse(start);
  return { now: () => new Date(at), advance: (ms) => void (at += ms) };
}

let testStore: TestStore;
let clock: ReturnType<typeof movableClock>;
/** Two senders (say, two bot instances) sharing one store and one clock. */
let first: Repositories;
let second: Repositories;

beforeAll(async () => {
  testStore = await startTestStore();
  clock = movableClock("2027-03-01T08:00:00.000Z");
  first = createRepositories(testStore.store, { retry: fastRetry, clock });
  second = createRepositories(testStore.store, { retry: fastRetry, clock });
});

afterAll(async () => {
  await testStore.stop();
});

const LEASE_MS = 60_000;

function march(teamId: string): DeliveryKey {
  return { teamId, kind: "monthly", month: "2027-03" };
}

function leaseOf(outcome: ClaimOutcome): DeliveryLease {
  if (!outcome.claimed) throw new Error(`not claimed: ${outcome.reason}`);
  return outcome.lease;
}

describe("NudgeDeliveryRepository: one nudge per team, month and kind", () => {
  it("lets one sender claim the month; the other is told it is held, then that it was sent", async () => {
    const key = march(newTeamId());
    const lease = leaseOf(await first.nudges.claim(key, "19:general", LEASE_MS));
    expect(await second.nudges.claim(key, "19:general", LEASE_MS)).toMatchObject({
      claimed: false,
      reason: "held",
    });
    await first.nudges.markSent(lease, {
      conversationId: "19:general;messageid=7",
      activityId: "7",
    });
    expect(await second.nudges.claim(key, "19:general", LEASE_MS)).toMatchObject({
      claimed: false,
      reason: "sent",
      current: { status: "sent", activityId: "7", attempts: 1 },
    });
    const april = { ...key, month: "2027-04" };
    expect((await second.nudges.claim(april, "19:general", LEASE_MS)).claimed).toBe(true);
  });

  it("lets exactly one of many simultaneous claims win", async () => {
    const key = march(newTeamId());
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 === 0 ? first : second).nudges.claim(key, "19:general", LEASE_MS),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.claimed)).toHaveLength(1);
  });

  it("hands a claim whose sender died to another sender once the lease has expired", async () => {
    const key = march(newTeamId());
    const dead = leaseOf(await first.nudges.claim(key, "19:general", LEASE_MS));
    clock.advance(LEASE_MS - 1);
    expect((await second.nudges.claim(key, "19:general", LEASE_MS)).claimed).toBe(false);
    clock.advance(2);
    const taken = await second.nudges.claim(key, "19:general", LEASE_MS);
    expect(taken).toMatchObject({ claimed: true, previous: { status: "sending", attempts: 1 } });
    const lease = leaseOf(taken);
    expect(lease.attempts).toBe(2);
    // The first sender wakes up: it may no longer renew, nor free the record for a retry.
    await expect(first.nudges.renew(dead, LEASE_MS)).rejects.toBeInstanceOf(LeaseLostError);
    await expect(
      first.nudges.markPendingRetry(dead, clock.now(), "503 ServiceUnavailable"),
    ).rejects.toBeInstanceOf(LeaseLostError);
    await second.nudges.markSent(lease, { conversationId: "19:general;messageid=8" });
    expect(await first.nudges.get(key)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("records a post that went out even if its lease was taken over meanwhile", async () => {
    const key = march(newTeamId());
    const slow = leaseOf(await first.nudges.claim(key, "19:general", LEASE_MS));
    clock.advance(LEASE_MS + 1);
    leaseOf(await second.nudges.claim(key, "19:general", LEASE_MS));
    await first.nudges.markSent(slow, {
      conversationId: "19:general;messageid=9",
      activityId: "9",
    });
    // The record now says sent: the second sender's own claim finds nothing left to do.
    expect(await second.nudges.claim(key, "19:general", LEASE_MS)).toMatchObject({
      claimed: false,
      reason: "sent",
    });
  });

  it("keeps a throttled delivery for a later try, not before its time", async () => {
    const key = march(newTeamId());
    const lease = leaseOf(await first.nudges.claim(key, "19:general", LEASE_MS));
    const retryAt = new Date(clock.now().getTime() + 5 * 60_000);
    expect(await first.nudges.markPendingRetry(lease, retryAt, "429 Throttled")).toMatchObject({
      status: "pending-retry",
      lastError: "429 Throttled",
    });
    expect(await second.nudges.claim(key, "19:general", LEASE_MS)).toMatchObject({
      claimed: false,
      reason: "retry-later",
    });
    clock.advance(5 * 60_000);
    const again = leaseOf(await second.nudges.claim(key, "19:general", LEASE_MS));
    expect(again.attempts).toBe(2);
  });

  it("never tries again after a permanent failure", async () => {
    const key = march(newTeamId());
    const lease = leaseOf(await first.nudges.claim(key, "19:general", LEASE_MS));
    await first.nudges.markFailedPermanently(lease, "403 MessageWritesBlocked");
    clock.advance(31 * 24 * 3_600_000);
    expect(await second.nudges.claim(key, "19:general", LEASE_MS)).toMatchObject({
      claimed: false,
      reason: "failed-permanently",
      current: { lastError: "403 MessageWritesBlocked" },
    });
  });

  it("extends a lease for another attempt, counting it", async () => {
    const key = march(newTeamId());
    const lease = leaseOf(await first.nudges.claim(key, "19:general", LEASE_MS));
    clock.advance(LEASE_MS - 1_000);
    const renewed = await first.nudges.renew(lease, LEASE_MS);
    expect(renewed.attempts).toBe(2);
    clock.advance(2_000);
    expect(await second.nudges.claim(key, "19:general", LEASE_MS)).toMatchObject({
      claimed: false,
      reason: "held",
    });
  });

  it("refuses a month that is not YYYY-MM before sending anything", async () => {
    await expect(
      first.nudges.claim(
        { teamId: newTeamId(), kind: "monthly", month: "March" },
        "19:g",
        LEASE_MS,
      ),
    ).rejects.toThrow(/YYYY-MM/);
  });
});
