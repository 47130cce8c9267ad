import { readDocument, writeDocument, type Versioned } from "./cosmos-operations";
import { documentIds, DOCUMENT_TYPES, isMonth } from "./document-ids";
import { AlreadyExistsError, ConcurrentChangeError, StoreUnavailableError } from "./errors";
import type { DocumentInput, DocumentOf } from "./schemas";
import type { StoreContext } from "./store-context";

/**
 * One nudge per team, month and kind, even with two bot instances and after a crash mid-run.
 *
 * The delivery record `nudge:<kind>:<YYYY-MM>` is claimed with create-if-absent, and the claim
 * carries a lease `{ owner, until }`. Whoever holds an unexpired lease is the only one who may
 * post. The record then says what happened:
 * - `sending`: someone holds the lease and is posting (or died doing so);
 * - `sent`: posted; never again;
 * - `pending-retry`: Teams throttled or failed for now; may be tried again from `nextAttemptAt`;
 * - `failed-permanently`: Teams said the bot cannot post there (403/404) or gave up; never again.
 * A `sending` record whose lease has expired (its sender crashed) is taken over with a replace on
 * its ETag, so two takers cannot both win, and the month is not lost. Every write the holder makes
 * (renew, sent, pending-retry, failed) is conditional on the ETag it last wrote: a holder that was
 * taken over learns it (LeaseLostError) instead of overwriting the new holder.
 *
 * Leases use the store's clock (real time in production), never a schedule's "now": they
 * coordinate processes. The one case that can still post twice is a crash after Teams accepted
 * the post and before `markSent` was written: Teams offers no idempotency key, so the new holder
 * cannot know; that window is the few milliseconds between the answer and the record.
 */

export type NudgeKind = "monthly";
export type DeliveryStatus = "sending" | "sent" | "pending-retry" | "failed-permanently";

export interface DeliveryKey {
  teamId: string;
  kind: NudgeKind;
  /** `YYYY-MM`. */
  month: string;
}

export interface NudgeDelivery extends DeliveryKey {
  channelId: string;
  status: DeliveryStatus;
  attempts: number;
  claimedAt: string;
  updatedAt: string;
  lease?: { owner: string; until: string };
  sentAt?: string;
  conversationId?: string;
  activityId?: string;
  nextAttemptAt?: string;
  lastError?: string;
}

/** A claim held by this caller: hand it to every later call about the same delivery. */
export interface DeliveryLease {
  key: DeliveryKey;
  owner: string;
  /** The ETag of the holder's last write. */
  etag: string;
  /** Attempts counting this one. */
  attempts: number;
  /** When the lease expires, ISO. */
  until: string;
  /** The record as the holder last wrote it. */
  record: NudgeDelivery;
}

export type ClaimOutcome =
  | {
      claimed: true;
      lease: DeliveryLease;
      /** The record as it was before this claim took it over (a crashed or retried delivery). */
      previous?: NudgeDelivery;
    }
  | {
      claimed: false;
      current: NudgeDelivery;
      /** Why not: already sent, failed for good, held by another sender, or not yet due again. */
      reason: "sent" | "failed-permanently" | "held" | "retry-later";
    };

/** The lease was taken over (it had expired) or the record vanished: stop, do not post. */
export class LeaseLostError extends Error {
  override readonly name = "LeaseLostError";
  constructor(readonly documentId: string) {
    super(`the lease on ${documentId} is no longer ours`);
  }
}

type DeliveryDocument = DocumentOf<typeof DOCUMENT_TYPES.nudgeDelivery>;
type DeliveryInput = DocumentInput<typeof DOCUMENT_TYPES.nudgeDelivery>;

const MAX_TAKEOVER_ROUNDS = 3;

export class NudgeDeliveryRepository {
  constructor(private readonly ctx: StoreContext) {}

  async get(key: DeliveryKey): Promise<NudgeDelivery | null> {
    const found = await this.read(key);
    return found === null ? null : deliveryView(found.doc);
  }

