import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { PersonRef } from "../domain/team/profile";
import { createItem, deleteItem, readItem } from "./cosmos-operations";
import { personRefSchema } from "./schemas";
import type { StoreContext } from "./store-context";

const exportTokenSchema = z.object({
  teamId: z.string(),
  expiresAt: z.string(),
  createdBy: personRefSchema,
});

/** Only a hash of the token is stored: the document alone cannot be turned into a link. */
function documentId(token: string): string {
  return `export-token:${createHash("sha256").update(token).digest("hex")}`;
}

/**
 * Single-use, short-lived download tokens for a team's data export. Redeeming deletes the
 * document, so of two simultaneous downloads only one succeeds.
 */
export class ExportTokenRepository {
  constructor(private readonly ctx: StoreContext) {}

  async issue(
    teamId: string,
    createdBy: PersonRef,
    validForMinutes: number,
  ): Promise<{ token: string; expiresAt: string }> {
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(
      this.ctx.clock.now().getTime() + validForMinutes * 60_000,
    ).toISOString();
    await createItem(this.ctx, this.ctx.teams, {
      id: documentId(token),
      type: "exportToken",
      teamId,
      expiresAt,
      createdBy,
    });
    return { token, expiresAt };
  }

  /** True once for a valid, unexpired token; the token is gone afterwards either way. */
  async redeem(teamId: string, token: string): Promise<boolean> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return false;
    const found = await readItem(
      this.ctx,
      this.ctx.teams,
      documentId(token),
      teamId,
      exportTokenSchema,
    );
    if (found === null) return false;
    const deleted = await deleteItem(this.ctx, this.ctx.teams, documentId(token), teamId);
    return deleted && found.doc.expiresAt > this.ctx.clock.now().toISOString();
  }
}
