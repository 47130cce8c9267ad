import http from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedActivity {
  method: string;
  path: string;
  body: Record<string, unknown>;
  /** The activity id this connector gave in its answer. */
  id: string;
}

/**
 * A Bot Framework connector on loopback that accepts what the bot sends (replies, new messages,
 * updates) and records it, so tests through the real HTTP server can see the bot's answers.
 */
export interface RecordingConnector {
  /** The serviceUrl to put in activities. */
  url: string;
  activities(): RecordedActivity[];
  stop(): Promise<void>;
}

export async function startRecordingConnector(): Promise<RecordingConnector> {
  const recorded: RecordedActivity[] = [];
  let nextId = 1;
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    req.on("end", () => {
      const path = new URL(req.url ?? "/", "http://localhost").pathname;
      let body: Record<string, unknown> = {};
      try {
        body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      } catch {
        // keep empty
      }
      res.setHeader("content-type", "application/json");
      if (/^\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/.test(path)) {
        const id = `activity-${nextId++}`;
        recorded.push({ method: req.method ?? "", path, body, id });
        res.end(JSON.stringify({ id }));
        return;
      }
      res.statusCode = 404;
      res.end(JSON.stringify({ error: { code: "NotFound", message: "not recorded" } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    activities: () => [...recorded],
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
