import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator } from "playwright-core";
import { allText, readDocx } from "../support/docx-text";
import { browserAvailable, launchChromium } from "./support/browser";
import { startLocalBot, type LocalBot } from "./support/local-bot";
import { PlaygroundPage } from "./support/playground-page";
import { freePorts } from "./support/ports";

const SCREENSHOTS = path.resolve(__dirname, "../../test-output/screenshots");
const MANAGER_ROSTER = path.resolve(__dirname, "../../playground/manager");
const MILESTONE = "Værktøjerne til implementeringsplanen er anvendt";
const ANSWER = "Interessentanalysen er lavet på opstartsmødet i februar.";

describe.skipIf(!browserAvailable())("eksportér plan in the Playground", () => {
  let bot: LocalBot | undefined;
  let browser: Browser;
  let ports: { port: number; playgroundPort: number };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ig-e2e-plan-"));

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
    ports = await freePorts();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });

  async function openGeneral(): Promise<PlaygroundPage> {
    if (!bot) throw new Error("bot not started");
    const page = new PlaygroundPage(
      await browser.newPage({ viewport: { width: 1400, height: 2200 }, locale: "da-DK" }),
    );
    await page.open(bot.playgroundUrl);
    await page.openChannel("General");
    return page;
  }

  /** The overview's row of a milestone, as in milestones.e2e.test.ts. */
  function rowOf(card: Locator, title: string): Locator {
    return card
      .locator(".ac-container", { hasText: title })
      .filter({ has: card.page().getByRole("button", { name: "Åbn" }) })
      .last();
  }

  it("after a milestone is answered and approved, gives a link to a plan with the municipality, the answer and the approver", async () => {
    bot = await startLocalBot({ ...ports, dataDir });
    const page = await openGeneral();

    // Mette sets the team up and sends a milestone for approval.
    const form = await page.ask("opsætning", "Opsætning af Implementeringsguiden");
    await page.chooseOption(/Metode/, "Social Færdighedstræning (SFT)");
    await form
      .getByRole("textbox", { name: /Kommune \/ organisation/ })
      .first()
      .fill("Aarhus Kommune");
    await page.pickDate(/Startdato/, "2027-02-01");
    await page.chooseOption(/Godkendere/, "Lars Nielsen");
    await page.botCardAfter(
      () => form.getByRole("button", { name: "Gem opsætning" }).first().click(),
      "Opsætning: Aarhus Kommune",
    );
    const overview = await page.ask("milepæle", "0 af 16 milepæle er godkendt.");
    const card = await page.botCardAfter(
      () => rowOf(overview, MILESTONE).getByRole("button", { name: "Åbn" }).click(),
      "1. Er interessentanalysen udarbejdet?",
    );
    await card.getByRole("textbox", { name: /Er interessentanalysen udarbejdet/ }).fill(ANSWER);
    await card.getByRole("radio", { name: "Delvist på plads" }).check();
    await page.botCardAfter(
      () => card.getByRole("button", { name: "Send til godkendelse" }).click(),
      `Til godkendelse: ${MILESTONE}`,
    );
    await page.page.close();

    // Lars, the approver, approves it, then exports the plan.
    await bot.stop();
    bot = await startLocalBot({ ...ports, dataDir, playgroundConfigDir: MANAGER_ROSTER });
    const manager = await openGeneral();
    const list = await manager.ask("godkendelser", "Én milepæl venter på godkendelse.");
    await manager.botCardAfter(
      () => list.getByRole("button", { name: "Godkend" }).first().click(),
      "Godkendt af Lars Nielsen",
    );

    const offer = await manager.ask("eksportér plan", "Implementeringsplan for Aarhus Kommune");
    await offer.screenshot({ path: path.join(SCREENSHOTS, "plan-export-card.png") });
    const linkCard = await manager.botCardAfter(
      () => offer.getByRole("button", { name: "Hent implementeringsplanen (Word)" }).click(),
      "Implementeringsplanen er klar",
    );
    await linkCard.screenshot({ path: path.join(SCREENSHOTS, "plan-export-link.png") });

    // The browser would download the file; the test takes the link instead and reads it itself.
    let link: string | undefined;
    await manager.page.context().route("**/api/plans/**", async (route) => {
      link = route.request().url();
      await route.abort();
    });
    // The Playground renders Action.OpenUrl as a link-like button.
    await linkCard
      .getByRole("button", { name: "Hent Word-fil" })
      .or(linkCard.getByRole("link", { name: "Hent Word-fil" }))
      .or(linkCard.getByText("Hent Word-fil", { exact: true }))
      .first()
      .click();
    await expect.poll(() => link, { timeout: 20_000 }).toMatch(/\/api\/plans\//);

    const download = await fetch(link ?? "");
    expect(download.status).toBe(200);
    const file = Buffer.from(await download.arrayBuffer());
    // Kept for a look (npm run plan:preview renders .docx files in test-output/plan-preview).
    const kept = path.resolve(__dirname, "../../test-output/plan-preview");
    fs.mkdirSync(kept, { recursive: true });
    fs.writeFileSync(path.join(kept, "playground-plan.docx"), file);
    const docx = readDocx(file);
    expect(docx.paragraphs).toContain("Aarhus Kommune");
    expect(docx.paragraphs).toContain(ANSWER);
    expect(allText(docx)).toMatch(
      /Godkendt af Lars Nielsen \d+\. \p{L}+ \d{4} kl\. \d\d\.\d\d \(version 1\)/u,
    );
    expect(docx.paragraphs).toContain("Lars Nielsen");

    // The link works once.
    expect((await fetch(link ?? "")).status).toBe(404);
  }, 300_000);
});
