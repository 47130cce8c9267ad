/**
 * The store in a process of its own, as Cosmos DB is in Azure: `@vercel/cosmosdb-server` on a
 * loopback port, counting the requests (store round trips) and connections it serves, so the
 * bot's process is charged only for its own work.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createHttpServer } from "@vercel/cosmosdb-server";
import { serveParent } from "./child-ipc";

// Azure Cosmos DB keeps connections alive; the package closes each one unless asked not to.
const server: Server = createHttpServer({ keepAlive: true });
let requests = 0;
let connections = 0;
server.on("request", () => (requests += 1));
server.on("connection", () => (connections += 1));
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  serveParent(port, () => ({ requests, connections }));
});
