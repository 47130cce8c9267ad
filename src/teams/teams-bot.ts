import { ActivityTypes, type TurnContext } from "botbuilder";
import { Application, type TeamsAdapter, type TurnState } from "@microsoft/teams-ai";
import type { Logger } from "pino";
import type {
  BotRouter,
  CardActionHandler,
  CardActionOptions,
  CommandHandler,
  InstallHandler,
} from "../bot/router";
import type { CardActionResponse, CardActionTurn } from "../bot/turn";
import { matchCommand, type CommandDefinition } from "../bot/commands";
import { renderNoticeCard } from "../cards/common-cards";
import type { AdaptiveCard } from "../cards/adaptive-card";
import { languageFromLocale, type LocalizedText } from "../domain/i18n";
import type { TurnBudget } from "../turn-budget";
import { TeamsCardActionTurn, TeamsTurn } from "./teams-turn";
import { somethingWentWrong, tooLate, unknownButton } from "./glue-texts";
import { raceDeadline, withinBudget } from "./turn-deadline";
import { TURN_BUDGETS, type TurnBudgets } from "./turn-budgets";

const CARD_ACTION_INVOKE = "adaptiveCard/action";

/** A turn that has answered, for whoever counts (benchmarks, tests). */
export interface FinishedTurn {
  kind: "message" | "cardAction" | "install";
  /** Store requests made by the turn until it answered (see `TurnBudget.storeCalls`). */
  storeCalls: number;
}

