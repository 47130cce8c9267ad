import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator } from "playwright-core";
import { browserAvailable, launchChromium } from "./support/browser";
import { startLocalBot, type LocalBot } from "./support/local-bot";
import { PlaygroundPage } from "./support/playground-page";
import { freePorts } from "./support/ports";

const SCREENSHOTS = path.resolve(__dirname, "../../test-output/screenshots");
const MANAGER_ROSTER = path.resolve(__dirname, "../../playground/manager");
const CONSULTANT_ROSTER = path.resolve(__dirname, "../../playground/consultant");
const MILESTONE = "Værktøjerne til implementeringsplanen er anvendt";

/** The first day of this month in Copenhagen: the team started then, so it is in month 1. */
function firstOfThisMonth(): string {
  const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(
    new Date(),
  );
  return `${today.slice(0, 7)}-01`;
}

/**
 * The charts a card shows, by the labels the Playground gives the chart elements it draws (a
 * client without them would show the text fallbacks instead).
 */
async function chartsIn(card: Locator): Promise<{ gauge: string; bars: string[] }> {
  const gauge = card.getByLabel(/Gauge chart/).first();
  const bars = card.getByRole("img", { name: /Total: \d+/ });
  return {
    gauge: (await gauge.count()) > 0 ? ((await gauge.getAttribute("aria-label")) ?? "") : "",
    bars: await bars.evaluateAll((found) => found.map((e) => e.getAttribute("aria-label") ?? "")),
  };
}

describe.skipIf(!browserAvailable())(
  "status and the consultant's portfolio in the Playground",
  () => {
    let bot: LocalBot | undefined;
    let browser: Browser;
    let ports: { port: number; playgroundPort: number };
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ig-e2e-status-"));

    beforeAll(async () => {
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      browser = await launchChromium();
      ports = await freePorts();
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await bot?.stop();
    });

    async function openPage(height = 2400): Promise<PlaygroundPage> {
      if (!bot) throw new Error("bot not started");
      const page = new PlaygroundPage(
        await browser.newPage({ viewport: { width: 1400, height }, locale: "da-DK" }),
      );
      await page.open(bot.playgroundUrl);
      return page;
    }

    async function openGeneral(): Promise<PlaygroundPage> {
      const page = await openPage();
      await page.openChannel("General");
      return page;
    }

    it("counts an approved milestone on the status card, and the consultant finds the team in her portfolio", async () => {
      // Mette sets the team up (Lars approves, Sofie consults), answers a milestone and sends it.
      bot = await startLocalBot({ ...ports, dataDir });
      const page = await openGeneral();
      const form = await page.ask("opsætning", "Opsætning af Implementeringsguiden");
      await page.chooseOption(/Metode/, "Social Færdighedstræning (SFT)");
      await form
        .getByRole("textbox", { name: /Kommune \/ organisation/ })
        .first()
        .fill("Aarhus Kommune");
      await page.pickDate(/Startdato/, firstOfThisMonth());
      await page.chooseOption(/Godkendere/, "Lars Nielsen");
      await page.chooseOption(/Konsulenter/, "Sofie Jensen");
      await page.botCardAfter(
        () => form.getByRole("button", { name: "Gem opsætning" }).first().click(),
        "Opsætning: Aarhus Kommune",
      );
      const overview = await page.ask("milepæle", "0 af 16 milepæle er godkendt.");
      const row = overview
        .locator(".ac-container", { hasText: MILESTONE })
        .filter({ has: page.page.getByRole("button", { name: "Åbn" }) })
        .last();
      const card = await page.botCardAfter(
        () => row.getByRole("button", { name: "Åbn" }).click(),
        "1. Er interessentanalysen udarbejdet?",
      );
      await card
        .getByRole("textbox", { name: /Er interessentanalysen udarbejdet/ })
        .fill("Interessentanalysen er lavet på opstartsmødet.");
      await card.getByRole("radio", { name: "Delvist på plads" }).check();
      await page.botCardAfter(
        () => card.getByRole("button", { name: "Send til godkendelse" }).click(),
        `Til godkendelse: ${MILESTONE}`,
      );
      await page.page.close();
      await bot.stop();

      // Lars approves it from the list in the channel, then asks for the status.
      bot = await startLocalBot({ ...ports, dataDir, playgroundConfigDir: MANAGER_ROSTER });
      const manager = await openGeneral();
      const list = await manager.ask("godkendelser", "Én milepæl venter på godkendelse.");
      await manager.botCardAfter(
        () => list.getByRole("button", { name: "Godkend" }).first().click(),
        "Godkendt af Lars Nielsen",
      );
      const status = await manager.ask("status", "Forberedelsesfasen · måned 1 af ca. 6");
      await status.scrollIntoViewIfNeeded();
      const statusText = await status.innerText();
      expect(statusText).toContain("Aarhus Kommune");
      expect(statusText).toContain("Social Færdighedstræning (SFT)");
      expect(statusText).toContain("1 / 16");
      expect(statusText).toContain("Teamets vurdering: 0 på plads · 1 delvist · 11 ikke påbegyndt");
      expect(statusText).toContain(
        "Godkendelse: 1 godkendt · 0 afventer · 0 sendt tilbage · 11 kladde",
      );
      // The charts are drawn, not their text fallbacks, and count the approval.
      const charts = await chartsIn(status);
      expect(charts.gauge).toContain("Godkendte milepæle, Gauge chart");
      expect(charts.bars[0]).toContain("Forberedelsesfasen, Total: 12, Godkendt: 1");
      expect(statusText).not.toContain("█");
      await status.screenshot({ path: path.join(SCREENSHOTS, "status-card.png") });
      await manager.page.close();
      await bot.stop();

      // Restarted on the same data as Sofie, the consultant: her portfolio in a personal chat.
      bot = await startLocalBot({ ...ports, dataDir, playgroundConfigDir: CONSULTANT_ROSTER });
      const sofie = await openPage(1600);
      await sofie.openPersonalChat();
      const portfolio = await sofie.say("status", "Dine teams");
      const portfolioText = await portfolio.innerText();
      expect(portfolioText).toContain("Aarhus Kommune");
      expect(portfolioText).toContain("Forberedelsesfasen · måned 1 af ca. 6");
      expect(portfolioText).toContain("1 af 16 godkendt");
      expect(portfolioText).toContain("Trafiklyset");
      await portfolio.screenshot({ path: path.join(SCREENSHOTS, "status-portfolio.png") });

      const opened = await sofie.botCardAfter(
        () => portfolio.getByRole("button", { name: "Vis status" }).first().click(),
        "Milepælene åbnes i teamets kanal.",
      );
      const openedText = await opened.innerText();
      expect(openedText).toContain("Aarhus Kommune");
      expect(openedText).toContain("Forberedelsesfasen · måned 1 af ca. 6");
      expect((await chartsIn(opened)).bars).toHaveLength(4);
      await opened.screenshot({ path: path.join(SCREENSHOTS, "status-card-personal.png") });

      const direct = await sofie.say("status aarhus", "Milepælene åbnes i teamets kanal.");
      expect(await direct.innerText()).toContain("Aarhus Kommune");
      await sofie.page.close();
    }, 400_000);
  },
);