  /**
   * Claims the delivery for `leaseMs`: creates the record, or takes over one whose sender died
   * (lease expired) or whose retry is due. Anything else is reported, not claimed.
   */
  async claim(key: DeliveryKey, channelId: string, leaseMs: number): Promise<ClaimOutcome> {
    checkKey(key);
    const owner = this.ctx.newToken();
    const created = await this.tryCreate(key, channelId, owner, leaseMs);
    if (created !== null) return created;
    for (let round = 1; round <= MAX_TAKEOVER_ROUNDS; round++) {
      const found = await this.read(key);
      if (found === null) {
        // Erased meanwhile (GDPR): a new record starts over.
        const again = await this.tryCreate(key, channelId, owner, leaseMs);
        if (again !== null) return again;
        continue;
      }
      const mine = leaseOf(found, owner, key);
      if (mine !== null) return { claimed: true, lease: mine };
      const refusal = refusalOf(found.doc, this.ctx.clock.now());
      if (refusal !== null) return refusal;
      const taken = await this.takeOver(found, owner, leaseMs);
      if (taken !== null) return taken;
    }
    // Others keep winning the record: whoever holds it now sends.
    const latest = await this.read(key);
    if (latest === null) throw new LeaseLostError(idOf(key));
    return { claimed: false, current: deliveryView(latest.doc), reason: "held" };
  }

  /**
   * Extends the lease, by default for another attempt (counted); `newAttempt: false` only buys
   * time for the one in progress. LeaseLostError if someone took the delivery over.
   */
  async renew(
    lease: DeliveryLease,
    leaseMs: number,
    options: { newAttempt?: boolean } = {},
  ): Promise<DeliveryLease> {
    const until = new Date(this.ctx.clock.now().getTime() + leaseMs).toISOString();
    const attempts = options.newAttempt === false ? lease.attempts : lease.attempts + 1;
    return this.writeAsHolder(lease, (doc) => ({
      ...doc,
      status: "sending",
      attempts,
      lease: { owner: lease.owner, until },
    }));
  }

  /**
   * Records the post. The post went out, so this is written even if the lease was taken over
   * meanwhile (the record must not invite a third post); a record already `sent` is kept.
   */
  async markSent(
    lease: DeliveryLease,
    posted: { conversationId?: string; activityId?: string },
  ): Promise<NudgeDelivery> {
    const at = this.ctx.clock.now().toISOString();
    const sent = (record: NudgeDelivery): DeliveryInput => ({
      ...withoutStateFields(toDocument(record)),
      status: "sent",
      sentAt: at,
      updatedAt: at,
      ...(posted.conversationId ? { conversationId: posted.conversationId } : {}),
      ...(posted.activityId ? { activityId: posted.activityId } : {}),
    });
    let basis = { record: lease.record, etag: lease.etag };
    for (let round = 1; ; round++) {
      try {
        const written = await writeDocument(
          this.ctx,
          this.ctx.teams,
          DOCUMENT_TYPES.nudgeDelivery,
          sent(basis.record),
          { kind: "replace", etag: basis.etag, partitionKey: lease.key.teamId },
        );
        return deliveryView(written.doc);
      } catch (error) {
        if (!(error instanceof ConcurrentChangeError) || round >= MAX_TAKEOVER_ROUNDS) throw error;
        const latest = await this.read(lease.key);
        if (latest === null) throw new LeaseLostError(idOf(lease.key));
        if (latest.doc.status === "sent") return deliveryView(latest.doc);
        basis = { record: deliveryView(latest.doc), etag: latest.etag };
      }
    }
  }

  /** Teams said "not now": free the record for a later sweep from `nextAttemptAt`. */
  async markPendingRetry(
    lease: DeliveryLease,
    nextAttemptAt: Date,
    lastError: string,
  ): Promise<NudgeDelivery> {
    const written = await this.writeAsHolder(lease, (doc) => ({
      ...withoutStateFields(doc),
      status: "pending-retry",
      nextAttemptAt: nextAttemptAt.toISOString(),
      lastError: lastError.slice(0, 200),
    }));
    return written.record;
  }

