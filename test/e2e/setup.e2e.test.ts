import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { browserAvailable, launchChromium } from "./support/browser";
import { startLocalBot, type LocalBot } from "./support/local-bot";
import { PlaygroundPage } from "./support/playground-page";

const SCREENSHOTS = path.resolve(__dirname, "../../test-output/screenshots");
const PORTS = { port: 39782, playgroundPort: 56162 };

describe.skipIf(!browserAvailable())("team setup in the Playground survives a restart", () => {
  let bot: LocalBot | undefined;
  let browser: Browser;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ig-e2e-setup-"));

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
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
    bot = await startLocalBot({ ...PORTS, dataDir });
    const page = await openGeneral();
    await page.waitForText("Hej! Jeg er Implementeringsguiden");
    await page.screenshot(path.join(SCREENSHOTS, "welcome-card.png"));

    await page.postMentioningBot("opsætning");
    await page.waitForText("Opsætning af Implementeringsguiden");
    const p = page.page;
    await page.chooseOption(/Metode/, "Social Færdighedstræning (SFT)");
    await p
      .getByRole("textbox", { name: /Kommune \/ organisation/ })
      .first()
      .fill("Aarhus Kommune");
    await page.pickDate(/Startdato/, "2027-02-01");
    await page.chooseOption(/Godkendere/, "Lars Nielsen");
    await page.chooseOption(/Konsulenter/, "Sofie Jensen");
    await page.screenshot(path.join(SCREENSHOTS, "setup-card-filled.png"));
    await p.getByRole("button", { name: "Gem opsætning" }).first().click();

    await page.waitForText("Opsætning: Aarhus Kommune");
    await page.waitForText("Opsætningen er gemt");
    await page.screenshot(path.join(SCREENSHOTS, "setup-summary.png"));
    const summary = await p.locator("body").innerText();
    expect(summary).toContain("Social Færdighedstræning (SFT)");
    expect(summary).toContain("Lars Nielsen");
    expect(summary).toContain("Den 2. tirsdag i måneden kl. 10.00");
    expect(summary).toContain("Fra 1. februar 2027 til 31. juli 2027 (6 måneder)");
    expect(summary).toContain("mandag den 1. februar 2027");
    await p.close();

    await bot.stop();
    // Restarted, and this time the Playground's user is Lars, the manager chosen as approver.
    bot = await startLocalBot({ ...PORTS, dataDir, playgroundConfigDir: MANAGER_ROSTER });
    const again = await openGeneral();
    await again.postMentioningBot("opsætning");
    await again.waitForText("Opsætning af Implementeringsguiden");
    await again.screenshot(path.join(SCREENSHOTS, "setup-after-restart.png"));
    await expect
      .poll(() =>
        again.page
          .getByRole("textbox", { name: /Kommune \/ organisation/ })
          .first()
          .inputValue(),
      )
      .toBe("Aarhus Kommune");
    expect(
      await again.page
        .getByRole("combobox", { name: /Godkendere/ })
        .first()
        .inputValue(),
    ).toBe("Lars Nielsen");
    // The team is set up, so the Playground's install event on restart brings no second welcome.
    expect(await again.page.getByText("Hej! Jeg er Implementeringsguiden").count()).toBe(0);

    // As an approver, Lars can take the team's data out.
    await again.postMentioningBot("eksportér data");
    await again.waitForText("Eksport af teamets data");
    await again.page.getByRole("button", { name: "Hent link til JSON-fil" }).first().click();
    await again.waitForText("Teamets data er klar");
    await again.screenshot(path.join(SCREENSHOTS, "export-link-for-approver.png"));
    expect(await again.page.getByText("Hent JSON-fil", { exact: true }).count()).toBeGreaterThan(0);
  }, 180_000);
});
