import fs from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";

const FAILURES = path.resolve(__dirname, "../../../test-output/failures");

/**
 * Labels every Adaptive Card the page shows with an id and returns each card's text. The
 * Playground lists channel threads newest first and a thread's replies oldest first, and it
 * updates a card in place when an action answers with a new card, so "the last card on the page"
 * is not the bot's newest answer: tests find it by what changed since their action.
 */
const SNAPSHOT_CARDS = `(() => {
  const cards = Array.from(document.querySelectorAll(".ac-adaptiveCard"));
  window.__igCardCount = window.__igCardCount || 0;
  return cards.map((card) => {
    if (!card.getAttribute("data-ig-card")) card.setAttribute("data-ig-card", String(++window.__igCardCount));
    return [card.getAttribute("data-ig-card"), card.innerText];
  });
})()`;

/** What a person does in the Playground's Teams view, step by step. */
export class PlaygroundPage {
  constructor(readonly page: Page) {}

  private async cardTexts(): Promise<Map<string, string>> {
    const pairs = (await this.page.evaluate(SNAPSHOT_CARDS)) as [string, string][];
    return new Map(pairs);
  }

  /**
   * Does `action` and returns the bot's card that it brought: a card that is new since, or whose
   * content changed, and that matches `expected`. Assertions then look at that card only.
   */
  async botCardAfter(
    action: () => Promise<void>,
    expected: string | RegExp,
    timeoutMs = 20_000,
  ): Promise<Locator> {
    const before = await this.cardTexts();
    await action();
    const matches = (text: string) =>
      typeof expected === "string" ? text.includes(expected) : expected.test(text);
    const deadline = Date.now() + timeoutMs;
    let changed: string[] = [];
    while (Date.now() < deadline) {
      const now = await this.cardTexts();
      changed = [...now].filter(([id, text]) => before.get(id) !== text).map(([id]) => id);
      const found = changed.find((id) => matches(now.get(id) ?? ""));
      if (found) return this.page.locator(`.ac-adaptiveCard[data-ig-card="${found}"]`);
      await this.page.waitForTimeout(200);
    }
    await this.keepFailureScreenshot(`card-${String(expected)}`);
    throw new Error(
      `no bot card matching ${String(expected)} appeared or changed within ${timeoutMs} ms (${changed.length} other card(s) changed)`,
    );
  }

  /** Posts `@Implementeringsguiden <text>` and returns the bot's answering card. */
  async ask(text: string, expected: string | RegExp): Promise<Locator> {
    return this.botCardAfter(() => this.postMentioningBot(text), expected);
  }

  /**
   * Waits `quietMs` after `action` and fails if a bot card matching `unexpected` appeared or
   * changed meanwhile. The wait must cover what the bot would take to answer, or the check
   * proves nothing: callers pass an action whose own answer they also await.
   */
  async expectNoBotCard(unexpected: string | RegExp, quietMs = 3_000): Promise<void> {
    const before = await this.cardTexts();
    await this.page.waitForTimeout(quietMs);
    const now = await this.cardTexts();
    const matches = (text: string) =>
      typeof unexpected === "string" ? text.includes(unexpected) : unexpected.test(text);
    const appeared = [...now].filter(([id, text]) => before.get(id) !== text && matches(text));
    const already = [...before].filter(([, text]) => matches(text));
    if (appeared.length > 0 || already.length > 0) {
      throw new Error(`a bot card matching ${String(unexpected)} is shown`);
    }
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByText("Teams Channel").waitFor();
  }

  async openChannel(name: string): Promise<void> {
    await this.page.getByText(name, { exact: true }).first().click();
    await this.composer().waitFor();
  }

  async openPersonalChat(): Promise<void> {
    await this.page.getByText("Personal Chat", { exact: true }).click();
    await this.composer().waitFor();
  }

  composer() {
    return this.page.locator("[data-lexical-editor=true]").first();
  }

  /** Types `@Implementeringsguiden <text>` choosing the bot from the mention picker, then posts. */
  async postMentioningBot(text: string): Promise<void> {
    await this.composer().click();
    await this.page.keyboard.type("@Implementeringsg");
    await this.page.getByRole("menuitem", { name: "Implementeringsguiden" }).click();
    await this.page.keyboard.type(` ${text}`);
    await this.send();
  }

  /** Writes `text` as it is (a personal chat needs no @mention) and returns the bot's card. */
  async say(text: string, expected: string | RegExp): Promise<Locator> {
    return this.botCardAfter(async () => {
      await this.composer().click();
      await this.page.keyboard.type(text);
      await this.send();
    }, expected);
  }

  /** Opens a card's dropdown by its label and picks an option (multi-selects close afterwards). */
  async chooseOption(label: RegExp, option: string): Promise<void> {
    await this.page.getByRole("combobox", { name: label }).first().click();
    // Single choice renders options; multi-select renders checkable menu items.
    await this.page
      .getByRole("option", { name: option })
      .or(this.page.getByRole("menuitemcheckbox", { name: option }))
      .first()
      .click();
    await this.page.keyboard.press("Escape");
  }

  /**
   * Picks a date in a card's calendar the way a person does: open it, page forward month by
   * month, click the day. (The Playground's date field does not take typed text.)
   */
  async pickDate(label: RegExp, isoDate: string): Promise<void> {
    const [year, month, day] = isoDate.split("-").map(Number);
    const monthName = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, 1)).toLocaleString("en-US", {
      month: "long",
      timeZone: "UTC",
    });
    await this.page.getByRole("combobox", { name: label }).first().click();
    const dialog = this.page.getByRole("dialog").first();
    const dayButton = dialog.getByRole("button", {
      name: `${day}, ${monthName}, ${year}`,
      exact: true,
    });
    for (let step = 0; step < 36 && (await dayButton.count()) === 0; step++) {
      // The calendar's arrows have no names: the second one goes forward a month.
      await dialog.locator("button:not([aria-label])").nth(1).click();
    }
    await dayButton.first().click();
  }

  async send(): Promise<void> {
    const post = this.page.getByRole("button", { name: /^(Post|Send)$/ });
    if ((await post.count()) > 0) await post.first().click();
    else await this.page.keyboard.press("Enter");
  }

  /** Waits for text to appear; on timeout keeps a screenshot of what the person saw instead. */
  async waitForText(text: string | RegExp, timeoutMs = 20_000): Promise<void> {
    try {
      await this.page.getByText(text).first().waitFor({ timeout: timeoutMs });
    } catch (error) {
      await this.keepFailureScreenshot(`waiting-for-${String(text)}`);
      throw error;
    }
  }

  private async keepFailureScreenshot(name: string): Promise<void> {
    fs.mkdirSync(FAILURES, { recursive: true });
    await this.page.screenshot({
      path: path.join(FAILURES, `${name.replace(/\W+/g, "-").slice(0, 80)}.png`),
      fullPage: true,
    });
  }

  async screenshot(file: string): Promise<void> {
    await this.page.screenshot({ path: file, fullPage: true });
  }
}