  /** Teams said "never" (403/404), or the attempts ran out: no more tries this month. */
  async markFailedPermanently(lease: DeliveryLease, lastError: string): Promise<NudgeDelivery> {
    const written = await this.writeAsHolder(lease, (doc) => ({
      ...withoutStateFields(doc),
      status: "failed-permanently",
      lastError: lastError.slice(0, 200),
    }));
    return written.record;
  }

  private async tryCreate(
    key: DeliveryKey,
    channelId: string,
    owner: string,
    leaseMs: number,
  ): Promise<ClaimOutcome | null> {
    const now = this.ctx.clock.now();
    const at = now.toISOString();
    const until = new Date(now.getTime() + leaseMs).toISOString();
    const body: DeliveryInput = {
      id: documentIds.nudgeDelivery(key.kind, key.month),
      type: DOCUMENT_TYPES.nudgeDelivery,
      teamId: key.teamId,
      kind: key.kind,
      month: key.month,
      channelId,
      status: "sending",
      attempts: 1,
      lease: { owner, until },
      claimedAt: at,
      updatedAt: at,
    };
    try {
      const written = await writeDocument(
        this.ctx,
        this.ctx.teams,
        DOCUMENT_TYPES.nudgeDelivery,
        body,
        {
          kind: "create",
        },
      );
      return {
        claimed: true,
        lease: {
          key,
          owner,
          etag: written.etag,
          attempts: 1,
          until,
          record: deliveryView(written.doc),
        },
      };
    } catch (error) {
      // A create whose answer was lost is recognised on the re-read by its owner token.
      if (error instanceof AlreadyExistsError || error instanceof StoreUnavailableError) {
        const found = await this.read(key).catch(() => null);
        if (found === null) {
          if (error instanceof StoreUnavailableError) throw error;
          return null;
        }
        const mine = leaseOf(found, owner, key);
        return mine === null ? null : { claimed: true, lease: mine };
      }
      throw error;
    }
  }

  /** Replaces a record whose sender died or whose retry is due; null when another won it. */
  private async takeOver(
    found: Versioned<DeliveryDocument>,
    owner: string,
    leaseMs: number,
  ): Promise<ClaimOutcome | null> {
    const now = this.ctx.clock.now();
    const until = new Date(now.getTime() + leaseMs).toISOString();
    const key = keyOf(found.doc);
    const body: DeliveryInput = {
      ...withoutStateFields(found.doc),
      status: "sending",
      attempts: found.doc.attempts + 1,
      lease: { owner, until },
      updatedAt: now.toISOString(),
    };
    const previous = deliveryView(found.doc);
    try {
      const written = await writeDocument(
        this.ctx,
        this.ctx.teams,
        DOCUMENT_TYPES.nudgeDelivery,
        body,
        { kind: "replace", etag: found.etag, partitionKey: key.teamId },
      );
      const record = deliveryView(written.doc);
      return {
        claimed: true,
        previous,
        lease: { key, owner, etag: written.etag, attempts: record.attempts, until, record },
      };
    } catch (error) {
      if (error instanceof ConcurrentChangeError) return null;
      if (!(error instanceof StoreUnavailableError)) throw error;
      // The replace may have landed without its answer: the owner token tells.
      const latest = await this.read(key);
      const mine = latest === null ? null : leaseOf(latest, owner, key);
      if (mine === null) throw error;
      return { claimed: true, previous, lease: mine };
    }
  }

