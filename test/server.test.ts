import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../src/store/open-store";
import { PRODUCTION_ENV, postActivity, serveBot } from "./support/http-bot";
import { startRecordingConnector, type RecordingConnector } from "./support/recording-connector";
import { cardText } from "./support/teams-activities";
import { startTestStore, type TestStore } from "./support/test-store";

const MESSAGE = {
  type: "message",
  id: "1",
  channelId: "msteams",
  serviceUrl: "https://smba.trafficmanager.net/emea/",
  from: { id: "29:someone", name: "Someone" },
  recipient: { id: "28:bot", name: "Implementeringsguiden" },
  conversation: { id: "a:1" },
  text: "hjælp",
};

/** What the Playground sends in local mode: its connector is on loopback, over http. */
function localActivity(serviceUrl: string, fields: Record<string, unknown>) {
  return {
    id: "1",
    channelId: "msteams",
    serviceUrl,
    from: { id: "user-mette", name: "Mette Sørensen" },
    recipient: { id: "bot-1", name: "Implementeringsguiden" },
    conversation: { id: "personal-chat-mette", conversationType: "personal" },
    locale: "da-DK",
    ...fields,
  };
}

function invokeCardText(body: unknown): string {
  const response = body as { type?: string; value?: unknown } | undefined;
  return response?.type === "application/vnd.microsoft.card.adaptive"
    ? cardText(response.value)
    : String(response?.value ?? "");
}

/** A TCP server on loopback that accepts connections and never answers: a hanging store. */
async function startSilentServer() {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe("HTTP server", () => {
  let testStore: TestStore;
  let connector: RecordingConnector;
  beforeAll(async () => {
    testStore = await startTestStore();
    connector = await startRecordingConnector();
  });
  afterAll(async () => {
    await connector.stop();
    await testStore.stop();
  });

  it("with an app id, refuses Bot Framework traffic that carries no valid token", async () => {
    const server = await serveBot({ env: PRODUCTION_ENV, store: testStore.store });
    try {
      expect((await postActivity(server.url, MESSAGE)).status).toBe(401);
      expect((await postActivity(server.url, MESSAGE, { token: "not.a.jwt" })).status).toBe(401);
      // Authentication comes before anything reads the body.
      expect((await postActivity(server.url, {})).status).toBe(401);
    } finally {
      await server.close();
    }
  });

  describe("in local mode, bad input gets a 4xx at once, never a 5xx", () => {
    const valid = () => localActivity(connector.url, { type: "message", text: "hjælp" });
    const withoutField = (field: string) => {
      const activity: Record<string, unknown> = { ...valid() };
      delete activity[field];
      return activity;
    };

    // Built lazily: the connector's address is known only once it runs.
    const badBodies: [string, () => unknown][] = [
      ["an empty object", () => ({})],
      ["no body at all", () => ""],
      ["a body that is not JSON", () => "{not json"],
      ["a JSON array", () => [valid()]],
      ["no type", () => withoutField("type")],
      ["no channelId", () => withoutField("channelId")],
      ["no conversation", () => withoutField("conversation")],
      [
        "a conversation without id",
        () => ({ ...valid(), conversation: { conversationType: "personal" } }),
      ],
      ["no sender", () => withoutField("from")],
      ["a sender without id", () => ({ ...valid(), from: { name: "x" } })],
      ["no recipient", () => withoutField("recipient")],
      ["no serviceUrl", () => withoutField("serviceUrl")],
      ["a serviceUrl that is not a URL", () => ({ ...valid(), serviceUrl: "not a url" })],
      ["an ftp serviceUrl", () => ({ ...valid(), serviceUrl: "ftp://127.0.0.1/" })],
      ["an unroutable http serviceUrl", () => ({ ...valid(), serviceUrl: "http://10.255.255.1/" })],
      [
        "a serviceUrl off this machine",
        () => ({ ...valid(), serviceUrl: "https://evil.example/" }),
      ],
      ["text that is not a string", () => ({ ...valid(), text: { $gt: "" } })],
      [
        "an adaptiveCard/action invoke without value",
        () => ({ ...withoutField("text"), type: "invoke", name: "adaptiveCard/action" }),
      ],
    ];

    it.each(badBodies)("%s: 400", async (_label, body) => {
      const server = await serveBot({ store: testStore.store });
      try {
        const content = body();
        const raw = typeof content === "string";
        const response = await postActivity(server.url, content, { raw, timeoutMs: 3_000 });
        expect(response.status).toBe(400);
      } finally {
        await server.close();
      }
    });

    it("an invoke the bot does not handle (any name, no value): 4xx, not 501", async () => {
      const server = await serveBot({ store: testStore.store });
      try {
        for (const name of ["composeExtension/query", undefined]) {
          const response = await postActivity(
            server.url,
            localActivity(connector.url, { type: "invoke", name }),
            { timeoutMs: 3_000 },
          );
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
        }
      } finally {
        await server.close();
      }
    });

    it("a button whose verb no feature knows gets a clear answer in the card (200)", async () => {
      const server = await serveBot({ store: testStore.store });
      try {
        const response = await postActivity(
          server.url,
          localActivity(connector.url, {
            type: "invoke",
            name: "adaptiveCard/action",
            replyToId: "card-1",
            value: { action: { type: "Action.Execute", verb: "noSuchVerb", data: {} } },
          }),
        );
        expect(response.status).toBe(200);
        const text = invokeCardText(response.body);
        expect(text).toContain("Denne knap kender jeg ikke (længere)");
        expect(text).toContain("hjælp");
      } finally {
        await server.close();
      }
    });

    it("an Action.Submit (a message with value and no text) gets a helpful answer, not help's 'I did not understand'", async () => {
      const server = await serveBot({ store: testStore.store });
      try {
        const before = connector.activities().length;
        const response = await postActivity(
          server.url,
          localActivity(connector.url, { type: "message", value: { verb: "old", answer: "x" } }),
        );
        expect(response.status).toBe(200);
        const sent = connector.activities().slice(before);
        expect(sent).toHaveLength(1);
        const reply = JSON.stringify(sent[0]?.body);
        expect(reply).toContain("Denne knap kender jeg ikke (længere)");
        expect(reply).not.toMatch(/forstod ikke|did not understand/i);
      } finally {
        await server.close();
      }
    });

    it("still answers the Playground: a message over http to its loopback connector works", async () => {
      const server = await serveBot({ store: testStore.store });
      try {
        const before = connector.activities().length;
        const localhostUrl = connector.url.replace("127.0.0.1", "localhost");
        const response = await postActivity(
          server.url,
          localActivity(localhostUrl, { type: "message", text: "hjælp" }),
        );
        expect(response.status).toBe(200);
        expect(connector.activities().length).toBe(before + 1);
      } finally {
        await server.close();
      }
    });
  });

  it("reports the store's health on /healthz", async () => {
    const server = await serveBot({ store: testStore.store });
    try {
      const response = await fetch(`${server.url}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok", store: "ok" });
    } finally {
      await server.close();
    }
  });

  it("answers /healthz within a second while the store hangs: 503, store slow", async () => {
    const silent = await startSilentServer();
    const hanging = await openStore({
      endpoint: silent.endpoint,
      databaseId: "hangs",
      auth: { key: Buffer.from("any key").toString("base64") },
      createIfMissing: false,
      disableEndpointDiscovery: true,
    });
    const server = await serveBot({ store: hanging });
    try {
      // A bounded wait: a /healthz that waits for the store is aborted and fails the test.
      const response = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "degraded", store: "slow" });
    } finally {
      await server.close();
      hanging.close();
      await silent.stop();
    }
  });
});
