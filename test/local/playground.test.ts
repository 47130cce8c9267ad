import fs from "node:fs";
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/logger";
import { startPlayground, type RunningPlayground } from "../../src/local/playground";

const ROSTER = path.resolve(__dirname, "../../playground/team");

/** Every address of this machine that another machine could reach (not loopback). */
function outsideAddresses(): string[] {
  return Object.entries(os.networkInterfaces()).flatMap(([name, addresses]) =>
    (addresses ?? [])
      .filter((a) => !a.internal)
      .map((a) =>
        a.family === "IPv6" && a.address.startsWith("fe80:") ? `${a.address}%${name}` : a.address,
      ),
  );
}

/** Tries a TCP connection, giving up after `timeoutMs` (a firewall that drops counts as not reachable). */
function tryConnect(
  host: string,
  port: number,
  timeoutMs: number,
): Promise<"connected" | "refused" | "no answer"> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (outcome: "connected" | "refused" | "no answer") => {
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    };
    const timer = setTimeout(() => done("no answer"), timeoutMs);
    socket.once("connect", () => done("connected"));
    socket.once("error", () => done("refused"));
  });
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.address() as AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("the Playground that local mode starts", () => {
  let playground: RunningPlayground;
  let fakeBot: http.Server;
  let port: number;

  beforeAll(async () => {
    // The Playground only needs something answering at the bot endpoint.
    fakeBot = http.createServer((_req, res) => res.end());
    await new Promise<void>((resolve) => fakeBot.listen(0, "127.0.0.1", () => resolve()));
    port = await freePort();
    const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "ig-playground-"));
    playground = await startPlayground({
      port,
      botEndpoint: `http://127.0.0.1:${(fakeBot.address() as AddressInfo).port}/api/messages`,
      configDir: ROSTER,
      logFile: path.join(logDir, "playground.log"),
      logger: silentLogger(),
    });
  }, 90_000);

  afterAll(async () => {
    await playground?.stop();
    await new Promise((resolve) => fakeBot?.close(resolve));
  });

  it("listens on loopback only: reachable at 127.0.0.1, not on this machine's other addresses", async () => {
    expect(await tryConnect("127.0.0.1", port, 2_000)).toBe("connected");
    const outside = outsideAddresses();
    if (outside.length === 0)
      console.warn("*** this machine has no non-loopback address to test ***");
    for (const address of outside) {
      expect(await tryConnect(address, port, 2_000), address).not.toBe("connected");
    }
  });
});
