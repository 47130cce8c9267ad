import type { BotRouter } from "../../bot/router";
import type { Repositories } from "../../store/repositories";
import type { Feature } from "../feature";
import type { BotTurn, ConversationInfo } from "../../bot/turn";
import { renderTemplate } from "../../cards/render";
import type { Language } from "../../domain/i18n";
import type { Logger } from "../../logger";

/** Where the bot can post later without being spoken to (monthly nudges, exports). */
export interface ConversationReference {
  kind: ConversationInfo["kind"];
  conversationId: string;
  teamId?: string;
  channelId?: string;
  serviceUrl: string;
  tenantId?: string;
  botId: string;
  userId?: string;
}

export interface WelcomeStore {
  saveConversationReference(reference: ConversationReference): Promise<void>;
  isTeamSetUp(teamId: string): Promise<boolean>;
}

/** The data `cards/welcome.json` binds to. */
export interface WelcomeCardData {
  title: string;
  intro: string;
  nextStepHeading: string;
  nextStep: string;
  footer: string;
}

const TEXT = {
  da: {
    title: "Hej! Jeg er Implementeringsguiden",
    intro:
      "Jeg hjælper jer gennem implementeringen af jeres metode med støtte fra Socialstyrelsen: milepæle og spørgsmål, godkendelser, statusmøder, supervision og forankring, lige her i kanalen.",
    nextStepHeading: "Kom i gang",
    channelNextStep:
      "Projektlederen eller en leder skriver **@Implementeringsguiden opsætning** og vælger metode, kommune, startdato og roller. **@Implementeringsguiden hjælp** viser alt, jeg kan.",
    personalNextStep: "Skriv **hjælp** for at se, hvad jeg kan. Opsætningen sker i teamets kanal.",
    footer:
      "Jeg gemmer kun Teams-id'er og navne på teamets medlemmer. Skriv aldrig CPR-numre til mig.",
  },
  en: {
    title: "Hi! I am Implementeringsguiden",
    intro:
      "I guide you through implementing your method with support from Socialstyrelsen: milestones and questions, approvals, status meetings, supervision and anchoring, right here in the channel.",
    nextStepHeading: "Getting started",
    channelNextStep:
      "The project leader or a manager writes **@Implementeringsguiden setup** and chooses the method, municipality, start date and roles. **@Implementeringsguiden help** shows everything I can do.",
    personalNextStep: "Write **help** to see what I can do. Setup happens in the team's channel.",
    footer: "I only keep the Teams ids and names of the team's members. Never send me CPR numbers.",
  },
} as const;

export function welcomeCardData(language: Language, inChannel: boolean): WelcomeCardData {
  const text = TEXT[language];
  return {
    title: text.title,
    intro: text.intro,
    nextStepHeading: text.nextStepHeading,
    nextStep: inChannel ? text.channelNextStep : text.personalNextStep,
    footer: text.footer,
  };
}

export function referenceFor(turn: BotTurn): ConversationReference {
  const c = turn.conversation;
  return {
    kind: c.kind,
    // A channel thread id carries ";messageid=…": new posts go to the channel itself.
    conversationId:
      c.kind === "channel"
        ? (c.channelId ?? c.conversationId.split(";")[0] ?? c.conversationId)
        : c.conversationId,
    teamId: c.teamId,
    channelId: c.channelId,
    serviceUrl: c.serviceUrl,
    tenantId: c.tenantId,
    botId: c.botId,
    userId: c.kind === "personal" ? turn.user.id : undefined,
  };
}

/** When the bot is added to a team or a chat: remember where it is, and say hello. */
function registerWelcome(router: BotRouter, deps: { store: WelcomeStore; logger: Logger }): void {
  router.installed(async (turn) => {
    try {
      await deps.store.saveConversationReference(referenceFor(turn));
    } catch (error) {
      // The welcome still matters; the reference is saved again at setup.
      deps.logger.error({ err: error }, "could not save the conversation reference");
    }
    const inChannel = turn.conversation.kind !== "personal";
    const teamId = turn.conversation.teamId;
    // Teams re-sends install events (re-install, app update); a team already set up needs no welcome.
    if (inChannel && teamId && (await deps.store.isTeamSetUp(teamId).catch(() => false))) return;
    // The team has not chosen a language yet: Danish first.
    const language: Language = inChannel ? "da" : turn.language;
    await turn.sendCard(renderTemplate("welcome", welcomeCardData(language, inChannel)));
  });
}

export function welcomeStoreFrom(repositories: Repositories): WelcomeStore {
  return {
    saveConversationReference: (reference) => repositories.conversations.save(reference),
    isTeamSetUp: async (teamId) => (await repositories.profiles.get(teamId)) !== null,
  };
}

export const welcomeFeature: Feature = {
  name: "welcome",
  commands: [],
  verbs: [],
  cards: ["welcome"],
  register(router, context) {
    registerWelcome(router, {
      store: welcomeStoreFrom(context.repositories),
      logger: context.logger,
    });
  },
};
