import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRepositories } from "../../src/store/repositories";
import { createTestBot } from "../support/test-app";
import { startProxiedStore, type ProxiedStore } from "../support/proxied-store";
import {
  METTE,
  TEAM,
  cardOf,
  cardText,
  message,
  type BotHarness,
} from "../support/teams-activities";

describe("historik reads only what the answer needs", () => {
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
        language: "en",
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

  const profileReads = (since: number) =>
    proxied.proxy.seen.slice(since).filter((request) => request.endsWith("/docs/profile"));

  it("answers 'historik' in Danish from the audit trail alone: the Danish word chose the language", async () => {
    const before = proxied.proxy.seen.length;
    const { replies } = await bot.send(message("historik"));
    const text = cardText(cardOf(replies[0]));
    expect(text).toContain("Seneste ændringer");
    expect(text).toContain("satte teamet op");
    expect(profileReads(before)).toEqual([]);
  });

  it("reads the team's language for 'history', and answers in it", async () => {
    const before = proxied.proxy.seen.length;
    const { replies } = await bot.send(message("history", { locale: "da-DK" }));
    const text = cardText(cardOf(replies[0]));
    expect(text).toContain("Latest changes");
    expect(profileReads(before)).toHaveLength(1);
  });
});
