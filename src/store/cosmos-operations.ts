import type { Container, ItemDefinition, SqlParameter } from "@azure/cosmos";
import { beginCommit } from "../turn-budget";
import type { DocumentType } from "./document-ids";
import {
  InvalidDocumentError,
  isNotFound,
  StoreUnavailableError,
  translateWriteError,
  UnreadableDocumentError,
} from "./errors";
import { AttemptTimeoutError, mayHaveLanded } from "./retry";
import { DOCUMENT_SCHEMAS, type DocumentInput, type DocumentOf } from "./schemas";
import type { StoreContext } from "./store-context";

/**
 * The handful of Cosmos calls the repositories make, each wrapped in the retry policy, with 404
 * on reads turned into `null` and 409/412 on writes turned into the repository errors.
 *
 * Every create, replace and upsert goes through `writeDocument`, which validates the body with
 * its type's schema (schemas.ts) and sends nothing if it does not parse; every typed read parses
 * with the same schema. Only a few lenient reads (`readRaw`) look at documents that may predate a
 * schema, and they never write what they read back unchecked.
 */

export interface Versioned<T> {
  doc: T;
  etag: string;
}

/** Fields Cosmos adds to every document; never part of what we return or export. */
export const SYSTEM_FIELDS = ["_rid", "_self", "_etag", "_ts", "_attachments"] as const;

/**
 * Fields of the audit protocol the change log replaced (an `auditEventId` naming a separate
 * event document, raw action ids). Documents written before it still carry them; they are
 * dropped when read, and the next write leaves them out.
 */
const RETIRED_FIELDS = ["auditEventId", "appliedActionIds"] as const;

export function stripSystemFields(resource: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...resource };
  for (const name of SYSTEM_FIELDS) delete copy[name];
  return copy;
}

function etagOf(resource: ItemDefinition | undefined, id: string): string {
  const etag = resource?._etag;
  if (typeof etag !== "string") throw new Error(`the store returned ${id} without an ETag`);
  return etag;
}

/** The body as it must be written, or InvalidDocumentError naming paths (never values). */
export function validateDocument<T extends DocumentType>(
  type: T,
  body: DocumentInput<T>,
): DocumentOf<T> {
  const result = DOCUMENT_SCHEMAS[type].safeParse(body);
  if (!result.success) {
    throw new InvalidDocumentError(
      type,
      result.error.issues.map((issue) => `${issue.path.join(".") || "(document)"}: ${issue.code}`),
    );
  }
  // The registry maps each type to its schema; TypeScript cannot follow the indexed access.
  return result.data as DocumentOf<T>;
}

/** What was read, parsed with its type's schema; UnreadableDocumentError names only the id. */
export function parseDocument<T extends DocumentType>(
  type: T,
  resource: Record<string, unknown>,
): DocumentOf<T> {
  const copy = stripSystemFields(resource);
  for (const name of RETIRED_FIELDS) delete copy[name];
  const result = DOCUMENT_SCHEMAS[type].safeParse(copy);
  if (!result.success) {
    const id = typeof resource["id"] === "string" ? resource["id"] : "(without id)";
    throw new UnreadableDocumentError(id);
  }
  return result.data as DocumentOf<T>;
}

