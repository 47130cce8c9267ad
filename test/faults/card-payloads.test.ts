import type { Activity } from "botbuilder";
import fc from "fast-check";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, it } from "vitest";
import { FEATURES } from "../../src/app";
import { APPROVAL_VERBS } from "../../src/features/approvals/verbs";
import { CARD_LIMIT_BYTES } from "../../src/features/milestones/milestone-card";
import { MILESTONE_TEXT } from "../../src/features/milestones/texts";
import { MILESTONE_VERBS } from "../../src/features/milestones/verbs";
import { NUDGE_VERBS } from "../../src/features/nudges/verbs";
import { SETUP_VERBS } from "../../src/features/setup/verbs";
import { createLogger } from "../../src/logger";
import { createRepositories } from "../../src/store/repositories";
import { buttonsOf, inputsOf, press } from "../features/support/cards";
import { emptyStore } from "../features/support/milestone-bot";
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
  message,
  type Place,
  type Sender,
} from "../support/teams-activities";
import {
  answerOf,
  cardBytes,
  isClearAnswer,
  keeps,
  storedTexts,
  textInputs,
  visible,
  type Answer,
} from "./support/answers";
import { brief, tally } from "./support/figures";
import { describeCase, payloadCase, payloadData, type PayloadCase } from "./support/payloads";
import {
  allDocuments,
  schemaFailures,
  storedJson,
  teamsFingerprint,
} from "./support/store-inspection";
import { BIRGITTE, EVE, MEMBERS, faultBot, prepareTeam, type TeamCards } from "./support/team";

/** Cases per verb: at least 1,000 (FAULTS_FUZZ_RUNS raises it); the seed makes a run repeatable. */
const RUNS = Math.max(1_000, Number(process.env.FAULTS_FUZZ_RUNS ?? 1_000));
const SEED = Number(process.env.FAULTS_SEED ?? 20_261_124);
/** Every verb the app handles, as the features declare them (a new verb is fuzzed too). */
const VERBS = FEATURES.flatMap((feature) => feature.verbs);
/** Verbs whose cards carry what a person typed; the answer must keep it. */
const INPUT_VERBS = new Set<string>([
  SETUP_VERBS.save,
  SETUP_VERBS.edit,
  MILESTONE_VERBS.save,
  MILESTONE_VERBS.submit,
  APPROVAL_VERBS.approve,
  APPROVAL_VERBS.sendBack,
  NUDGE_VERBS.move,
]);
/** Refusals for who the person is: they may not do this at all, so nothing of theirs is kept. */
const NOT_THEIRS_TO_DO = [
  /Kun teamets godkendere|Only the team's approvers/,
  /har allerede truffet beslutningen|Du har allerede truffet|already made the decision|You have already/,
  /Kun projektlederen|Only the project leader/,
  /Kun teamets medlemmer|Only the team's members/,
];
/** What a card given back for a malformed payload says. */
const MALFORMED_PAYLOAD = [MILESTONE_TEXT.da.invalidCard, MILESTONE_TEXT.en.invalidCard];
const SENDERS: readonly Sender[] = [METTE, LARS, BIRGITTE, AHMED, SOFIE, EVE];
const PLACES: readonly Place[] = ["channel", "channel", "channel", "personal"];
const LOCALES = ["da-DK", "en-US", "", "xx-YY"];
const SCHEMA_CHECK_EVERY = 50;
/** FAULTS_TRACE=<verb> prints every case of that verb and its answer, to follow a failure. */
const TRACE = process.env.FAULTS_TRACE;

const isString = (value: unknown): value is string => typeof value === "string";

/** One card's button as a person presses it: the card's inputs merged into the button's data. */
interface Base {
  data: Record<string, unknown>;
  /** The ids of the card's text, date and time fields. */
  typed: string[];
}

