import type { PersonRef } from "../domain/team/profile";
import { rememberKey } from "./action-key";
import {
  readDocument,
  validateDocument,
  writeDocument,
  type Versioned,
  type WriteOutcome,
} from "./cosmos-operations";
import { documentIds, DOCUMENT_TYPES } from "./document-ids";
import { AlreadyExistsError, CommitOutcomeUnknownError, ConcurrentChangeError } from "./errors";
import {
  CHANGE_LOG_ARCHIVE_CHUNK,
  CHANGE_LOG_LIMIT,
  type ChangeDetails,
  type ChangeEntry,
  type DocumentInput,
  type DocumentOf,
} from "./schemas";
import type { StoreContext } from "./store-context";

/**
 * The write half of the audit protocol described in audit-repository.ts: a change and its change
 * entry are one conditional write of the entity document.
 */

/** Document types that carry a change log. */
export type LoggedType =
  | typeof DOCUMENT_TYPES.profile
  | typeof DOCUMENT_TYPES.answers
  | typeof DOCUMENT_TYPES.approval
  | typeof DOCUMENT_TYPES.scheduleOverride
  | typeof DOCUMENT_TYPES.exportToken;

/** The fields the protocol owns in every logged document. */
export interface LogFields {
  version: number;
  changes: ChangeEntry[];
  appliedKeys: string[];
  archivedChunks: number;
  lastChangeAt?: string;
}
type Owned = keyof LogFields | "id" | "type" | "teamId";

/** What a change says about itself in the log. */
export interface ChangeNote {
  actor: PersonRef;
  /** e.g. "setup.created", "answers.saved", "approval.approved". */
  action: string;
  /** Ids and counts, not free text. */
  details?: ChangeDetails;
}

export interface ChangeRequest<T extends LoggedType> {
  type: T;
  teamId: string;
  id: string;
  /** The action key of the click (action-key.ts): the duplicate key and the entry's id. */
  key: string;
  /**
   * What the caller has just read, to save a round trip: `null` when it found nothing. Left out,
   * the document is read first.
   */
  basis?: Versioned<DocumentOf<T>> | null;
  /**
   * Losing a race (someone else wrote since the read): true re-reads and applies `change` again
   * to the newer document (answers to different questions merge); false reports it at once.
   */
  reapplyOnConflict: boolean;
  /** The new fields, from the current document (null if none). May throw to refuse. */
  change(current: DocumentOf<T> | null, at: string, version: number): Omit<DocumentInput<T>, Owned>;
  note(version: number): ChangeNote;
}

export interface ChangeResult<T extends LoggedType> {
  /** True when this person's click had already been applied: nothing was written. */
  alreadyApplied: boolean;
  doc: DocumentOf<T>;
  etag: string;
}

/** How often a change is re-read and re-applied after losing a race before it is reported. */
const MAX_ATTEMPTS = 3;

/** The registry's per-type output types all carry the log fields; TypeScript cannot see that. */
function logOf(doc: unknown): LogFields {
  return doc as LogFields;
}

/**
 * One change, at most once per action key: a point read (unless the caller has one) and one
 * conditional write — create-if-absent, or replace with the read ETag. Older change entries move
 * to an archive document, written create-if-absent before the commit (every 25th change).
 */
export async function commitChange<T extends LoggedType>(
  ctx: StoreContext,
  request: ChangeRequest<T>,
): Promise<ChangeResult<T>> {
  const { type, teamId, id, key } = request;
  let known = request.basis;
  for (let attempt = 1; ; attempt++) {
    // Every later attempt starts from the re-read that showed it lost.
    const current =
      known !== undefined ? known : await readDocument(ctx, ctx.teams, type, id, teamId);
    if (current !== null && logOf(current.doc).appliedKeys.includes(key)) {
      return { alreadyApplied: true, doc: current.doc, etag: current.etag };
    }
    const draft = nextDocument(ctx, request, current);
    const outcome: WriteOutcome = { mayHaveLanded: false };
    try {
      if (draft.archive) await archiveChanges(ctx, teamId, id, draft.archive);
      const written = await writeDocument(
        ctx,
        ctx.teams,
        type,
        draft.body,
        current === null
          ? { kind: "create" }
          : { kind: "replace", etag: current.etag, partitionKey: teamId },
        { outcome },
      );
      return { alreadyApplied: false, doc: written.doc, etag: written.etag };
    } catch (error) {
      const settled = await settle(ctx, request, current, error, outcome);
      if (settled.ours) {
        // Our key is there. If none of our attempts can have landed, another delivery of the
        // same click (same person) wrote it: for this one, it was already applied.
        const alreadyApplied = !outcome.mayHaveLanded;
        return { alreadyApplied, doc: settled.ours.doc, etag: settled.ours.etag };
      }
      if (!request.reapplyOnConflict) throw settled.conflict;
      if (attempt >= MAX_ATTEMPTS) throw new ConcurrentChangeError(id, { cause: error });
      known = settled.latest;
    }
  }
}

interface Draft<T extends LoggedType> {
  body: DocumentInput<T>;
  archive?: { chunk: number; entries: ChangeEntry[] };
}

