import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger";
import { createTeamsBot } from "../../src/teams/teams-bot";
import { beginCommit, remainingMs, TurnExpiredError } from "../../src/turn-budget";
import { invokeCard, invokeMessage } from "../support/card-responses";
import { BotHarness, cardAction, cardText, message } from "../support/teams-activities";

/** Fails instead of hanging when the bot does not answer in time. */
function within<T>(ms: number, work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<T>((_resolve, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms),
    ),
  ]);
}

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const NEVER = new Promise<never>(() => undefined);

/** A bot whose turns have a short budget, so a test need not wait Teams' real four seconds. */
function shortBudgetBot() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  const bot = createTeamsBot({
    logger: createLogger("info", sink),
    budgets: { cardActionMs: 100, messageMs: 100 },
  });
  return { bot, lines };
}

describe("every card action answers within its budget", () => {
  it("a handler that never returns gets the late answer: nothing is saved, try again", async () => {
    const { bot } = shortBudgetBot();
    bot.router.cardAction("hangs", () => NEVER);
    bot.router.seal();
    const harness = new BotHarness(bot);

    const result = await within(2_000, harness.send(cardAction("hangs", {})));
    expect(result.invokeResponse?.status).toBe(200);
    const answer = invokeMessage(result) ?? "";
    expect(answer).toContain("Jeg nåede ikke at få svar fra databasen i tide");
    expect(answer).toContain("Intet er gemt");
    expect(answer).not.toContain("Måske");

    const english = await within(2_000, harness.send(cardAction("hangs", {}, { locale: "en-US" })));
    expect(invokeMessage(english)).toMatch(/Nothing was saved/);
  });

  it("a handler that started its commit gets 'maybe saved — check again', never 'nothing is saved'", async () => {
    const { bot } = shortBudgetBot();
    bot.router.cardAction("commitsThenHangs", async () => {
      beginCommit();
      return NEVER;
    });
    bot.router.seal();
    const harness = new BotHarness(bot);

    const answer = invokeMessage(
      await within(2_000, harness.send(cardAction("commitsThenHangs", {}))),
    );
    expect(answer).toContain("Måske er det gemt — tjek igen om lidt");
    expect(answer).not.toContain("Intet er gemt");
    const english = invokeMessage(
      await within(2_000, harness.send(cardAction("commitsThenHangs", {}, { locale: "en-US" }))),
    );
    expect(english).toMatch(/may have been saved/i);
  });

  it("the feature's own late answer is given, told whether a commit started", async () => {
    const { bot } = shortBudgetBot();
    const seen: boolean[] = [];
    bot.router.cardAction(
      "save",
      async () => {
        beginCommit();
        return NEVER;
      },
      {
        whenLate: (turn, { commitStarted }) => {
          seen.push(commitStarted);
          return {
            card: {
              type: "AdaptiveCard",
              version: "1.5",
              body: [{ type: "TextBlock", text: `kept: ${String(turn.data.typed)}` }],
            },
          };
        },
      },
    );
    bot.router.seal();
    const result = await within(
      2_000,
      new BotHarness(bot).send(cardAction("save", { typed: "Vejle" })),
    );
    expect(cardText(invokeCard(result))).toContain("kept: Vejle");
    expect(seen).toEqual([true]);
  });

  it("the handler goes on in the background: it may not start a commit any more, and its late answer is not sent", async () => {
    const { bot, lines } = shortBudgetBot();
    const gate = deferred();
    const finished = deferred();
    let lateError: unknown;
    bot.router.cardAction("slow", async () => {
      try {
        await gate.promise;
        beginCommit();
        return { message: "Gemt." };
      } catch (error) {
        lateError = error;
        throw error;
      } finally {
        finished.resolve();
      }
    });
    bot.router.seal();
    const harness = new BotHarness(bot);

    const result = await within(2_000, harness.send(cardAction("slow", {})));
    expect(invokeMessage(result)).toContain("Intet er gemt");
    gate.resolve();
    await within(2_000, finished.promise);
    await new Promise((resolve) => setImmediate(resolve));

    // "Intet er gemt" stays true: the store is refused a commit once the answer has gone out.
    expect(lateError).toBeInstanceOf(TurnExpiredError);
    // Nothing more reached Teams: no second invoke response, no message.
    expect(harness.adapter.activeQueue).toHaveLength(0);
    const late = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(late).toContainEqual(
      expect.objectContaining({ event: "cardActionLate", verb: "slow", commitStarted: false }),
    );
    expect(late).toContainEqual(
      expect.objectContaining({ event: "cardActionFinishedLate", verb: "slow", outcome: "failed" }),
    );
  });

  it("a handler that finishes in time answers as usual", async () => {
    const { bot } = shortBudgetBot();
    bot.router.cardAction("quick", async () => ({ message: "Gemt." }));
    bot.router.seal();
    expect(invokeMessage(await new BotHarness(bot).send(cardAction("quick", {})))).toBe("Gemt.");
  });
});

describe("the generic error answer tells the truth about saving", () => {
  it("card action: 'nothing was half-saved' only when no commit started", async () => {
    const { bot } = shortBudgetBot();
    bot.router.cardAction("failsEarly", async () => {
      throw new Error("boom");
    });
    bot.router.cardAction("failsAfterCommit", async () => {
      beginCommit();
      throw new Error("boom");
    });
    bot.router.seal();
    const harness = new BotHarness(bot);

    expect(invokeMessage(await harness.send(cardAction("failsEarly", {})))).toContain(
      "Intet er gemt halvt",
    );
    const afterCommit = invokeMessage(await harness.send(cardAction("failsAfterCommit", {}))) ?? "";
    expect(afterCommit).not.toContain("Intet er gemt");
    expect(afterCommit).toContain("Måske");
  });

  it("message: runs inside a budget, and says 'maybe saved' after a commit started", async () => {
    const { bot } = shortBudgetBot();
    let budgetSeen = Number.POSITIVE_INFINITY;
    bot.router.command({ id: "save", aliases: { da: ["gem"], en: ["save"] } }, async () => {
      budgetSeen = remainingMs();
      beginCommit();
      throw new Error("boom");
    });
    bot.router.seal();
    const result = await new BotHarness(bot).send(message("gem"));
    expect(budgetSeen).toBeLessThanOrEqual(100);
    const reply = String(result.replies[0]?.text ?? "");
    expect(reply).toContain("Måske");
    expect(reply).not.toContain("Intet er gemt");
  });
});