  /** A write only the lease holder may make: conditional on its last ETag. */
  private async writeAsHolder(
    lease: DeliveryLease,
    change: (record: DeliveryInput) => DeliveryInput,
  ): Promise<DeliveryLease> {
    const body = {
      ...change(toDocument(lease.record)),
      updatedAt: this.ctx.clock.now().toISOString(),
    };
    try {
      const written = await writeDocument(
        this.ctx,
        this.ctx.teams,
        DOCUMENT_TYPES.nudgeDelivery,
        body,
        { kind: "replace", etag: lease.etag, partitionKey: lease.key.teamId },
      );
      const record = deliveryView(written.doc);
      return {
        ...lease,
        etag: written.etag,
        attempts: record.attempts,
        until: record.lease?.until ?? lease.until,
        record,
      };
    } catch (error) {
      if (error instanceof ConcurrentChangeError) throw new LeaseLostError(idOf(lease.key));
      throw error;
    }
  }

  private read(key: DeliveryKey) {
    return readDocument(
      this.ctx,
      this.ctx.teams,
      DOCUMENT_TYPES.nudgeDelivery,
      documentIds.nudgeDelivery(key.kind, key.month),
      key.teamId,
    );
  }
}

function idOf(key: DeliveryKey): string {
  return documentIds.nudgeDelivery(key.kind, key.month);
}

function checkKey(key: DeliveryKey): void {
  if (!isMonth(key.month)) throw new Error(`not a month (YYYY-MM): ${key.month}`);
}

function keyOf(doc: DeliveryDocument): DeliveryKey {
  return { teamId: doc.teamId, kind: doc.kind, month: doc.month };
}

/** The record as a lease of `owner`, if it is one: our own write whose answer was lost. */
function leaseOf(
  found: Versioned<DeliveryDocument>,
  owner: string,
  key: DeliveryKey,
): DeliveryLease | null {
  const { doc } = found;
  if (doc.status !== "sending" || doc.lease?.owner !== owner) return null;
  return {
    key,
    owner,
    etag: found.etag,
    attempts: doc.attempts,
    until: doc.lease.until,
    record: deliveryView(doc),
  };
}

/** Why an existing record may not be claimed now, or null when it may be (taken over). */
function refusalOf(doc: DeliveryDocument, now: Date): ClaimOutcome | null {
  const current = deliveryView(doc);
  switch (doc.status) {
    case "sent":
      return { claimed: false, current, reason: "sent" };
    case "failed-permanently":
      return { claimed: false, current, reason: "failed-permanently" };
    case "sending":
      return doc.lease !== undefined && Date.parse(doc.lease.until) > now.getTime()
        ? { claimed: false, current, reason: "held" }
        : null;
    case "pending-retry":
      return doc.nextAttemptAt !== undefined && Date.parse(doc.nextAttemptAt) > now.getTime()
        ? { claimed: false, current, reason: "retry-later" }
        : null;
  }
}

/** The document without the fields that belong to one state only (the lease, the next try). */
function withoutStateFields(doc: DeliveryInput): DeliveryInput {
  const rest = { ...doc };
  delete rest.lease;
  delete rest.nextAttemptAt;
  return rest;
}

/** The stored document of a record (the record is the document without id and type). */
function toDocument(record: NudgeDelivery): DeliveryInput {
  return {
    id: idOf(record),
    type: DOCUMENT_TYPES.nudgeDelivery,
    ...record,
  };
}

/** A delivery document as callers see it (also read by the team's nudge query). */
export function deliveryView(doc: DeliveryDocument): NudgeDelivery {
  const { teamId, kind, month, channelId, status, attempts, claimedAt, updatedAt } = doc;
  return {
    teamId,
    kind,
    month,
    channelId,
    status,
    attempts,
    claimedAt,
    updatedAt,
    ...(doc.lease ? { lease: doc.lease } : {}),
    ...(doc.sentAt ? { sentAt: doc.sentAt } : {}),
    ...(doc.conversationId ? { conversationId: doc.conversationId } : {}),
    ...(doc.activityId ? { activityId: doc.activityId } : {}),
    ...(doc.nextAttemptAt ? { nextAttemptAt: doc.nextAttemptAt } : {}),
    ...(doc.lastError ? { lastError: doc.lastError } : {}),
  };
}
