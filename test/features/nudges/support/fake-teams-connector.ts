import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { seededRandom } from "../../../support/seeded-random";

/**
 * A Teams connector on loopback for proactive posts (`POST /v3/conversations`), as strict as
 * Teams: it counts every request against Teams' limits for bots (per tenant 50 per second; per
 * conversation 7 per second, 8 per 2 s, 60 per 30 s, 1,800 per hour) and answers a request over
 * them with 429 — recording it as a violation, which a well-behaved sender never causes. Tests
 * script other answers per channel (429 with or without Retry-After, 5xx, 412, 403, 404) and can
 * hold requests unanswered, to kill the sender while they are in flight.
 */

export type ScriptedAnswer =
  | { status: 429; retryAfterSeconds?: number }
  | { status: 403; code?: string }
  | { status: 400 | 404 | 412 | 500 | 502 | 503 | 504 };

export interface ConnectorRequest {
  channelId: string;
  tenantId?: string;
  /** Milliseconds since the connector started. */
  at: number;
  status: number;
}

export interface AcceptedPost {
  channelId: string;
  conversationId: string;
  activityId: string;
  at: number;
  card: unknown;
}

export interface FakeTeamsConnector {
  url: string;
  /** The next answers to posts in this channel, in order; then posts succeed. */
  script(channelId: string, answers: ScriptedAnswer[]): void;
  /**
   * From now on, each post that is not scripted fails with probability `rate`: 429 (with or
   * without Retry-After) or a 5xx — or one of `answers` — drawn from a seeded generator so a run
   * can be repeated.
   */
  failRandomly(rate: number, seed: number, answers?: readonly ScriptedAnswer[]): void;
  /** From the `n`-th post on (1-based), requests are held unanswered until `release` or the client goes. */
  holdFrom(n: number): { reached: Promise<void> };
  release(): void;
  posts(): AcceptedPost[];
  requests(): ConnectorRequest[];
  violations(): { rule: string; channelId: string; at: number }[];
  /** Held requests whose client went away: never posted. */
  dropped(): number;
  /** Held requests whose client is still connected. */
  heldAlive(): number;
  stop(): Promise<void>;
}

interface Rule {
  name: string;
  limit: number;
  windowMs: number;
}

const TENANT_RULES: Rule[] = [{ name: "tenant 50/1s", limit: 50, windowMs: 1_000 }];
const CONVERSATION_RULES: Rule[] = [
  { name: "conversation 7/1s", limit: 7, windowMs: 1_000 },
  { name: "conversation 8/2s", limit: 8, windowMs: 2_000 },
  { name: "conversation 60/30s", limit: 60, windowMs: 30_000 },
  { name: "conversation 1800/h", limit: 1_800, windowMs: 3_600_000 },
];

/** What `failRandomly` answers by default: throttling and server errors, the transient kinds. */
const TRANSIENT_FAILURES: readonly ScriptedAnswer[] = [
  { status: 429, retryAfterSeconds: 1 },
  { status: 429 },
  { status: 500 },
  { status: 502 },
  { status: 503 },
  { status: 504 },
];

function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    let raw = "";
    request.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    request.on("end", () => {
      try {
        resolve(raw ? (JSON.parse(raw) as Record<string, unknown>) : {});
      } catch {
        resolve({});
      }
    });
  });
}

function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const name of path) {
    current =
      typeof current === "object" && current !== null ? Reflect.get(current, name) : undefined;
  }
  return current;
}

