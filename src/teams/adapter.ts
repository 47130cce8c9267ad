import { AsyncLocalStorage } from "node:async_hooks";
import {
  ActivityTypes,
  CallerIdConstants,
  ConfigurationServiceClientCredentialFactory,
  INVOKE_RESPONSE_KEY,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from "botbuilder";
import {
  AuthenticationConstants,
  type AuthenticateRequestResult,
  type ConnectorClient,
  type ConnectorFactory,
} from "botframework-connector";
import { TeamsAdapter } from "@microsoft/teams-ai";
import type { Logger } from "pino";
import type { BotAuth } from "../config";
import { languageFromLocale } from "../domain/i18n";
import { somethingWentWrong } from "./glue-texts";
import { budgetOf } from "./turn-deadline";

export type { TeamsAdapter };

export interface TeamsAdapterOptions {
  /**
   * Where the Bot Framework channel publishes its token signing keys (OpenID metadata).
   * Unset: Microsoft's public cloud. Tests serve their own on loopback.
   */
  openIdMetadataUrl?: string;
}

/**
 * teams-ai's adapter, opened up so the HTTP edge can authenticate a request before anything
 * reads its body, check the activity's shape, and then run the turn with that authentication.
 */
export class BotAdapter extends TeamsAdapter {
  private readonly singleAttempt = new AsyncLocalStorage<true>();

  constructor(
    /** False in local mode: no app id, and botbuilder accepts requests without a token. */
    readonly authenticated: boolean,
    config: ConfigurationBotFrameworkAuthenticationOptions,
    credentials: ConfigurationServiceClientCredentialFactory,
  ) {
    super(config, credentials);
    this.interceptConnectorFactories();
  }

  /**
   * Runs `work` with connector clients that send each request once. botbuilder's clients retry
   * by themselves (429/503 after any Retry-After however long, 5xx, reset connections), unseen
   * by our rate limiter and past a delivery's lease; proactive posts retry in our own code.
   */
  withoutHiddenRetries<T>(work: () => Promise<T>): Promise<T> {
    return this.singleAttempt.run(true, work);
  }

  private interceptConnectorFactories(): void {
    const auth = this.botFrameworkAuthentication;
    const createFactory = auth.createConnectorFactory.bind(auth);
    auth.createConnectorFactory = (identity) => {
      const factory = createFactory(identity);
      if (this.singleAttempt.getStore() !== true) return factory;
      const singleAttempt: Pick<ConnectorFactory, "create"> = {
        create: async (serviceUrl, audience) =>
          withoutRetryPolicy(await factory.create(serviceUrl, audience)),
      };
      return singleAttempt as ConnectorFactory;
    };
  }

  /**
   * Checks the request's token with botbuilder's own validation (signature against the channel's
   * published keys, issuer, audience, lifetime, and the serviceUrl claim against `binding`).
   * Throws when it is not valid; in local mode every request passes as anonymous.
   */
  authenticate(
    binding: { channelId?: string; serviceUrl?: string },
    authHeader: string,
  ): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(binding as Activity, authHeader);
  }

  /** Runs one turn of an authenticated request; the invoke response, if the turn gave one. */
  runTurn(
    authentication: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authentication, activity, logic);
  }
}

/** The name core-rest-pipeline gives the retry policy of every client it builds. */
const SDK_RETRY_POLICY = "defaultRetryPolicy";

interface PolicyPipeline {
  getOrderedPolicies(): { name: string }[];
  removePolicy(options: { name: string }): unknown;
}

/**
 * Takes botbuilder's retry policy out of one connector client. Its pipeline is not public API:
 * if a botbuilder update moves it, this throws rather than let hidden retries back in (and the
 * delivery tests, which count requests per attempt, fail).
 */
function withoutRetryPolicy(connector: ConnectorClient): ConnectorClient {
  const inner: unknown = Reflect.get(connector, "client");
  const pipeline: unknown =
    typeof inner === "object" && inner !== null ? Reflect.get(inner, "pipeline") : undefined;
  if (!isPipeline(pipeline)) {
    throw new Error("botbuilder's connector client has no pipeline to take the retries out of");
  }
  pipeline.removePolicy({ name: SDK_RETRY_POLICY });
  if (pipeline.getOrderedPolicies().some((policy) => policy.name === SDK_RETRY_POLICY)) {
    throw new Error("botbuilder's connector client kept its retry policy");
  }
  return connector;
}

function isPipeline(value: unknown): value is PolicyPipeline {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof Reflect.get(value, "removePolicy") === "function" &&
    typeof Reflect.get(value, "getOrderedPolicies") === "function"
  );
}

/**
 * The public cloud's settings with another place for the channel's signing keys. botbuilder uses
 * its built-in public-cloud settings only when none is given, so all of them are spelled out.
 */
function publicCloudWithKeysAt(
  openIdMetadataUrl: string,
): ConfigurationBotFrameworkAuthenticationOptions {
  return {
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ValidateAuthority: true,
  };
}

/**
 * Without an app id botbuilder accepts unauthenticated requests: that is how the Playground talks
 * to the bot, and why the server then listens on loopback only. With an app id every request must
 * carry a valid Bot Framework JWT.
 */
export function createTeamsAdapter(
  auth: BotAuth,
  logger: Logger,
  options: TeamsAdapterOptions = {},
): BotAdapter {
  const credentials =
    auth.mode === "authenticated"
      ? new ConfigurationServiceClientCredentialFactory({
          MicrosoftAppId: auth.appId,
          MicrosoftAppPassword: auth.password,
          MicrosoftAppType: auth.appType,
          MicrosoftAppTenantId: auth.tenantId,
        })
      : new ConfigurationServiceClientCredentialFactory({});
  const config = options.openIdMetadataUrl ? publicCloudWithKeysAt(options.openIdMetadataUrl) : {};
  const adapter = new BotAdapter(auth.mode === "authenticated", config, credentials);
  adapter.onTurnError = (context, error) => answerUnhandledError(context, error, logger);
  return adapter;
}

/** Last resort: the features' handlers catch their own errors; this catches the rest. */
async function answerUnhandledError(context: TurnContext, error: unknown, logger: Logger) {
  const activity = context.activity;
  logger.error({ err: error, activityType: activity.type }, "unhandled error in turn");
  const text = somethingWentWrong(languageFromLocale(activity.locale), budgetOf(context));
  if (activity.type === ActivityTypes.Message) {
    await context.sendActivity(text);
    return;
  }
  if (activity.type !== ActivityTypes.Invoke || context.turnState.get(INVOKE_RESPONSE_KEY)) return;
  // An invoke needs an answer: a card action shows the message; anything else is our failure.
  const response: InvokeResponse =
    activity.name === "adaptiveCard/action"
      ? {
          status: 200,
          body: {
            statusCode: 200,
            type: "application/vnd.microsoft.activity.message",
            value: text,
          },
        }
      : { status: 500 };
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: response });
}
