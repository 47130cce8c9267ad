import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * An HTTP forwarder between the SDK and the embedded server, so a test can make the store
 * fail at a chosen request (connection dropped, like a crashed or unreachable service) and then
 * look at what the real server kept. Test-only: production code talks to Cosmos directly.
 */
export interface CosmosProxy {
  endpoint: string;
  /** Requests matching this are answered by dropping the connection. */
  failWhen(predicate: ((request: IncomingMessage) => boolean) | null): void;
  /** Holds the next request matching until `release`; `reached` resolves when it arrives. */
  holdNext(predicate: (request: IncomingMessage) => boolean): {
    reached: Promise<void>;
    release(): void;
  };
  /** The next request matching reaches the server, but its answer is lost (connection dropped). */
  loseAnswerOnce(predicate: (request: IncomingMessage) => boolean): void;
  /**
   * From now on, `then` runs after the next request matching has reached the server and before
   * its answer is sent (e.g. make the store die right after a commit landed).
   */
  afterNext(predicate: (request: IncomingMessage) => boolean, then: () => void): void;
  /** Every request waits this long before it is forwarded (a slow store); 0 for none. */
  delayEach(ms: number): void;
  /**
   * Requests matching this get no answer at all (a hanging store) until `hangWhen(null)`, which
   * drops the connections of those still waiting.
   */
  hangWhen(predicate: ((request: IncomingMessage) => boolean) | null): void;
  /** Requests matching this are answered 429 with `x-ms-retry-after-ms` (Cosmos throttling). */
  throttleWhen(
    predicate: ((request: IncomingMessage) => boolean) | null,
    retryAfterMs?: number,
  ): void;
  /** Method + path of every request seen, in order. */
  readonly seen: string[];
  stop(): Promise<void>;
}

export async function startCosmosProxy(target: string): Promise<CosmosProxy> {
  const targetUrl = new URL(target);
  let predicate: ((request: IncomingMessage) => boolean) | null = null;
  let loseAnswer: ((request: IncomingMessage) => boolean) | null = null;
  let after: { predicate: (request: IncomingMessage) => boolean; then: () => void } | null = null;
  let delayMs = 0;
  let hangPredicate: ((request: IncomingMessage) => boolean) | null = null;
  const hanging = new Set<IncomingMessage>();
  let throttle: { predicate: (request: IncomingMessage) => boolean; retryAfterMs: number } | null =
    null;
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  let hold: {
    predicate: (request: IncomingMessage) => boolean;
    arrived(): void;
    gate: Promise<void>;
  } | null = null;
  const server = http.createServer(async (request: IncomingMessage, response: ServerResponse) => {
    seen.push(`${request.method ?? ""} ${request.url ?? ""}`);
    if (delayMs > 0) {
      request.pause();
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      request.resume();
    }
    if (predicate?.(request)) {
      request.socket.destroy();
      return;
    }
    if (hangPredicate?.(request)) {
      hanging.add(request);
      request.socket.once("close", () => hanging.delete(request));
      return;
    }
    if (throttle?.predicate(request)) {
      request.resume();
      response.writeHead(429, {
        "content-type": "application/json",
        "x-ms-retry-after-ms": String(throttle.retryAfterMs),
        "x-ms-substatus": "3200",
      });
      response.end(JSON.stringify({ code: "TooManyRequests", message: "Request rate is large" }));
      return;
    }
    if (hold?.predicate(request)) {
      const { arrived, gate } = hold;
      hold = null;
      request.pause();
      arrived();
      await gate;
      request.resume();
    }
    const dropAnswer = loseAnswer?.(request) ?? false;
    if (dropAnswer) loseAnswer = null;
    const hook = after?.predicate(request) ? after.then : null;
    if (hook) after = null;
    const upstream = http.request(
      {
        host: targetUrl.hostname,
        port: targetUrl.port,
        method: request.method,
        path: request.url,
        headers: request.headers,
      },
      (answer) => {
        hook?.();
        if (dropAnswer) {
          answer.resume();
          answer.on("end", () => request.socket.destroy());
          return;
        }
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on("error", () => request.socket.destroy());
    request.pipe(upstream);
  });
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    seen,
    failWhen(next) {
      predicate = next;
    },
    loseAnswerOnce(matches) {
      loseAnswer = matches;
    },
    afterNext(matches, then) {
      after = { predicate: matches, then };
    },
    delayEach(ms) {
      delayMs = ms;
    },
    hangWhen(next) {
      hangPredicate = next;
      if (next === null) {
        for (const request of hanging) request.socket.destroy();
        hanging.clear();
      }
    },
    throttleWhen(next, retryAfterMs = 100) {
      throttle = next === null ? null : { predicate: next, retryAfterMs };
    },
    holdNext(matches) {
      let arrived = () => {};
      let release = () => {};
      const reached = new Promise<void>((resolve) => (arrived = resolve));
      const gate = new Promise<void>((resolve) => (release = resolve));
      hold = { predicate: matches, arrived, gate };
      return { reached, release };
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