export async function startFakeTeamsConnector(): Promise<FakeTeamsConnector> {
  const started = performance.now();
  const since = () => performance.now() - started;
  const scripts = new Map<string, ScriptedAnswer[]>();
  const seen: ConnectorRequest[] = [];
  const accepted: AcceptedPost[] = [];
  const over: { rule: string; channelId: string; at: number }[] = [];
  const windows = new Map<string, number[]>();
  let postCount = 0;
  let holdFrom = Number.POSITIVE_INFINITY;
  let holdReached: (() => void) | undefined;
  let releaseHeld: (() => void) | undefined;
  let releaseGate = new Promise<void>((resolve) => (releaseHeld = resolve));
  let droppedCount = 0;
  const held = new Set<{ gone: boolean }>();
  let random: { rate: number; next: () => number; answers: readonly ScriptedAnswer[] } | undefined;

  /** Counts the request in every window it belongs to; the first rule it breaks, if any. */
  const broken = (tenantId: string, channelId: string, at: number): string | undefined => {
    let found: string | undefined;
    const check = (key: string, rules: Rule[]) => {
      const times = windows.get(key) ?? [];
      times.push(at);
      windows.set(key, times);
      for (const rule of rules) {
        const inWindow = times.filter((t) => t > at - rule.windowMs).length;
        if (inWindow > rule.limit && found === undefined) found = rule.name;
      }
    };
    check(`tenant:${tenantId}`, TENANT_RULES);
    check(`conversation:${channelId}`, CONVERSATION_RULES);
    return found;
  };

  const answer = (response: ServerResponse, status: number, body: unknown, headers = {}) => {
    response.writeHead(status, { "content-type": "application/json", ...headers });
    response.end(JSON.stringify(body));
  };

  const server = http.createServer(async (request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const body = await readBody(request);
    if (request.method !== "POST" || path !== "/v3/conversations") {
      answer(response, 404, { error: { code: "NotFound", message: "not a proactive post" } });
      return;
    }
    const channelId = String(field(body, "channelData", "channel", "id") ?? "");
    const tenantId = String(
      field(body, "tenantId") ?? field(body, "channelData", "tenant", "id") ?? "",
    );
    const at = since();
    postCount += 1;
    const number = postCount;
    if (number >= holdFrom) {
      // Teams has not taken it yet; if the sender's connection goes meanwhile, it never does.
      const entry = { gone: false };
      held.add(entry);
      request.socket.once("close", () => (entry.gone = true));
      holdReached?.();
      await releaseGate;
      held.delete(entry);
      if (entry.gone) {
        droppedCount += 1;
        return;
      }
    }
    const record = (status: number) => seen.push({ channelId, tenantId, at, status });
    const rule = broken(tenantId, channelId, at);
    if (rule !== undefined) {
      over.push({ rule, channelId, at });
      record(429);
      answer(
        response,
        429,
        { error: { code: "Throttled", message: rule } },
        { "retry-after": "1" },
      );
      return;
    }
    const scripted = scripts.get(channelId)?.shift();
    if (scripted !== undefined) {
      record(scripted.status);
      const headers =
        scripted.status === 429 && scripted.retryAfterSeconds !== undefined
          ? { "retry-after": String(scripted.retryAfterSeconds) }
          : {};
      const code =
        scripted.status === 403
          ? (scripted.code ?? "MessageWritesBlocked")
          : `Status${scripted.status}`;
      answer(response, scripted.status, { error: { code, message: "scripted" } }, headers);
      return;
    }
    if (random !== undefined && random.next() < random.rate) {
      const failures = random.answers;
      const failure = failures[Math.floor(random.next() * failures.length)] ?? { status: 503 };
      record(failure.status);
      const headers =
        failure.status === 429 && failure.retryAfterSeconds !== undefined
          ? { "retry-after": String(failure.retryAfterSeconds) }
          : {};
      answer(
        response,
        failure.status,
        { error: { code: `Status${failure.status}`, message: "injected" } },
        headers,
      );
      return;
    }
    record(201);
    const activityId = String(number);
    const conversationId = `${channelId};messageid=${activityId}`;
    accepted.push({ channelId, conversationId, activityId, at, card: field(body, "activity") });
    answer(response, 201, { id: conversationId, activityId });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    script: (channelId, answers) => void scripts.set(channelId, [...answers]),
    failRandomly(rate, seed, answers = TRANSIENT_FAILURES) {
      random = { rate, next: seededRandom(seed), answers };
    },
    holdFrom(n) {
      holdFrom = n;
      return { reached: new Promise<void>((resolve) => (holdReached = resolve)) };
    },
    release() {
      holdFrom = Number.POSITIVE_INFINITY;
      releaseHeld?.();
      releaseGate = new Promise<void>((resolve) => (releaseHeld = resolve));
    },
    posts: () => [...accepted],
    requests: () => [...seen],
    violations: () => [...over],
    dropped: () => droppedCount,
    heldAlive: () => [...held].filter((entry) => !entry.gone).length,
    stop: () =>
      new Promise((resolve) => {
        releaseHeld?.();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
