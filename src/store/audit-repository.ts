import { z } from "zod/v4";
import type { PersonRef } from "../domain/team/profile";
import { queryPage } from "./cosmos-operations";
import { UnreadableDocumentError } from "./errors";
import { changeEntrySchema, isoInstant, type ChangeDetails, type ChangeEntry } from "./schemas";
import type { StoreContext } from "./store-context";

/**
 * The audit trail: a change log embedded in each audited document, so a change and its audit
 * record are ONE write — the commit point.
 *
 * A save (change-log.ts) is a point read of the document and one conditional write of it:
 * create-if-absent, or replace with `IfMatch` on the read ETag. The written document carries its
 * newest change entries `{ id, at, actor, action, details, version }` (oldest first, at most 50)
 * and the keys of the last clicks applied to it (action-key.ts). So:
 * - the data and its audit record cannot disagree: they become visible together or not at all;
 * - a redelivered click finds its key and changes nothing (`alreadyApplied`); two people on the
 *   same card have different keys, and each change is credited to its author;
 * - a write whose answer was lost is recognised on re-read by its key, and when the store cannot
 *   be re-read in time the caller hears "outcome unknown" (CommitOutcomeUnknownError), never
 *   "nothing was saved";
 * - when the log is full, its 25 oldest entries move to `changelog:<subject>:<n>`, written
 *   create-if-absent BEFORE the commit. If the commit then loses, the archive is harmless: the
 *   winner archives the same entries, and readers deduplicate by entry id.
 * Two round trips per save (three on every 25th change of a document, for the archive).
 *
 * Why not a separate audit event per change: Cosmos has no multi-document transaction we can rely
 * on (the embedded server's transactional batch is not atomic, and its batch Replace is broken), so
 * an event document needs its own commit bookkeeping. The protocol this replaced wrote the event
 * unsealed, committed the entity naming it, then sealed it: 5 round trips per save, 6 for the setup.
 *
 * `list` merges the entries of the team's documents newest first. Cosmos cannot ORDER BY a field
 * inside an array across documents, so documents are read in order of their newest change
 * (`lastChangeAt`, a root field) and merged: an entry is final once it is newer than the next
 * document's newest change. A page usually reads a single page of documents.
 */

export interface AuditEvent {
  /** The change entry's id (derived from the click's action key). */
  id: string;
  teamId: string;
  at: string;
  actor: PersonRef;
  action: string;
  /** The id of the document the change was made to, e.g. "profile", "answers:<milestoneId>". */
  subject: string;
  /** The version of the subject the change produced. */
  version: number;
  details: ChangeDetails;
}

export interface AuditListOptions {
  limit: number;
  continuationToken?: string;
  /** Only events of one document, e.g. "answers:<milestoneId>". */
  subject?: string;
}

/** What the list query projects: only the log, not the documents' content. */
const loggedDocumentSchema = z.object({
  id: z.string(),
  subject: z.string().optional(),
  changes: z.array(changeEntrySchema),
  lastChangeAt: isoInstant,
});

/** An event's place in the list: when, then subject, version and id, so the order is total. */
type Position = z.infer<typeof positionSchema>;
const positionSchema = z.tuple([z.string(), z.string(), z.number(), z.string()]);

function positionOf(event: AuditEvent): Position {
  return [event.at, event.subject, event.version, event.id];
}

/** Negative when `a` comes first in the list (is newer), positive when it comes after. */
function compareNewestFirst(a: Position, b: Position): number {
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i], b[i]];
    if (x !== undefined && y !== undefined && x !== y) return x < y ? 1 : -1;
  }
  return 0;
}

function encodeCursor(event: AuditEvent): string {
  return Buffer.from(JSON.stringify(positionOf(event))).toString("base64url");
}

/** The continuation token is the position of the last event the previous page returned. */
function decodeCursor(token: string): Position {
  try {
    return positionSchema.parse(JSON.parse(Buffer.from(token, "base64url").toString("utf8")));
  } catch (error) {
    throw new Error("not a continuation token of the audit list", { cause: error });
  }
}

/** Documents of a team read per query page while merging. */
const DOCUMENTS_PER_PAGE = 25;

export class AuditRepository {
  constructor(private readonly ctx: StoreContext) {}

  /** Changes newest first, paged; `limit` is kept in 1..100. */
  async list(
    teamId: string,
    options: AuditListOptions,
  ): Promise<{ events: AuditEvent[]; continuationToken?: string }> {
    const limit = Math.max(1, Math.min(options.limit, 100));
    const after = options.continuationToken ? decodeCursor(options.continuationToken) : undefined;
    const parameters = [{ name: "@teamId", value: teamId }];
    let query =
      "SELECT c.id, c.subject, c.changes, c.lastChangeAt FROM c WHERE c.teamId = @teamId AND IS_DEFINED(c.lastChangeAt)";
    if (options.subject !== undefined) {
      query += " AND (c.id = @subject OR c.subject = @subject)";
      parameters.push({ name: "@subject", value: options.subject });
    }
    query += " ORDER BY c.lastChangeAt DESC";

    const pending = new Map<string, AuditEvent>();
    const final: AuditEvent[] = [];
    const finalKeys = new Set<string>();
    /** Moves every pending event newer than `horizon` (all if undefined) to `final`, in order. */
    const settle = (horizon: string | undefined) => {
      const ready = [...pending.values()]
        .filter((e) => horizon === undefined || e.at > horizon)
        .sort((a, b) => compareNewestFirst(positionOf(a), positionOf(b)));
      for (const event of ready) {
        const key = `${event.subject}|${event.id}`;
        pending.delete(key);
        finalKeys.add(key);
        final.push(event);
      }
    };
    let continuationToken: string | undefined;
    let stoppedEarly = false;
    do {
      const page = await queryPage(this.ctx, this.ctx.teams, teamId, query, parameters, {
        maxItemCount: DOCUMENTS_PER_PAGE,
        continuationToken,
      });
      continuationToken = page.continuationToken;
      for (const item of page.items) {
        const logged = this.parse(item);
        // Nothing in this or any later document is newer than its newest change.
        settle(logged.lastChangeAt);
        if (final.length >= limit) {
          stoppedEarly = true;
          break;
        }
        const subject = logged.subject ?? logged.id;
        for (const entry of logged.changes) {
          const event = toEvent(teamId, subject, entry);
          const key = `${subject}|${entry.id}`;
          const older = after === undefined || compareNewestFirst(positionOf(event), after) > 0;
          // The same entry is in an archive and in its document until the archiving commit lands.
          if (older && !finalKeys.has(key)) pending.set(key, event);
        }
      }
    } while (final.length < limit && continuationToken !== undefined);
    if (final.length < limit) settle(undefined);
    const events = final.slice(0, limit);
    const more =
      stoppedEarly || final.length > limit || pending.size > 0 || continuationToken !== undefined;
    const last = events[events.length - 1];
    return { events, continuationToken: more && last ? encodeCursor(last) : undefined };
  }

  private parse(item: Record<string, unknown>) {
    const parsed = loggedDocumentSchema.safeParse(item);
    if (!parsed.success) throw new UnreadableDocumentError(String(item["id"] ?? "(without id)"));
    return parsed.data;
  }
}

export function toEvent(teamId: string, subject: string, entry: ChangeEntry): AuditEvent {
  return {
    id: entry.id,
    teamId,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    subject,
    version: entry.version,
    details: entry.details,
  };
}
