import { z } from "zod";
import type { PersonRef } from "../domain/team/profile";
import { readItem, queryPage, upsertItem } from "./cosmos-operations";
import { isNotFound } from "./errors";
import { documentIds, DOCUMENT_TYPES } from "./document-ids";
import { personRefSchema } from "./schemas";
import type { StoreContext } from "./store-context";

/**
 * Audit events, and the one-commit-point protocol that keeps them in step with the change.
 *
 * Cosmos has no multi-document transaction we can rely on (the embedded server's batch is not
 * atomic), so a change and its audit event are two writes. The change's conditional write (create,
 * or replace with `IfMatch`) is the commit point; everything written before it is harmless:
 *
 * 1. Read the entity (version v, ETag, `auditEventId` of the change that produced v).
 * 2. Seal that previous event (`committed: true`): the entity names it, so it did commit.
 * 3. Upsert the new event `audit:<subject>:v<v+1>:<token>` with `committed: false`. The token is
 *    the card action id when there is one (a redelivered action rewrites the same event), else
 *    unique per attempt — so two people saving version v+1 at the same time write two different
 *    events, and only the winner's can ever be shown.
 * 4. Commit: write the entity with version v+1 and `auditEventId` = the new event's id.
 * 5. Best effort, not retried: seal the new event. If this is lost, step 2 of the next change, or
 *    `list` (which checks the entity), makes up for it.
 *
 * `list` shows an event iff it is sealed, or it is the one its entity currently names. An event
 * whose commit failed (412 from a concurrent change, the store going down) is neither, so it stays
 * invisible: the audit trail and the data cannot disagree. Such orphans are inert; erasing the
 * team removes them with everything else.
 *
 * Why not "show events with version ≤ the entity's version": two concurrent writers both produce
 * version v+1, so a version alone cannot say whose event it is.
 */

export interface AuditInput {
  actor: PersonRef;
  /** What happened, e.g. "setup.created", "answers.saved", "approval.approved". */
  action: string;
  /** Ids and counts, not free text: the documents already hold the content. */
  details?: Record<string, unknown>;
  /** The card action id, when the change comes from one. */
  actionId?: string;
}

export interface AuditEvent {
  id: string;
  teamId: string;
  at: string;
  actor: PersonRef;
  action: string;
  /** The id of the document the change was made to, e.g. "profile", "answers:<milestoneId>". */
  subject: string;
  /** The version of the subject the change produced. */
  version: number;
  details: Record<string, unknown>;
}

const auditDocumentSchema = z.object({
  id: z.string(),
  teamId: z.string(),
  at: z.string(),
  actor: personRefSchema,
  action: z.string(),
  subject: z.string(),
  version: z.number().int(),
  details: z.record(z.unknown()).default({}),
  committed: z.boolean().default(false),
});

const entityAuditSchema = z.object({ auditEventId: z.string().optional() });

export interface AuditedCommit {
  teamId: string;
  subject: string;
  version: number;
  /** The `auditEventId` of the entity as read (undefined when creating it). */
  previousEventId: string | undefined;
  audit: AuditInput;
  at: string;
  /** The commit point: the conditional write of the entity, naming the event. Returns the ETag. */
  commit(auditEventId: string): Promise<string>;
}

export async function commitWithAudit(
  ctx: StoreContext,
  change: AuditedCommit,
): Promise<{ etag: string; auditEventId: string }> {
  if (change.previousEventId !== undefined) {
    await sealEvent(ctx, change.teamId, change.previousEventId, true);
  }
  const auditEventId = documentIds.auditEvent(
    change.subject,
    change.version,
    change.audit.actionId ?? ctx.newToken(),
  );
  await upsertItem(ctx, ctx.teams, {
    id: auditEventId,
    type: DOCUMENT_TYPES.audit,
    teamId: change.teamId,
    at: change.at,
    // Orders events with the same millisecond by version; one field, so the default index serves
    // ORDER BY (two fields would need a composite index declared in Bicep).
    sortKey: `${change.at}#${String(change.version).padStart(10, "0")}`,
    actor: change.audit.actor,
    action: change.audit.action,
    subject: change.subject,
    version: change.version,
    details: change.audit.details ?? {},
    committed: false,
  });
  const etag = await change.commit(auditEventId);
  await sealEvent(ctx, change.teamId, auditEventId, false).catch(() => undefined);
  return { etag, auditEventId };
}

/** Marks an event committed; an event that is gone (erased) is fine. */
async function sealEvent(ctx: StoreContext, teamId: string, eventId: string, retry: boolean) {
  const patch = (abortSignal?: AbortSignal) =>
    ctx.teams
      .item(eventId, teamId)
      .patch([{ op: "set", path: "/committed", value: true }], { abortSignal })
      .catch((error: unknown) => {
        if (isNotFound(error)) return undefined;
        throw error;
      });
  if (retry) await ctx.retry(patch);
  else await patch();
}

export interface AuditListOptions {
  limit: number;
  continuationToken?: string;
  /** Only events of one document, e.g. "answers:<milestoneId>". */
  subject?: string;
}

export class AuditRepository {
  constructor(private readonly ctx: StoreContext) {}

  /**
   * Committed events, newest first. Pages are filled across Cosmos pages, so orphans do not
   * shorten a page; the token always points at a Cosmos page boundary. `limit` is kept in 1..100.
   */
  async list(
    teamId: string,
    options: AuditListOptions,
  ): Promise<{ events: AuditEvent[]; continuationToken?: string }> {
    const limit = Math.max(1, Math.min(options.limit, 100));
    const parameters = [
      { name: "@teamId", value: teamId },
      { name: "@type", value: DOCUMENT_TYPES.audit },
    ];
    let query = "SELECT * FROM c WHERE c.teamId = @teamId AND c.type = @type";
    if (options.subject !== undefined) {
      query += " AND c.subject = @subject";
      parameters.push({ name: "@subject", value: options.subject });
    }
    query += " ORDER BY c.sortKey DESC";

    const events: AuditEvent[] = [];
    const currentEventOf = new Map<string, string | undefined>();
    let continuationToken = options.continuationToken;
    do {
      const page = await queryPage(this.ctx, this.ctx.teams, teamId, query, parameters, {
        maxItemCount: limit - events.length,
        continuationToken,
      });
      continuationToken = page.continuationToken;
      for (const item of page.items) {
        const { committed, ...event } = auditDocumentSchema.parse(item);
        if (committed || (await this.isCurrent(teamId, event, currentEventOf))) events.push(event);
      }
    } while (events.length < limit && continuationToken !== undefined);
    return { events, continuationToken };
  }

  /** Unsealed events are shown only if their entity names them (a point read per subject). */
  private async isCurrent(
    teamId: string,
    event: AuditEvent,
    cache: Map<string, string | undefined>,
  ): Promise<boolean> {
    if (!cache.has(event.subject)) {
      const entity = await readItem(
        this.ctx,
        this.ctx.teams,
        event.subject,
        teamId,
        entityAuditSchema,
      );
      cache.set(event.subject, entity?.doc.auditEventId);
    }
    return cache.get(event.subject) === event.id;
  }
}
