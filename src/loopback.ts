/**
 * Loopback hosts: traffic to them never leaves the machine, so plain http is acceptable there
 * (the benchmark's store process, the Cosmos DB emulator on http://localhost:8081).
 */
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "::1", "[::1]", "localhost"]);

export function isLoopbackUrl(url: URL): boolean {
  return LOOPBACK_HOSTS.has(url.hostname);
}

/** False for anything that is not a URL. */
export function isLoopbackEndpoint(endpoint: string): boolean {
  try {
    return isLoopbackUrl(new URL(endpoint));
  } catch {
    return false;
  }
}
