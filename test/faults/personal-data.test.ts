import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import type { Activity } from "botbuilder";
import { afterAll, beforeAll, describe, it } from "vitest";
import { CPR_REFUSAL } from "../../src/domain/cpr-guard";
import { cleanFreeText } from "../../src/domain/text/free-text";
import { matchingText } from "../../src/domain/text/matching-form";
import { SETUP_VERBS } from "../../src/features/setup/verbs";
import { createLogger } from "../../src/logger";
import { createRepositories } from "../../src/store/repositories";
import {
  CPR_CONTEXTS,
  CPR_SPELLINGS,
  NEGATIVE_KINDS,
  cprNumbers,
  hasValidCheckDigit,
  negativeCorpus,
} from "../domain/cpr-corpus";
import { buttonOf } from "../features/nudges/support/card-actions";
import { press } from "../features/support/cards";
import { openMilestone } from "../features/support/milestone-bot";
import { startMockConnector, type MockConnector } from "../support/mock-connector";
import { VALID_SETUP } from "../support/setup-fixture";
import type { TestBot } from "../support/test-app";
import { startTestStore, type TestStore } from "../support/test-store";
import { LARS, TEAM, cardAction, message } from "../support/teams-activities";
import { answerOf } from "./support/answers";
import { brief, tally } from "./support/figures";
import { storedJson } from "./support/store-inspection";
import {
  BIRGITTE,
  MEMBERS,
  Q2,
  answerField,
  faultBot,
  nudgeCard,
  prepareTeam,
} from "./support/team";

const NUMBERS = cprNumbers(200);
const COMBINATIONS = CPR_SPELLINGS.length * CPR_CONTEXTS.length;
const FALSE_POSITIVE_LIMIT = 0.01;

/** Every free-text way into the bot: what a person types, and where it could be stored or logged. */
interface Field {
  name: string;
  /** The bot tells the person why it refused (fields it would store). */
  explains: boolean;
  send(text: string): Promise<Partial<Activity>>;
}

/** The ten digits wherever they are in a text, however they were written. */
function digitsOf(text: string): string {
  return matchingText(text).replace(/\D+/g, "");
}

/**
 * The CPR corpus — 200 numbers, half with a valid check digit, every separator and Unicode
 * variant, inside sentences — through every free-text field: none is stored, none reaches the
 * log (captured at debug level). Ordinary numbers (dates, phone numbers, case numbers, amounts)
 * are stored as typed: at most 1 % taken for a CPR number.
 */
