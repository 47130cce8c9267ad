import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { PersonRef } from "../domain/team/profile";
import { commitWithAudit } from "./audit-repository";
import { createItem, readItem, replaceItem } from "./cosmos-operations";
import { DOCUMENT_TYPES } from "./document-ids";
import { ConcurrentChangeError } from "./errors";
import { personRefSchema } from "./schemas";
import type { StoreContext } from "./store-context";

const tokenSchema = z.object({
  teamId: z.string(),
  createdBy: personRefSchema,
  createdAt: z.string(),
  expiresAt: z.string(),
  used: z.boolean(),
  usedAt: z.string().optional(),
  version: z.number().int(),
  auditEventId: z.string().optional(),
});

/**
 * One-time links for a team's data export. The token itself is only in the link; the store keeps
 * its SHA-256 as the document id `export-token:<hash>`, so neither a copy of the database nor an
 * export reveals a usable link. Issuing is audited ("data.exportIssued"); redeeming flips `used`
 * with the ETag, so two clicks at once download once.
 */
export class ExportTokenRepository {
  constructor(private readonly ctx: StoreContext) {}

  async issue(
    teamId: string,
    createdBy: PersonRef,
    validForMinutes: number,
  ): Promise<{ token: string; expiresAt: string }> {
    const token = randomBytes(32).toString("base64url");
    const id = idOf(token);
    const now = this.ctx.clock.now();
    const createdAt = now.toISOString();
    const expiresAt = new Date(now.getTime() + validForMinutes * 60_000).toISOString();
    await commitWithAudit(this.ctx, {
      teamId,
      subject: id,
      version: 1,
      previousEventId: undefined,
      audit: {
        actor: createdBy,
        action: "data.exportIssued",
        details: { expiresAt },
      },
      at: createdAt,
      commit: (auditEventId) =>
        createItem(this.ctx, this.ctx.teams, {
          id,
          type: DOCUMENT_TYPES.exportToken,
          teamId,
          createdBy,
          createdAt,
          expiresAt,
          used: false,
          version: 1,
          auditEventId,
        }),
    });
    return { token, expiresAt };
  }

  /** True once per valid, unexpired token of this team; false for anything else. */
  async redeem(teamId: string, token: string): Promise<boolean> {
    if (token.length === 0 || token.length > 200) return false;
    const id = idOf(token);
    const found = await readItem(this.ctx, this.ctx.teams, id, teamId, tokenSchema);
    if (found === null || found.doc.used) return false;
    const now = this.ctx.clock.now();
    if (now.getTime() >= Date.parse(found.doc.expiresAt)) return false;
    const body = {
      id,
      type: DOCUMENT_TYPES.exportToken,
      ...found.doc,
      used: true,
      usedAt: now.toISOString(),
    };
    try {
      await replaceItem(this.ctx, this.ctx.teams, teamId, body, found.etag);
      return true;
    } catch (error) {
      if (error instanceof ConcurrentChangeError) return false;
      throw error;
    }
  }
}

function idOf(token: string): string {
  return `export-token:${createHash("sha256").update(token).digest("hex")}`;
}
