import net from "node:net";

/**
 * A port nobody listens on right now, so browser tests (and several checkouts on one machine)
 * never fight over fixed numbers. The small race between closing and reusing it is acceptable
 * here: the bot reports a taken port clearly and the test fails loudly.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function freePorts(): Promise<{ port: number; playgroundPort: number }> {
  return { port: await freePort(), playgroundPort: await freePort() };
}
