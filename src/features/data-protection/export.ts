import type { BotRouter } from "../../bot/router";
import type { CardActionResponse } from "../../bot/turn";
import { renderActionCard, renderLinkCard } from "../../cards/common-cards";
import type { HttpRoute } from "../feature";
import type { DataProtectionDependencies } from "./index";
import { EXPORT_DATA_COMMAND } from "./commands";
import { approverGate } from "./gate";
import type { DataProtectionStore } from "./store";
import { DATA_TEXT } from "./texts";
import { DATA_VERBS } from "./verbs";
import type { Logger } from "../../logger";

const EXPORT_LINK_MINUTES = 15;

export function exportDownloadUrl(baseUrl: string, teamId: string, token: string): string {
  return `${baseUrl.replace(/\/$/, "")}/api/exports/${encodeURIComponent(teamId)}/${token}`;
}

/** `eksportér data` (GDPR art. 15/20): an approver gets a one-time link to a JSON file. */
export function registerExport(router: BotRouter, deps: DataProtectionDependencies): void {
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
}

/** `GET /api/exports/<team>/<token>`: the JSON file, once, while the token is valid. */
export async function downloadExport(
  store: Pick<DataProtectionStore, "redeemExportToken" | "exportTeam">,
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

export function exportRoute(store: DataProtectionStore, logger: Logger): HttpRoute {
  return {
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
      logger.info({ event: "data.exported" }, "team data downloaded");
      return {
        status: 200,
        file: Buffer.from(JSON.stringify(result.file)),
        contentType: "application/json",
        fileName: "implementeringsguiden-data.json",
      };
    },
  };
}
