import restify from "restify";
import type { Logger } from "pino";
import type { BuiltApp } from "./app";
import type { TeamsAdapter } from "./teams/adapter";

export interface ServerParts {
  adapter: TeamsAdapter;
  app: BuiltApp;
  isStoreHealthy: () => Promise<boolean>;
  logger: Logger;
}

/** restify 11+: async handlers take (req, res) only. */
export function createServer(parts: ServerParts): restify.Server {
  const server = restify.createServer({ name: "implementeringsguiden" });
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 1_000_000 }));

  server.post("/api/messages", async (req, res) => {
    await parts.adapter.process(req, res, (context) =>
      parts.app.bot.application.run(context).then(() => undefined),
    );
  });

  server.get("/healthz", async (_req, res) => {
    const storeHealthy = await parts.isStoreHealthy();
    res.status(storeHealthy ? 200 : 503);
    res.json({
      status: storeHealthy ? "ok" : "degraded",
      store: storeHealthy ? "ok" : "unreachable",
    });
  });

  server.get("/api/exports/:teamId/:token", async (req, res) => {
    const params = req.params as Record<string, string | undefined>;
    const result = await parts.app.http.downloadExport(params.teamId ?? "", params.token ?? "");
    if (result.status !== 200) {
      res.status(result.status);
      res.json({ message: result.message });
      return;
    }
    parts.logger.info({ event: "data.exported" }, "team data downloaded");
    res.setHeader("content-disposition", 'attachment; filename="implementeringsguiden-data.json"');
    res.setHeader("cache-control", "no-store");
    res.status(200);
    res.json(result.file);
  });

  return server;
}

export function listen(server: restify.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
}
