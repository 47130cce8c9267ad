import type { Container, ItemDefinition, SqlParameter } from "@azure/cosmos";
import type { z } from "zod";
import { isNotFound, translateWriteError } from "./errors";
import type { StoreContext } from "./store-context";

/**
 * The handful of Cosmos calls the repositories make, each wrapped in the retry policy, with 404
 * on reads turned into `null` and 409/412 on writes turned into the repository errors.
 */

export interface Versioned<T> {
  doc: T;
  etag: string;
}

/** Fields Cosmos adds to every document; never part of what we return or export. */
export const SYSTEM_FIELDS = ["_rid", "_self", "_etag", "_ts", "_attachments"] as const;

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

export async function readItem<S extends z.ZodTypeAny>(
  ctx: StoreContext,
  container: Container,
  id: string,
  partitionKey: string,
  schema: S,
): Promise<Versioned<z.output<S>> | null> {
  const resource = await ctx.retry(async (abortSignal) => {
    try {
      const response = await container.item(id, partitionKey).read({ abortSignal });
      return response.statusCode === 404 ? undefined : response.resource;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  });
  if (resource === undefined) return null;
  // Parse what comes back so a malformed document fails loudly here, not deep in a feature.
  return { doc: schema.parse(resource), etag: etagOf(resource, id) };
}

async function write(
  ctx: StoreContext,
  id: string,
  call: (abortSignal: AbortSignal) => Promise<{ resource?: ItemDefinition }>,
): Promise<string> {
  try {
    const response = await ctx.retry(call);
    return etagOf(response.resource, id);
  } catch (error) {
    throw translateWriteError(error, id);
  }
}

/** Create-if-absent: AlreadyExistsError when the id is taken. Returns the new ETag. */
export function createItem(ctx: StoreContext, container: Container, body: ItemDefinition) {
  const id = body.id ?? "";
  return write(ctx, id, (abortSignal) => container.items.create(body, { abortSignal }));
}

/** Replace only if unchanged since read: ConcurrentChangeError otherwise. Returns the new ETag. */
export function replaceItem(
  ctx: StoreContext,
  container: Container,
  partitionKey: string,
  body: ItemDefinition,
  etag: string,
) {
  const id = body.id ?? "";
  return write(ctx, id, (abortSignal) =>
    container.item(id, partitionKey).replace(body, {
      abortSignal,
      accessCondition: { type: "IfMatch", condition: etag },
    }),
  );
}

/** Unconditional write, for documents where the newest write is by definition right. */
export function upsertItem(ctx: StoreContext, container: Container, body: ItemDefinition) {
  const id = body.id ?? "";
  return write(ctx, id, (abortSignal) => container.items.upsert(body, { abortSignal }));
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
