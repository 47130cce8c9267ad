import { randomUUID } from "node:crypto";
import type { Activity } from "botbuilder";
import { afterAll, beforeAll, describe, it } from "vitest";
import { FEATURES } from "../../src/app";
import { DATA_VERBS } from "../../src/features/data-protection/verbs";
import { NUDGE_VERBS } from "../../src/features/nudges/verbs";
import { SETUP_VERBS } from "../../src/features/setup/verbs";
import { buttonOf } from "../features/nudges/support/card-actions";
import { buttonsOf, press } from "../features/support/cards";
import { PLANNING, SFT, inTeam } from "../features/support/milestone-bot";
import { startMockConnector, type MockConnector } from "../support/mock-connector";
import { VALID_SETUP } from "../support/setup-fixture";
import type { TestBot } from "../support/test-app";
import { startTestStore, type TestStore } from "../support/test-store";
import {
  AHMED,
  LARS,
  METTE,
  SOFIE,
  TEAM,
  cardAction,
  cardOf,
  cardText,
  message,
  type Sender,
  type TurnResult,
} from "../support/teams-activities";
import { answerOf, isClearAnswer } from "./support/answers";
import { brief, tally, type Tally } from "./support/figures";
import { fingerprint, storeSettled, teamFingerprint } from "./support/store-inspection";
import { EVE, MEMBERS, faultBot, prepareTeam, type TeamCards } from "./support/team";

/** Another team in the same tenant: Vejle Kommune on Åben Dialog, with its own approver and consultant. */
const TEAM_B = "19:team-vejle@thread.tacv2";
const BO: Sender = { id: "29:bo", name: "Bo Bertelsen", aadObjectId: "aad-bo" };
const KAREN: Sender = { id: "29:karen", name: "Karen Kragh", aadObjectId: "aad-karen" };

/**
 * What would tell someone outside team A anything about it: its id, its municipality (the setup
 * card's placeholder says "fx Aarhus Kommune", so the name is looked for as the team's data
 * spells it), its people and its answers. The catalog (programmes, milestones) is public.
 */
const TEAM_A_MARKERS = [
  TEAM.id,
  'Aarhus Kommune"',
  "Aarhus Kommune ·",
  ": Aarhus Kommune",
  "Mette Sørensen",
  "Lars Nielsen",
  "Birgitte Holm",
  "Interessentanalysen er lavet",
];

/**
 * Who may do what is decided on the server, whatever a card showed: crafted invokes from people
 * without the role record nothing, and people of another team learn nothing about this one.
 */