/** A point read without parsing: for lenient reads of documents that may predate a schema. */
export async function readRaw(
  ctx: StoreContext,
  container: Container,
  id: string,
  partitionKey: string,
): Promise<Versioned<Record<string, unknown>> | null> {
  const resource = await ctx.retry(async (abortSignal) => {
    try {
      const response = await container
        .item(id, partitionKey)
        .read<Record<string, unknown>>({ abortSignal });
      return response.statusCode === 404 ? undefined : response.resource;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  });
  if (resource === undefined) return null;
  return { doc: resource, etag: etagOf(resource, id) };
}

export async function readDocument<T extends DocumentType>(
  ctx: StoreContext,
  container: Container,
  type: T,
  id: string,
  partitionKey: string,
): Promise<Versioned<DocumentOf<T>> | null> {
  const found = await readRaw(ctx, container, id, partitionKey);
  if (found === null) return null;
  return { doc: parseDocument(type, found.doc), etag: found.etag };
}

/** Filled in by a commit write: whether a failed write might still have been applied. */
export interface WriteOutcome {
  mayHaveLanded: boolean;
}

export type WriteMode =
  { kind: "create" } | { kind: "replace"; etag: string; partitionKey: string } | { kind: "upsert" };

export interface WriteOptions {
  /**
   * False for writes that are harmless if nothing follows (a change-log archive written before
   * its commit). Every other write makes a change visible: it calls `beginCommit()` first.
   */
  commit?: boolean;
  outcome?: WriteOutcome;
}

/**
 * Validates `body` with its type's schema, then creates it (AlreadyExistsError if the id is
 * taken), replaces it if unchanged since `etag` was read (ConcurrentChangeError otherwise), or
 * upserts it. Returns the new ETag.
 */
export async function writeDocument<T extends DocumentType>(
  ctx: StoreContext,
  container: Container,
  type: T,
  body: DocumentInput<T>,
  mode: WriteMode,
  options: WriteOptions = {},
): Promise<{ doc: DocumentOf<T>; etag: string }> {
  const doc = validateDocument(type, body);
  // Every schema has an `id`; the registry's union type hides it from TypeScript.
  const item = doc as ItemDefinition & { id: string };
  const id = item.id;
  const outcome = options.outcome ?? { mayHaveLanded: false };
  const send = (abortSignal: AbortSignal) => {
    switch (mode.kind) {
      case "create":
        return container.items.create(item, { abortSignal });
      case "replace":
        return container.item(id, mode.partitionKey).replace(item, {
          abortSignal,
          accessCondition: { type: "IfMatch", condition: mode.etag },
        });
      case "upsert":
        return container.items.upsert(item, { abortSignal });
    }
  };
  if (options.commit !== false) beginCommit();
  try {
    const response = await ctx.retry(async (abortSignal) => {
      try {
        return await send(abortSignal);
      } catch (error) {
        if (mayHaveLanded(error)) outcome.mayHaveLanded = true;
        throw error;
      }
    });
    return { doc, etag: etagOf(response.resource, id) };
  } catch (error) {
    if (error instanceof StoreUnavailableError && error.cause instanceof AttemptTimeoutError) {
      outcome.mayHaveLanded = true;
    }
    throw translateWriteError(error, id);
  }
}

/** Deletes; a document that is already gone is fine (returns false). */
export async function deleteItem(
  ctx: StoreContext,
  container: Container,
  id: string,
  partitionKey: string,
): Promise<boolean> {
  return ctx.retry(async (abortSignal) => {
    try {
      await container.item(id, partitionKey).delete({ abortSignal });
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  });
}

export interface Page<T> {
  items: T[];
  /** Pass back to get the next page; undefined when there is none. */
  continuationToken?: string;
}

/** One page of a single-partition, parameterised query. */
export async function queryPage(
  ctx: StoreContext,
  container: Container,
  partitionKey: string,
  query: string,
  parameters: SqlParameter[],
  page: { maxItemCount: number; continuationToken?: string },
): Promise<Page<Record<string, unknown>>> {
  return ctx.retry(async (abortSignal) => {
    const response = await container.items
      .query<Record<string, unknown>>(
        { query, parameters },
        {
          partitionKey,
          maxItemCount: page.maxItemCount,
          continuationToken: page.continuationToken,
          abortSignal,
        },
      )
      .fetchNext();
    return {
      items: response.resources,
      continuationToken: response.hasMoreResults ? response.continuationToken : undefined,
    };
  });
}

/**
 * Every result of a single-partition query, fetched page by page (each page retried on its own),
 * for the few places that need a whole team's documents of one kind.
 */
export async function queryAll(
  ctx: StoreContext,
  container: Container,
  partitionKey: string,
  query: string,
  parameters: SqlParameter[],
): Promise<Record<string, unknown>[]> {
  const all: Record<string, unknown>[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await queryPage(ctx, container, partitionKey, query, parameters, {
      maxItemCount: 100,
      continuationToken,
    });
    all.push(...page.items);
    continuationToken = page.continuationToken;
  } while (continuationToken !== undefined);
  return all;
}

/** Every document of one type in a team's partition, parsed with its schema. */
export async function queryDocuments<T extends DocumentType>(
  ctx: StoreContext,
  teamId: string,
  type: T,
): Promise<Versioned<DocumentOf<T>>[]> {
  const items = await queryAll(
    ctx,
    ctx.teams,
    teamId,
    "SELECT * FROM c WHERE c.teamId = @teamId AND c.type = @type",
    [
      { name: "@teamId", value: teamId },
      { name: "@type", value: type },
    ],
  );
  return items.map((item) => ({
    doc: parseDocument(type, item),
    etag: etagOf(item, String(item["id"])),
  }));
}
