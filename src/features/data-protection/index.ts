import { randomUUID } from "node:crypto";
import type { BotRouter } from "../../bot/router";
import { chooseLanguage, type BotTurn, type CardActionResponse } from "../../bot/turn";
import {
  renderActionCard,
  renderConfirmCard,
  renderLinkCard,
  renderNoticeCard,
} from "../../cards/common-cards";
import type { Clock } from "../../clock";
import type { Language } from "../../domain/i18n";
import { isApprover, type PersonRef, type TeamProfile } from "../../domain/team/profile";
import type { Logger } from "../../logger";
import { StoreUnavailableError, UnreadableDocumentError } from "../../store/errors";
import type { Repositories } from "../../store/repositories";
import type { Feature } from "../feature";
import { ERASE_DATA_COMMAND, EXPORT_DATA_COMMAND } from "./commands";
import { DATA_VERBS } from "./verbs";
import { DATA_TEXT } from "./texts";

export interface DataProtectionStore {
  getProfile(teamId: string): Promise<{ profile: TeamProfile } | null>;
  /**
   * The approvers' ids, read without the rest of the profile: so a team whose profile no longer
   * parses (written before a fix) can still export and erase its data.
   */
  readApproverIds(teamId: string): Promise<string[] | null>;
  eraseTeam(teamId: string): Promise<void>;
  issueExportToken(
    teamId: string,
    createdBy: PersonRef,
    validForMinutes: number,
  ): Promise<{ token: string; expiresAt: string }>;
}

export interface DataProtectionDependencies {
  store: DataProtectionStore;
  clock: Clock;
  logger: Logger;
  /** Where people's browsers reach this server, for the download link. */
  publicBaseUrl: string;
}

const EXPORT_LINK_MINUTES = 15;

type Gate =
  /** `profile` is null when the stored profile no longer parses; the approvers were still read. */
  | { ok: true; teamId: string; profile: TeamProfile | null; language: Language }
  | { ok: false; message: string };

/** Data protection is the approvers' call, always checked on the server. */
async function approverGate(turn: BotTurn, deps: DataProtectionDependencies): Promise<Gate> {
  const teamId = turn.conversation.teamId;
  if (turn.conversation.kind !== "channel" || !teamId)
    return { ok: false, message: DATA_TEXT[turn.language].onlyInTeam };
  let stored: { profile: TeamProfile } | null;
  try {
    stored = await deps.store.getProfile(teamId);
  } catch (error) {
    if (!(error instanceof UnreadableDocumentError)) throw error;
    return approverGateOnUnreadableProfile(turn, deps, teamId);
  }
  const language = chooseLanguage(turn, stored?.profile.language);
  if (!stored) return { ok: false, message: DATA_TEXT[language].notSetUp };
  if (!isApprover(stored.profile, turn.user.id))
    return { ok: false, message: DATA_TEXT[language].onlyApprovers(stored.profile) };
  return { ok: true, teamId, profile: stored.profile, language };
}

/**
 * A profile written before a fix may no longer parse, and then every other feature refuses the
 * team. Its approvers can still be read on their own, so they can export and erase it.
 */
async function approverGateOnUnreadableProfile(
  turn: BotTurn,
  deps: DataProtectionDependencies,
  teamId: string,
): Promise<Gate> {
  const language = chooseLanguage(turn, undefined);
  deps.logger.warn({ event: "data.profileUnreadable" }, "the team's profile does not parse");
  const approverIds = (await deps.store.readApproverIds(teamId)) ?? [];
  if (!approverIds.includes(turn.user.id)) {
    return { ok: false, message: DATA_TEXT[language].onlyApproversUnnamed };
  }
  return { ok: true, teamId, profile: null, language };
}

export function exportDownloadUrl(baseUrl: string, teamId: string, token: string): string {
  return `${baseUrl.replace(/\/$/, "")}/api/exports/${encodeURIComponent(teamId)}/${token}`;
}

