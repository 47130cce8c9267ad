import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

const FAILURES = path.resolve(__dirname, "../../../test-output/failures");

/** What a person does in the Playground's Teams view, step by step. */
export class PlaygroundPage {
  constructor(readonly page: Page) {}

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
      fs.mkdirSync(FAILURES, { recursive: true });
      await this.page.screenshot({
        path: path.join(FAILURES, `waiting-for-${String(text).replace(/\W+/g, "-")}.png`),
        fullPage: true,
      });
      throw error;
    }
  }

  async screenshot(file: string): Promise<void> {
    await this.page.screenshot({ path: file, fullPage: true });
  }
}
