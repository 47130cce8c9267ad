import type { PostedCard } from "../bot/proactive";
import { readDocument, writeDocument } from "./cosmos-operations";
import { documentIds, DOCUMENT_TYPES } from "./document-ids";
import type { StoreContext } from "./store-context";

/**
 * Where each milestone's approval card was posted in the channel. Derived data, written after
 * the card is posted: when an approver decides from `godkendelser` or a personal chat, the card
 * everyone sees in the channel is updated from here. Last write wins (a new request posts a new
 * card); a missing document only means that card cannot be updated.
 */
export class ApprovalCardRepository {
  constructor(private readonly ctx: StoreContext) {}

  async remember(teamId: string, milestoneKey: string, posted: PostedCard): Promise<void> {
    await writeDocument(
      this.ctx,
      this.ctx.teams,
      DOCUMENT_TYPES.approvalCard,
      {
        id: documentIds.approvalCard(milestoneKey),
        type: DOCUMENT_TYPES.approvalCard,
        teamId,
        milestoneId: milestoneKey,
        serviceUrl: posted.serviceUrl,
        ...(posted.tenantId ? { tenantId: posted.tenantId } : {}),
        conversationId: posted.conversationId,
        activityId: posted.activityId,
        botId: posted.botId,
        postedAt: this.ctx.clock.now().toISOString(),
      },
      { kind: "upsert" },
      { commit: false },
    );
  }

  async get(teamId: string, milestoneKey: string): Promise<PostedCard | null> {
    const found = await readDocument(
      this.ctx,
      this.ctx.teams,
      DOCUMENT_TYPES.approvalCard,
      documentIds.approvalCard(milestoneKey),
      teamId,
    );
    if (found === null) return null;
    const { serviceUrl, tenantId, conversationId, activityId, botId } = found.doc;
    return { serviceUrl, ...(tenantId ? { tenantId } : {}), conversationId, activityId, botId };
  }
}
