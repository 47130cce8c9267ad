import { createHash, randomBytes } from "node:crypto";
import type { PersonRef } from "../domain/team/profile";
import { uniqueKey } from "./action-key";
import { commitChange } from "./change-log";
import { readDocument, writeDocument } from "./cosmos-operations";
import { documentIds, DOCUMENT_TYPES } from "./document-ids";
import { ConcurrentChangeError } from "./errors";
import type { ExportPurpose } from "./schemas";
import type { StoreContext } from "./store-context";

export type { ExportPurpose } from "./schemas";

/** What the change log says when a link is issued (`historik` names it). */
const ISSUED_ACTIONS: ReadonlyMap<ExportPurpose, string> = new Map([
  ["data-export", "data.exportIssued"],
  ["plan", "plan.exportIssued"],
  ["anchoring-plan", "plan.anchoringExportIssued"],
]);

/**
 * One-time links for downloads: the team's data export and its plans. The token itself is only in
 * the link; the store keeps its SHA-256 as the document id `export-token:<hash>`, so neither a copy
 * of the database nor an export reveals a usable link. Each token says what it opens (`purpose`):
 * a plan link, which any member may get, never opens the data export, which only approvers may.
 * Issuing is audited; redeeming flips `used` with the ETag, so two clicks at once download once.
 */
export class ExportTokenRepository {
  constructor(private readonly ctx: StoreContext) {}

  async issue(
    teamId: string,
    createdBy: PersonRef,
    validForMinutes: number,
    purpose: ExportPurpose = "data-export",
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
      change: (_current, at) => ({ purpose, createdBy, createdAt: at, expiresAt, used: false }),
      note: () => ({
        actor: createdBy,
        action: ISSUED_ACTIONS.get(purpose) ?? "data.exportIssued",
        details: { expiresAt },
      }),
    });
    return { token, expiresAt };
  }

  /** True once per valid, unexpired data-export token of this team; false for anything else. */
  async redeem(
    teamId: string,
    token: string,
    purpose: ExportPurpose = "data-export",
  ): Promise<boolean> {
    return (await this.redeemFor(teamId, token, [purpose])) !== null;
  }

  /**
   * What the token was issued for, once, when it is this team's, unexpired and for one of
   * `purposes`; null for anything else. A token for another purpose is left unused.
   */
  async redeemFor(
    teamId: string,
    token: string,
    purposes: readonly ExportPurpose[],
  ): Promise<ExportPurpose | null> {
    if (token.length === 0 || token.length > 200) return null;
    const id = idOf(token);
    const found = await readDocument(
      this.ctx,
      this.ctx.teams,
      DOCUMENT_TYPES.exportToken,
      id,
      teamId,
    );
    if (found === null || found.doc.used || !purposes.includes(found.doc.purpose)) return null;
    const now = this.ctx.clock.now();
    if (now.getTime() >= Date.parse(found.doc.expiresAt)) return null;
    const body = { ...found.doc, used: true, usedAt: now.toISOString() };
    try {
      await writeDocument(this.ctx, this.ctx.teams, DOCUMENT_TYPES.exportToken, body, {
        kind: "replace",
        etag: found.etag,
        partitionKey: teamId,
      });
      return found.doc.purpose;
    } catch (error) {
      if (error instanceof ConcurrentChangeError) return null;
      throw error;
    }
  }
}

function idOf(token: string): string {
  return documentIds.exportToken(createHash("sha256").update(token).digest("hex"));
}
