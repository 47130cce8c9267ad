import { randomUUID } from "node:crypto";
import {
  DeliveryError,
  type ChannelTarget,
  type PostedMessage,
  type ProactiveMessenger,
} from "../../../bot/proactive";
import type { AdaptiveCard } from "../../../cards/adaptive-card";
import { getProgramme } from "../../../domain/catalog";
import { todayInCopenhagen } from "../../../domain/dates";
import type { Logger } from "../../../logger";
import { StoreUnavailableError } from "../../../store/errors";
import {
  LeaseLostError,
  type DeliveryKey,
  type DeliveryLease,
  type NudgeDelivery,
} from "../../../store/nudge-delivery-repository";
import type { UnreachableReason } from "../../../store/team-reachability-repository";
import { milestoneDigestOf } from "../milestone-digest-from-store";
import { renderNudgeCard, summarizeNudge } from "../nudge-card";
import { decideNudge } from "../nudge-content";
import type { NudgeStore } from "../nudge-store";
import { PER_CONVERSATION, PER_TENANT, RateLimiter } from "./rate-limiter";

/**
 * One team's nudge for one month: read (one query), decide, claim, post, record. See
 * nudge-delivery-repository.ts for what the claim and its lease guarantee; here is what happens
 * to Teams' answers:
 * - 429: wait what Retry-After says (else jittered exponential backoff), then try again;
 * - 412, 5xx, timeouts: the same with backoff;
 * - 403 (MessageWritesBlocked) / 404: the bot cannot post there; record it, mark the team
 *   unreachable, stop;
 * - anything else: Teams refuses this post; record it, stop.
 * Every attempt takes a place in the rate limits first, and the lease is renewed (counted) before
 * each retry, so a sender that was taken over learns it before it posts again. A retry that would
 * wait too long, or the attempts of one run running out, leave the record `pending-retry` for a
 * later sweep instead of holding the lease.
 */

export type TeamOutcomeKind =
  | "sent"
  | "would-send"
  | "already-sent"
  | "in-progress-elsewhere"
  | "retry-later"
  | "pending-retry"
  | "failed"
  | "unreachable"
  | "ended"
  | "not-started"
  | "no-channel"
  | "not-set-up"
  | "error";

export interface TeamOutcome {
  teamId: string;
  organisation?: string;
  outcome: TeamOutcomeKind;
  /** What the card says this month (or would say), in the team's language. */
  summary?: string;
  /** Why, for outcomes that are not "sent": an error code, a date; never message content. */
  detail?: string;
}

/** Outcomes after which nothing more will happen this month without a change in the team. */
export const SETTLED: ReadonlySet<TeamOutcomeKind> = new Set<TeamOutcomeKind>([
  "sent",
  "would-send",
  "already-sent",
  "failed",
  "unreachable",
  "ended",
  "not-started",
  "no-channel",
  "not-set-up",
]);

export interface DeliveryPolicy {
  /** How long a claim holds before another sender may take it over. */
  leaseMs: number;
  /** Attempts in one run before the delivery waits for a later sweep. */
  attemptsPerRun: number;
  /** Attempts in all before a delivery fails for good. */
  maxAttempts: number;
  /** Longer waits (a long Retry-After) are left to a later sweep. */
  maxInlineWaitMs: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** The first wait of a `pending-retry`; it doubles with each attempt, up to six hours. */
  laterRetryMs: number;
}

export const DEFAULT_POLICY: DeliveryPolicy = {
  leaseMs: 120_000,
  attemptsPerRun: 4,
  maxAttempts: 10,
  maxInlineWaitMs: 30_000,
  baseBackoffMs: 1_000,
  maxBackoffMs: 16_000,
  laterRetryMs: 5 * 60_000,
};

const MAX_LATER_RETRY_MS = 6 * 3_600_000;

/** Time as the sender lives it: real time, injectable so tests need not wait. */
export interface SenderClock {
  now(): Date;
  sleep(ms: number): Promise<void>;
  /** In [0, 1), for the jitter. */
  random(): number;
}

export const realSenderClock: SenderClock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** Teams' rate limits, per tenant and per conversation (channel). */
export class Throttle {
  constructor(
    private readonly tenant = new RateLimiter(PER_TENANT),
    private readonly conversation = new RateLimiter(PER_CONVERSATION),
  ) {}

  async acquire(target: ChannelTarget): Promise<void> {
    await this.conversation.acquire(target.channelId);
    await this.tenant.acquire(target.tenantId ?? "tenant");
  }
}

