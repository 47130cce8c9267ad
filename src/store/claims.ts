import type { ItemDefinition } from "@azure/cosmos";
import { z } from "zod";
import { createItem, readItem } from "./cosmos-operations";
import { AlreadyExistsError } from "./errors";
import type { StoreContext } from "./store-context";

const claimTokenSchema = z.object({ claimToken: z.string().optional() });

/**
 * Create-if-absent as a claim: true if this call created the document. The document carries a
 * token unique to this call, so a create that landed but whose answer was lost (then retried
 * into a 409) is still recognised as ours.
 */
export async function claim(
  ctx: StoreContext,
  teamId: string,
  body: ItemDefinition & { id: string },
): Promise<boolean> {
  const claimToken = ctx.newToken();
  try {
    await createItem(ctx, ctx.teams, { ...body, teamId, claimToken });
    return true;
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
    const existing = await readItem(ctx, ctx.teams, body.id, teamId, claimTokenSchema);
    return existing?.doc.claimToken === claimToken;
  }
}
