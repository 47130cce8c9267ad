import { getProgramme } from "../../domain/catalog";
import { buildPlanDocument, type PlanKind } from "../../domain/plan";
import type { Clock } from "../../clock";
import type { Logger } from "../../logger";
import type { HttpRoute } from "../feature";
import { renderPlanDocx } from "./docx-document";
import { planInputFrom } from "./plan-input";
import type { PlanExportStore } from "./store";
import { LINK_SPENT, TEAM_GONE } from "./texts";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export type PlanDownload =
  { status: 200; file: Buffer; fileName: string } | { status: 404; message: string };

/**
 * The plan a link was issued for, written now from what the team has saved: the profile, answers
 * and approvals in one query, the schedule changes in another. A spent or expired link opens
 * nothing; so does a data-export link.
 */
export async function downloadPlan(
  deps: { store: PlanExportStore; clock: Clock },
  teamId: string,
  token: string,
): Promise<PlanDownload> {
  const purpose = await deps.store.redeemToken(teamId, token);
  if (purpose === null) return { status: 404, message: LINK_SPENT };
  const kind: PlanKind = purpose === "anchoring-plan" ? "anchoring" : "implementation";
  const [stored, overrides] = await Promise.all([
    deps.store.readTeam(teamId),
    deps.store.listOverrides(teamId),
  ]);
  const profile = stored.profile?.profile;
  const programme = profile === undefined ? undefined : getProgramme(profile.programmeId);
  if (profile === undefined || programme === undefined) return { status: 404, message: TEAM_GONE };
  const plan = buildPlanDocument(
    planInputFrom(kind, programme, profile, stored, overrides, deps.clock.now()),
  );
  return { status: 200, file: await renderPlanDocx(plan), fileName: `${plan.fileName}.docx` };
}

export function planDownloadRoute(
  deps: { store: PlanExportStore; clock: Clock },
  logger: Logger,
): HttpRoute {
  return {
    method: "GET",
    path: "/api/plans/:teamId/:token",
    async handle(request) {
      const result = await downloadPlan(
        deps,
        request.params.teamId ?? "",
        request.params.token ?? "",
      );
      if (result.status !== 200) {
        return { status: result.status, json: { message: result.message } };
      }
      logger.info({ event: "plan.downloaded" }, "plan downloaded");
      return {
        status: 200,
        file: result.file,
        contentType: DOCX_TYPE,
        fileName: result.fileName,
      };
    },
  };
}
