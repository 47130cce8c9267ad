import type { Activity } from "botbuilder";
import { afterAll, beforeAll, describe, it } from "vitest";
import { buildApp } from "../../src/app";
import { fixedClock } from "../../src/clock";
import { NUDGE_VERBS } from "../../src/features/nudges/verbs";
import { ActivityTypes } from "botbuilder";
import { press } from "../features/support/cards";
import { startMockConnector, type MockConnector } from "../support/mock-connector";
import { PRODUCTION_ENV, postActivity, serveBot, type ServedBot } from "../support/http-bot";
import {
  FORGERIES,
  startOpenIdStandIn,
  type ForgeryKind,
  type OpenIdStandIn,
} from "../support/openid-stand-in";
import { startProxiedStore, type ProxiedStore } from "../support/proxied-store";
import { VALID_SETUP } from "../support/setup-fixture";
import { BOT, LARS, METTE, baseActivity, cardAction, message } from "../support/teams-activities";
import { buttonOf } from "../features/nudges/support/card-actions";
import { SETUP_VERBS } from "../../src/features/setup/verbs";
import { tally, type Tally } from "./support/figures";
import { fingerprint, storeSettled } from "./support/store-inspection";
import {
  FAULT_TIME,
  MEMBERS,
  Q2,
  answerField,
  faultBot,
  prepareTeam,
  type TeamCards,
} from "./support/team";

const APP_ID = PRODUCTION_ENV.BOT_ID;
/** Where the activities come from; Bot Framework binds it into the token. */
const SERVICE_URL = "https://smba.example/emea/";

type Attack = "no token" | ForgeryKind | "a serviceUrl the token does not name";
const ATTACKS: readonly Attack[] = [
  "no token",
  ...FORGERIES,
  "a serviceUrl the token does not name",
];

/**
 * With an app id, every request the channel did not sign is refused at the edge with 401: the
 * real server, the real adapter's token validation (keys from a local OpenID metadata stand-in)
 * and the real app, whose handlers would write if they ran. Each attack is sent with activities
 * that would change the store; a refusal must run no handler and store nothing.
 */
describe("authentication", () => {
  let keys: OpenIdStandIn;
  let proxied: ProxiedStore;
  let connector: MockConnector;
  let served: ServedBot;
  let cards: TeamCards;
  let turns = 0;

  beforeAll(async () => {
    keys = await startOpenIdStandIn();
    proxied = await startProxiedStore();
    connector = await startMockConnector();
    connector.setMembers([...MEMBERS]);
    // The team is prepared beside the server, on the same data.
    const direct = proxied.testStore.store;
    cards = await prepareTeam(faultBot(direct, connector.url), direct);
    await storeSettled(direct);
    served = await serveBot({
      env: PRODUCTION_ENV,
      store: proxied.store,
      openIdMetadataUrl: keys.metadataUrl,
      app: (parts) =>
        buildApp({
          ...parts,
          store: proxied.store,
          clock: fixedClock(FAULT_TIME),
          onTurnFinished: () => (turns += 1),
        }),
    });
  });
  afterAll(async () => {
    await served.close();
    await connector.stop();
    await proxied.stop();
    await keys.stop();
  });

  /** Over the wire: Teams' serviceUrl and an id, and no reply-to (the answer is the HTTP body). */
  function overHttp(activity: Partial<Activity>): Partial<Activity> {
    return { ...activity, serviceUrl: SERVICE_URL, id: `f:${Math.random()}`, replyToId: undefined };
  }

  /** Activities that would each change the store if a handler ran. */
  function writingActivities(): [string, Partial<Activity>][] {
    return [
      [
        "Gem kladde",
        press(cards.milestone, "Gem kladde", { [answerField(Q2)]: "Angriberens svar" }),
      ],
      ["Send til godkendelse", press(cards.milestone, "Send til godkendelse")],
      ["Godkend", press(cards.approval, "Godkend", {}, { from: LARS })],
      [
        "Gem opsætning",
        cardAction(
          SETUP_VERBS.save,
          {
            ...VALID_SETUP,
            organisationName: "Angrebet Kommune",
            actionId: "attack-setup-1",
            expectedVersion: "1",
          },
          { from: METTE },
        ),
      ],
      ["Slet data", press(cards.erase, "Ja, slet alt", {}, { from: LARS })],
      [
        "Markér som holdt",
        cardAction(
          NUDGE_VERBS.markHeld,
          buttonOf(cards.nudge, "9. februar 2027", "Markér som holdt").data,
        ),
      ],
      ["@bot slet data", message("slet data", { from: LARS })],
      [
        "bot added to a team",
        {
          ...baseActivity("channel", METTE, "da-DK"),
          type: ActivityTypes.ConversationUpdate,
          membersAdded: [{ id: BOT.id, name: BOT.name }],
        },
      ],
    ].map(([name, activity]) => [name as string, overHttp(activity as Partial<Activity>)]);
  }

  function tokenFor(attack: Attack): string | undefined {
    const options = { appId: APP_ID, serviceUrl: SERVICE_URL };
    if (attack === "no token") return undefined;
    if (attack === "a serviceUrl the token does not name") {
      return keys.token({ appId: APP_ID, serviceUrl: "https://smba.other.example/emea/" });
    }
    return keys.forge(attack, options);
  }

  async function attempt(
    figures: Tally,
    attack: Attack,
    name: string,
    activity: Partial<Activity>,
  ) {
    const before = {
      turns,
      requests: proxied.proxy.seen.length,
      stored: await fingerprint(proxied.testStore.store),
    };
    const response = await postActivity(served.url, activity, { token: tokenFor(attack) });
    const after = {
      turns,
      requests: proxied.proxy.seen.length,
      stored: await fingerprint(proxied.testStore.store),
    };
    figures.check(
      response.status === 401 &&
        after.turns === before.turns &&
        after.requests === before.requests &&
        after.stored === before.stored,
      () =>
        `${attack} / ${name}: ${response.status}, turns +${after.turns - before.turns}, store requests +${after.requests - before.requests}, store ${after.stored === before.stored ? "unchanged" : "CHANGED"}`,
    );
  }

  it.for(ATTACKS)(
    "refuses %s with 401: no handler runs, nothing is stored",
    async (attack, context) => {
      const figures = tally(context, "Authentication", "requests");
      for (const [name, activity] of writingActivities())
        await attempt(figures, attack, name, activity);
      figures.expectAllHeld(8);
    },
  );

  it("lets the same activities through with the channel's own token (the attacks were refused, not broken)", async (context) => {
    const figures = tally(context, "Authentication", "requests");
    const activities = new Map(writingActivities());
    // Only the card actions that answer in the HTTP body: the rest would call Teams, which is not here.
    // Godkend first: a save afterwards changes the milestone, and an approval of it would wait again.
    for (const name of ["Godkend", "Gem kladde", "Slet data"]) {
      const activity = activities.get(name);
      if (!activity) throw new Error(`no activity ${name}`);
      const before = { turns, stored: await fingerprint(proxied.testStore.store) };
      const token = keys.token({ appId: APP_ID, serviceUrl: SERVICE_URL });
      const response = await postActivity(served.url, activity, { token, timeoutMs: 10_000 });
      const stored = await fingerprint(proxied.testStore.store);
      figures.check(
        response.status === 200 && turns === before.turns + 1 && stored !== before.stored,
        () =>
          `${name}: ${response.status}, turns +${turns - before.turns}, store ${stored === before.stored ? "unchanged" : "changed"}`,
      );
    }
    figures.expectAllHeld(3);
  });
});
