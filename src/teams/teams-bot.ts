import { ActivityTypes, type TurnContext } from "botbuilder";
import { Application, type TeamsAdapter, type TurnState } from "@microsoft/teams-ai";
import type { Logger } from "pino";
import type { BotRouter, CardActionHandler, CommandHandler, InstallHandler } from "../bot/router";
import { matchCommand, type CommandDefinition } from "../bot/commands";
import { languageFromLocale } from "../domain/i18n";
import { TeamsCardActionTurn, TeamsTurn } from "./teams-turn";

const SOMETHING_WENT_WRONG = {
  da: "Beklager, der gik noget galt. Prøv igen om lidt. Intet er gemt halvt.",
  en: "Sorry, something went wrong. Please try again in a moment. Nothing was half-saved.",
};

export interface TeamsBot {
  /** The teams-ai application: `run(context)` handles one turn. */
  application: Application<TurnState>;
  router: BotRouter & {
    registeredCommands(): CommandDefinition[];
    registeredVerbs(): string[];
  };
}

/**
 * The only place that knows teams-ai's routing. Features register through `BotRouter`; messages
 * are dispatched by our own command matcher so Danish and English aliases work the same way.
 */
export function createTeamsBot(options: {
  adapter?: TeamsAdapter;
  botAppId?: string;
  logger: Logger;
}): TeamsBot {
  const { logger } = options;
  const application = new Application<TurnState>({
    adapter: options.adapter,
    botAppId: options.botAppId,
    removeRecipientMention: true,
    startTypingTimer: false,
  });
  const commands: { definition: CommandDefinition; handler: CommandHandler }[] = [];
  let fallback: CommandHandler | undefined;
  const installHandlers: InstallHandler[] = [];
  const verbs: string[] = [];

  const language = (context: TurnContext) => languageFromLocale(context.activity.locale);

  application.activity(ActivityTypes.Message, async (context) => {
    const text = (context.activity.text ?? "").trim();
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
      await context.sendActivity(SOMETHING_WENT_WRONG[language(context)]);
    }
  });

  application.conversationUpdate("membersAdded", async (context) => {
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
  });

  const router: TeamsBot["router"] = {
    command(definition, handler) {
      commands.push({ definition, handler });
    },
    fallback(handler) {
      fallback = handler;
    },
    installed(handler) {
      installHandlers.push(handler);
    },
    cardAction(verb: string, handler: CardActionHandler) {
      verbs.push(verb);
      application.adaptiveCards.actionExecute<Record<string, unknown>>(
        verb,
        async (context, _state, data) => {
          const turn = new TeamsCardActionTurn(context, verb, data);
          logger.info(
            { event: "cardAction", verb, conversation: turn.conversation.kind },
            "card action received",
          );
          try {
            const response = await handler(turn);
            return "card" in response ? response.card : response.message;
          } catch (error) {
            logger.error({ err: error, verb }, "card action failed");
            return SOMETHING_WENT_WRONG[language(context)];
          }
        },
      );
    },
    registeredCommands() {
      return commands.map((c) => c.definition);
    },
    registeredVerbs() {
      return [...verbs];
    },
  };
  return { application, router };
}
