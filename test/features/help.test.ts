import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStore, type TestStore } from "../support/test-store";
import { createTestBot } from "../support/test-app";
import { cardOf, cardText, message, type BotHarness } from "../support/teams-activities";

describe("help", () => {
  let testStore: TestStore;
  let bot: BotHarness;

  beforeAll(async () => {
    testStore = await startTestStore();
    bot = createTestBot(testStore.store);
  });
  afterAll(() => testStore.stop());

  async function helpCardFor(text: string, options: Parameters<typeof message>[1] = {}) {
    const { replies } = await bot.send(message(text, options));
    expect(replies).toHaveLength(1);
    const card = cardOf(replies[0]);
    expect(card, "the answer is an Adaptive Card").toBeDefined();
    return cardText(card);
  }

  it("answers '@Implementeringsguiden hjælp' in a channel with the Danish card", async () => {
    const text = await helpCardFor("hjælp");
    expect(text).toContain("Det kan du skrive til mig");
    expect(text).toContain("Viser denne oversigt.");
    expect(text).toContain("@Implementeringsguiden hjælp");
    expect(text).not.toContain("Det forstod jeg ikke");
  });

  it("answers in English when the person's Teams locale is English", async () => {
    const text = await helpCardFor("help", { locale: "en-US" });
    expect(text).toContain("What you can write to me");
    expect(text).toContain("Shows this overview.");
    expect(text).not.toContain("Det kan du skrive til mig");
  });

  it("answers in Danish when a Danish-locale person writes the English word", async () => {
    const text = await helpCardFor("help", { locale: "da-DK" });
    expect(text).toContain("Det kan du skrive til mig");
  });

  it("answers in Danish when the person writes Danish, whatever the locale", async () => {
    const text = await helpCardFor("hjælp", { locale: "en-US" });
    expect(text).toContain("Det kan du skrive til mig");
  });

  it("accepts the command without accents and in capitals", async () => {
    expect(await helpCardFor("HJAELP")).toContain("Viser denne oversigt.");
  });

  it("answers text it does not understand with help and says so", async () => {
    const text = await helpCardFor("hvornår er næste supervision med kaffe?");
    expect(text).toContain("Det forstod jeg ikke");
    expect(text).toContain("Det kan du skrive til mig");
  });

  it("says 'did not understand' in English for an English locale", async () => {
    const text = await helpCardFor("what is this", { locale: "en-GB" });
    expect(text).toContain("I did not understand that");
  });

  it("answers a message that is only the @mention with help, without a complaint", async () => {
    const text = await helpCardFor("");
    expect(text).toContain("Det kan du skrive til mig");
    expect(text).not.toContain("Det forstod jeg ikke");
  });

  it("answers an empty personal-chat message with help and no channel hint", async () => {
    const text = await helpCardFor("   ", { place: "personal" });
    expect(text).toContain("Det kan du skrive til mig");
    expect(text).not.toContain("I en kanal skal du nævne mig");
  });
});
