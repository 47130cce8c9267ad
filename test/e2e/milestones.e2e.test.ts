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
const MILESTONE = "Værktøjerne til implementeringsplanen er anvendt";
const ANSWER = "Interessentanalysen er lavet på opstartsmødet i februar.";

describe.skipIf(!browserAvailable())("milestones and approval in the Playground", () => {
  let bot: LocalBot | undefined;
  let browser: Browser;
  let ports: { port: number; playgroundPort: number };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ig-e2e-milestones-"));

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

  /**
   * The overview's row of a milestone: the innermost container holding its title and an Åbn
   * button (the Playground renders a ColumnSet as nested containers; ancestors come first).
   */
  function rowOf(card: Locator, title: string): Locator {
    return card
      .locator(".ac-container", { hasText: title })
      .filter({ has: card.page().getByRole("button", { name: "Åbn" }) })
      .last();
  }

  /** Mette sets the team up with Lars as the approver, as in the setup test. */
  async function setUpTeam(page: PlaygroundPage): Promise<void> {
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
  }

  it("the project leader answers and sends a milestone, cannot approve it herself, and the manager approves it after a restart", async () => {
    bot = await startLocalBot({ ...ports, dataDir });
    const page = await openGeneral();
    await setUpTeam(page);

    const overview = await page.ask("milepæle", "0 af 16 milepæle er godkendt.");
    await overview.scrollIntoViewIfNeeded();
    await overview.screenshot({ path: path.join(SCREENSHOTS, "milestones-overview.png") });
    const overviewText = await overview.innerText();
    for (const group of ["Forberedelsesfasen", "Kompetenceudvikling", "Forandringsfasen"]) {
      expect(overviewText).toContain(group);
    }

    const row = rowOf(overview, MILESTONE);
    const card = await page.botCardAfter(
      () => row.getByRole("button", { name: "Åbn" }).click(),
      "1. Er interessentanalysen udarbejdet?",
    );
    await card.getByRole("textbox", { name: /Er interessentanalysen udarbejdet/ }).fill(ANSWER);
    await card.getByRole("radio", { name: "Delvist på plads" }).check();
    await card.screenshot({ path: path.join(SCREENSHOTS, "milestone-card.png") });

    await card.getByRole("button", { name: "Gem kladde" }).click();
    await expect.poll(() => card.innerText(), { timeout: 20_000 }).toContain("Gemt.");
    expect(await card.innerText()).toContain("Senest gemt af Mette Sørensen");
    await card.screenshot({ path: path.join(SCREENSHOTS, "milestone-card-saved.png") });

    await card.getByRole("button", { name: "Vis versioner" }).click();
    await expect
      .poll(() => card.innerText(), { timeout: 20_000 })
      .toContain("Version 1 · Mette Sørensen");
    expect(await card.innerText()).toContain(
      "Ændrede spørgsmål 1 og vurderingen (Delvist på plads).",
    );
    await card.screenshot({ path: path.join(SCREENSHOTS, "milestone-versions.png") });
    await card.getByRole("button", { name: "Tilbage til milepælen" }).click();
    await expect
      .poll(() => card.innerText(), { timeout: 20_000 })
      .toContain("Send til godkendelse");

    const approval = await page.botCardAfter(
      () => card.getByRole("button", { name: "Send til godkendelse" }).click(),
      `Til godkendelse: ${MILESTONE}`,
    );
    const approvalText = await approval.innerText();
    expect(approvalText).toContain("Afventer godkendelse fra Lars Nielsen");
    expect(approvalText).toContain(ANSWER);
    expect(approvalText).toContain("Delvist på plads");
    await approval.screenshot({ path: path.join(SCREENSHOTS, "approval-card.png") });

    // Mette leads the project but is no approver: her click is refused on the server.
    await approval.getByRole("button", { name: "Godkend" }).click();
    await expect
      .poll(() => approval.innerText(), { timeout: 20_000 })
      .toContain("Kun teamets godkendere kan godkende");
    await approval.screenshot({ path: path.join(SCREENSHOTS, "approval-refused.png") });
    await page.page.close();

    await bot.stop();
    // Restarted on the same data, and this time the Playground's user is Lars, the approver.
    bot = await startLocalBot({ ...ports, dataDir, playgroundConfigDir: MANAGER_ROSTER });
    // In his personal chat he sees what waits for him across his teams.
    const personal = new PlaygroundPage(
      await browser.newPage({ viewport: { width: 1400, height: 1600 }, locale: "da-DK" }),
    );
    await personal.open(bot.playgroundUrl);
    await personal.openPersonalChat();
    const mine = await personal.say("godkendelser", "Én milepæl venter på godkendelse.");
    expect(await mine.innerText()).toContain("Aarhus Kommune");
    await mine.screenshot({ path: path.join(SCREENSHOTS, "approvals-personal-chat.png") });
    await personal.page.close();

    const again = await openGeneral();
    const list = await again.ask("godkendelser", "Én milepæl venter på godkendelse.");
    expect(await list.innerText()).toContain(MILESTONE);
    await list.screenshot({ path: path.join(SCREENSHOTS, "approvals-list.png") });
    const decided = await again.botCardAfter(
      () => list.getByRole("button", { name: "Godkend" }).first().click(),
      "Godkendt af Lars Nielsen",
    );
    await decided.screenshot({ path: path.join(SCREENSHOTS, "approval-approved.png") });

    const after = await again.ask("milepæle", "1 af 16 milepæle er godkendt.");
    const approvedRow = rowOf(after, MILESTONE);
    expect(await approvedRow.innerText()).toContain("Godkendt");
    expect(await approvedRow.innerText()).toContain("Delvist på plads");
    await after.screenshot({ path: path.join(SCREENSHOTS, "milestones-overview-approved.png") });
  }, 300_000);
});