describe("card payloads, fuzzed: every verb's data as an attacker or a broken client sends it", () => {
  let testStore: TestStore;
  let connector: MockConnector;
  let bot: TestBot;
  const errorLogs: string[] = [];
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  const bases = new Map<string, Base[]>();

  function addBases(card: unknown): void {
    const typed = [...textInputs(card).keys()];
    const inputs = Object.fromEntries(inputsOf(card));
    for (const button of buttonsOf(card)) {
      const list = bases.get(button.verb) ?? [];
      list.push({ data: { ...inputs, ...button.data }, typed });
      bases.set(button.verb, list);
    }
    const refresh = (card as { refresh?: { action?: { verb?: unknown; data?: unknown } } }).refresh;
    if (typeof refresh?.action?.verb === "string") {
      const list = bases.get(refresh.action.verb) ?? [];
      list.push({ data: { ...(refresh.action.data as Record<string, unknown>) }, typed: [] });
      bases.set(refresh.action.verb, list);
    }
  }

  /** The first button of `verb` on a card, pressed with the card's fields as they stand. */
  function baseFrom(card: unknown, verb: string): Base | undefined {
    const button = buttonsOf(card).find((b) => b.verb === verb);
    if (!button) return undefined;
    return {
      data: { ...Object.fromEntries(inputsOf(card)), ...button.data },
      typed: [...textInputs(card).keys()],
    };
  }

  async function prepare(): Promise<TeamCards> {
    await emptyStore(testStore.store);
    return prepareTeam(bot, testStore.store);
  }

  /** Every card of the team whose buttons people press, drawn by the bot. */
  async function collectBases(cards: TeamCards): Promise<void> {
    for (const card of [
      cards.setup,
      cards.milestone,
      cards.approval,
      cards.nudge,
      cards.erase,
      cards.export,
    ]) {
      addBases(card);
    }
    const overview = cardOf((await bot.send(message("milepæle"))).replies[0]);
    addBases(overview);
    const versions = answerOf(await bot.send(press(cards.milestone, "Vis versioner")));
    addBases(versions.card);
    for (const place of ["channel", "personal"] as const) {
      const list = cardOf(
        (await bot.send(message("godkendelser", { from: LARS, place }))).replies[0],
      );
      addBases(list);
      const shown = answerOf(await bot.send(press(list, "Vis svarene", {}, { from: LARS, place })));
      addBases(shown.card);
    }
    const change = answerOf(
      await bot.send(
        cardAction(SETUP_VERBS.save, {
          ...VALID_SETUP,
          programmeId: "open-dialogue",
          approverIds: `${LARS.id},${BIRGITTE.id}`,
          actionId: "programme-change-1",
          expectedVersion: "1",
        }),
      ),
    );
    addBases(change.card);
  }

  beforeAll(async () => {
    process.on("unhandledRejection", onUnhandled);
    testStore = await startTestStore();
    connector = await startMockConnector();
    connector.setMembers([...MEMBERS]);
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split("\n").filter(Boolean)) {
          if ((JSON.parse(line) as { level: number }).level >= 50) errorLogs.push(line);
        }
        done();
      },
    });
    bot = faultBot(testStore.store, connector.url, { logger: createLogger("warn", sink) });
    await collectBases(await prepare());
  });
  afterAll(async () => {
    process.off("unhandledRejection", onUnhandled);
    await connector.stop();
    await testStore.stop();
  });

  function activityFor(
    verb: string,
    data: unknown,
    from: Sender,
    place: Place,
    locale: string,
  ): Partial<Activity> {
    const activity = cardAction(verb, {}, { from, place, locale });
    return {
      ...activity,
      value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
    };
  }

  /** The fields of the clicked card the person typed into, as this button sends them. */
  function typedFields(verb: string, base: Base, data: unknown): [string, string][] {
    if (!INPUT_VERBS.has(verb) || typeof data !== "object" || data === null || Array.isArray(data))
      return [];
    const record = data as Record<string, unknown>;
    const own = (key: unknown) =>
      typeof key === "string" && Object.hasOwn(record, key) ? record[key] : undefined;
    // A button sends every field of its card; the ones it is about are these.
    let ids = base.typed;
    if (verb === NUDGE_VERBS.move) ids = [own("dateInput"), own("timeInput")].filter(isString);
    if (verb === APPROVAL_VERBS.approve || verb === APPROVAL_VERBS.sendBack) {
      ids = [own("commentField")].filter(isString);
    }
    // A field left as the card showed it was not typed in: the answer may show what is stored now.
    return ids
      .filter((id) => base.typed.includes(id))
      .flatMap((id) => {
        const value = own(id);
        const shown = base.data[id];
        return typeof value === "string" &&
          visible(value) !== (typeof shown === "string" ? visible(shown) : "")
          ? [[id, value] as [string, string]]
          : [];
      });
  }

  /** The fields of a base card that this button is about (see `typedFields`). */
  function typedKeysOf(verb: string, base: Base): string[] {
    if (!INPUT_VERBS.has(verb)) return [];
    const named = (key: string) => {
      const value = base.data[key];
      return typeof value === "string" && base.typed.includes(value) ? [value] : [];
    };
    if (verb === NUDGE_VERBS.move) return [...named("dateInput"), ...named("timeInput")];
    if (verb === APPROVAL_VERBS.approve || verb === APPROVAL_VERBS.sendBack) {
      return named("commentField");
    }
    return base.typed;
  }

  /** What the person typed is on the card they get back, or was saved; a message leaves their card as it was. */
  async function keptInput(
    verb: string,
    base: Base,
    data: unknown,
    answer: Answer,
  ): Promise<string | undefined> {
    if (answer.kind !== "card") return undefined;
    const fields = typedFields(verb, base, data);
    if (fields.length === 0) return undefined;
    if (NOT_THEIRS_TO_DO.some((refusal) => refusal.test(answer.text))) return undefined;
    const shown = textInputs(answer.card);
    let stored: Set<string> | undefined;
    for (const [id, sent] of fields) {
      const field = shown.get(id);
      // An empty date or time field means "as planned": the card shows the plan's own.
      if (field !== undefined && field.type !== "Input.Text" && visible(sent) === "") continue;
      if (field !== undefined) {
        if (!keeps(sent, field.value))
          return `field ${id} shows ${brief(field.value, 60)} for ${brief(sent, 60)} (the card pressed showed ${brief(base.data[id], 60)})`;
        continue;
      }
      if (visible(sent) === "") continue;
      stored ??= storedTexts(await storedJson(testStore.store));
      if (stored.has(visible(sent))) continue;
      // The card given back offers no way to do it again (decided meanwhile, or not theirs to
      // decide): what was typed has nowhere to go, and the answer says why.
      if (!buttonsOf(answer.card).some((button) => button.verb === verb)) continue;
      return `field ${id} is neither on the answer card nor stored`;
    }
    return undefined;
  }

  it.for(VERBS)(
    "%s: no 5xx, a clear answer, the input kept, every document valid",
    async (verb, context) => {
      const figures = tally(context, "Card payloads", "payloads");
      await prepare();
      // A copy: the person goes on from the cards they are given (see below).
      const verbBases = [...(bases.get(verb) ?? [{ data: {}, typed: [] }])];
      const otherKeys = [
        ...new Set([...bases.values()].flat().flatMap((b) => Object.keys(b.data))),
      ];
      const arbitrary = fc.tuple(
        fc.nat({ max: verbBases.length - 1 }),
        fc.oneof(
          ...verbBases.map((b) =>
            payloadCase(Object.keys(b.data), otherKeys, typedKeysOf(verb, b)),
          ),
        ),
        fc.constantFrom(...SENDERS),
        fc.constantFrom(...PLACES),
        fc.constantFrom(...LOCALES),
      );
      const samples = fc.sample(arbitrary, { numRuns: RUNS, seed: SEED + VERBS.indexOf(verb) });
      const profiles = createRepositories(testStore.store).profiles;
      let cards = 0;
      let largestCard = 0;
      let messages = 0;
      let reprepared = 0;
      let wrote = 0;
      let followed = 0;
      let documentsChecked = 0;
      for (const [index, [baseIndex, fuzz, from, place, locale]] of samples.entries()) {
        const base = verbBases[baseIndex] ?? { data: {}, typed: [] };
        const data = payloadData(base.data, fuzz as PayloadCase);
        const storedBefore = await teamsFingerprint(testStore.store);
        const errorsBefore = errorLogs.length;
        const unhandledBefore = unhandled.length;
        const answer = answerOf(await bot.send(activityFor(verb, data, from, place, locale)));
        if (answer.kind === "card") {
          cards += 1;
          largestCard = Math.max(largestCard, cardBytes(answer.card));
        } else messages += 1;
        if ((await teamsFingerprint(testStore.store)) !== storedBefore) wrote += 1;
        if (
          TRACE === verb ||
          (TRACE === "large" && answer.kind === "card" && cardBytes(answer.card) > CARD_LIMIT_BYTES)
        ) {
          console.log(
            `#${index} ${from.name} ${place} ${describeCase(data)}\n  → ${answer.kind}: ${answer.text.replace(/\s+/g, " ").slice(0, 400)}`,
          );
        }
        const lost = await keptInput(verb, base, data, answer);
        // Like a person, the next press of this button is on the card they were just given.
        // Not from a card given back for a malformed payload: it trusts nothing it was sent (its
        // basis is empty, so every text on it counts as new) — no client of Teams' makes one.
        const next =
          answer.kind === "card" && !MALFORMED_PAYLOAD.some((text) => answer.text.includes(text))
            ? baseFrom(answer.card, verb)
            : undefined;
        if (next) {
          verbBases[baseIndex] = next;
          followed += 1;
        }
        const problems = [
          answer.status === undefined || answer.status >= 500
            ? `status ${String(answer.status)}`
            : "",
          isClearAnswer(answer) ? "" : `unclear answer ${brief(answer.text, 80)}`,
          errorLogs.length > errorsBefore
            ? `error logged: ${brief(errorLogs[errorsBefore], 120)}`
            : "",
          unhandled.length > unhandledBefore ? "unhandled rejection" : "",
          lost ?? "",
        ].filter(Boolean);
        if ((index + 1) % SCHEMA_CHECK_EVERY === 0 || index === samples.length - 1) {
          const documents = await allDocuments(testStore.store);
          documentsChecked += documents.length;
          const failing = schemaFailures(documents);
          if (failing.length > 0)
            problems.push(`documents failing their schema: ${failing.join(", ")}`);
        }
        figures.check(
          problems.length === 0,
          () =>
            `#${index} from ${from.name} (${place}, ${locale || "no locale"}): ${problems.join("; ")} — answered ${answer.kind} ${brief(answer.text.replace(/\s+/g, " "), 160)} — data ${describeCase(data)}`,
        );
        // An erasure (or a setup that moved the team) leaves nothing to press buttons on: start again.
        if ((await profiles.get(TEAM.id)) === null) {
          await prepare();
          reprepared += 1;
        }
      }
      figures.note(`seed ${SEED + VERBS.indexOf(verb)}, ${verbBases.length} card(s) as bases`);
      figures.note(
        `${cards} card answers (largest ${largestCard} bytes), ${messages} messages; ${wrote} payloads changed the store; ${followed} times went on from the card given back`,
      );
      figures.note(
        `${documentsChecked} documents checked against their schemas; team set up again ${reprepared} times`,
      );
      figures.expectAllHeld(RUNS);
    },
  );

  it("pollutes no prototype and leaves no rejection unhandled", async (context) => {
    const figures = tally(context, "Card payloads", "checks");
    const probe: Record<string, unknown> = {};
    figures.check(
      probe["polluted"] === undefined && Object.keys(Object.prototype).length === 0,
      () => "Object.prototype was changed",
    );
    figures.check(
      unhandled.length === 0,
      () => `${unhandled.length} unhandled rejections: ${brief(String(unhandled[0]))}`,
    );
    figures.expectAllHeld(2);
  });
});