describe("authorisation", () => {
  let testStore: TestStore;
  let connector: MockConnector;
  let bot: TestBot;
  let cards: TeamCards;

  beforeAll(async () => {
    testStore = await startTestStore();
    connector = await startMockConnector();
    connector.setMembers([...MEMBERS, BO, KAREN]);
    bot = faultBot(testStore.store, connector.url);
    cards = await prepareTeam(bot, testStore.store);
    const vejle = await bot.send(
      inTeam(
        cardAction(
          SETUP_VERBS.save,
          {
            ...VALID_SETUP,
            programmeId: "open-dialogue",
            organisationName: "Vejle Kommune",
            projectLeaderId: BO.id,
            approverIds: BO.id,
            consultantIds: KAREN.id,
            actionId: randomUUID(),
            expectedVersion: "0",
          },
          { from: BO },
        ),
        TEAM_B,
      ),
    );
    if (vejle.replies.length === 0) throw new Error("team B was not set up");
    await storeSettled(testStore.store);
    // Teams lists each conversation's own members.
    connector.setMembers([...MEMBERS]);
    connector.setMembersOf(TEAM_B, [BO, KAREN]);
    for (const who of [BO, KAREN, EVE, AHMED, SOFIE, METTE, LARS]) {
      connector.setMembersOf(`a:personal-${who.id}`, [who]);
    }
  });
  afterAll(async () => {
    await connector.stop();
    await testStore.stop();
  });

  /** Sends; the store must be as it was, and the answer must say something. */
  async function refused(
    figures: Tally,
    what: string,
    activity: Partial<Activity>,
    extra: (result: TurnResult) => string | undefined = () => undefined,
  ): Promise<void> {
    const before = await fingerprint(testStore.store);
    const result = await bot.send(activity);
    const unchanged = (await fingerprint(testStore.store)) === before;
    const answer = answerOf(result);
    const said =
      answer.kind === "none"
        ? result.replies.map((r) => r.text ?? cardText(cardOf(r))).join(" ")
        : answer.text;
    const problem = extra(result);
    figures.check(
      unchanged && said.trim() !== "" && problem === undefined,
      () =>
        `${what}: store ${unchanged ? "unchanged" : "CHANGED"}; ${problem ?? ""} said ${brief(said, 120)}`,
    );
  }

  it("records no approval decision from anyone but the team's approvers", async (context) => {
    const figures = tally(context, "Authorisation", "invokes");
    for (const title of ["Godkend", "Send tilbage"]) {
      for (const who of [METTE, AHMED, SOFIE, EVE, BO, KAREN]) {
        await refused(
          figures,
          `${title} by ${who.name} in the channel`,
          press(cards.approval, title, { comment: "Nej" }, { from: who }),
        );
        // From a personal chat, naming team A on a crafted card.
        const crafted = press(
          cards.approval,
          title,
          { comment: "Nej" },
          { from: who, place: "personal" },
        );
        const data = (crafted.value as { action: { data: Record<string, unknown> } }).action.data;
        data["source"] = "list";
        await refused(figures, `${title} by ${who.name} from a personal chat`, crafted);
        // From another team's channel.
        await refused(
          figures,
          `${title} by ${who.name} from team B's channel`,
          inTeam(press(cards.approval, title, { comment: "Nej" }, { from: who }), TEAM_B),
        );
      }
    }
    figures.expectAllHeld(36);
  });

  it("changes no setup for anyone but the project leader and the approvers", async (context) => {
    const figures = tally(context, "Authorisation", "invokes");
    for (const who of [AHMED, SOFIE, EVE, BO, KAREN]) {
      const takeover = {
        ...VALID_SETUP,
        approverIds: who.id,
        projectLeaderId: who.id,
        actionId: randomUUID(),
        expectedVersion: "1",
      };
      await refused(
        figures,
        `setup by ${who.name}`,
        cardAction(SETUP_VERBS.save, takeover, { from: who }),
      );
      await refused(
        figures,
        `confirmed programme change by ${who.name}`,
        cardAction(
          SETUP_VERBS.save,
          { ...takeover, programmeId: "open-dialogue", confirmProgrammeChange: "yes" },
          { from: who },
        ),
      );
      await refused(
        figures,
        `"opsætning" by ${who.name} offers no save`,
        message("opsætning", { from: who }),
        (result) =>
          result.replies.some((reply) =>
            buttonsOf(cardOf(reply)).some((b) => b.verb === SETUP_VERBS.save),
          )
            ? "the answer offers Gem opsætning"
            : undefined,
      );
    }
    figures.expectAllHeld(15);
  });

  it("records no held, moved or snoozed meeting from anyone outside the team", async (context) => {
    const figures = tally(context, "Authorisation", "invokes");
    const buttons = [
      buttonOf(cards.nudge, "9. februar 2027", "Markér som holdt"),
      buttonOf(cards.nudge, "9. marts 2027", "Udsæt en uge"),
      buttonOf(cards.nudge, "9. marts 2027", "Gem ny dato"),
    ];
    for (const who of [EVE, BO, KAREN]) {
      for (const button of buttons) {
        const { dateInput, timeInput } = button.data as { dateInput?: string; timeInput?: string };
        const moved =
          dateInput && timeInput ? { [dateInput]: "2027-03-18", [timeInput]: "13:30" } : {};
        await refused(
          figures,
          `${button.verb} by ${who.name}`,
          cardAction(button.verb, { ...button.data, ...moved }, { from: who }),
          (result) =>
            result.updates.length > 0 ? "the card was replaced for everyone" : undefined,
        );
      }
    }
    figures.expectAllHeld(9);
    figures.note(`verbs: ${Object.values(NUDGE_VERBS).join(", ")}`);
  });

  it("exports and erases nothing for anyone but the approvers", async (context) => {
    const figures = tally(context, "Authorisation", "invokes");
    const eraseData =
      buttonsOf(cards.erase).find((b) => b.verb === DATA_VERBS.confirmErase)?.data ?? {};
    for (const who of [METTE, AHMED, SOFIE, EVE, BO, KAREN]) {
      await refused(
        figures,
        `export by ${who.name}`,
        cardAction(DATA_VERBS.downloadExport, {}, { from: who }),
        (result) =>
          JSON.stringify(result.invokeResponse ?? "").includes("/api/exports/")
            ? "a download link"
            : undefined,
      );
      await refused(
        figures,
        `erase by ${who.name}`,
        cardAction(DATA_VERBS.confirmErase, eraseData, { from: who }),
      );
      for (const command of ["eksportér data", "slet data"]) {
        await refused(
          figures,
          `"${command}" by ${who.name}`,
          message(command, { from: who }),
          (result) =>
            result.replies.some((reply) => buttonsOf(cardOf(reply)).length > 0)
              ? "the answer offers the action"
              : undefined,
        );
      }
    }
    figures.expectAllHeld(24);
  });

  /** A reply as text, with the ids every card draws anew taken out. */
  async function replyOf(activity: Partial<Activity>): Promise<string> {
    const result = await bot.send(activity);
    const answer = answerOf(result);
    const texts = [
      ...(answer.kind === "none" ? [] : [answer.text]),
      ...result.replies.map((reply) => (reply.text ?? "") + cardText(cardOf(reply))),
      JSON.stringify(result.replies.map((reply) => reply.attachments ?? [])),
    ];
    return texts
      .join("\n")
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<id>");
  }

  const markersIn = (text: string) => TEAM_A_MARKERS.filter((marker) => text.includes(marker));

  // Issue 10 (status) is being built beside this suite: today `status` is not a command and gets
  // help; the case asks what the access rule asks, so it holds now and checks status once it lands.
  it("tells a consultant of another team nothing about team A from status, not even that it exists", async (context) => {
    const figures = tally(context, "Authorisation", "questions");
    const madeUp = await replyOf(
      message("status Nørre Snede Kommune", { from: KAREN, place: "personal" }),
    );
    for (const asked of [
      "status",
      "status Aarhus Kommune",
      "status Aarhus",
      "status aarhus kommune",
      `status ${TEAM.id}`,
    ]) {
      // Quoting back what was asked is no leak: it is taken out before looking.
      const argument = asked.slice("status ".length);
      const unquote = (text: string) => (argument ? text.replaceAll(argument, "<asked>") : text);
      const reply = unquote(await replyOf(message(asked, { from: KAREN, place: "personal" })));
      const leaked = markersIn(reply);
      const sameAsUnknown =
        asked === "status" || reply === madeUp.replaceAll("Nørre Snede Kommune", "<asked>");
      figures.check(
        leaked.length === 0 && sameAsUnknown,
        () =>
          `"${asked}" in a personal chat: ${leaked.length > 0 ? `names ${leaked.join(", ")}` : "differs from the answer about a team that does not exist"}`,
      );
      const inOwnChannel = unquote(await replyOf(inTeam(message(asked, { from: KAREN }), TEAM_B)));
      figures.check(
        markersIn(inOwnChannel).length === 0,
        () => `"${asked}" in team B's channel names ${markersIn(inOwnChannel).join(", ")}`,
      );
    }
    figures.expectAllHeld(10);
  });

  it("answers every verb, crafted to name team A, from a consultant of another team without a word about team A", async (context) => {
    const figures = tally(context, "Authorisation", "invokes");
    const crafted = {
      teamId: TEAM.id,
      programmeId: SFT,
      milestoneId: PLANNING,
      approvalVersion: "1",
      commentField: "comment",
      comment: "Hvad står der?",
      source: "list",
      actionId: randomUUID(),
      month: "2027-03",
      asOf: "2027-03-01T08:30:00.000Z",
      series: "status-meeting",
      originalDate: "2027-03-09",
      page: "0",
    };
    const verbs = FEATURES.flatMap((feature) => feature.verbs);
    for (const verb of verbs) {
      for (const [where, activity] of [
        ["a personal chat", cardAction(verb, crafted, { from: KAREN, place: "personal" })],
        ["team B's channel", inTeam(cardAction(verb, crafted, { from: KAREN }), TEAM_B)],
      ] as const) {
        // Team B's own members may change team B: team A must not change.
        const before = await teamFingerprint(testStore.store, TEAM.id);
        const reply = await replyOf(activity);
        const unchanged = (await teamFingerprint(testStore.store, TEAM.id)) === before;
        const leaked = markersIn(reply);
        const answer = answerOf(await bot.send(activity));
        figures.check(
          leaked.length === 0 && unchanged && isClearAnswer(answer),
          () =>
            `${verb} from ${where}: ${leaked.length > 0 ? `names ${leaked.join(", ")}` : ""} ${unchanged ? "" : "store CHANGED"} ${isClearAnswer(answer) ? "" : "no clear answer"}`,
        );
      }
    }
    figures.note(`${verbs.length} verbs (new verbs are included as features declare them)`);
    figures.expectAllHeld(verbs.length * 2);
  });

  it("lists nothing of team A in another team's approver's personal approvals", async (context) => {
    const figures = tally(context, "Authorisation", "questions");
    for (const who of [BO, KAREN, EVE, AHMED, SOFIE]) {
      const reply = await replyOf(message("godkendelser", { from: who, place: "personal" }));
      figures.check(
        markersIn(reply).length === 0,
        () => `${who.name}: names ${markersIn(reply).join(", ")}`,
      );
    }
    const control = await replyOf(message("godkendelser", { from: LARS, place: "personal" }));
    figures.check(
      control.includes("Værktøjerne til implementeringsplanen"),
      () => "Lars, an approver, does not see what waits for him",
    );
    figures.expectAllHeld(6);
  });
});
