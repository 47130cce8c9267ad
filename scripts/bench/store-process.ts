/**
 * The store in a process of its own, as Cosmos DB is in Azure: `@vercel/cosmosdb-server` on a
 * loopback port, counting the requests (store round trips) and connections it serves, so the
 * bot's process is charged only for its own work.
 */
import type { IncomingMessage, Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createHttpServer } from "@vercel/cosmosdb-server";
import { serveParent } from "./child-ipc";

/** "GET docs/profile", "POST docs (query)": what one round trip was, without ids of the database. */
function describe(request: IncomingMessage): string {
  const path = (request.url ?? "").replace(/^\/dbs\/[^/]+\/colls\//, "");
  const query = request.headers["x-ms-documentdb-isquery"] === "true" ? " (query)" : "";
  const upsert = request.headers["x-ms-documentdb-is-upsert"] === "true" ? " (upsert)" : "";
  const condition = request.headers["if-match"] ? " (if-match)" : "";
  const batch = request.headers["x-ms-cosmos-is-batch-request"] === "True" ? " (batch)" : "";
  return `${request.method ?? ""} ${decodeURIComponent(path)}${query}${upsert}${condition}${batch}`;
}

// Azure Cosmos DB keeps connections alive; the package closes each one unless asked not to.
const server: Server = createHttpServer({ keepAlive: true });
let requests = 0;
let connections = 0;
let recording = false;
let recorded: string[] = [];
server.on("request", (request: IncomingMessage) => {
  requests += 1;
  if (recording) recorded.push(describe(request));
});
server.on("connection", () => (connections += 1));
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  serveParent(port, (record) => {
    const calls = recorded;
    recorded = [];
    recording = record;
    return { requests, connections, calls };
  });
});
