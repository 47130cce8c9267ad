import type { Activity, TurnContext } from "botbuilder";
import { AuthenticationError } from "botframework-connector";
import type { Logger } from "pino";
import { checkActivityShape } from "./activity-shape";
import type { BotAdapter } from "./adapter";

/**
 * The HTTP edge of Bot Framework traffic, in this order:
 * 1. authenticate (with an app id): no token, or any token botbuilder refuses, is 401 before
 *    anything reads the body — botbuilder lets some refusals escape as plain errors (500);
 * 2. check the activity's shape: 400 for anything the adapter or the glue would choke on;
 * 3. run the turn.
 * While the channel's signing keys cannot be fetched the answer is 503: not the caller's fault.
 */

export interface InboundRequest {
  headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The raw body as read from the wire (a string, a Buffer, or nothing). */
  body: unknown;
}

export interface InboundResponse {
  status: number;
  body?: unknown;
}

/** Fetching the channel's signing keys can hang; Teams will not wait for it anyway. */
const AUTHENTICATION_TIMEOUT_MS = 3_000;

class AuthenticationTimeout extends Error {
  override readonly name = "AuthenticationTimeout";
}

const MALFORMED = Symbol("malformed JSON");

function parseBody(body: unknown): unknown {
  const text = typeof body === "string" ? body : Buffer.isBuffer(body) ? body.toString("utf8") : "";
  if (text.trim() === "") return MALFORMED;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return MALFORMED;
  }
}

function header(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/**
 * The fields botbuilder's authentication reads: the channel (the signing key's endorsements) and
 * the serviceUrl (the token's claim). Where the body has none, botbuilder skips that check (it
 * crashes on a missing channel id, hence ""); the shape check then refuses such a body anyway.
 */
function bindingOf(body: unknown): { channelId: string; serviceUrl?: string } {
  const { channelId, serviceUrl } =
    typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  return {
    channelId: typeof channelId === "string" ? channelId : "",
    serviceUrl: typeof serviceUrl === "string" ? serviceUrl : undefined,
  };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new AuthenticationTimeout("authentication timed out")), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The keys could not be fetched (or not in time): a service problem, not a bad token. */
function keysUnavailable(error: unknown): boolean {
  if (error instanceof AuthenticationError) return error.statusCode >= 500;
  return (
    error instanceof Error &&
    (error.name === "FetchError" || error instanceof AuthenticationTimeout)
  );
}

export async function receiveActivity(
  adapter: BotAdapter,
  request: InboundRequest,
  logic: (context: TurnContext) => Promise<void>,
  logger: Logger,
): Promise<InboundResponse> {
  const authHeader = header(request.headers.authorization);
  if (adapter.authenticated && authHeader.trim() === "") {
    logger.info({ event: "unauthenticated", reason: "no token" }, "request refused");
    return { status: 401, body: { error: "unauthorized" } };
  }
  const body = parseBody(request.body);
  let authentication;
  try {
    authentication = await withTimeout(
      adapter.authenticate(bindingOf(body), authHeader),
      AUTHENTICATION_TIMEOUT_MS,
    );
  } catch (error) {
    if (keysUnavailable(error)) {
      logger.error({ err: error }, "cannot verify Bot Framework tokens: signing keys unavailable");
      return { status: 503, body: { error: "cannot verify the token now; try again" } };
    }
    logger.info({ event: "unauthenticated", reason: (error as Error).message }, "request refused");
    return { status: 401, body: { error: "unauthorized" } };
  }

  const shape = checkActivityShape(body === MALFORMED ? undefined : body, {
    localMode: !adapter.authenticated,
  });
  if (!shape.ok) {
    logger.info({ event: "badActivity", problem: shape.problem }, "activity refused");
    return { status: 400, body: { error: `not a valid activity (${shape.problem})` } };
  }
  // The shape check vouches for every field the adapter and the glue read.
  const activity = body as Activity;
  try {
    const invokeResponse = await adapter.runTurn(authentication, activity, logic);
    return { status: invokeResponse?.status ?? 200, body: invokeResponse?.body };
  } catch (error) {
    logger.error({ err: error, activityType: activity.type }, "turn failed");
    return { status: 500, body: { error: "the bot failed on this activity" } };
  }
}
