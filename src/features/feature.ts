import type { ProactiveMessenger } from "../bot/proactive";
import type { BotRouter } from "../bot/router";
import type { CommandDefinition } from "../bot/commands";
import type { Clock } from "../clock";
import type { AppConfig } from "../config";
import type { LocalizedText } from "../domain/i18n";
import type { Logger } from "../logger";
import type { Repositories } from "../store/repositories";

/**
 * What a capability declares about itself, in one place inside its folder: its commands (both
 * languages, help line, Teams command menu), the card verbs it handles, the card templates it
 * renders and any HTTP routes. `src/app.ts` lists the features; the router, the help card, the
 * manifest and the tests read these declarations, so adding a command touches its feature's
 * folder and that list only.
 */

export type CommandScope = "team" | "groupChat" | "personal";

/** A command as people meet it. */
export interface CommandDeclaration extends CommandDefinition {
  /** How to write it, as shown in help ("eksportér data"); also its title in Teams' command menu. */
  usage: LocalizedText;
  /** Help's line about it. */
  description: LocalizedText;
  /**
   * Where Teams' command menu offers it, with a description of at most 128 characters.
   * Omitted: the command works but is only listed in help.
   */
  menu?: { scopes: readonly CommandScope[]; description: LocalizedText };
}

export interface HttpRequest {
  params: Readonly<Record<string, string>>;
  headers: Readonly<Record<string, string | undefined>>;
  body: unknown;
}

export type HttpResponse =
  | { status: number; json: unknown; headers?: Readonly<Record<string, string>> }
  | {
      status: 200;
      file: Buffer;
      contentType: string;
      fileName: string;
    };

/** A route a feature serves besides Bot Framework traffic (downloads, the nudge trigger). */
export interface HttpRoute {
  method: "GET" | "POST";
  /** restify syntax, e.g. "/api/exports/:teamId/:token". */
  path: string;
  handle(request: HttpRequest): Promise<HttpResponse>;
}

/** What every feature may use; each narrows the repositories to the few calls it makes. */
export interface FeatureContext {
  repositories: Repositories;
  clock: Clock;
  logger: Logger;
  config: AppConfig;
  /** Every feature's commands, in the order `app.ts` lists the features (help shows them so). */
  commands(): readonly CommandDeclaration[];
  /** Posting without being spoken to; absent without an adapter (unit tests). */
  proactive?: ProactiveMessenger;
}

export interface Feature {
  name: string;
  commands: readonly CommandDeclaration[];
  /** Action.Execute verbs this feature handles; no two features share one. */
  verbs: readonly string[];
  /** Templates in `cards/` this feature renders (without `.json`). */
  cards: readonly string[];
  register(router: BotRouter, context: FeatureContext): void;
  routes?(context: FeatureContext): HttpRoute[];
}
