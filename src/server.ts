import restify from "restify";
import type { Logger } from "pino";
import type { BuiltApp } from "./app";
import type { BotAdapter } from "./teams/adapter";
import { receiveActivity } from "./teams/inbound";
import type { HttpRoute } from "./features/feature";

export interface ServerParts {
  adapter: BotAdapter;
  app: BuiltApp;
  isStoreHealthy: () => Promise<boolean>;
  logger: Logger;
  /** How long /healthz waits for the store; App Service's health check wants an answer quickly. */
  healthTimeoutMs?: number;
}

const MAX_BODY_BYTES = 1_000_000;
const HEALTH_TIMEOUT_MS = 800;

/** restify 11+: async handlers take (req, res) only. */
export function createServer(parts: ServerParts): restify.Server {
  const server = restify.createServer({ name: "implementeringsguiden" });

  // The raw body only: the edge authenticates before it parses anything.
  server.post(
    "/api/messages",
    restify.plugins.bodyReader({ maxBodySize: MAX_BODY_BYTES }),
    async (req: restify.Request, res: restify.Response) => {
      const response = await receiveActivity(
        parts.adapter,
        { headers: req.headers, body: req.body as unknown },
        (context) => parts.app.bot.application.run(context).then(() => undefined),
        parts.logger,
      );
      res.status(response.status);
      if (response.body === undefined) res.end();
      else res.json(response.body);
    },
  );

  const storeCheck = healthCheck(parts.isStoreHealthy, parts.healthTimeoutMs ?? HEALTH_TIMEOUT_MS);
  server.get("/healthz", async (_req: restify.Request, res: restify.Response) => {
    const store = await storeCheck();
    res.status(store === "ok" ? 200 : 503);
    res.json({ status: store === "ok" ? "ok" : "degraded", store });
  });

  for (const route of parts.app.routes) mount(server, route);

  return server;
}

/**
 * The store's health within `timeoutMs`, whatever the store does: "slow" when it has not answered
 * by then. Checks share one request while it runs, so a hanging store is not asked again and again.
 */
function healthCheck(
  isStoreHealthy: () => Promise<boolean>,
  timeoutMs: number,
): () => Promise<"ok" | "unreachable" | "slow"> {
  let inFlight: Promise<boolean> | undefined;
  return async () => {
    inFlight ??= isStoreHealthy()
      .catch(() => false)
      .finally(() => {
        inFlight = undefined;
      });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slow = new Promise<"slow">((resolve) => {
      timer = setTimeout(() => resolve("slow"), timeoutMs);
    });
    const checked = inFlight.then((healthy): "ok" | "unreachable" =>
      healthy ? "ok" : "unreachable",
    );
    const answer = await Promise.race([checked, slow]);
    clearTimeout(timer);
    return answer;
  };
}

export function listen(server: restify.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
}

/** A feature's route on restify: its response becomes JSON or a download, never a cached page. */
function mount(server: restify.Server, route: HttpRoute): void {
  const handler = async (req: restify.Request, res: restify.Response) => {
    const params = Object.fromEntries(
      Object.entries((req.params ?? {}) as Record<string, unknown>).filter(
        (entry): entry is [string, string] => typeof entry[1] === "string",
      ),
    );
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([name, value]) => [
        name,
        Array.isArray(value) ? value.join(",") : value,
      ]),
    );
    const response = await route.handle({ params, headers, body: req.body as unknown });
    res.setHeader("cache-control", "no-store");
    if ("file" in response) {
      res.setHeader("content-type", response.contentType);
      res.setHeader("content-disposition", `attachment; filename="${response.fileName}"`);
      res.writeHead(response.status);
      res.end(response.file);
      return;
    }
    for (const [name, value] of Object.entries(response.headers ?? {})) res.setHeader(name, value);
    res.status(response.status);
    res.json(response.json);
  };
  const bodyParser = restify.plugins.bodyParser({ mapParams: false, maxBodySize: MAX_BODY_BYTES });
  if (route.method === "GET") server.get(route.path, handler);
  else server.post(route.path, bodyParser, handler);
}
