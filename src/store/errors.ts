/**
 * What the repositories throw, so features never look at Cosmos status codes.
 *
 * - `AlreadyExistsError`: a create found the document already there (Cosmos 409).
 * - `ConcurrentChangeError`: someone else changed (or deleted) the document since it was read
 *   (Cosmos 412 on an `IfMatch` write, or 404 on a replace). Re-read and ask the user again.
 * - `StoreUnavailableError`: the store did not answer in time even after retrying. Nothing was
 *   made visible by the failed call (see the commit-point notes in audit-repository.ts); the UI
 *   shows its own "could not save, try again" text, the message here is for logs.
 * - `CommitOutcomeUnknownError`: the commit write was sent, its answer never came, and a re-read
 *   within the turn's time could not tell whether it landed. Not a StoreUnavailableError: the
 *   change may be visible. Say "maybe saved — check again".
 * - `InvalidDocumentError`: a document did not match its type's schema before writing; nothing
 *   was sent. A bug or unchecked input, never the user's fault to fix.
 * - `UnreadableDocumentError`: a stored document no longer matches its schema (written before a
 *   fix). Its message names the document id only, never its content.
 * - `InvalidIdError`: a part of a document id is empty, too long or has characters ids may not
 *   hold. The message gives the part's kind and length, never the value.
 * A missing document (404 on a read) is not an error: repositories return `null`.
 */

export class AlreadyExistsError extends Error {
  override readonly name = "AlreadyExistsError";
  constructor(
    readonly documentId: string,
    options?: { cause?: unknown },
  ) {
    super(`document ${documentId} already exists`, options);
  }
}

export class ConcurrentChangeError extends Error {
  override readonly name = "ConcurrentChangeError";
  constructor(
    readonly documentId: string,
    options?: { cause?: unknown },
  ) {
    super(`document ${documentId} was changed by someone else since it was read`, options);
  }
}

export class StoreUnavailableError extends Error {
  override readonly name = "StoreUnavailableError";
  constructor(
    readonly attempts: number,
    readonly elapsedMs: number,
    options?: { cause?: unknown },
  ) {
    super(
      `the store did not answer after ${attempts} attempt(s) in ${elapsedMs} ms: ${describe(options?.cause)}`,
      options,
    );
  }
}

export class CommitOutcomeUnknownError extends Error {
  override readonly name = "CommitOutcomeUnknownError";
  constructor(
    readonly documentId: string,
    options?: { cause?: unknown },
  ) {
    super(
      `the write of ${documentId} was sent but not answered; it may or may not have been saved`,
      options,
    );
  }
}

export class InvalidDocumentError extends Error {
  override readonly name = "InvalidDocumentError";
  constructor(
    readonly documentType: string,
    /** Paths and zod codes of what is wrong, never the values. */
    readonly problems: string[],
  ) {
    super(
      `refused to write a ${documentType} document that breaks its schema: ${problems.join("; ")}`,
    );
  }
}

export class UnreadableDocumentError extends Error {
  override readonly name = "UnreadableDocumentError";
  constructor(
    readonly documentId: string,
    options?: { cause?: unknown },
  ) {
    super(`document ${documentId} does not match its schema and cannot be read`, options);
  }
}

export type InvalidIdProblem = "empty" | "too long" | "forbidden characters";

export class InvalidIdError extends Error {
  override readonly name = "InvalidIdError";
  constructor(
    readonly kind: string,
    readonly problem: InvalidIdProblem,
    readonly length: number,
  ) {
    super(`invalid ${kind} for a document id: ${problem} (${length} characters)`);
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = errorCode(error);
    return code === undefined ? error.message : `${String(code)} ${error.message}`;
  }
  return String(error);
}

function field(error: unknown, name: string): unknown {
  return typeof error === "object" && error !== null && name in error
    ? (error as Record<string, unknown>)[name]
    : undefined;
}

/** Cosmos puts the HTTP status in `code` (a number); Node network errors put a string there. */
export function errorCode(error: unknown): number | string | undefined {
  const code = field(error, "code");
  return typeof code === "number" || typeof code === "string" ? code : undefined;
}

/** The HTTP status of a Cosmos error response, if the error is one. */
export function statusOf(error: unknown): number | undefined {
  const code = field(error, "code");
  if (typeof code === "number") return code;
  const statusCode = field(error, "statusCode");
  return typeof statusCode === "number" ? statusCode : undefined;
}

export function isNotFound(error: unknown): boolean {
  return statusOf(error) === 404;
}

/** Milliseconds the service asked us to wait (429 carries it), if any. */
export function retryAfterMs(error: unknown): number | undefined {
  for (const name of ["retryAfterInMs", "retryAfterInMilliseconds"]) {
    const value = field(error, name);
    if (typeof value === "number" && Number.isFinite(value) && value >= 0) return value;
  }
  return undefined;
}

export function errorName(error: unknown): string | undefined {
  const name = field(error, "name");
  return typeof name === "string" ? name : undefined;
}

/**
 * Turns the conflict statuses of a write into the repository errors; anything else is returned
 * unchanged for the caller to rethrow.
 */
export function translateWriteError(error: unknown, documentId: string): unknown {
  switch (statusOf(error)) {
    case 409:
      return new AlreadyExistsError(documentId, { cause: error });
    case 404:
    case 412:
      return new ConcurrentChangeError(documentId, { cause: error });
    default:
      return error;
  }
}

/**
 * An erasure got past its commit point (the profile is gone) but not to the end. The team reads
 * as not set up; its approvers can run the erasure again to finish it.
 */
export class ErasureIncompleteError extends Error {
  override readonly name = "ErasureIncompleteError";
  constructor(options?: { cause?: unknown }) {
    super("the erasure started but did not finish; run it again to finish it", options);
  }
}
