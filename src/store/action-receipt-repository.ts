import { claim } from "./claims";
import { documentIds, DOCUMENT_TYPES } from "./document-ids";
import type { StoreContext } from "./store-context";

/**
 * Idempotency for card actions that do not write a document of their own (e.g. "mark meeting
 * held" posting a message): the first delivery of an action id claims `action:<actionId>`, a
 * redelivery gets false and does nothing. Answers and approvals keep their own action ids.
 */
export class ActionReceiptRepository {
  constructor(private readonly ctx: StoreContext) {}

  async claimAction(teamId: string, actionId: string): Promise<boolean> {
    return claim(this.ctx, teamId, {
      id: documentIds.actionReceipt(actionId),
      type: DOCUMENT_TYPES.actionReceipt,
      actionId,
      at: this.ctx.clock.now().toISOString(),
    });
  }
}
