import { chooseLanguage } from "../../bot/turn";
import { renderTemplate } from "../../cards/render";
import { formatDateTime } from "../../domain/dates";
import type { Language } from "../../domain/i18n";
import type { PersonRef, TeamProfile } from "../../domain/team/profile";
import type { CommandDeclaration, Feature } from "../feature";
import type { Repositories } from "../../store/repositories";

export interface HistoryEvent {
  at: string;
  actor: PersonRef;
  action: string;
  details: Record<string, unknown>;
}

export interface HistoryStore {
  getProfile(teamId: string): Promise<{ profile: TeamProfile } | null>;
  latestEvents(teamId: string, limit: number): Promise<HistoryEvent[]>;
}

/** The data `cards/history.json` binds to. */
export interface HistoryCardData {
  title: string;
  empty: string;
  events: { when: string; who: string; what: string }[];
}

const SHOWN = 15;

const ACTIONS = new Map<string, { da: string; en: string }>(
  Object.entries({
    "setup.created": { da: "satte teamet op", en: "set up the team" },
    "setup.changed": { da: "ændrede opsætningen", en: "changed the setup" },
    "answers.saved": { da: "besvarede milepælsspørgsmål", en: "answered milestone questions" },
    "approval.approved": { da: "godkendte en milepæl", en: "approved a milestone" },
    "approval.sentBack": { da: "sendte en milepæl tilbage", en: "sent a milestone back" },
    "approval.requested": {
      da: "sendte en milepæl til godkendelse",
      en: "sent a milestone for approval",
    },
    "data.exportIssued": { da: "hentede et link til dataeksport", en: "got a data export link" },
    "plan.exportIssued": {
      da: "hentede et link til implementeringsplanen",
      en: "got a link to the implementation plan",
    },
    "plan.anchoringExportIssued": {
      da: "hentede et link til forankringsplanen",
      en: "got a link to the anchoring plan",
    },
    "schedule.markedHeld": { da: "markerede et møde som holdt", en: "marked a meeting as held" },
    "schedule.moved": { da: "flyttede et møde", en: "moved a meeting" },
    "schedule.snoozed": { da: "udsatte et møde en uge", en: "postponed a meeting by a week" },
  }),
);

const FIELD_NAMES = new Map<string, { da: string; en: string }>(
  Object.entries({
    programmeId: { da: "metode", en: "method" },
    organisationName: { da: "kommune", en: "municipality" },
    startDate: { da: "startdato", en: "start date" },
    language: { da: "sprog", en: "language" },
    projectLeader: { da: "projektleder", en: "project leader" },
    approvers: { da: "godkendere", en: "approvers" },
    consultants: { da: "konsulenter", en: "consultants" },
    slots: { da: "mødetider", en: "meeting slots" },
  }),
);

const TEXT = {
  da: { title: "Seneste ændringer", empty: "Der er ingen ændringer endnu." },
  en: { title: "Latest changes", empty: "There are no changes yet." },
};

export function describeEvent(event: HistoryEvent, language: Language): string {
  const action = ACTIONS.get(event.action)?.[language] ?? event.action;
  const fields = Array.isArray(event.details.fields) ? event.details.fields : [];
  if (event.action !== "setup.changed" || fields.length === 0) return action;
  const names = fields
    .map((f) => (typeof f === "string" ? (FIELD_NAMES.get(f)?.[language] ?? f) : ""))
    .filter(Boolean);
  return `${action}: ${names.join(", ")}`;
}

export const HISTORY_COMMAND: CommandDeclaration = {
  id: "history",
  aliases: { da: ["historik", "log"], en: ["history", "audit"] },
  usage: { da: "historik", en: "history" },
  description: {
    da: "Viser de seneste ændringer: hvem, hvornår og hvad.",
    en: "Shows the latest changes: who, when and what.",
  },
  menu: {
    scopes: ["team"],
    description: {
      da: "Se de seneste ændringer: hvem, hvornår og hvad",
      en: "See the latest changes: who, when and what",
    },
  },
};

export function historyStoreFrom(repositories: Repositories): HistoryStore {
  return {
    getProfile: (teamId) => repositories.profiles.get(teamId),
    latestEvents: async (teamId, limit) =>
      (await repositories.audit.list(teamId, { limit })).events,
  };
}

/** `historik`: the audit trail, readable in the channel by anyone in the team. */
export const historyFeature: Feature = {
  name: "history",
  commands: [HISTORY_COMMAND],
  verbs: [],
  cards: ["history"],
  register(router, context) {
    const deps = { store: historyStoreFrom(context.repositories) };
    router.command(HISTORY_COMMAND, async (turn) => {
      const teamId = turn.conversation.teamId;
      if (turn.conversation.kind !== "channel" || !teamId) {
        await turn.sendText(
          turn.language === "da"
            ? "Historikken hører til teamet: skriv **@Implementeringsguiden historik** i teamets kanal."
            : "The history belongs to the team: write **@Implementeringsguiden history** in the team's channel.",
        );
        return;
      }
      // Danish command words settle the language; only otherwise is the team's setting read.
      const stored = turn.wroteDanish ? null : await deps.store.getProfile(teamId);
      const language = chooseLanguage(turn, stored?.profile.language);
      const events = await deps.store.latestEvents(teamId, SHOWN);
      const data: HistoryCardData = {
        title: TEXT[language].title,
        empty: TEXT[language].empty,
        events: events.map((event) => ({
          when: formatDateTime(event.at, language),
          who: event.actor.name,
          what: describeEvent(event, language),
        })),
      };
      await turn.sendCard(renderTemplate("history", data));
    });
  },
};
