import { z } from "zod";
import { createItem, readItem, replaceItem } from "./cosmos-operations";
import { documentIds, DOCUMENT_TYPES } from "./document-ids";
import { AlreadyExistsError, ConcurrentChangeError } from "./errors";
import type { StoreContext } from "./store-context";

export interface ConsultantTeamEntry {
  teamId: string;
  organisationName: string;
  programmeId: string;
}

/** What the index shows per team; `teamId` may be given but the first argument decides. */
export type ConsultantTeamSummary = Pick<ConsultantTeamEntry, "organisationName" | "programmeId"> &
  Partial<Pick<ConsultantTeamEntry, "teamId">>;

const entrySchema = z.object({
  teamId: z.string(),
  organisationName: z.string(),
  programmeId: z.string(),
});
const indexSchema = z.object({ userId: z.string(), teams: z.array(entrySchema) });

const MAX_ATTEMPTS = 5;

/**
 * "Which teams does this consultant support": one document `consultant-teams` per consultant in
 * the `users` container (partition = the consultant's Teams user id), so the personal-chat view is
 * a single point read. It is derived from the team profiles: the setup feature calls
 * `syncTeamConsultants` after a profile change commits, and running it again repairs a sync
 * that failed midway. Readers that act on a team should still check the team's profile.
 */
export class ConsultantIndexRepository {
  constructor(private readonly ctx: StoreContext) {}

  async listTeams(userId: string): Promise<ConsultantTeamEntry[]> {
    const id = documentIds.consultantTeams();
    const found = await readItem(this.ctx, this.ctx.users, id, userId, indexSchema);
    return found?.doc.teams ?? [];
  }

  /** Adds/refreshes the team for the new consultants, removes it for those no longer listed. */
  async syncTeamConsultants(
    teamId: string,
    summary: ConsultantTeamSummary,
    previousConsultantIds: readonly string[],
    newConsultantIds: readonly string[],
  ): Promise<void> {
    const entry: ConsultantTeamEntry = {
      teamId,
      organisationName: summary.organisationName,
      programmeId: summary.programmeId,
    };
    const keep = new Set(newConsultantIds);
    for (const userId of keep) {
      await this.update(userId, (teams) => [...teams.filter((t) => t.teamId !== teamId), entry]);
    }
    for (const userId of new Set(previousConsultantIds)) {
      if (!keep.has(userId)) await this.removeTeam(userId, teamId);
    }
  }

  async removeTeam(userId: string, teamId: string): Promise<void> {
    await this.update(userId, (teams) => teams.filter((t) => t.teamId !== teamId));
  }

  /**
   * Every consultant whose index mentions the team. A cross-partition query, used only for a
   * team's data export and erasure (rare), never on a request path.
   */
  async findMentions(teamId: string): Promise<{ userId: string; entry: ConsultantTeamEntry }[]> {
    const found: { userId: string; entry: ConsultantTeamEntry }[] = [];
    const query = {
      query:
        "SELECT * FROM c WHERE c.type = @type AND EXISTS(SELECT VALUE t FROM t IN c.teams WHERE t.teamId = @teamId)",
      parameters: [
        { name: "@type", value: DOCUMENT_TYPES.consultantTeams },
        { name: "@teamId", value: teamId },
      ],
    };
    let continuationToken: string | undefined;
    do {
      // A fresh iterator per page, so a retried page starts from a known token.
      const token = continuationToken;
      const page = await this.ctx.retry((abortSignal) =>
        this.ctx.users.items
          .query<Record<string, unknown>>(query, {
            maxItemCount: 100,
            continuationToken: token,
            abortSignal,
          })
          .fetchNext(),
      );
      for (const item of page.resources) {
        const index = indexSchema.parse(item);
        for (const entry of index.teams) {
          if (entry.teamId === teamId) found.push({ userId: index.userId, entry });
        }
      }
      continuationToken = page.hasMoreResults ? page.continuationToken : undefined;
    } while (continuationToken !== undefined);
    return found;
  }

  /** Read-modify-write of one consultant's list with the ETag; a lost race re-reads. */
  private async update(
    userId: string,
    change: (teams: ConsultantTeamEntry[]) => ConsultantTeamEntry[],
  ): Promise<void> {
    const id = documentIds.consultantTeams();
    for (let attempt = 1; ; attempt++) {
      const found = await readItem(this.ctx, this.ctx.users, id, userId, indexSchema);
      const before = found?.doc.teams ?? [];
      const teams = change(before);
      if (found === null && teams.length === 0) return;
      if (found !== null && JSON.stringify(before) === JSON.stringify(teams)) return;
      const body = { id, type: DOCUMENT_TYPES.consultantTeams, userId, teams };
      try {
        if (found === null) await createItem(this.ctx, this.ctx.users, body);
        else await replaceItem(this.ctx, this.ctx.users, userId, body, found.etag);
        return;
      } catch (error) {
        const lostRace =
          error instanceof ConcurrentChangeError || error instanceof AlreadyExistsError;
        if (!lostRace || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }
}
