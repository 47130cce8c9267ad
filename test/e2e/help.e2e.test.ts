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

describe.skipIf(!browserAvailable())("help in the Playground's Teams channel", () => {
  let bot: LocalBot;
  let browser: Browser;

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ig-e2e-help-"));
    bot = await startLocalBot({ ...(await freePorts()), dataDir });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });

  it("answers @Implementeringsguiden help in General with the Danish help card", async () => {
    // A Danish user's browser: the Playground takes the activity locale from it.
    const page = new PlaygroundPage(
      await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: "da-DK" }),
    );
    await page.open(bot.playgroundUrl);
    await page.openChannel("General");
    const card = await page.ask("hjælp", "Det kan du skrive til mig");
    await page.screenshot(path.join(SCREENSHOTS, "help-card-general-channel.png"));

    const text = await card.innerText();
    expect(text).toContain("Implementeringsguiden");
    expect(text).toContain("Viser denne oversigt.");
    expect(text).toMatch(/@Implementeringsguiden hjælp/);
    expect(text).not.toContain("Det forstod jeg ikke");
  }, 90_000);
});
