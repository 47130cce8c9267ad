import type { z } from "zod";
import { commitWithAudit, type AuditInput } from "./audit-repository";
import { createItem, readItem, replaceItem } from "./cosmos-operations";
import { rememberAction } from "./document-ids";
import { AlreadyExistsError, ConcurrentChangeError } from "./errors";
import type { StoreContext } from "./store-context";

/** Fields every audited, card-driven document carries (answers, approvals). */
export interface AuditedFields {
  version: number;
  auditEventId?: string;
  /** The last applied card action ids: a redelivered action finds itself here and is a no-op. */
  appliedActionIds: string[];
}

export interface ApplyOnceResult<D> {
  alreadyApplied: boolean;
  doc: D;
  etag: string;
}

/** How often a change is re-read and re-applied after losing a race before it is reported. */
const MAX_ATTEMPTS = 3;

/**
 * Read-modify-write of one document, at most once per card action, audited through the one
 * commit point. `change` sees the current document (null if none) and returns the new fields;
 * it may throw (e.g. ConcurrentChangeError when the user acted on an outdated card), which is
 * reported, not retried. Losing a race with another writer (412, or 409 on a first create) re-reads
 * and applies the change again to the newer document, because the changes merge (answers to
 * different questions) or are meant to apply to the newest state; `change` decides what conflicts.
 */
export async function applyOnce<
  D extends AuditedFields,
  S extends z.ZodType<D, z.ZodTypeDef, unknown>,
>(
  ctx: StoreContext,
  args: {
    teamId: string;
    id: string;
    type: string;
    schema: S;
    actionId: string;
    change(current: D | null, at: string): Omit<D, keyof AuditedFields>;
    audit(next: D): AuditInput;
  },
): Promise<ApplyOnceResult<D>> {
  for (let attempt = 1; ; attempt++) {
    const current = await readItem(ctx, ctx.teams, args.id, args.teamId, args.schema);
    if (current !== null && current.doc.appliedActionIds.includes(args.actionId)) {
      return { alreadyApplied: true, doc: current.doc, etag: current.etag };
    }
    const at = ctx.clock.now().toISOString();
    const fields = args.change(current?.doc ?? null, at);
    const version = (current?.doc.version ?? 0) + 1;
    const appliedActionIds = rememberAction(current?.doc.appliedActionIds ?? [], args.actionId);
    // The cast joins the caller's fields with ours; D is exactly those two parts.
    const draft = { ...fields, version, appliedActionIds } as D;
    const audit = { ...args.audit(draft), actionId: args.actionId };
    try {
      const { etag, auditEventId } = await commitWithAudit(ctx, {
        teamId: args.teamId,
        subject: args.id,
        version,
        previousEventId: current?.doc.auditEventId,
        audit,
        at,
        commit: (auditEventId) => {
          const body = {
            id: args.id,
            type: args.type,
            ...draft,
            teamId: args.teamId,
            auditEventId,
          };
          return current === null
            ? createItem(ctx, ctx.teams, body)
            : replaceItem(ctx, ctx.teams, args.teamId, body, current.etag);
        },
      });
      return { alreadyApplied: false, doc: { ...draft, auditEventId }, etag };
    } catch (error) {
      const lostRace =
        error instanceof ConcurrentChangeError || error instanceof AlreadyExistsError;
      if (!lostRace) throw error;
      if (attempt >= MAX_ATTEMPTS) throw new ConcurrentChangeError(args.id, { cause: error });
    }
  }
}
