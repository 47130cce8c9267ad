import { actionKey, type CardClick } from "./action-key";
import { claim } from "./claims";
import { documentIds, DOCUMENT_TYPES } from "./document-ids";
import type { StoreContext } from "./store-context";

/**
 * Idempotency for card actions that do not write a document of their own (e.g. "mark meeting
 * held" posting a message): the first delivery of a person's click claims `action:<key>`, a
 * redelivery gets false and does nothing. The key is the same action key (action-key.ts) that
 * answers, approvals and the profile remember, so there is one duplicate-click mechanism.
 */
export class ActionReceiptRepository {
  constructor(private readonly ctx: StoreContext) {}

  async claimAction(teamId: string, click: CardClick, userId: string): Promise<boolean> {
    const key = actionKey({ ...click, userId });
    return claim(this.ctx, DOCUMENT_TYPES.actionReceipt, {
      id: documentIds.actionReceipt(key),
      type: DOCUMENT_TYPES.actionReceipt,
      teamId,
      actionKey: key,
      at: this.ctx.clock.now().toISOString(),
    });
  }
}
