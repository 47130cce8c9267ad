import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { browserAvailable, launchChromium } from "./support/browser";
import { startLocalBot, type LocalBot } from "./support/local-bot";
import { PlaygroundPage } from "./support/playground-page";
import { freePorts } from "./support/ports";

const SCREENSHOTS = path.resolve(__dirname, "../../test-output/screenshots");

describe.skipIf(!browserAvailable())("team setup in the Playground survives a restart", () => {
  let bot: LocalBot | undefined;
  let browser: Browser;
  let ports: { port: number; playgroundPort: number };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ig-e2e-setup-"));

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
    ports = await freePorts();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });

  const MANAGER_ROSTER = path.resolve(__dirname, "../../playground/manager");

  async function openGeneral(): Promise<PlaygroundPage> {
    if (!bot) throw new Error("bot not started");
    const page = new PlaygroundPage(
      await browser.newPage({ viewport: { width: 1400, height: 1800 }, locale: "da-DK" }),
    );
    await page.open(bot.playgroundUrl);
    await page.openChannel("General");
    return page;
  }

  it("welcomes the team, saves the setup from the card, shows it after a restart, and lets the approver export", async () => {
    bot = await startLocalBot({ ...ports, dataDir });
    const page = await openGeneral();
    await page.waitForText("Hej! Jeg er Implementeringsguiden");
    await page.screenshot(path.join(SCREENSHOTS, "welcome-card.png"));

    const form = await page.ask("opsætning", "Opsætning af Implementeringsguiden");
    const p = page.page;
    await page.chooseOption(/Metode/, "Social Færdighedstræning (SFT)");
    await form
      .getByRole("textbox", { name: /Kommune \/ organisation/ })
      .first()
      .fill("Aarhus Kommune");
    await page.pickDate(/Startdato/, "2027-02-01");
    await page.chooseOption(/Godkendere/, "Lars Nielsen");
    await page.chooseOption(/Konsulenter/, "Sofie Jensen");
    await page.screenshot(path.join(SCREENSHOTS, "setup-card-filled.png"));
    const summary = await page.botCardAfter(
      () => form.getByRole("button", { name: "Gem opsætning" }).first().click(),
      "Opsætning: Aarhus Kommune",
    );
    await expect.poll(() => form.innerText()).toContain("Opsætningen er gemt");
    await page.screenshot(path.join(SCREENSHOTS, "setup-summary.png"));
    const summaryText = await summary.innerText();
    expect(summaryText).toContain("Social Færdighedstræning (SFT)");
    expect(summaryText).toContain("Lars Nielsen");
    expect(summaryText).toContain("Den 2. tirsdag i måneden kl. 10.00");
    expect(summaryText).toContain("Fra 1. februar 2027 til 31. juli 2027 (6 måneder)");
    expect(summaryText).toContain("mandag den 1. februar 2027");
    await p.close();

    await bot.stop();
    // Restarted, and this time the Playground's user is Lars, the manager chosen as approver.
    bot = await startLocalBot({ ...ports, dataDir, playgroundConfigDir: MANAGER_ROSTER });
    const again = await openGeneral();
    const saved = await again.ask("opsætning", "Opsætning af Implementeringsguiden");
    await again.screenshot(path.join(SCREENSHOTS, "setup-after-restart.png"));
    await expect
      .poll(() =>
        saved
          .getByRole("textbox", { name: /Kommune \/ organisation/ })
          .first()
          .inputValue(),
      )
      .toBe("Aarhus Kommune");
    expect(
      await saved
        .getByRole("combobox", { name: /Godkendere/ })
        .first()
        .inputValue(),
    ).toBe("Lars Nielsen");
    // The team is set up, so the Playground's install event on restart brings no second welcome
    // (it came before the answer above, so waiting a little longer covers it).
    await again.expectNoBotCard("Hej! Jeg er Implementeringsguiden");

    // As an approver, Lars can take the team's data out.
    const offer = await again.ask("eksportér data", "Eksport af teamets data");
    const link = await again.botCardAfter(
      () => offer.getByRole("button", { name: "Hent link til JSON-fil" }).first().click(),
      "Teamets data er klar",
    );
    await again.screenshot(path.join(SCREENSHOTS, "export-link-for-approver.png"));
    expect(await link.getByText("Hent JSON-fil", { exact: true }).count()).toBe(1);
  }, 180_000);
});
