import { z } from "zod/v4";
import { readRaw, writeDocument } from "./cosmos-operations";
import { DOCUMENT_TYPES } from "./document-ids";
import { AlreadyExistsError } from "./errors";
import type { DocumentInput } from "./schemas";
import type { StoreContext } from "./store-context";

const claimTokenSchema = z.object({ claimToken: z.string().optional() });

type ClaimType = typeof DOCUMENT_TYPES.actionReceipt;

/**
 * Create-if-absent as a claim: true if this call created the document. The document carries a
 * token unique to this call, so a create that landed but whose answer was lost (then retried
 * into a 409) is still recognised as ours.
 */
export async function claim<T extends ClaimType>(
  ctx: StoreContext,
  type: T,
  body: Omit<DocumentInput<T>, "claimToken">,
): Promise<boolean> {
  const claimToken = ctx.newToken();
  // The claim token completes the document; the schema checks the whole before it is sent.
  const document = { ...body, claimToken } as DocumentInput<T>;
  try {
    await writeDocument(ctx, ctx.teams, type, document, { kind: "create" });
    return true;
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
    const { id, teamId } = body as { id: string; teamId: string };
    const existing = await readRaw(ctx, ctx.teams, id, teamId);
    return claimTokenSchema.safeParse(existing?.doc).data?.claimToken === claimToken;
  }
}
