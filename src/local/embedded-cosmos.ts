import type { AddressInfo } from "node:net";
import type { IncomingMessage, Server } from "node:http";

/** Any base64 string is accepted by the embedded server; this is not a secret. */
export const EMBEDDED_COSMOS_KEY = "bG9jYWwtZW1iZWRkZWQtY29zbW9zLWtleQ==";

export interface EmbeddedCosmos {
  endpoint: string;
  key: string;
  /** Called after every request that may have changed documents (not reads or queries). */
  onWrite(listener: () => void): void;
  stop(): Promise<void>;
}

function isWrite(request: IncomingMessage): boolean {
  if (request.method === "GET" || request.method === "HEAD") return false;
  if (request.headers["x-ms-documentdb-isquery"] === "true") return false;
  return true;
}

/**
 * Starts `@vercel/cosmosdb-server` (a dev dependency, loaded only in local mode) on a free
 * loopback port, so the same `@azure/cosmos` code path runs locally as in Azure.
 */
export async function startEmbeddedCosmos(port = 0): Promise<EmbeddedCosmos> {
  const { createHttpServer } = await import("@vercel/cosmosdb-server");
  const server: Server = createHttpServer();
  const listeners: (() => void)[] = [];
  server.on("request", (request: IncomingMessage) => {
    if (isWrite(request))
      request.on("end", () => setImmediate(() => listeners.forEach((l) => l())));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    key: EMBEDDED_COSMOS_KEY,
    onWrite(listener) {
      listeners.push(listener);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
