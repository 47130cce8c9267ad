import { beginCommit } from "../turn-budget";
import type { PersonIndexRepository, PersonMention } from "./person-index-repository";
import type { PersonRef } from "../domain/team/profile";
import {
  deleteItem,
  queryAll,
  queryPage,
  readDocument,
  stripSystemFields,
  writeDocument,
} from "./cosmos-operations";
import { documentIds, DOCUMENT_TYPES } from "./document-ids";
import { CommitOutcomeUnknownError, ErasureIncompleteError, StoreUnavailableError } from "./errors";
import { mayHaveLanded } from "./retry";
import type { StoreContext } from "./store-context";

export interface TeamExport {
  teamId: string;
  exportedAt: string;
  /** Every document of the team's partition, without Cosmos system fields. */
  documents: Record<string, unknown>[];
  /** The per-person index entries (in the `users` container) that name the team. */
  personIndex: PersonMention[];
}

export interface TeamErasure {
  documentsDeleted: number;
  personIndexesUpdated: number;
}

/**
 * Data protection: a team's data as one JSON export, and erasure (GDPR art. 17).
 *
 * Erasure first writes an `erasure` marker naming the approvers (harmless on its own), then
 * deletes the profile: that is its commit point — from then on the team is "not set up" and no
 * feature writes to it (they all start from the profile). Then every other document in the
 * partition, then the team's entries in the per-person indexes, and the marker last. Each step
 * tolerates what is already gone; while the marker exists, its approvers can run it again to
 * finish an erasure that was interrupted (the profile that named them is already gone).
 * Personal-chat references live under the user, not the team, and are not touched.
 * Everything is deleted by id and nothing is parsed, so a team whose documents no longer match
 * their schemas (written before a fix) can still be erased.
 */
export class TeamDataRepository {
  constructor(
    private readonly ctx: StoreContext,
    private readonly personIndex: PersonIndexRepository,
  ) {}

  async exportTeam(teamId: string): Promise<TeamExport> {
    const documents: Record<string, unknown>[] = (
      await queryAll(this.ctx, this.ctx.teams, teamId, "SELECT * FROM c WHERE c.teamId = @teamId", [
        { name: "@teamId", value: teamId },
      ])
    ).map(stripSystemFields);
    return {
      teamId,
      exportedAt: this.ctx.clock.now().toISOString(),
      documents,
      personIndex: await this.personIndex.findMentions(teamId),
    };
  }

  /**
   * Erases the team (see the class comment). `by` and `approverIds` go into the erasure marker,
   * so that if this is interrupted after the commit point, those approvers can finish it.
   * Throws ErasureIncompleteError when it fails after the commit point: the team already reads as
   * not set up, and running it again (through `unfinishedErasure`) finishes the job.
   */
  async eraseTeam(
    teamId: string,
    started: { by: PersonRef; approverIds: readonly string[] },
  ): Promise<TeamErasure> {
    await writeDocument(
      this.ctx,
      this.ctx.teams,
      DOCUMENT_TYPES.erasure,
      {
        id: documentIds.erasure(),
        type: DOCUMENT_TYPES.erasure,
        teamId,
        approverIds: [...started.approverIds],
        startedAt: this.ctx.clock.now().toISOString(),
        startedBy: started.by,
      },
      { kind: "upsert" },
      { commit: false },
    );
    let documentsDeleted = 0;
    beginCommit();
    if (await this.deleteProfile(teamId)) documentsDeleted++;
    try {
      documentsDeleted += await this.deleteAllBut(teamId, documentIds.erasure());
      const mentions = await this.personIndex.findMentions(teamId);
      for (const { userId } of mentions) await this.personIndex.removeTeam(userId, teamId);
      await deleteItem(this.ctx, this.ctx.teams, documentIds.erasure(), teamId);
      return { documentsDeleted, personIndexesUpdated: mentions.length };
    } catch (error) {
      throw new ErasureIncompleteError({ cause: error });
    }
  }

  /**
   * The commit point. A delete that was sent and not answered may still have landed: then the
   * erasure may have begun, and saying "nothing was changed" would not be true.
   */
  private async deleteProfile(teamId: string): Promise<boolean> {
    try {
      return await deleteItem(this.ctx, this.ctx.teams, documentIds.profile(), teamId);
    } catch (error) {
      if (
        error instanceof StoreUnavailableError &&
        error.attempts > 0 &&
        mayHaveLanded(error.cause)
      ) {
        throw new CommitOutcomeUnknownError(documentIds.profile(), { cause: error });
      }
      throw error;
    }
  }

  /** The approvers of an erasure that began but did not finish, or null if there is none. */
  async unfinishedErasure(teamId: string): Promise<{ approverIds: string[] } | null> {
    const found = await readDocument(
      this.ctx,
      this.ctx.teams,
      DOCUMENT_TYPES.erasure,
      documentIds.erasure(),
      teamId,
    );
    return found === null ? null : { approverIds: found.doc.approverIds };
  }

  // Query the first page again after each round of deletes instead of following a continuation
  // token, which deleting underneath could make skip documents.
  private async deleteAllBut(teamId: string, keepId: string): Promise<number> {
    let deleted = 0;
    for (;;) {
      const page = await queryPage(
        this.ctx,
        this.ctx.teams,
        teamId,
        "SELECT c.id FROM c WHERE c.teamId = @teamId AND c.id != @keep",
        [
          { name: "@teamId", value: teamId },
          { name: "@keep", value: keepId },
        ],
        { maxItemCount: 100 },
      );
      const ids = page.items.map((item) => item["id"]).filter((id) => typeof id === "string");
      if (ids.length === 0) return deleted;
      for (const id of ids) {
        if (await deleteItem(this.ctx, this.ctx.teams, id, teamId)) deleted++;
      }
    }
  }
}
