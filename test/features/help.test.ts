import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStore, type TestStore } from "../support/test-store";
import { createTestBot } from "../support/test-app";
import {
  METTE,
  TEAM,
  cardOf,
  cardText,
  message,
  type BotHarness,
} from "../support/teams-activities";
import { startProxiedStore, type ProxiedStore } from "../support/proxied-store";
import { createRepositories } from "../../src/store/repositories";

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

describe("help reads the store only when the team's language decides", () => {
  let proxied: ProxiedStore;
  let bot: BotHarness;

  beforeAll(async () => {
    proxied = await startProxiedStore();
    await createRepositories(proxied.store).profiles.create(
      {
        teamId: TEAM.id,
        programmeId: "social-skills-training",
        organisationName: "Aarhus Kommune",
        startDate: "2027-02-01",
        language: "da",
        projectLeader: METTE,
        approvers: [METTE],
        consultants: [],
        slots: {
          statusMeeting: { cadence: "monthly", week: 2, weekday: 2, time: "10:00" },
          supervision: { cadence: "monthly", week: 3, weekday: 4, time: "13:00" },
        },
      },
      { actor: METTE, action: "setup.created" },
    );
    bot = createTestBot(proxied.store);
  });
  afterAll(() => proxied.stop());

  it("answers 'hjælp' without a store round trip: the Danish words already chose Danish", async () => {
    const before = proxied.proxy.seen.length;
    const { replies } = await bot.send(message("hjælp", { locale: "en-US" }));
    expect(cardText(cardOf(replies[0]))).toContain("Det kan du skrive til mig");
    expect(proxied.proxy.seen.slice(before)).toEqual([]);
  });

  it("reads the team's language when the words do not decide it ('help' from an English Teams)", async () => {
    const before = proxied.proxy.seen.length;
    const { replies } = await bot.send(message("help", { locale: "en-US" }));
    expect(cardText(cardOf(replies[0]))).toContain("Det kan du skrive til mig");
    expect(proxied.proxy.seen.slice(before)).toHaveLength(1);
  });
});
