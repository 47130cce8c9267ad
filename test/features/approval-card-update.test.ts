import type { Activity } from "botbuilder";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerKey } from "../../src/domain/team/answer-key";
import { MILESTONE_VERBS } from "../../src/features/milestones/verbs";
import { createRepositories } from "../../src/store/repositories";
import { postActivity, serveBot, type ServedBot } from "../support/http-bot";
import { startRecordingConnector, type RecordingConnector } from "../support/recording-connector";
import { startTestStore, type TestStore } from "../support/test-store";
import {
  LARS,
  METTE,
  SOFIE,
  TEAM,
  cardAction,
  cardText,
  message,
} from "../support/teams-activities";
import { press } from "./support/cards";
import { PLANNING, PLANNING_QUESTIONS, SFT } from "./support/milestone-bot";

/**
 * Through the real server, adapter and a connector on loopback: when an approver decides from
 * `godkendelser` instead of on the approval card itself, the approval card everyone sees in the
 * channel is updated too.
 */
describe("the channel's approval card after a decision made elsewhere", () => {
  let testStore: TestStore;
  let connector: RecordingConnector;
  let served: ServedBot;

  const send = (activity: Partial<Activity>) =>
    postActivity(served.url, { ...activity, serviceUrl: connector.url });
  const cardsPosted = () =>
    connector
      .activities()
      .filter((a) => a.method === "POST")
      .map((a) => ({
        id: a.id,
        card: (a.body.attachments as { content?: unknown }[] | undefined)?.[0]?.content,
      }));

  async function eventually<T>(look: () => T | undefined | Promise<T | undefined>): Promise<T> {
    for (let i = 0; i < 100; i++) {
      const found = await look();
      if (found !== undefined) return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error("it did not happen within 5 s");
  }

  beforeAll(async () => {
    testStore = await startTestStore();
    connector = await startRecordingConnector();
    served = await serveBot({ store: testStore.store });
    await createRepositories(testStore.store).profiles.create(
      {
        teamId: TEAM.id,
        programmeId: SFT,
        organisationName: "Aarhus Kommune",
        startDate: "2027-02-01",
        language: "da",
        projectLeader: METTE,
        approvers: [LARS],
        consultants: [SOFIE],
        slots: {
          statusMeeting: { cadence: "monthly", week: 2, weekday: 2, time: "10:00" },
          supervision: { cadence: "none" },
        },
      },
      { actor: METTE, action: "setup.created" },
    );
  });
  afterAll(async () => {
    await served.close();
    await connector.stop();
    await testStore.stop();
  });

  it("updates it for everyone when the approver approves from the list", async () => {
    await send(cardAction(MILESTONE_VERBS.open, { programmeId: SFT, milestoneId: PLANNING }));
    const milestone = await eventually(() =>
      cardsPosted().find((c) => cardText(c.card).includes("Gem kladde")),
    );
    const submitted = await send(
      press(milestone.card, "Send til godkendelse", {
        [`answer-${PLANNING_QUESTIONS[0]}`]: "Interessentanalysen er lavet.",
        assessment: "partially",
      }),
    );
    expect(submitted.status).toBe(200);
    const approvalCard = await eventually(() =>
      cardsPosted().find((c) => cardText(c.card).includes("Til godkendelse")),
    );
    const repositories = createRepositories(testStore.store);
    await eventually(
      async () =>
        (await repositories.approvalCards.get(TEAM.id, answerKey(SFT, PLANNING))) ?? undefined,
    );

    await send(message("godkendelser", { from: LARS }));
    const list = await eventually(() =>
      cardsPosted().find((c) => c.id !== approvalCard.id && cardText(c.card).includes("Godkend")),
    );
    const decided = await send(press(list.card, "Godkend", {}, { from: LARS, replyToId: list.id }));
    expect(decided.status).toBe(200);

    const update = await eventually(() =>
      connector
        .activities()
        .find((a) => a.method === "PUT" && a.path.endsWith(`/activities/${approvalCard.id}`)),
    );
    const shown = cardText(
      (update.body.attachments as { content?: unknown }[] | undefined)?.[0]?.content,
    );
    expect(shown).toContain("Godkendt af Lars Nielsen");
    expect(shown).not.toContain("Afventer godkendelse fra");
  });
});
