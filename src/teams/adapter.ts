import { ConfigurationServiceClientCredentialFactory } from "botbuilder";
import { TeamsAdapter } from "@microsoft/teams-ai";
import type { Logger } from "pino";
import type { BotAuth } from "../config";

export type { TeamsAdapter };

/**
 * Without an app id botbuilder accepts unauthenticated requests: that is how the Playground talks
 * to the bot, and why the server then listens on loopback only. With an app id every request must
 * carry a valid Bot Framework JWT.
 */
export function createTeamsAdapter(auth: BotAuth, logger: Logger): TeamsAdapter {
  const credentials =
    auth.mode === "authenticated"
      ? new ConfigurationServiceClientCredentialFactory({
          MicrosoftAppId: auth.appId,
          MicrosoftAppPassword: auth.password,
          MicrosoftAppType: auth.appType,
          MicrosoftAppTenantId: auth.tenantId,
        })
      : new ConfigurationServiceClientCredentialFactory({});
  const adapter = new TeamsAdapter({}, credentials);
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, activityType: context.activity.type }, "unhandled error in turn");
    if (context.activity.type === "message") {
      await context.sendActivity(
        "Beklager, der gik noget galt. Prøv igen om lidt. / Sorry, something went wrong. Please try again.",
      );
    }
  };
  return adapter;
}
