import { claim } from "./claims";
import { readDocument, writeDocument } from "./cosmos-operations";
import { documentIds, DOCUMENT_TYPES, isMonth } from "./document-ids";
import { ConcurrentChangeError } from "./errors";
import type { DocumentOf } from "./schemas";
import type { StoreContext } from "./store-context";

export type NudgeStatus = "claimed" | "delivered" | "failed";

export interface NudgeDelivery {
  teamId: string;
  month: string;
  channelId: string;
  status: NudgeStatus;
  claimedAt: string;
  deliveredAt?: string;
  activityId?: string;
  failedAt?: string;
  /** A short reason for logs ("403 blocked", "timeout"), never message content. */
  failure?: string;
}

/**
 * One monthly nudge per team: whoever creates `nudge:<YYYY-MM>` first sends it, so two scheduler
 * runs (in-process and the external timer, or two instances) cannot both post. A failed
 * delivery stays claimed: the month is not retried automatically, since a 403/404 means the bot
 * was removed and must not loop; the status shows what happened.
 */
export class NudgeDeliveryRepository {
  constructor(private readonly ctx: StoreContext) {}

  async claim(teamId: string, month: string, channelId: string): Promise<boolean> {
    if (!isMonth(month)) throw new Error(`not a month (YYYY-MM): ${month}`);
    return claim(this.ctx, DOCUMENT_TYPES.nudgeDelivery, {
      id: documentIds.nudgeDelivery(month),
      type: DOCUMENT_TYPES.nudgeDelivery,
      teamId,
      month,
      channelId,
      status: "claimed",
      claimedAt: this.ctx.clock.now().toISOString(),
    });
  }

  async get(teamId: string, month: string): Promise<NudgeDelivery | null> {
    const found = await this.read(teamId, month);
    return found === null ? null : publicView(found.doc);
  }

  async markDelivered(teamId: string, month: string, activityId?: string): Promise<NudgeDelivery> {
    const at = this.ctx.clock.now().toISOString();
    return this.update(teamId, month, (current) => ({
      ...current,
      status: "delivered",
      deliveredAt: at,
      ...(activityId ? { activityId } : {}),
    }));
  }

  async markFailed(teamId: string, month: string, failure: string): Promise<NudgeDelivery> {
    const at = this.ctx.clock.now().toISOString();
    return this.update(teamId, month, (current) => ({
      ...current,
      status: "failed",
      failedAt: at,
      failure: failure.slice(0, 200),
    }));
  }

  /** Read-modify-write with the ETag; a concurrent change is re-read and applied again. */
  private async update(
    teamId: string,
    month: string,
    change: (current: NudgeDelivery) => NudgeDelivery,
  ): Promise<NudgeDelivery> {
    const id = documentIds.nudgeDelivery(month);
    for (let attempt = 1; ; attempt++) {
      const found = await this.read(teamId, month);
      if (found === null) throw new Error(`no claimed nudge ${id} for this team`);
      const next = change(publicView(found.doc));
      try {
        await writeDocument(
          this.ctx,
          this.ctx.teams,
          DOCUMENT_TYPES.nudgeDelivery,
          { ...found.doc, ...next },
          { kind: "replace", etag: found.etag, partitionKey: teamId },
        );
        return next;
      } catch (error) {
        if (!(error instanceof ConcurrentChangeError) || attempt >= 3) throw error;
      }
    }
  }

  private read(teamId: string, month: string) {
    const id = documentIds.nudgeDelivery(month);
    return readDocument(this.ctx, this.ctx.teams, DOCUMENT_TYPES.nudgeDelivery, id, teamId);
  }
}

function publicView(doc: DocumentOf<typeof DOCUMENT_TYPES.nudgeDelivery>): NudgeDelivery {
  const { teamId, month, channelId, status, claimedAt } = doc;
  return {
    teamId,
    month,
    channelId,
    status,
    claimedAt,
    ...(doc.deliveredAt ? { deliveredAt: doc.deliveredAt } : {}),
    ...(doc.activityId ? { activityId: doc.activityId } : {}),
    ...(doc.failedAt ? { failedAt: doc.failedAt } : {}),
    ...(doc.failure ? { failure: doc.failure } : {}),
  };
}
