import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import { DATA_VERBS } from "../../../src/features/data-protection/verbs";
import { PLAN_VERBS } from "../../../src/features/plan-export/verbs";
import { createServer, listen } from "../../../src/server";
import { silentLogger } from "../../../src/logger";
import { createRepositories } from "../../../src/store/repositories";
import { createTeamsAdapter } from "../../../src/teams/adapter";
import { invokeCard, invokeMessage, openUrls } from "../../support/card-responses";
import { allText, readDocx } from "../../support/docx-text";
import { startMockConnector, type MockConnector } from "../../support/mock-connector";
import { setUpTeam } from "../../support/setup-fixture";
import { createTestBot, type TestBot } from "../../support/test-app";
import { startTestStore, type TestStore } from "../../support/test-store";
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
  type Sender,
} from "../../support/teams-activities";
import { buttonsOf, press } from "../support/cards";
import {
  answerCard,
  emptyStore,
  openMilestone,
  PLANNING_QUESTIONS,
} from "../support/milestone-bot";

/** In the team's channel but not among its members (Teams' member list says so). */
const OUTSIDER: Sender = { id: "29:outsider", name: "Ole Udefra", aadObjectId: "aad-outsider" };
const ANSWER = "Interessentanalysen er lavet på opstartsmødet i februar.";
/** 24 November 2026, 10.15 in Copenhagen; the team starts 1 February 2027. */
const NOW = "2026-11-24T09:15:00Z";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe("eksportér plan: the plans as Word files for the team's members", () => {
  let testStore: TestStore;
  let connector: MockConnector;
  let baseUrl: string;
  let stopServer: () => void;
  let bot: TestBot;
  /** The bot's clock, which each test sets: the links and the documents are dated by it. */
  let now = NOW;

  beforeAll(async () => {
    testStore = await startTestStore();
    connector = await startMockConnector();
    connector.setMembers([METTE, LARS, SOFIE, AHMED]);
    bot = createTestBot(testStore.store, {
      clock: { now: () => new Date(now) },
      connectorUrl: connector.url,
    });
    const server = createServer({
      adapter: createTeamsAdapter({ mode: "unauthenticated" }, silentLogger()),
      app: bot.app,
      isStoreHealthy: () => testStore.store.isHealthy(),
      logger: silentLogger(),
    });
    await listen(server, 0, "127.0.0.1");
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    stopServer = () => server.close();
  });
  afterAll(async () => {
    stopServer();
    await testStore.stop();
    await connector.stop();
  });
  beforeEach(async () => {
    await emptyStore(testStore.store);
    now = NOW;
  });

  /** The bot, with its clock at `instant`. */
  function botAt(instant: string): TestBot {
    now = instant;
    return bot;
  }

  /** The link points at the configured public address; the test server listens elsewhere. */
  const local = (url: string) => url.replace(/^https?:\/\/[^/]+/, baseUrl);

  /** Mette answers and sends the planning tools milestone; Lars approves it from the card. */
  async function answeredAndApproved(answer = ANSWER): Promise<void> {
    const card = await openMilestone(bot);
    const sent = await bot.send(
      press(card, "Send til godkendelse", {
        [`answer-${PLANNING_QUESTIONS[0]}`]: answer,
        assessment: "partially",
      }),
    );
    const approval = cardOf(sent.replies[0]);
    const decided = await bot.send(press(approval, "Godkend", {}, { from: LARS }));
    expect(cardText(answerCard(decided))).toContain("Godkendt af Lars Nielsen");
  }

  /** Writes the command as `from`, presses the card's button `title`, and returns the link. */
  async function linkFor(command: string, title: string, from: Sender) {
    const asked = await bot.send(message(command, { from }));
    const card = cardOf(asked.replies[0]);
    const pressed = await bot.send(press(card, title, {}, { from }));
    const [url] = openUrls(invokeCard(pressed));
    if (!url) throw new Error(`no link: ${JSON.stringify(pressed.invokeResponse)}`);
    return url;
  }

  it("gives any member a single-use link to a Word file with the municipality, the answer and its approver", async () => {
    await setUpTeam(bot);
    await answeredAndApproved();

    // Ahmed is in the team but named nowhere in its setup: a member is enough.
    const asked = await bot.send(message("eksportér plan", { from: AHMED }));
    const card = cardOf(asked.replies[0]);
    expect(cardText(card)).toContain("Implementeringsplan for Aarhus Kommune");
    expect(buttonsOf(card).map((b) => [b.title, b.verb, b.data])).toEqual([
      ["Hent implementeringsplanen (Word)", PLAN_VERBS.download, { plan: "implementation" }],
    ]);

    const pressed = await bot.send(
      press(card, "Hent implementeringsplanen (Word)", {}, { from: AHMED }),
    );
    const linkCard = invokeCard(pressed);
    expect(cardText(linkCard)).toContain("Implementeringsplanen er klar");
    expect(cardText(linkCard)).toContain("Linket virker én gang, indtil 24.11.2026 kl. 10.30");
    // The answer to a click goes to the person who clicked only: nothing is posted in the channel.
    expect(pressed.replies).toEqual([]);
    const [url] = openUrls(linkCard);
    expect(url).toMatch(new RegExp(`/api/plans/${encodeURIComponent(TEAM.id)}/[\\w-]{40,}$`));
    if (!url) throw new Error("no link");

    const download = await fetch(local(url));
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe(DOCX);
    expect(download.headers.get("content-disposition")).toBe(
      'attachment; filename="implementeringsplan-aarhus-kommune.docx"',
    );
    const docx = readDocx(Buffer.from(await download.arrayBuffer()));
    expect(docx.paragraphs).toContain("Aarhus Kommune");
    expect(docx.paragraphs).toContain(ANSWER);
    expect(docx.paragraphs).toContain(
      "Godkendt af Lars Nielsen 24. november 2026 kl. 10.15 (version 1)",
    );
    expect(allText(docx)).toContain(
      "Implementeringen løber fra 1. februar 2027 til 31. januar 2029.",
    );

    const again = await fetch(local(url));
    expect(again.status).toBe(404);
    expect(((await again.json()) as { message: string }).message).toContain("brugt eller udløbet");

    const history = await createRepositories(testStore.store).audit.list(TEAM.id, { limit: 10 });
    expect(history.events.map((e) => [e.action, e.actor.name])).toContainEqual([
      "plan.exportIssued",
      AHMED.name,
    ]);
  });

  it("refuses someone who is not a member of the team, even when they press a copied button", async () => {
    await setUpTeam(bot);
    const asked = await bot.send(message("eksportér plan", { from: OUTSIDER }));
    expect(asked.replies.map((r) => r.text)).toEqual(["Kun teamets medlemmer kan hente planen."]);
    const pressed = await bot.send(
      cardAction(PLAN_VERBS.download, { plan: "implementation" }, { from: OUTSIDER }),
    );
    expect(invokeMessage(pressed)).toBe("Kun teamets medlemmer kan hente planen.");
    expect(invokeCard(pressed)).toBeUndefined();
    const history = await createRepositories(testStore.store).audit.list(TEAM.id, { limit: 10 });
    expect(history.events.map((e) => e.action)).not.toContain("plan.exportIssued");
  });

  it("makes no link when Teams cannot say who the members are", async () => {
    await setUpTeam(bot);
    // A connector that refuses the member look-up (as Teams does when the bot lost access).
    const refusing = http.createServer((_request, response) => {
      response.writeHead(403, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: { code: "Forbidden", message: "no access" } }));
    });
    await new Promise<void>((resolve) => refusing.listen(0, "127.0.0.1", resolve));
    const port = (refusing.address() as AddressInfo).port;
    try {
      const blind = createTestBot(testStore.store, {
        clock: fixedClock(NOW),
        connectorUrl: `http://127.0.0.1:${port}`,
      });
      const pressed = await blind.send(
        cardAction(PLAN_VERBS.download, { plan: "implementation" }, { from: AHMED }),
      );
      expect(invokeMessage(pressed)).toBe(
        "Jeg kunne ikke slå teamets medlemmer op hos Teams lige nu, så jeg har ikke lavet et link. Prøv igen om lidt.",
      );
    } finally {
      refusing.close();
    }
  });

  it("answers outside the channel, before setup and for an outdated button without making a link", async () => {
    const personal = await bot.send(message("eksportér plan", { place: "personal" }));
    expect(personal.replies[0]?.text).toContain("Planen hentes i teamets kanal");
    const early = await bot.send(message("eksportér plan", { from: AHMED }));
    expect(early.replies[0]?.text).toContain("Teamet er ikke sat op endnu");
    await setUpTeam(bot);
    const forged = await bot.send(
      cardAction(PLAN_VERBS.download, { plan: "constructor" }, { from: AHMED }),
    );
    expect(invokeMessage(forged)).toContain("Knappen er fra et forældet kort");
  });

  it("keeps plan links and data-export links apart: neither opens the other", async () => {
    await setUpTeam(bot);
    const planUrl = await linkFor("eksportér plan", "Hent implementeringsplanen (Word)", AHMED);
    const token = planUrl.split("/").pop() ?? "";
    const asData = await fetch(`${baseUrl}/api/exports/${encodeURIComponent(TEAM.id)}/${token}`);
    expect(asData.status).toBe(404);
    // Trying did not spend it.
    expect((await fetch(local(planUrl))).status).toBe(200);

    const pressed = await bot.send(cardAction(DATA_VERBS.downloadExport, {}, { from: LARS }));
    const [dataUrl] = openUrls(invokeCard(pressed));
    const dataToken = dataUrl?.split("/").pop() ?? "";
    const asPlan = await fetch(`${baseUrl}/api/plans/${encodeURIComponent(TEAM.id)}/${dataToken}`);
    expect(asPlan.status).toBe(404);
  });

  it("offers the anchoring plan beside the implementation plan once the phase of anchoring has begun", async () => {
    await setUpTeam(botAt(NOW));
    const before = await botAt("2028-09-30T10:00:00Z").send(
      message("eksportér plan", { from: AHMED }),
    );
    expect(buttonsOf(cardOf(before.replies[0])).map((b) => b.title)).toEqual([
      "Hent implementeringsplanen (Word)",
    ]);
    const during = botAt("2028-10-01T10:00:00Z");
    const asked = await during.send(message("eksportér plan", { from: AHMED }));
    const card = cardOf(asked.replies[0]);
    expect(cardText(card)).toContain("I er i forankringsfasen");
    expect(buttonsOf(card).map((b) => [b.title, b.data])).toEqual([
      ["Hent implementeringsplanen (Word)", { plan: "implementation" }],
      ["Hent forankringsplanen (Word)", { plan: "anchoring" }],
    ]);
    const pressed = await during.send(
      press(card, "Hent forankringsplanen (Word)", {}, { from: AHMED }),
    );
    expect(cardText(invokeCard(pressed))).toContain("Forankringsplanen er klar");
    const [url] = openUrls(invokeCard(pressed));
    const download = await fetch(local(url ?? ""));
    expect(download.headers.get("content-disposition")).toContain(
      "forankringsplan-aarhus-kommune.docx",
    );
    const docx = readDocx(Buffer.from(await download.arrayBuffer()));
    expect(docx.paragraphs).toContain("FORANKRINGSPLAN");
    expect(docx.paragraphs).toContain("Status i forhold til implementeringsplanen");
  });

  it("gives the anchoring plan on request in any phase", async () => {
    await setUpTeam(bot);
    const url = await linkFor("eksportér forankringsplan", "Hent forankringsplanen (Word)", METTE);
    const docx = readDocx(Buffer.from(await (await fetch(local(url))).arrayBuffer()));
    expect(docx.paragraphs).toContain("FORANKRINGSPLAN");
    expect(docx.paragraphs).toContain("Ejerskab");
  });

  it("writes an English team's plan in English", async () => {
    await setUpTeam(bot, { language: "en" });
    const asked = await bot.send(message("export plan", { from: SOFIE, locale: "en-US" }));
    const card = cardOf(asked.replies[0]);
    expect(cardText(card)).toContain("Implementation plan for Aarhus Kommune");
    const url = await linkFor("export plan", "Download the implementation plan (Word)", SOFIE);
    const docx = readDocx(Buffer.from(await (await fetch(local(url))).arrayBuffer()));
    expect(docx.paragraphs).toContain("IMPLEMENTATION PLAN");
    expect(docx.paragraphs).toContain("Aarhus Kommune");
    expect(allText(docx)).toContain(
      "The implementation runs from 1 February 2027 to 31 January 2029.",
    );
  });

  it("never holds a CPR number: the answer that had one was refused and never stored", async () => {
    await setUpTeam(bot);
    const card = await openMilestone(bot);
    const refused = await bot.send(
      press(card, "Gem kladde", {
        [`answer-${PLANNING_QUESTIONS[0]}`]: "Borgeren med CPR 070911-1234 deltog.",
      }),
    );
    expect(cardText(answerCard(refused))).toContain("ligner et CPR-nummer");
    await answeredAndApproved();
    const url = await linkFor("eksportér plan", "Hent implementeringsplanen (Word)", METTE);
    const file = Buffer.from(await (await fetch(local(url))).arrayBuffer());
    const docx = readDocx(file);
    expect(docx.paragraphs).toContain(ANSWER);
    for (const xml of docx.parts.values()) {
      expect(xml.toString("utf8")).not.toMatch(/070911|0709111234/);
    }
  });
});