export interface DeliveryDeps {
  store: NudgeStore;
  /** Absent where the bot has no adapter (unit tests): only dry runs work then. */
  messenger?: ProactiveMessenger;
  throttle: Throttle;
  clock: SenderClock;
  policy: DeliveryPolicy;
  logger: Logger;
}

export interface DeliveryRun {
  month: string;
  /** The instant the sweep runs for (the schedule's "now"; `--now` in local mode). */
  now: Date;
  dryRun: boolean;
}

export async function nudgeTeam(
  deps: DeliveryDeps,
  teamId: string,
  run: DeliveryRun,
): Promise<TeamOutcome> {
  const key: DeliveryKey = { teamId, kind: "monthly", month: run.month };
  const team = await deps.store.readTeamForSweep(key);
  const { profile } = team;
  if (profile === null) return { teamId, outcome: "not-set-up" };
  const base = { teamId, organisation: profile.organisationName };
  const programme = getProgramme(profile.programmeId);
  if (programme === undefined) {
    return { ...base, outcome: "error", detail: `unknown programme ${profile.programmeId}` };
  }
  const reach = team.reachability;
  if (reach !== null && !reach.reachable) {
    return { ...base, outcome: "unreachable", detail: reach.detail ?? reach.reason };
  }
  const known = settledOrBusy(team.delivery, deps.clock.now());
  if (known !== undefined) return { ...base, ...known };

  const milestones = milestoneDigestOf(
    { teamId, profile, programme, on: todayInCopenhagen(run.now) },
    team.milestoneRecords,
  );
  const decision = decideNudge({
    profile,
    programme,
    overrides: team.overrides,
    milestones,
    month: run.month,
    now: run.now,
  });
  if (!decision.send) return { ...base, outcome: decision.reason, detail: decision.detail };
  const summary = summarizeNudge(decision.content);
  if (run.dryRun) return { ...base, outcome: "would-send", summary };

  const target = team.channelTarget;
  if (target === null) return { ...base, outcome: "no-channel", summary };
  if (deps.messenger === undefined) {
    return { ...base, outcome: "error", summary, detail: "no proactive sender" };
  }
  const claim = await deps.store.deliveries.claim(key, target.channelId, deps.policy.leaseMs);
  if (!claim.claimed) {
    return { ...base, ...claimRefusal(claim.reason, claim.current), summary };
  }
  const card = renderNudgeCard(decision.content, { actionId: randomUUID() });
  const outcome = await post(deps, deps.messenger, claim.lease, target, card);
  return { ...base, summary, ...outcome };
}

/** What an existing record already says, without claiming anything. */
function settledOrBusy(
  record: NudgeDelivery | null,
  now: Date,
): Pick<TeamOutcome, "outcome" | "detail"> | undefined {
  if (record === null) return undefined;
  switch (record.status) {
    case "sent":
      return { outcome: "already-sent", detail: record.sentAt };
    case "failed-permanently":
      return { outcome: "failed", detail: record.lastError };
    case "sending":
      return record.lease !== undefined && Date.parse(record.lease.until) > now.getTime()
        ? { outcome: "in-progress-elsewhere", detail: `lease until ${record.lease.until}` }
        : undefined;
    case "pending-retry":
      return record.nextAttemptAt !== undefined && Date.parse(record.nextAttemptAt) > now.getTime()
        ? {
            outcome: "retry-later",
            detail: `${record.lastError ?? ""} next ${record.nextAttemptAt}`,
          }
        : undefined;
  }
}

function claimRefusal(
  reason: "sent" | "failed-permanently" | "held" | "retry-later",
  current: NudgeDelivery,
): Pick<TeamOutcome, "outcome" | "detail"> {
  switch (reason) {
    case "sent":
      return { outcome: "already-sent", detail: current.sentAt };
    case "failed-permanently":
      return { outcome: "failed", detail: current.lastError };
    case "held":
      return {
        outcome: "in-progress-elsewhere",
        detail: `lease until ${current.lease?.until ?? "?"}`,
      };
    case "retry-later":
      return { outcome: "retry-later", detail: `next ${current.nextAttemptAt ?? "?"}` };
  }
}

