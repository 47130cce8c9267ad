import fs from "node:fs";
import path from "node:path";
import * as ACData from "adaptivecards-templating";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as render from "../../src/cards/render";
import { getProgramme } from "../../src/domain/catalog";
import { renderNudgeCard } from "../../src/features/nudges/nudge-card";
import { decideNudge } from "../../src/features/nudges/nudge-content";
import { NO_MILESTONE_NEWS } from "../../src/features/nudges/milestone-digest";
import { findProjectRoot } from "../../src/paths";
import { CARDS_MET_IN_CONVERSATION } from "./conversation-card-names";
import { press } from "../features/support/cards";
import { answerCard, openMilestone, PLANNING_QUESTIONS } from "../features/support/milestone-bot";
import { startMockConnector, type MockConnector } from "../support/mock-connector";
import { setUpTeam } from "../support/setup-fixture";
import { createTestBot } from "../support/test-app";
import { startTestStore, type TestStore } from "../support/test-store";
import { LARS, METTE, SOFIE, AHMED, cardOf, message } from "../support/teams-activities";

/**
 * `renderTemplate` keeps one parsed template per card. Beside the hand-made fixtures in
 * render.test.ts, this checks the data the features really bind: a conversation through the real
 * app (setup, milestones, approval, history, help) and a nudge, each card compared with what a
 * freshly parsed template gives. Every template in cards/ must be met here or in render.test.ts.
 */

const CARDS_DIR = path.join(findProjectRoot(), "cards");

function freshlyParsed(name: string, data: object): unknown {
  const json: unknown = JSON.parse(fs.readFileSync(path.join(CARDS_DIR, `${name}.json`), "utf8"));
  return new ACData.Template(json).expand({ $root: data });
}

describe("cards the features render in a conversation", () => {
  let testStore: TestStore;
  let connector: MockConnector;
  const rendered: { name: string; data: object; card: unknown }[] = [];

  beforeAll(async () => {
    testStore = await startTestStore();
    connector = await startMockConnector();
    connector.setMembers([METTE, LARS, SOFIE, AHMED]);
    const original = render.renderTemplate;
    const spy = vi.spyOn(render, "renderTemplate").mockImplementation((name, data) => {
      // A deep copy: the data is compared after the conversation, when callers may have reused it.
      const card = original(name, data);
      rendered.push({ name, data: structuredClone(data), card: structuredClone(card) });
      return card;
    });
    try {
      const bot = createTestBot(testStore.store, { connectorUrl: connector.url });
      await setUpTeam(bot);
      await bot.send(message("milepæle"));
      const milestone = await openMilestone(bot);
      const saved = await bot.send(
        press(milestone, "Gem kladde", { [`answer-${PLANNING_QUESTIONS[0]}`]: "Lavet i maj." }),
      );
      await bot.send(press(answerCard(saved), "Vis versioner"));
      const sent = await bot.send(press(answerCard(saved), "Send til godkendelse"));
      const approval = cardOf(sent.replies[0]);
      await bot.send(message("godkendelser", { from: LARS }));
      await bot.send(press(approval, "Godkend", {}, { from: LARS }));
      await bot.send(message("status"));
      await bot.send(message("status", { place: "personal", from: SOFIE }));
      await bot.send(message("historik"));
      await bot.send(message("hjælp"));
      const sft = getProgramme("social-skills-training");
      if (sft) {
        const decision = decideNudge({
          profile: {
            teamId: "19:team",
            programmeId: sft.id,
            organisationName: "Aarhus Kommune",
            startDate: "2027-02-01",
            language: "da",
            projectLeader: METTE,
            approvers: [LARS],
            consultants: [SOFIE],
            slots: {
              statusMeeting: { cadence: "monthly", week: 2, weekday: 2, time: "10:00" },
              supervision: { cadence: "monthly", week: 3, weekday: 4, time: "13:00" },
            },
            version: 1,
            updatedAt: "2027-01-10T09:00:00.000Z",
            updatedBy: METTE,
          },
          programme: sft,
          overrides: [],
          milestones: NO_MILESTONE_NEWS,
          month: "2027-09",
          now: new Date("2027-09-01T07:00:00Z"),
        });
        if (decision.send) renderNudgeCard(decision.content, { actionId: "nudge-card-0001" });
      }
    } finally {
      spy.mockRestore();
    }
  }, 60_000);
  afterAll(async () => {
    await testStore.stop();
    await connector.stop();
  });

  it("met every card render.test.ts leaves to it", () => {
    const names = new Set(rendered.map((r) => r.name));
    for (const card of CARDS_MET_IN_CONVERSATION) expect([...names], card).toContain(card);
  });

  it("renders each of them exactly as a freshly parsed template does", () => {
    for (const { name, data, card } of rendered) {
      expect(card, name).toEqual(freshlyParsed(name, data));
    }
  });
});
