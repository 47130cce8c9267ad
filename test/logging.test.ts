import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/logger";
import { startTestStore, type TestStore } from "./support/test-store";
import { startMockConnector, type MockConnector } from "./support/mock-connector";
import { createTestBot } from "./support/test-app";
import { AHMED, LARS, METTE, SOFIE, cardAction, message } from "./support/teams-activities";
import { VALID_SETUP } from "./support/setup-fixture";
import { SETUP_VERBS } from "../src/features/setup/verbs";

describe("logs", () => {
  let testStore: TestStore;
  let connector: MockConnector;
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });

  beforeAll(async () => {
    testStore = await startTestStore();
    connector = await startMockConnector();
    connector.setMembers([METTE, LARS, SOFIE, AHMED]);
  });
  afterAll(async () => {
    await testStore.stop();
    await connector.stop();
  });

  it("are structured JSON and hold no message text, names or typed values", async () => {
    const bot = createTestBot(testStore.store, {
      connectorUrl: connector.url,
      logger: createLogger("debug", sink),
    });
    await bot.send(message("hvad med borgeren 010190-1234 i Vejle?"));
    await bot.send(
      cardAction(SETUP_VERBS.save, {
        ...VALID_SETUP,
        organisationName: "Hemmelige Kommune",
        actionId: "setup-card-1",
        expectedVersion: "0",
      }),
    );

    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    const all = lines.join("\n");
    expect(all).toContain('"event":"setup.saved"');
    for (const secret of [
      "010190",
      "Vejle",
      "borgeren",
      "Hemmelige",
      "Mette",
      "Lars Nielsen",
      "Sofie",
    ]) {
      expect(all).not.toContain(secret);
    }
  });
});
