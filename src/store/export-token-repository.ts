import { createHash, randomBytes } from "node:crypto";
import type { PersonRef } from "../domain/team/profile";
import { uniqueKey } from "./action-key";
import { commitChange } from "./change-log";
import { readDocument, writeDocument } from "./cosmos-operations";
import { documentIds, DOCUMENT_TYPES } from "./document-ids";
import { ConcurrentChangeError } from "./errors";
import type { StoreContext } from "./store-context";

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
    const now = this.ctx.clock.now();
    const expiresAt = new Date(now.getTime() + validForMinutes * 60_000).toISOString();
    // A new random id: nothing to read first, so issuing is one create.
    await commitChange(this.ctx, {
      type: DOCUMENT_TYPES.exportToken,
      teamId,
      id: idOf(token),
      key: uniqueKey(this.ctx.newToken()),
      basis: null,
      reapplyOnConflict: false,
      change: (_current, at) => ({ createdBy, createdAt: at, expiresAt, used: false }),
      note: () => ({ actor: createdBy, action: "data.exportIssued", details: { expiresAt } }),
    });
    return { token, expiresAt };
  }

  /** True once per valid, unexpired token of this team; false for anything else. */
  async redeem(teamId: string, token: string): Promise<boolean> {
    if (token.length === 0 || token.length > 200) return false;
    const id = idOf(token);
    const found = await readDocument(
      this.ctx,
      this.ctx.teams,
      DOCUMENT_TYPES.exportToken,
      id,
      teamId,
    );
    if (found === null || found.doc.used) return false;
    const now = this.ctx.clock.now();
    if (now.getTime() >= Date.parse(found.doc.expiresAt)) return false;
    const body = { ...found.doc, used: true, usedAt: now.toISOString() };
    try {
      await writeDocument(this.ctx, this.ctx.teams, DOCUMENT_TYPES.exportToken, body, {
        kind: "replace",
        etag: found.etag,
        partitionKey: teamId,
      });
      return true;
    } catch (error) {
      if (error instanceof ConcurrentChangeError) return false;
      throw error;
    }
  }
}

function idOf(token: string): string {
  return documentIds.exportToken(createHash("sha256").update(token).digest("hex"));
}
