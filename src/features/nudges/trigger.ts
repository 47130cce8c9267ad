import { createHash, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { Clock } from "../../clock";
import type { Logger } from "../../logger";
import type { HttpRequest, HttpResponse, HttpRoute } from "../feature";
import type { SweepReport, SweepRequest } from "./delivery/sweep";

/**
 * `POST /api/nudges/run`: runs a sweep now and answers with its report, for an external timer (the
 * Logic App in infra/azure.bicep) and for `npm run nudges`.
 * - With a bot app id (production) it needs `x-nudge-secret: <NUDGE_TRIGGER_SECRET>`, compared in
 *   constant time; without a configured secret it refuses to run at all.
 * - In local mode (no app id; the server listens on loopback only) it takes no secret, and a body
 *   `{ "now": "<ISO instant>" }` runs the sweep as if it were then. Elsewhere `now` is refused.
 * - `{ "dryRun": true }` reports what would be sent and sends nothing.
 */

export const NUDGE_TRIGGER_PATH = "/api/nudges/run";
export const NUDGE_SECRET_HEADER = "x-nudge-secret";

export interface TriggerSettings {
  /** True without a bot app id: no authentication anywhere, loopback only. */
  localMode: boolean;
  secret?: string;
}

export type TriggerCheck = { ok: true } | { ok: false; status: 401 | 503; message: string };

/** Equal-length digests, so neither the comparison's time nor an early exit tells the length. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function checkTrigger(settings: TriggerSettings, header: string | undefined): TriggerCheck {
  if (settings.localMode) return { ok: true };
  if (settings.secret === undefined) {
    return {
      ok: false,
      status: 503,
      message:
        "NUDGE_TRIGGER_SECRET is not set: the trigger refuses to run without it while BOT_ID is set.",
    };
  }
  if (header === undefined || !sameSecret(header, settings.secret)) {
    return { ok: false, status: 401, message: "unauthorized" };
  }
  return { ok: true };
}

const bodySchema = z
  .object({
    dryRun: z.boolean().optional(),
    now: z.string().datetime({ offset: true }).optional(),
  })
  .strict();

export type TriggerBody = z.infer<typeof bodySchema>;

export function parseTriggerBody(
  body: unknown,
  localMode: boolean,
): { ok: true; value: TriggerBody } | { ok: false; message: string } {
  const raw = body === undefined || body === null || body === "" ? {} : body;
  const parsed = bodySchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      message: 'expected a JSON body like { "dryRun": true, "now": "2027-03-01T08:30:00Z" }',
    };
  }
  if (parsed.data.now !== undefined && !localMode) {
    return { ok: false, message: '"now" is honoured only in local mode' };
  }
  return { ok: true, value: parsed.data };
}

export interface TriggerDeps {
  settings: TriggerSettings;
  run(request: SweepRequest): Promise<SweepReport>;
  clock: Clock;
  logger: Logger;
}

export function nudgeTriggerRoute(deps: TriggerDeps): HttpRoute {
  return {
    method: "POST",
    path: NUDGE_TRIGGER_PATH,
    async handle(request: HttpRequest): Promise<HttpResponse> {
      const allowed = checkTrigger(deps.settings, request.headers[NUDGE_SECRET_HEADER]);
      if (!allowed.ok) {
        deps.logger.warn({ event: "nudge.triggerRefused", status: allowed.status }, "refused");
        return { status: allowed.status, json: { error: allowed.message } };
      }
      const body = parseTriggerBody(request.body, deps.settings.localMode);
      if (!body.ok) return { status: 400, json: { error: body.message } };
      const now = body.value.now === undefined ? deps.clock.now() : new Date(body.value.now);
      try {
        const report = await deps.run({ now, dryRun: body.value.dryRun ?? false });
        return { status: 200, json: report };
      } catch (error) {
        // Each team's trouble is in the report; this is the sweep itself (the store is down).
        deps.logger.error({ err: error, event: "nudge.triggerFailed" }, "nudge sweep failed");
        return { status: 503, json: { error: "the sweep could not run; try again" } };
      }
    },
  };
}