function nextDocument<T extends LoggedType>(
  ctx: StoreContext,
  request: ChangeRequest<T>,
  current: Versioned<DocumentOf<T>> | null,
): Draft<T> {
  const log = current === null ? null : logOf(current.doc);
  const at = ctx.clock.now().toISOString();
  const version = (log?.version ?? 0) + 1;
  const fields = request.change(current?.doc ?? null, at, version);
  const note = request.note(version);
  const entry: ChangeEntry = {
    id: request.key,
    at,
    actor: note.actor,
    action: note.action,
    details: note.details ?? {},
    version,
  };
  let changes = [...(log?.changes ?? []), entry];
  let archivedChunks = log?.archivedChunks ?? 0;
  let archive: Draft<T>["archive"];
  if (changes.length > CHANGE_LOG_LIMIT) {
    archive = { chunk: archivedChunks, entries: changes.slice(0, CHANGE_LOG_ARCHIVE_CHUNK) };
    changes = changes.slice(CHANGE_LOG_ARCHIVE_CHUNK);
    archivedChunks++;
  }
  const own: LogFields & { id: string; type: T; teamId: string } = {
    id: request.id,
    type: request.type,
    teamId: request.teamId,
    version,
    changes,
    appliedKeys: rememberKey(log?.appliedKeys ?? [], request.key),
    archivedChunks,
    lastChangeAt: at,
  };
  // The caller's fields and ours make up the whole document, which TypeScript cannot see through
  // the generic Omit; the schema checks the result right below, before anything is sent.
  const body = { ...fields, ...own } as unknown as DocumentInput<T>;
  // Validate before anything is sent, the archive included.
  validateDocument(request.type, body);
  return { body, archive };
}

type Settled<T extends LoggedType> =
  | { ours: Versioned<DocumentOf<T>>; latest?: undefined; conflict?: undefined }
  | { ours?: undefined; latest: Versioned<DocumentOf<T>> | null; conflict: Error };

/**
 * After a failed commit: did it land after all? A lost race (412/409) may be our own earlier
 * attempt whose answer was lost; a timeout may have landed. The document remembers the keys of
 * the changes applied to it, so a re-read tells — unless the store cannot answer, or the document
 * is unchanged while our write may still be on its way: then the outcome is unknown.
 */
async function settle<T extends LoggedType>(
  ctx: StoreContext,
  request: ChangeRequest<T>,
  current: Versioned<DocumentOf<T>> | null,
  error: unknown,
  outcome: WriteOutcome,
): Promise<Settled<T>> {
  const lostRace = error instanceof ConcurrentChangeError || error instanceof AlreadyExistsError;
  if (!lostRace && !outcome.mayHaveLanded) throw error;
  let latest: Versioned<DocumentOf<T>> | null;
  try {
    latest = await readDocument(ctx, ctx.teams, request.type, request.id, request.teamId);
  } catch (readError) {
    if (outcome.mayHaveLanded) throw new CommitOutcomeUnknownError(request.id, { cause: error });
    throw readError;
  }
  if (latest !== null && logOf(latest.doc).appliedKeys.includes(request.key)) {
    return { ours: latest };
  }
  const unchanged = latest === null ? current === null : latest.etag === current?.etag;
  if (outcome.mayHaveLanded && unchanged) {
    throw new CommitOutcomeUnknownError(request.id, { cause: error });
  }
  const conflict = lostRace ? error : new ConcurrentChangeError(request.id, { cause: error });
  return { latest, conflict };
}

/**
 * Moves the oldest entries to `changelog:<subject>:<chunk>`. Create-if-absent, so a retry or a
 * concurrent writer archiving the same chunk is harmless; if the chunk exists without some of
 * these entries (an earlier attempt of a change that lost), they are added. Readers deduplicate
 * by entry id, since until the commit lands the entries are in both places.
 */
async function archiveChanges(
  ctx: StoreContext,
  teamId: string,
  subject: string,
  archive: { chunk: number; entries: ChangeEntry[] },
): Promise<void> {
  const id = documentIds.changeLogArchive(subject, archive.chunk);
  const body = (changes: ChangeEntry[]) => ({
    id,
    type: DOCUMENT_TYPES.changeLogArchive,
    teamId,
    subject,
    chunk: archive.chunk,
    changes,
    lastChangeAt: changes.reduce((newest, e) => (e.at > newest ? e.at : newest), ""),
  });
  try {
    await writeDocument(
      ctx,
      ctx.teams,
      DOCUMENT_TYPES.changeLogArchive,
      body(archive.entries),
      {
        kind: "create",
      },
      { commit: false },
    );
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
    const existing = await readDocument(
      ctx,
      ctx.teams,
      DOCUMENT_TYPES.changeLogArchive,
      id,
      teamId,
    );
    if (existing === null) throw new ConcurrentChangeError(id, { cause: error });
    const have = new Set(existing.doc.changes.map((e) => e.id));
    const missing = archive.entries.filter((e) => !have.has(e.id));
    if (missing.length === 0) return;
    const merged = [...existing.doc.changes, ...missing].sort((a, b) => a.version - b.version);
    await writeDocument(
      ctx,
      ctx.teams,
      DOCUMENT_TYPES.changeLogArchive,
      body(merged.slice(-CHANGE_LOG_LIMIT)),
      { kind: "replace", etag: existing.etag, partitionKey: teamId },
      { commit: false },
    );
  }
}
