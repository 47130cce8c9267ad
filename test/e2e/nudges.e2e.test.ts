import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { isWorkingDay, nudgeTimeOfMonth } from "../../src/domain/schedule";
import { nextMonth } from "../../src/domain/schedule/calendar";
import { nthWeekdayOfMonth } from "../../src/domain/schedule/recurrence";
import { todayInCopenhagen } from "../../src/domain/dates";
import { formatWhen } from "../../src/features/nudges/texts";
import { browserAvailable, launchChromium } from "./support/browser";
import { startLocalBot, type LocalBot } from "./support/local-bot";
import { PlaygroundPage } from "./support/playground-page";
import { freePorts } from "./support/ports";

const SCREENSHOTS = path.resolve(__dirname, "../../test-output/screenshots");
const PROJECT_ROOT = path.resolve(__dirname, "../..");

/** `npm run nudges -- …` against the bot on `port`, as a developer types it. */
function runNudges(port: number, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "nudges", "--", ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`npm run nudges failed:\n${output}`)),
    );
  });
}

describe.skipIf(!browserAvailable())("the monthly nudge in the Playground", () => {
  let bot: LocalBot | undefined;
  let browser: Browser;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ig-e2e-nudges-"));

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });

  it("posts one nudge in General naming next month's status meeting, once, and Markér som holdt works", async () => {
    const ports = await freePorts();
    bot = await startLocalBot({ ...ports, dataDir });
    const page = new PlaygroundPage(
      await browser.newPage({ viewport: { width: 1400, height: 2200 }, locale: "da-DK" }),
    );
    await page.open(bot.playgroundUrl);
    await page.openChannel("General");
    await page.waitForText("Hej! Jeg er Implementeringsguiden");

    // Set up: SFT, starting the first of this month, status meeting "2. tirsdag 10:00".
    const thisMonth = todayInCopenhagen(new Date()).slice(0, 7);
    const form = await page.ask("opsætning", "Opsætning af Implementeringsguiden");
    await page.chooseOption(/Metode/, "Social Færdighedstræning (SFT)");
    await form
      .getByRole("textbox", { name: /Kommune \/ organisation/ })
      .first()
      .fill("Aarhus Kommune");
    await page.pickDate(/Startdato/, `${thisMonth}-01`);
    await page.chooseOption(/Godkendere/, "Lars Nielsen");
    await form
      .getByRole("textbox", { name: /Fast statusmøde/ })
      .first()
      .fill("2. tirsdag 10:00");
    await page.botCardAfter(
      () => form.getByRole("button", { name: "Gem opsætning" }).first().click(),
      "Opsætning: Aarhus Kommune",
    );

    // The first of next month at 08:30 UTC, or its send time when the 1st is no working day.
    const month = nextMonth(thisMonth);
    const now = isWorkingDay(`${month}-01`)
      ? `${month}-01T08:30:00Z`
      : new Date(nudgeTimeOfMonth(month).getTime() + 30 * 60_000).toISOString();
    const meeting = formatWhen(nthWeekdayOfMonth(month, 2, 2), "10:00", "da");

    let output = "";
    const nudge = await page.botCardAfter(async () => {
      output = await runNudges(ports.port, ["--now", now]);
    }, "Månedens overblik");
    expect(output).toContain("Aarhus Kommune: sent");
    const text = await nudge.innerText();
    expect(text).toContain("Statusmøde med Socialstyrelsen");
    expect(text).toContain(meeting);
    await page.screenshot(path.join(SCREENSHOTS, "nudge-card.png"));
    await nudge.screenshot({ path: path.join(SCREENSHOTS, "nudge-card-only.png") });

    // Running it again posts nothing new.
    const nudgesOnPage = () =>
      page.page.locator(".ac-adaptiveCard", { hasText: "Månedens overblik" }).count();
    const before = await nudgesOnPage();
    const again = await runNudges(ports.port, ["--now", now]);
    expect(again).toContain("Aarhus Kommune: already sent, nothing new");
    await page.page.waitForTimeout(3_000);
    expect(await nudgesOnPage()).toBe(before);

    // Flyt opens a date and a time field in the card itself.
    const move = nudge.getByRole("button", { name: "Flyt" }).first();
    await move.click();
    await expect.poll(() => nudge.innerText()).toContain("Ny dato");
    await nudge.screenshot({ path: path.join(SCREENSHOTS, "nudge-card-move-open.png") });
    await move.click();

    // Markér som holdt on this month's status meeting (the card's first row) is confirmed in the card.
    const marked = await page.botCardAfter(
      () => nudge.getByRole("button", { name: "Markér som holdt" }).first().click(),
      "som holdt.",
    );
    const after = await marked.innerText();
    expect(after).toContain(
      `Mette Sørensen markerede statusmøde med Socialstyrelsen den ${meeting.replace(/^\S+ den /, "").replace(/ kl\. .*$/, "")} som holdt.`,
    );
    expect(after).toContain("✓ Holdt");
    await marked.screenshot({ path: path.join(SCREENSHOTS, "nudge-card-marked-held.png") });
  }, 240_000);
});
