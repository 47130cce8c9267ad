import { beginCommit } from "../turn-budget";
import type { PersonIndexRepository, PersonMention } from "./person-index-repository";
import { deleteItem, queryPage, stripSystemFields, queryAll } from "./cosmos-operations";
import { documentIds } from "./document-ids";
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
 * Erasure deletes the profile first: that is its commit point — from then on the team is "not
 * set up" and no feature writes to it (they all start from the profile). Then every other
 * document in the partition, then the team's entries in the per-person indexes. Each step tolerates
 * what is already gone, so after a failure midway running it again finishes the job.
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

  async eraseTeam(teamId: string): Promise<TeamErasure> {
    let documentsDeleted = 0;
    beginCommit();
    if (await deleteItem(this.ctx, this.ctx.teams, documentIds.profile(), teamId)) {
      documentsDeleted++;
    }
    // Query the first page again after each round of deletes instead of following a
    // continuation token, which deleting underneath could make skip documents.
    for (;;) {
      const page = await queryPage(
        this.ctx,
        this.ctx.teams,
        teamId,
        "SELECT c.id FROM c WHERE c.teamId = @teamId",
        [{ name: "@teamId", value: teamId }],
        { maxItemCount: 100 },
      );
      const ids = page.items.map((item) => item["id"]).filter((id) => typeof id === "string");
      if (ids.length === 0) break;
      for (const id of ids) {
        if (await deleteItem(this.ctx, this.ctx.teams, id, teamId)) documentsDeleted++;
      }
    }
    const mentions = await this.personIndex.findMentions(teamId);
    for (const { userId } of mentions) await this.personIndex.removeTeam(userId, teamId);
    return { documentsDeleted, personIndexesUpdated: mentions.length };
  }
}
