import { z } from "zod";
import { consultantTeamEntrySchema, type DocumentInput } from "./schemas";
import { parseDocument, readDocument, readRaw, writeDocument } from "./cosmos-operations";
import { documentIds, DOCUMENT_TYPES } from "./document-ids";
import { AlreadyExistsError, ConcurrentChangeError, UnreadableDocumentError } from "./errors";
import type { StoreContext } from "./store-context";

export interface ConsultantTeamEntry {
  teamId: string;
  organisationName: string;
  programmeId: string;
}

/** What the index shows per team; `teamId` may be given but the first argument decides. */
export type ConsultantTeamSummary = Pick<ConsultantTeamEntry, "organisationName" | "programmeId"> &
  Partial<Pick<ConsultantTeamEntry, "teamId">>;

/** A mention of a team in a consultant's index, as found (possibly written before a schema). */
export interface ConsultantMention {
  userId: string;
  entry: Partial<ConsultantTeamEntry> & { teamId: string };
}

/**
 * Lenient views, for repairing and erasing: the index is derived from the profiles, so an entry
 * that no longer parses can be dropped (the team's next setup save writes it again), and an index
 * that no longer parses must not stop a team's erasure.
 */
const looseIndexSchema = z.object({ teams: z.array(z.unknown()).catch([]) });
const looseMentionSchema = z.object({ userId: z.string(), teams: z.array(z.unknown()).catch([]) });
const looseEntrySchema = z.object({ teamId: z.string() }).passthrough();

function validEntries(teams: unknown[]): ConsultantTeamEntry[] {
  return teams.flatMap((team) => {
    const parsed = consultantTeamEntrySchema.safeParse(team);
    return parsed.success ? [parsed.data] : [];
  });
}

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
    const found = await readDocument(
      this.ctx,
      this.ctx.users,
      DOCUMENT_TYPES.consultantTeams,
      id,
      userId,
    );
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
   * team's data export and erasure (rare), never on a request path. Lenient: an index that no
   * longer parses is still found.
   */
  async findMentions(teamId: string): Promise<ConsultantMention[]> {
    const found: ConsultantMention[] = [];
    const query = {
      query:
        "SELECT c.userId, c.teams FROM c WHERE c.type = @type AND EXISTS(SELECT VALUE t FROM t IN c.teams WHERE t.teamId = @teamId)",
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
        const index = looseMentionSchema.safeParse(item);
        if (!index.success) continue;
        for (const team of index.data.teams) {
          const entry = looseEntrySchema.safeParse(team);
          if (!entry.success || entry.data.teamId !== teamId) continue;
          const full = consultantTeamEntrySchema.safeParse(team);
          found.push({ userId: index.data.userId, entry: full.success ? full.data : { teamId } });
        }
      }
      continuationToken = page.hasMoreResults ? page.continuationToken : undefined;
    } while (continuationToken !== undefined);
    return found;
  }

  /**
   * Read-modify-write of one consultant's list with the ETag; a lost race re-reads. Read
   * leniently, so a list that no longer parses is repaired (its unreadable entries dropped)
   * rather than blocking every later sync or erasure.
   */
  private async update(
    userId: string,
    change: (teams: ConsultantTeamEntry[]) => ConsultantTeamEntry[],
  ): Promise<void> {
    const id = documentIds.consultantTeams();
    for (let attempt = 1; ; attempt++) {
      const found = await readRaw(this.ctx, this.ctx.users, id, userId);
      const before = validEntries(found === null ? [] : looseIndexSchema.parse(found.doc).teams);
      const teams = change(before);
      const body: DocumentInput<typeof DOCUMENT_TYPES.consultantTeams> = {
        id,
        type: DOCUMENT_TYPES.consultantTeams,
        userId,
        teams,
      };
      if (found === null && teams.length === 0) return;
      if (found !== null && isStored(found.doc, body)) return;
      try {
        await writeDocument(
          this.ctx,
          this.ctx.users,
          DOCUMENT_TYPES.consultantTeams,
          body,
          found === null
            ? { kind: "create" }
            : { kind: "replace", etag: found.etag, partitionKey: userId },
        );
        return;
      } catch (error) {
        const lostRace =
          error instanceof ConcurrentChangeError || error instanceof AlreadyExistsError;
        if (!lostRace || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }
}

/** True when the stored document parses and already holds exactly this list. */
function isStored(
  stored: Record<string, unknown>,
  body: DocumentInput<typeof DOCUMENT_TYPES.consultantTeams>,
): boolean {
  try {
    const current = parseDocument(DOCUMENT_TYPES.consultantTeams, stored);
    return JSON.stringify(current.teams) === JSON.stringify(body.teams);
  } catch (error) {
    if (error instanceof UnreadableDocumentError) return false;
    throw error;
  }
}