export interface TeamsBot {
  /** The teams-ai application: `run(context)` handles one turn. */
  application: Application<TurnState>;
  router: BotRouter & {
    registeredCommands(): CommandDefinition[];
    registeredVerbs(): string[];
    /**
     * Called once every feature has registered: adds the answers for buttons and invokes no
     * feature handles (they would otherwise get a 501), and refuses later registrations.
     */
    seal(): void;
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** An Adaptive Card Action.Execute as Teams sends it (verb aside). */
function isActionExecute(context: TurnContext): boolean {
  const activity = context.activity;
  if (activity.type !== ActivityTypes.Invoke || activity.name !== CARD_ACTION_INVOKE) return false;
  const value: unknown = activity.value;
  return isObject(value) && isObject(value.action) && value.action.type === "Action.Execute";
}

function invokeAnswer(response: CardActionResponse): string | AdaptiveCard {
  return "card" in response ? response.card : response.message;
}

/** Error names and codes only: messages can carry what people typed. */
function errorSummary(error: unknown): Record<string, unknown> {
  if (!isObject(error)) return { errorName: typeof error };
  const code = error.code;
  return {
    errorName: typeof error.name === "string" ? error.name : "unknown",
    ...(typeof code === "string" || typeof code === "number" ? { errorCode: code } : {}),
  };
}

/**
 * The only place that knows teams-ai's routing. Features register through `BotRouter`; messages
 * are dispatched by our own command matcher so Danish and English aliases work the same way.
 * Every turn runs inside a budget (`TURN_BUDGETS`); a card action answers by its deadline
 * whether or not its work has finished.
 */
export function createTeamsBot(options: {
  adapter?: TeamsAdapter;
  botAppId?: string;
  logger: Logger;
  /** Tests shorten them so they need not wait Teams' real limits. */
  budgets?: Partial<TurnBudgets>;
  /** Told when each turn has answered: benchmarks and tests count store round trips per turn. */
  onTurnFinished?: (turn: FinishedTurn) => void;
  /**
   * What to tell the person when a handler fails in a way the app can explain (e.g. a team
   * whose stored setup no longer reads); otherwise they get the generic, truthful apology.
   */
  explainFailure?: (error: unknown) => LocalizedText | undefined;
}): TeamsBot {
  const { logger } = options;
  const budgets: TurnBudgets = { ...TURN_BUDGETS, ...options.budgets };
  /** Runs one turn inside its budget and reports it once it has answered. */
  const turnWithin = <T>(
    context: TurnContext,
    budgetMs: number,
    kind: FinishedTurn["kind"],
    work: (budget: TurnBudget) => Promise<T>,
  ): Promise<T> =>
    withinBudget(context, budgetMs, async (budget) => {
      try {
        return await work(budget);
      } finally {
        options.onTurnFinished?.({ kind, storeCalls: budget.storeCalls });
      }
    });
  const application = new Application<TurnState>({
    adapter: options.adapter,
    botAppId: options.botAppId,
    removeRecipientMention: true,
    startTypingTimer: false,
  });
  const commands: { definition: CommandDefinition; handler: CommandHandler }[] = [];
  let fallback: CommandHandler | undefined;
  const installHandlers: InstallHandler[] = [];
  const removeHandlers: InstallHandler[] = [];
  const verbs: string[] = [];
  let sealed = false;

  const language = (context: TurnContext) => languageFromLocale(context.activity.locale);
  const assertOpen = (what: string) => {
    if (sealed) throw new Error(`${what} registered after the router was sealed`);
  };

  /** Action.Submit: a button press that comes as a message with a value and no text. */
  const answerActionSubmit = async (context: TurnContext) => {
    const turn = new TeamsTurn(context);
    logger.info(
      { event: "actionSubmit", conversation: turn.conversation.kind },
      "button press without a handler",
    );
    await turn.sendText(unknownButton(turn.language, turn.conversation.kind !== "personal").text);
  };

  const answerMessage = async (context: TurnContext, budget: TurnBudget) => {
    const text = (context.activity.text ?? "").trim();
    if (text === "" && isObject(context.activity.value)) return answerActionSubmit(context);
    const match = matchCommand(
      text,
      commands.map((c) => c.definition),
    );
    const turn = new TeamsTurn(context, { wroteDanish: match?.danishWords });
    const route = match ? commands.find((c) => c.definition.id === match.id) : undefined;
    logger.info(
      { event: "message", command: match?.id ?? "fallback", conversation: turn.conversation.kind },
      "message received",
    );
    try {
      if (route && match) await route.handler(turn, match.args);
      else if (fallback) await fallback(turn, turn.text);
    } catch (error) {
      logger.error({ err: error, command: match?.id }, "command failed");
      const explained = options.explainFailure?.(error);
      await context.sendActivity(
        explained ? explained[language(context)] : somethingWentWrong(language(context), budget),
      );
    }
  };

  application.activity(ActivityTypes.Message, (context) =>
    turnWithin(context, budgets.messageMs, "message", (budget) => answerMessage(context, budget)),
  );

  application.conversationUpdate("membersAdded", (context) =>
    turnWithin(context, budgets.messageMs, "install", async () => {
      const botId = context.activity.recipient.id;
      const botWasAdded = (context.activity.membersAdded ?? []).some((m) => m.id === botId);
      if (!botWasAdded) return;
      const turn = new TeamsTurn(context);
      logger.info(
        { event: "installed", conversation: turn.conversation.kind },
        "bot added to a conversation",
      );
      for (const handler of installHandlers) {
        try {
          await handler(turn);
        } catch (error) {
          logger.error({ err: error }, "install handler failed");
        }
      }
    }),
  );

  const runRemoveHandlers = (context: TurnContext) =>
    turnWithin(context, budgets.messageMs, "install", async () => {
      const turn = new TeamsTurn(context);
      logger.info(
        { event: "removed", conversation: turn.conversation.kind },
        "bot removed from a conversation",
      );
      for (const handler of removeHandlers) {
        try {
          await handler(turn);
        } catch (error) {
          logger.error({ err: error }, "remove handler failed");
        }
      }
    });

  application.conversationUpdate("membersRemoved", async (context) => {
    const botId = context.activity.recipient.id;
    const botWasRemoved = (context.activity.membersRemoved ?? []).some((m) => m.id === botId);
    if (botWasRemoved) await runRemoveHandlers(context);
  });

  // Teams sends this when the app is uninstalled ("remove"); installs arrive as membersAdded.
  application.activity(ActivityTypes.InstallationUpdate, async (context) => {
    if (context.activity.action === "remove") await runRemoveHandlers(context);
  });

  /** Runs the handler against the card action's deadline; see `CardActionOptions.whenLate`. */
  const answerCardAction = (
    context: TurnContext,
    turn: CardActionTurn,
    handler: CardActionHandler,
    cardOptions: CardActionOptions | undefined,
  ) =>
    turnWithin(context, budgets.cardActionMs, "cardAction", async (budget) => {
      const settled = handler(turn).then(
        (response) => ({ ok: true as const, response }),
        (error: unknown) => ({ ok: false as const, error }),
      );
      const outcome = await raceDeadline(budget, settled);
      if (outcome.inTime) {
        if (outcome.value.ok) return invokeAnswer(outcome.value.response);
        logger.error({ err: outcome.value.error, verb: turn.verb }, "card action failed");
        const explained = options.explainFailure?.(outcome.value.error);
        return explained ? explained[turn.language] : somethingWentWrong(turn.language, budget);
      }
      const { commitStarted } = outcome;
      logger.warn(
        { event: "cardActionLate", verb: turn.verb, commitStarted },
        "card action answered before its work finished",
      );
      void settled.then((result) =>
        logger.info(
          {
            event: "cardActionFinishedLate",
            verb: turn.verb,
            outcome: result.ok ? "succeeded" : "failed",
            ...(result.ok ? {} : errorSummary(result.error)),
          },
          "card action's work finished after its answer",
        ),
      );
      return invokeAnswer(lateAnswer(turn, commitStarted, cardOptions));
    });

  const lateAnswer = (
    turn: CardActionTurn,
    commitStarted: boolean,
    cardOptions: CardActionOptions | undefined,
  ): CardActionResponse => {
    try {
      const own = cardOptions?.whenLate?.(turn, { commitStarted });
      if (own) return own;
    } catch (error) {
      logger.error({ err: error, verb: turn.verb }, "card action's late answer failed");
    }
    return { message: tooLate(turn.language, commitStarted) };
  };

  /** A well-formed Action.Execute whose verb no feature registered: an old or foreign card. */
  const answerUnknownButton = (context: TurnContext): AdaptiveCard => {
    const turn = new TeamsTurn(context);
    logger.info(
      { event: "unknownCardAction", conversation: turn.conversation.kind },
      "unknown button",
    );
    const { title, text } = unknownButton(turn.language, turn.conversation.kind !== "personal");
    return renderNoticeCard({ title, text, color: "Warning" });
  };

  /** Any other invoke (a malformed card action, a name we do not serve): 400, not teams-ai's 501. */
  const refuseInvoke = async (context: TurnContext) => {
    logger.info(
      { event: "unsupportedInvoke", cardAction: context.activity.name === CARD_ACTION_INVOKE },
      "invoke refused",
    );
    await context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: {
        status: 400,
        body: {
          statusCode: 400,
          type: "application/vnd.microsoft.error",
          value: { code: "BadRequest", message: "This bot does not handle this request." },
        },
      },
    });
  };