/** `eksportér data` and `slet data` (GDPR art. 15/20 and 17), for approvers. */
function registerDataProtection(router: BotRouter, deps: DataProtectionDependencies): void {
  router.command(EXPORT_DATA_COMMAND, async (turn) => {
    const gate = await approverGate(turn, deps);
    if (!gate.ok) return void (await turn.sendText(gate.message));
    const text = DATA_TEXT[gate.language];
    await turn.sendCard(
      renderActionCard({
        title: text.exportTitle,
        text: text.exportText,
        button: { title: text.exportButton, verb: DATA_VERBS.downloadExport, data: {} },
      }),
    );
  });

  router.cardAction(DATA_VERBS.downloadExport, async (turn): Promise<CardActionResponse> => {
    const gate = await approverGate(turn, deps);
    if (!gate.ok) return { message: gate.message };
    const text = DATA_TEXT[gate.language];
    const { token, expiresAt } = await deps.store.issueExportToken(
      gate.teamId,
      turn.user,
      EXPORT_LINK_MINUTES,
    );
    deps.logger.info({ event: "data.exportLinkIssued" }, "export link issued");
    // The answer to a click is shown to the person who clicked, so the link stays private.
    return {
      card: renderLinkCard({
        title: text.linkTitle,
        text: text.linkText(expiresAt),
        linkTitle: text.linkButton,
        url: exportDownloadUrl(deps.publicBaseUrl, gate.teamId, token),
      }),
    };
  });

  router.command(ERASE_DATA_COMMAND, async (turn) => {
    const gate = await approverGate(turn, deps);
    if (!gate.ok) return void (await turn.sendText(gate.message));
    const text = DATA_TEXT[gate.language];
    const data = { actionId: randomUUID() };
    await turn.sendCard(
      renderConfirmCard({
        title: text.eraseTitle,
        titleColor: "Attention",
        text: text.eraseText(gate.profile),
        confirm: {
          title: text.eraseConfirm,
          verb: DATA_VERBS.confirmErase,
          style: "destructive",
          data,
        },
        cancel: { title: text.eraseCancel, verb: DATA_VERBS.cancelErase, data },
      }),
    );
  });

  router.cardAction(DATA_VERBS.confirmErase, async (turn): Promise<CardActionResponse> => {
    const gate = await approverGate(turn, deps);
    if (!gate.ok) return { message: gate.message };
    const text = DATA_TEXT[gate.language];
    try {
      await deps.store.eraseTeam(gate.teamId);
    } catch (error) {
      if (error instanceof StoreUnavailableError) return { message: text.storeDown };
      throw error;
    }
    deps.logger.info({ event: "data.erased" }, "team data erased");
    const done = renderNoticeCard({
      title: text.erasedTitle,
      text: text.erasedText(turn.user.name, deps.clock.now()),
      color: "Good",
    });
    if (turn.cardActivityId) {
      await turn
        .updateCard(turn.cardActivityId, done)
        .catch((error: unknown) =>
          deps.logger.warn({ err: error }, "could not update the erase card"),
        );
    }
    return { card: done };
  });

  router.cardAction(DATA_VERBS.cancelErase, async (turn): Promise<CardActionResponse> => {
    const gate = await approverGate(turn, deps);
    if (!gate.ok) return { message: gate.message };
    const text = DATA_TEXT[gate.language];
    const done = renderNoticeCard({
      title: text.cancelledTitle,
      text: text.cancelledText,
      color: "Default",
    });
    if (turn.cardActivityId)
      await turn.updateCard(turn.cardActivityId, done).catch(() => undefined);
    return { card: done };
  });
}

export interface ExportDownloadStore {
  redeemExportToken(teamId: string, token: string): Promise<boolean>;
  exportTeam(teamId: string): Promise<unknown>;
}

/** `GET /api/exports/<team>/<token>`: the JSON file, once, while the token is valid. */
export async function downloadExport(
  store: ExportDownloadStore,
  teamId: string,
  token: string,
): Promise<{ status: 200; file: unknown } | { status: 404; message: string }> {
  if (!(await store.redeemExportToken(teamId, token))) {
    return {
      status: 404,
      message: "Linket er brugt eller udløbet. / The link has been used or has expired.",
    };
  }
  return { status: 200, file: await store.exportTeam(teamId) };
}

export function dataProtectionStoreFrom(
  repositories: Repositories,
): DataProtectionStore & ExportDownloadStore {
  return {
    getProfile: (teamId) => repositories.profiles.get(teamId),
    readApproverIds: (teamId) => repositories.profiles.readApproverIds(teamId),
    eraseTeam: (teamId) => repositories.teamData.eraseTeam(teamId).then(() => undefined),
    exportTeam: (teamId) => repositories.teamData.exportTeam(teamId),
    issueExportToken: (teamId, createdBy, minutes) =>
      repositories.exportTokens.issue(teamId, createdBy, minutes),
    redeemExportToken: (teamId, token) => repositories.exportTokens.redeem(teamId, token),
  };
}

/** `eksportér data` and `slet data`, and the download route the export link points at. */
export const dataProtectionFeature: Feature = {
  name: "dataProtection",
  commands: [EXPORT_DATA_COMMAND, ERASE_DATA_COMMAND],
  verbs: Object.values(DATA_VERBS),
  cards: ["action", "link", "confirm", "notice"],
  register(router, context) {
    registerDataProtection(router, {
      store: dataProtectionStoreFrom(context.repositories),
      clock: context.clock,
      logger: context.logger,
      publicBaseUrl: context.config.publicBaseUrl,
    });
  },
  routes(context) {
    const store = dataProtectionStoreFrom(context.repositories);
    return [
      {
        method: "GET",
        path: "/api/exports/:teamId/:token",
        async handle(request) {
          const result = await downloadExport(
            store,
            request.params.teamId ?? "",
            request.params.token ?? "",
          );
          if (result.status !== 200)
            return { status: result.status, json: { message: result.message } };
          context.logger.info({ event: "data.exported" }, "team data downloaded");
          return {
            status: 200,
            file: Buffer.from(JSON.stringify(result.file)),
            contentType: "application/json",
            fileName: "implementeringsguiden-data.json",
          };
        },
      },
    ];
  },
};