async function post(
  deps: DeliveryDeps,
  messenger: ProactiveMessenger,
  claimed: DeliveryLease,
  target: ChannelTarget,
  card: AdaptiveCard,
): Promise<Pick<TeamOutcome, "outcome" | "detail">> {
  const { policy, clock, store } = deps;
  let lease = claimed;
  for (let attempt = 1; ; attempt++) {
    try {
      await deps.throttle.acquire(target);
      // Waiting for a place in the limits may have eaten into the lease: never post on a thin one.
      if (Date.parse(lease.until) - clock.now().getTime() < policy.leaseMs / 2) {
        lease = await store.deliveries.renew(lease, policy.leaseMs, { newAttempt: false });
      }
    } catch (error) {
      if (error instanceof LeaseLostError) return { outcome: "in-progress-elsewhere" };
      throw error;
    }
    let posted: PostedMessage;
    try {
      posted = await messenger.postToChannel(target, card);
    } catch (error) {
      const failure = asDeliveryError(error);
      deps.logger.warn(
        { event: "nudge.postFailed", failure: failure.failure, summary: failure.summary, attempt },
        "nudge post failed",
      );
      const next = await afterFailure(deps, lease, target, failure, attempt);
      if ("outcome" in next) return next;
      lease = next.lease;
      continue;
    }
    return recordSent(deps, lease, posted);
  }
}

/** Either the delivery's end for this run, or a renewed lease to try again with. */
async function afterFailure(
  deps: DeliveryDeps,
  lease: DeliveryLease,
  target: ChannelTarget,
  failure: DeliveryError,
  attempt: number,
): Promise<Pick<TeamOutcome, "outcome" | "detail"> | { lease: DeliveryLease }> {
  const { store, policy, clock } = deps;
  try {
    if (failure.failure === "unreachable") {
      await store.deliveries.markFailedPermanently(lease, failure.summary);
      await store.markUnreachable(target.teamId, reasonOf(failure), failure.summary);
      return { outcome: "unreachable", detail: failure.summary };
    }
    if (failure.failure === "rejected") {
      await store.deliveries.markFailedPermanently(lease, failure.summary);
      return { outcome: "failed", detail: failure.summary };
    }
    if (lease.attempts >= policy.maxAttempts) {
      const why = `gave up after ${lease.attempts} attempts: ${failure.summary}`;
      await store.deliveries.markFailedPermanently(lease, why);
      return { outcome: "failed", detail: why };
    }
    const wait = failure.retryAfterMs ?? backoff(policy, attempt, clock.random());
    if (attempt >= policy.attemptsPerRun || wait > policy.maxInlineWaitMs) {
      const later = Math.max(wait, laterRetry(policy, lease.attempts, clock.random()));
      const at = new Date(clock.now().getTime() + later);
      await store.deliveries.markPendingRetry(lease, at, failure.summary);
      return { outcome: "pending-retry", detail: `${failure.summary}; next ${at.toISOString()}` };
    }
    await clock.sleep(wait);
    return { lease: await store.deliveries.renew(lease, policy.leaseMs) };
  } catch (error) {
    if (error instanceof LeaseLostError) return { outcome: "in-progress-elsewhere" };
    throw error;
  }
}

/**
 * The post went out: record it, trying harder than usual, because until the record says `sent`
 * an expired lease would invite a second post.
 */
async function recordSent(
  deps: DeliveryDeps,
  lease: DeliveryLease,
  posted: PostedMessage,
): Promise<Pick<TeamOutcome, "outcome" | "detail">> {
  const waits = [500, 1_000, 2_000, 4_000, 8_000];
  for (let attempt = 0; ; attempt++) {
    try {
      await deps.store.deliveries.markSent(lease, posted);
      return { outcome: "sent" };
    } catch (error) {
      if (error instanceof LeaseLostError) {
        // The record is gone (the team's data was erased): the post still went out.
        return { outcome: "sent", detail: "record erased meanwhile" };
      }
      const wait = waits[attempt];
      if (!(error instanceof StoreUnavailableError) || wait === undefined) {
        deps.logger.error(
          { err: error, event: "nudge.sentNotRecorded" },
          "nudge posted but its delivery record could not be written",
        );
        return { outcome: "sent", detail: "posted, but not recorded" };
      }
      await deps.clock.sleep(wait);
    }
  }
}

function asDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  // Not Teams' answer but our own failure: worth another try later, and loud in the log.
  const name = error instanceof Error ? error.name : typeof error;
  return new DeliveryError("transient", `unexpected ${name}`, undefined, undefined, {
    cause: error,
  });
}

function reasonOf(failure: DeliveryError): UnreachableReason {
  return failure.status === 404 ? "not-found" : "blocked";
}

/** Equal jitter: half the exponential step fixed, half random. */
function backoff(policy: DeliveryPolicy, attempt: number, random: number): number {
  const step = Math.min(policy.maxBackoffMs, policy.baseBackoffMs * 2 ** (attempt - 1));
  return Math.round(step / 2 + (random * step) / 2);
}

function laterRetry(policy: DeliveryPolicy, attempts: number, random: number): number {
  const step = Math.min(MAX_LATER_RETRY_MS, policy.laterRetryMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(step / 2 + (random * step) / 2);
}
