import type { Container } from "@azure/cosmos";
import { parseDocument } from "../../../src/store/cosmos-operations";
import { DOCUMENT_TYPES, type DocumentType } from "../../../src/store/document-ids";
import type { Store } from "../../../src/store/open-store";

/**
 * What the store holds, read straight from the server (never through the repositories, which
 * would refuse or repair what they read): for "nothing stored", "nothing half-written" and "no
 * document fails its schema".
 */

export interface RawDocument {
  container: "teams" | "users";
  body: Record<string, unknown>;
}

async function everything(container: Container): Promise<Record<string, unknown>[]> {
  const { resources } = await container.items
    .query<Record<string, unknown>>("SELECT * FROM c")
    .fetchAll();
  return resources;
}

export async function allDocuments(store: Store): Promise<RawDocument[]> {
  const [teams, users] = await Promise.all([everything(store.teams), everything(store.users)]);
  return [
    ...teams.map((body) => ({ container: "teams" as const, body })),
    ...users.map((body) => ({ container: "users" as const, body })),
  ];
}

const TYPES = new Set<string>(Object.values(DOCUMENT_TYPES));

function isDocumentType(value: unknown): value is DocumentType {
  return typeof value === "string" && TYPES.has(value);
}

/** Ids of the documents that do not parse with their type's schema (or have no known type). */
export function schemaFailures(documents: readonly RawDocument[]): string[] {
  const failures: string[] = [];
  for (const { container, body } of documents) {
    const id = `${container}/${String(body["id"])}`;
    const type = body["type"];
    if (!isDocumentType(type)) {
      failures.push(`${id}: unknown type ${String(type)}`);
      continue;
    }
    try {
      parseDocument(type, body);
    } catch {
      failures.push(`${id}: fails the ${type} schema`);
    }
  }
  return failures;
}

/** Every document's container, id and ETag: equal fingerprints mean nothing was written. */
export async function fingerprint(store: Store): Promise<string> {
  const documents = await allDocuments(store);
  return documents
    .map(({ container, body }) => `${container}/${String(body["id"])}@${String(body["_etag"])}`)
    .sort()
    .join("\n");
}

/** The documents' JSON, for searching what was stored (e.g. a text that must not be there). */
export async function storedJson(store: Store): Promise<string> {
  return (await allDocuments(store)).map(({ body }) => JSON.stringify(body)).join("\n");
}

/** The teams container's ids and ETags, cheaply: did the last turn write anything? */
export async function teamsFingerprint(store: Store): Promise<string> {
  const { resources } = await store.teams.items
    .query<{ id: string; etag: string }>("SELECT c.id, c._etag AS etag FROM c")
    .fetchAll();
  return resources
    .map((r) => `${r.id}@${r.etag}`)
    .sort()
    .join("\n");
}

/** One team's documents' ids and ETags (its partition of the teams container). */
export async function teamFingerprint(store: Store, teamId: string): Promise<string> {
  const { resources } = await store.teams.items
    .query<{ id: string; etag: string }>(
      {
        query: "SELECT c.id, c._etag AS etag FROM c WHERE c.teamId = @teamId",
        parameters: [{ name: "@teamId", value: teamId }],
      },
      { partitionKey: teamId },
    )
    .fetchAll();
  return resources
    .map((r) => `${r.id}@${r.etag}`)
    .sort()
    .join("\n");
}

/**
 * Waits until the store has been still for `quietMs`: the status summaries are refreshed in the
 * background a moment after each change (src/features/status/summaries.ts), and a check that
 * compares fingerprints must not mistake such a late write for its own turn's.
 */
export async function storeSettled(store: Store, quietMs = 600, timeoutMs = 10_000): Promise<void> {
  const giveUp = Date.now() + timeoutMs;
  let last = await fingerprint(store);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const now = await fingerprint(store);
    if (now === last) return;
    if (Date.now() > giveUp) throw new Error(`the store kept changing for ${timeoutMs} ms`);
    last = now;
  }
}
