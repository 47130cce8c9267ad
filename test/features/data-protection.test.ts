import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStore, type TestStore } from "../support/test-store";
import { startProxiedStore, type ProxiedStore } from "../support/proxied-store";
import { startMockConnector, type MockConnector } from "../support/mock-connector";
import { createTestBot, type TestBot } from "../support/test-app";
import {
  AHMED,
  LARS,
  METTE,
  SOFIE,
  TEAM,
  cardAction,
  cardOf,
  cardText,
  message,
} from "../support/teams-activities";
import { invokeCard, invokeMessage, openUrls } from "../support/card-responses";
import { setUpTeam, VALID_SETUP } from "../support/setup-fixture";
import { SETUP_VERBS } from "../../src/features/setup/verbs";
import { DATA_VERBS } from "../../src/features/data-protection/verbs";
import { createServer, listen } from "../../src/server";
import { createTeamsAdapter } from "../../src/teams/adapter";
import { silentLogger } from "../../src/logger";
import { createRepositories } from "../../src/store/repositories";

describe("data protection: export and erase, for approvers only", () => {
  let testStore: TestStore;
  let connector: MockConnector;
  let bot: TestBot;
  let baseUrl: string;
  let stopServer: () => void;

  beforeAll(async () => {
    testStore = await startTestStore();
    connector = await startMockConnector();
    connector.setMembers([METTE, LARS, SOFIE, AHMED]);
    bot = createTestBot(testStore.store, { connectorUrl: connector.url });
    const server = createServer({
      adapter: createTeamsAdapter({ mode: "unauthenticated" }, silentLogger()),
      app: bot.app,
      isStoreHealthy: () => testStore.store.isHealthy(),
      logger: silentLogger(),
    });
    await listen(server, 0, "127.0.0.1");
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    stopServer = () => server.close();
    await setUpTeam(bot);
  });
  afterAll(async () => {
    stopServer();
    await testStore.stop();
    await connector.stop();
  });

  /** The link points at the configured public address; the test server listens elsewhere. */
  const local = (url: string) => url.replace(/^https?:\/\/[^/]+/, baseUrl);

  it("tells a non-approver who may export, and gives them no link even if they press the button", async () => {
    const asked = await bot.send(message("eksportér data", { from: AHMED }));
    expect(asked.replies[0]?.text).toContain("Kun en godkender (Lars Nielsen)");
    const pressed = await bot.send(cardAction(DATA_VERBS.downloadExport, {}, { from: AHMED }));
    expect(invokeMessage(pressed)).toContain("Kun en godkender");
    expect(invokeCard(pressed)).toBeUndefined();
  });

  it("gives the approver a single-use link to a JSON file with the team's data", async () => {
    const asked = await bot.send(message("eksporter data", { from: LARS }));
    expect(cardText(cardOf(asked.replies[0]))).toContain("Hent link til JSON-fil");

    const pressed = await bot.send(cardAction(DATA_VERBS.downloadExport, {}, { from: LARS }));
    const [url] = openUrls(invokeCard(pressed));
    expect(url).toMatch(/\/api\/exports\//);
    if (!url) throw new Error("no link");

    const download = await fetch(local(url));
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toContain("attachment");
    const file = (await download.json()) as {
      teamId: string;
      documents: { type: string; organisationName?: string; changes?: { action: string }[] }[];
    };
    expect(file.teamId).toBe(TEAM.id);
    const profile = file.documents.find((d) => d.type === "profile");
    expect(profile?.organisationName).toBe("Aarhus Kommune");
    // The history travels with the document it is about.
    expect(profile?.changes?.map((c) => c.action)).toEqual(["setup.created"]);
    expect(JSON.stringify(file)).not.toContain("_etag");

    const again = await fetch(local(url));
    expect(again.status).toBe(404);
    expect(((await again.json()) as { message: string }).message).toContain("udløbet");
  });

  it("rejects a made-up download link", async () => {
    const response = await fetch(
      `${baseUrl}/api/exports/${encodeURIComponent(TEAM.id)}/not-a-real-token-at-all-123`,
    );
    expect(response.status).toBe(404);
  });

  it("erases everything only after the approver confirms; others cannot confirm", async () => {
    const asked = await bot.send(message("slet data", { from: LARS }));
    const confirm = cardText(cardOf(asked.replies[0]));
    expect(confirm).toContain("Slet alle teamets data?");
    expect(confirm).toContain("Aarhus Kommune");
    const repositories = createRepositories(testStore.store);

    const byOther = await bot.send(
      cardAction(DATA_VERBS.confirmErase, { actionId: "x" }, { from: AHMED }),
    );
    expect(invokeMessage(byOther)).toContain("Kun en godkender");
    expect(await repositories.profiles.get(TEAM.id)).not.toBeNull();

    const cancelled = await bot.send(
      cardAction(DATA_VERBS.cancelErase, { actionId: "x" }, { from: LARS }),
    );
    expect(cardText(invokeCard(cancelled))).toContain("Intet er slettet");
    expect(await repositories.profiles.get(TEAM.id)).not.toBeNull();

    const erased = await bot.send(
      cardAction(DATA_VERBS.confirmErase, { actionId: "x" }, { from: LARS }),
    );
    expect(cardText(invokeCard(erased))).toContain("Teamets data er slettet");
    expect(erased.updates).toHaveLength(1);
    expect(await repositories.profiles.get(TEAM.id)).toBeNull();
    const remaining = await repositories.teamData.exportTeam(TEAM.id);
    expect(remaining.documents).toEqual([]);

    const afterwards = await bot.send(message("slet data", { from: LARS }));
    expect(afterwards.replies[0]?.text).toContain("Teamet er ikke sat op");
  });
});

describe("data protection on a team whose profile no longer parses", () => {
  let testStore: TestStore;
  let connector: MockConnector;
  let bot: TestBot;

  beforeAll(async () => {
    testStore = await startTestStore();
    connector = await startMockConnector();
    connector.setMembers([METTE, LARS, SOFIE, AHMED]);
    bot = createTestBot(testStore.store, { connectorUrl: connector.url });
    // What a version before the schema fix stored for the slot "constructor tirsdag 10:00":
    // no week. No later read of the profile parses.
    await testStore.store.teams.items.create({
      id: "profile",
      type: "profile",
      teamId: TEAM.id,
      programmeId: "social-skills-training",
      organisationName: "Aarhus Kommune",
      startDate: "2027-02-01",
      language: "da",
      projectLeader: { id: METTE.id, name: METTE.name },
      approvers: [{ id: LARS.id, name: LARS.name }],
      consultants: [{ id: SOFIE.id, name: SOFIE.name }],
      slots: {
        statusMeeting: { cadence: "monthly", weekday: 2, time: "10:00" },
        supervision: { cadence: "none" },
      },
      version: 1,
      updatedAt: "2026-11-23T09:00:00.000Z",
      updatedBy: { id: METTE.id, name: METTE.name },
    });
    await testStore.store.teams.items.create({
      id: "audit:profile:v1:x",
      type: "audit",
      teamId: TEAM.id,
      action: "setup.created",
    });
  });
  afterAll(async () => {
    await testStore.stop();
    await connector.stop();
  });

  it("explains to everyone else what is wrong and what an approver can do, instead of 'something went wrong'", async () => {
    const { replies } = await bot.send(message("opsætning", { from: METTE }));
    expect(replies.map((r) => r.text ?? "").join(" ")).toContain(
      "Teamets gemte data kan ikke læses",
    );
    // The history needs no profile when the person wrote Danish: it still shows what it can.
    const history = await bot.send(message("historik", { from: METTE }));
    expect(cardText(cardOf(history.replies[0]))).toContain("Seneste ændringer");
    const saved = await bot.send(
      cardAction(SETUP_VERBS.save, {
        ...VALID_SETUP,
        actionId: "card-action-1",
        expectedVersion: "1",
      }),
    );
    expect(invokeMessage(saved)).toContain("eksportér data");
    const help = await bot.send(message("hjælp", { from: METTE }));
    expect(cardText(cardOf(help.replies[0]))).toContain("Det kan du skrive til mig");
  });

  it("refuses someone who is not an approver", async () => {
    const asked = await bot.send(message("slet data", { from: AHMED }));
    expect(asked.replies[0]?.text).toContain("Kun en godkender kan eksportere eller slette");
    const pressed = await bot.send(
      cardAction(DATA_VERBS.confirmErase, { actionId: "x" }, { from: METTE }),
    );
    expect(invokeMessage(pressed)).toContain("Kun en godkender");
    const remaining = await createRepositories(testStore.store).teamData.exportTeam(TEAM.id);
    expect(remaining.documents).toHaveLength(2);
  });

  it("lets the approver erase everything", async () => {
    const asked = await bot.send(message("slet data", { from: LARS }));
    expect(cardText(cardOf(asked.replies[0]))).toContain("Slet alle teamets data?");

    const erased = await bot.send(
      cardAction(DATA_VERBS.confirmErase, { actionId: "x" }, { from: LARS }),
    );
    expect(cardText(invokeCard(erased))).toContain("Teamets data er slettet");
    const remaining = await createRepositories(testStore.store).teamData.exportTeam(TEAM.id);
    expect(remaining.documents).toEqual([]);
    const afterwards = await bot.send(message("slet data", { from: LARS }));
    expect(afterwards.replies[0]?.text).toContain("Teamet er ikke sat op");
  });
});

describe("data protection after an erasure that stopped halfway", () => {
  let testStore: TestStore;
  let connector: MockConnector;
  let bot: TestBot;

  beforeAll(async () => {
    testStore = await startTestStore();
    connector = await startMockConnector();
    connector.setMembers([METTE, LARS, SOFIE, AHMED]);
    bot = createTestBot(testStore.store, { connectorUrl: connector.url });
    await setUpTeam(bot);
    // As an erasure leaves a team when it stops right after its commit point: the marker naming
    // the approvers is written and the profile is gone, the rest is still there.
    const repositories = createRepositories(testStore.store);
    await repositories.conversations.save({
      kind: "channel",
      teamId: TEAM.id,
      channelId: TEAM.id,
      conversationId: TEAM.id,
      serviceUrl: "https://smba.example/emea/",
      botId: "28:implementeringsguiden",
    });
    await testStore.store.teams.items.upsert({
      id: "erasure",
      type: "erasure",
      teamId: TEAM.id,
      approverIds: [LARS.id],
      startedAt: "2026-11-23T09:00:00.000Z",
      startedBy: { id: LARS.id, name: LARS.name },
    });
    await testStore.store.teams.item("profile", TEAM.id).delete();
    expect((await repositories.teamData.exportTeam(TEAM.id)).documents.length).toBeGreaterThan(1);
  });
  afterAll(async () => {
    await testStore.stop();
    await connector.stop();
  });

  it("lets only the approvers named when it began finish it", async () => {
    const refused = await bot.send(message("slet data", { from: METTE }));
    expect(refused.replies[0]?.text).toContain("Kun en godkender");

    const asked = await bot.send(message("slet data", { from: LARS }));
    const confirm = cardOf(asked.replies[0]);
    expect(cardText(confirm)).toContain("En tidligere sletning blev ikke gjort færdig");
    const actionId = String(
      (confirm as { actions?: { data?: { actionId?: string } }[] }).actions?.[0]?.data?.actionId,
    );
    const done = await bot.send(cardAction(DATA_VERBS.confirmErase, { actionId }, { from: LARS }));
    expect(cardText(invokeCard(done))).toContain("Teamets data er slettet");
    const left = await createRepositories(testStore.store).teamData.exportTeam(TEAM.id);
    expect(left.documents).toEqual([]);

    // Finished: the team is simply not set up now.
    const after = await bot.send(message("slet data", { from: LARS }));
    expect(after.replies[0]?.text).toContain("Teamet er ikke sat op");
  });
});

describe("data protection when the store dies right after the erasure's commit point", () => {
  let proxied: ProxiedStore;
  let connector: MockConnector;
  let bot: TestBot;

  beforeAll(async () => {
    proxied = await startProxiedStore();
    connector = await startMockConnector();
    connector.setMembers([METTE, LARS, SOFIE, AHMED]);
    bot = createTestBot(proxied.store, { connectorUrl: connector.url });
    await setUpTeam(bot);
  });
  afterAll(async () => {
    await proxied.stop();
    await connector.stop();
  });

  it("does not say nothing was changed when the profile's delete may have landed, and the approver can finish", async () => {
    const confirm = cardOf((await bot.send(message("slet data", { from: LARS }))).replies[0]);
    const actionId = String(
      (confirm as { actions?: { data?: { actionId?: string } }[] }).actions?.[0]?.data?.actionId,
    );
    // The profile's delete reaches the store, its answer is lost, and the store is gone.
    const isProfileDelete = (request: { method?: string; url?: string }) =>
      request.method === "DELETE" && (request.url ?? "").endsWith("/docs/profile");
    proxied.proxy.loseAnswerOnce(isProfileDelete);
    proxied.proxy.afterNext(isProfileDelete, () => proxied.proxy.failWhen(() => true));
    const answer = await bot.send(
      cardAction(DATA_VERBS.confirmErase, { actionId }, { from: LARS }),
    );
    proxied.proxy.failWhen(null);
    const said = invokeMessage(answer) ?? "";
    expect(said).not.toContain("intet er ændret");
    expect(said).toContain("Jeg ved ikke, om sletningen nåede at begynde");
    expect(await proxied.testStore.store.teams.item("profile", TEAM.id).read()).toMatchObject({
      statusCode: 404,
    });

    // Back again: the approver finishes it.
    const again = cardOf((await bot.send(message("slet data", { from: LARS }))).replies[0]);
    expect(cardText(again)).toContain("En tidligere sletning blev ikke gjort færdig");
    const finish = String(
      (again as { actions?: { data?: { actionId?: string } }[] }).actions?.[0]?.data?.actionId,
    );
    const done = await bot.send(
      cardAction(DATA_VERBS.confirmErase, { actionId: finish }, { from: LARS }),
    );
    expect(cardText(invokeCard(done))).toContain("Teamets data er slettet");
    expect(
      (await createRepositories(proxied.testStore.store).teamData.exportTeam(TEAM.id)).documents,
    ).toEqual([]);
  });
});