  const router: TeamsBot["router"] = {
    command(definition, handler) {
      assertOpen(`command ${definition.id}`);
      commands.push({ definition, handler });
    },
    fallback(handler) {
      assertOpen("fallback");
      fallback = handler;
    },
    installed(handler) {
      assertOpen("install handler");
      installHandlers.push(handler);
    },
    removed(handler) {
      assertOpen("remove handler");
      removeHandlers.push(handler);
    },
    cardAction(verb: string, handler: CardActionHandler, cardOptions?: CardActionOptions) {
      assertOpen(`verb ${verb}`);
      verbs.push(verb);
      application.adaptiveCards.actionExecute<Record<string, unknown>>(
        verb,
        async (context, _state, data) => {
          const turn = new TeamsCardActionTurn(context, verb, data);
          logger.info(
            { event: "cardAction", verb, conversation: turn.conversation.kind },
            "card action received",
          );
          return answerCardAction(context, turn, handler, cardOptions);
        },
      );
    },
    registeredCommands() {
      return commands.map((c) => c.definition);
    },
    registeredVerbs() {
      return [...verbs];
    },
    seal() {
      assertOpen("seal");
      sealed = true;
      // Invoke routes are tried in the order they were added: these come after every verb.
      application.adaptiveCards.actionExecute(
        async (context) => isActionExecute(context),
        async (context) => answerUnknownButton(context),
      );
      application.addRoute(
        async (context) => context.activity.type === ActivityTypes.Invoke,
        async (context) => refuseInvoke(context),
        true,
      );
    },
  };
  return { application, router };
}