describe("personal data", () => {
  let testStore: TestStore;
  let connector: MockConnector;
  let bot: TestBot;
  const logLines: string[] = [];
  let fields: Field[] = [];

  beforeAll(async () => {
    testStore = await startTestStore();
    connector = await startMockConnector();
    connector.setMembers([...MEMBERS]);
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(...chunk.toString().split("\n").filter(Boolean));
        done();
      },
    });
    bot = faultBot(testStore.store, connector.url, { logger: createLogger("debug", sink) });
    const cards = await prepareTeam(bot, testStore.store);
    let milestone = await openMilestone(bot);
    const profiles = createRepositories(testStore.store).profiles;
    const setup = async (field: string, text: string) =>
      cardAction(SETUP_VERBS.save, {
        ...VALID_SETUP,
        approverIds: `${LARS.id},${BIRGITTE.id}`,
        [field]: text,
        actionId: randomUUID(),
        expectedVersion: String((await profiles.get(TEAM.id))?.profile.version ?? 0),
      });
    const nudge = await nudgeCard(testStore.store);
    const move = buttonOf(nudge, "9. marts 2027", "Gem ny dato");
    const { dateInput, timeInput } = move.data as { dateInput: string; timeInput: string };
    fields = [
      {
        name: "a milestone answer",
        explains: true,
        send: async (text) => {
          const pressed = press(milestone, "Gem kladde", { [answerField(Q2)]: text });
          return pressed;
        },
      },
      {
        name: "an approval comment",
        explains: true,
        send: async (text) =>
          press(cards.approval, "Send tilbage", { comment: text }, { from: LARS }),
      },
      {
        name: "the municipality's name",
        explains: true,
        send: (text) => setup("organisationName", text),
      },
      {
        name: "the status-meeting slot",
        explains: true,
        send: (text) => setup("statusMeetingSlot", text),
      },
      {
        name: "the supervision slot",
        explains: true,
        send: (text) => setup("supervisionSlot", text),
      },
      { name: "the typed start date", explains: true, send: (text) => setup("startDate", text) },
      {
        name: "Flyt's date",
        explains: false,
        send: async (text) =>
          cardAction(move.verb, { ...move.data, [dateInput]: text, [timeInput]: "10:00" }),
      },
      {
        name: "Flyt's time",
        explains: false,
        send: async (text) =>
          cardAction(move.verb, { ...move.data, [dateInput]: "2027-03-16", [timeInput]: text }),
      },
      {
        name: "a command's words in the channel",
        explains: false,
        send: async (text) => message(`hjælp ${text}`),
      },
      {
        name: "a message in a personal chat",
        explains: false,
        send: async (text) => message(text, { place: "personal", from: LARS }),
      },
    ];
    // The milestone card people go on from after each refusal.
    milestone = await openMilestone(bot);
  });
  afterAll(async () => {
    await connector.stop();
    await testStore.stop();
  });

  it("stores and logs no CPR number from any free-text field, and says why it refused", async (context) => {
    const figures = tally(context, "Personal data", "texts");
    const combinationsUsed = new Set<number>();
    let validCheckDigits = 0;
    for (const [fieldIndex, field] of fields.entries()) {
      for (const [i, digits] of NUMBERS.entries()) {
        // Each field gets every number; spellings and contexts rotate so that all their
        // combinations are used across the fields.
        const combination = (i + fieldIndex * NUMBERS.length) % COMBINATIONS;
        combinationsUsed.add(combination);
        const spelling = CPR_SPELLINGS[combination % CPR_SPELLINGS.length];
        const surrounding = CPR_CONTEXTS[Math.floor(combination / CPR_SPELLINGS.length)];
        if (!spelling || !surrounding) throw new Error("empty corpus");
        if (fieldIndex === 0 && hasValidCheckDigit(digits)) validCheckDigits += 1;
        const text = surrounding.wrap(spelling.write(digits.slice(0, 6), digits.slice(6)));
        const logged = logLines.length;
        const answer = answerOf(await bot.send(await field.send(text)));
        const told = !field.explains || answer.text.includes(CPR_REFUSAL.da);
        const inLog = logLines.slice(logged).some((line) => digitsOf(line).includes(digits));
        figures.check(
          told && !inLog,
          () =>
            `${field.name}, #${i} (${spelling.label}, ${surrounding.label}): ${told ? "" : "not told why; "}${inLog ? "in the log" : ""}`,
        );
      }
    }
    // Not stored anywhere: every string of every document, in both containers.
    const stored = (await storedJson(testStore.store)).split("\n").map((line) => digitsOf(line));
    const leaked = NUMBERS.filter((digits) => stored.some((doc) => doc.includes(digits)));
    figures.check(leaked.length === 0, () => `${leaked.length} numbers are stored`);
    const everywhere = digitsOf(logLines.join("\n"));
    const logged = NUMBERS.filter((digits) => everywhere.includes(digits));
    figures.check(logged.length === 0, () => `${logged.length} numbers are in the log`);
    figures.note(
      `${NUMBERS.length} numbers (${validCheckDigits} with a valid check digit) × ${fields.length} fields; ${combinationsUsed.size} of ${COMBINATIONS} spelling × context combinations`,
    );
    figures.note(`${logLines.length} log lines captured at debug level`);
    figures.expectAllHeld(NUMBERS.length * fields.length + 2);
  });

  it(`stores dates, phone numbers, case numbers and amounts as typed (false positives ≤ ${FALSE_POSITIVE_LIMIT * 100} %)`, async (context) => {
    const figures = tally(context, "Personal data", "texts");
    const corpus = negativeCorpus(240);
    const answers = createRepositories(testStore.store).answers;
    let card = await openMilestone(bot);
    const perKind: string[] = [];
    let refused = 0;
    for (const kind of NEGATIVE_KINDS) {
      let kindRefused = 0;
      for (const negative of corpus.get(kind) ?? []) {
        const expected = cleanFreeText(negative.text, {
          multiline: true,
          minLength: 0,
          maxLength: 4000,
        });
        const answer = answerOf(
          await bot.send(press(card, "Gem kladde", { [answerField(Q2)]: negative.text })),
        );
        if (answer.kind === "card") card = answer.card;
        const stored = (
          await answers.get(TEAM.id, "social-skills-training.planning-tools")
        )?.answers.answers.get(Q2)?.text;
        const saved = expected.ok && stored === expected.value;
        if (!saved) {
          refused += 1;
          kindRefused += 1;
        }
        figures.check(
          saved,
          () =>
            `${negative.label}: ${brief(negative.text, 60)} ${answer.text.includes(CPR_REFUSAL.da) ? "taken for a CPR number" : "not saved as typed"}`,
        );
      }
      perKind.push(`${kind} ${kindRefused}/${corpus.get(kind)?.length ?? 0}`);
    }
    const rate = refused / figures.tried;
    figures.note(
      `refused ${refused} of ${figures.tried} (${(rate * 100).toFixed(2)} %): ${perKind.join(", ")}`,
    );
    figures.expectHeldRatio(1 - FALSE_POSITIVE_LIMIT, 1_000);
  });
});
