import { z } from "zod/v4";
import type { StatusSummary } from "../domain/status";
import type { TeamRole } from "../domain/team/roles";
import { personTeamEntrySchema, type DocumentInput } from "./schemas";
import { parseDocument, readDocument, readRaw, writeDocument } from "./cosmos-operations";
import { documentIds, DOCUMENT_TYPES } from "./document-ids";
import { AlreadyExistsError, ConcurrentChangeError, UnreadableDocumentError } from "./errors";
import type { StoreContext } from "./store-context";

export interface PersonTeamEntry {
  teamId: string;
  organisationName: string;
  programmeId: string;
  roles: TeamRole[];
  /** The team's status for the portfolio; absent until first computed. */
  status?: StatusSummary;
}

/** What the index shows of a team besides the person's roles. */
export interface IndexedTeam {
  organisationName: string;
  programmeId: string;
}

/** A mention of a team in a person's index, as found (possibly written before a schema). */
export interface PersonMention {
  userId: string;
  entry: Partial<PersonTeamEntry> & { teamId: string };
}

/**
 * Lenient views, for repairing and erasing: the index is derived from the profiles, so an entry
 * that no longer parses can be dropped (the team's next setup save writes it again), and an index
 * that no longer parses must not stop a team's erasure.
 */
const looseIndexSchema = z.object({ teams: z.array(z.unknown()).catch([]) });
const looseMentionSchema = z.object({ userId: z.string(), teams: z.array(z.unknown()).catch([]) });
const looseEntrySchema = z.object({ teamId: z.string() }).passthrough();

function validEntries(teams: unknown[]): PersonTeamEntry[] {
  return teams.flatMap((team) => {
    const parsed = personTeamEntrySchema.safeParse(team);
    return parsed.success ? [parsed.data] : [];
  });
}

const MAX_ATTEMPTS = 5;

/**
 * "Which teams is this person in, and as what": one document `person-teams` per person in the
 * `users` container (partition = `personKey`: the Entra object id where known, else the Teams user
 * id), so a person's view across teams (approvals waiting in a personal chat, a consultant's
 * portfolio) starts with one point read. Each entry carries the team's status summary.
 * It is derived from the teams' own documents: the setup feature calls `syncTeam` after a profile
 * change commits, for everyone the old or new profile names; the status feature writes the
 * summaries after every change to a team (`putTeam`), repairs a reader's stale ones
 * (`patchEntries`) and rebuilds everything (`listPeople`, `replaceTeams`). Readers that act on a
 * team still check the team's profile.
 */
export class PersonIndexRepository {
  constructor(private readonly ctx: StoreContext) {}

  async listTeams(userId: string): Promise<PersonTeamEntry[]> {
    const found = await readDocument(
      this.ctx,
      this.ctx.users,
      DOCUMENT_TYPES.personTeams,
      documentIds.personTeams(),
      userId,
    );
    return found?.doc.teams ?? [];
  }

  /**
   * Writes the team with each person's roles into their index and removes it from those the
   * profile no longer names. One read per person (and a write where it changed), in parallel.
   */
  async syncTeam(
    teamId: string,
    team: IndexedTeam,
    previous: ReadonlyMap<string, readonly TeamRole[]>,
    current: ReadonlyMap<string, readonly TeamRole[]>,
  ): Promise<void> {
    const updates = [...current].map(([userId, roles]) =>
      this.update(userId, (teams) => {
        // The summary stays until the status feature writes the new one.
        const status = teams.find((t) => t.teamId === teamId)?.status;
        return withEntry(teams, entryOf(teamId, team, roles, status));
      }),
    );
    const removals = [...previous.keys()]
      .filter((userId) => !current.has(userId))
      .map((userId) => this.removeTeam(userId, teamId));
    await Promise.all([...updates, ...removals]);
  }

  /**
   * The team with its status summary in the index of everyone `people` names (after a change to
   * the team committed). One read and one write per person, in parallel.
   */
  async putTeam(
    teamId: string,
    team: IndexedTeam,
    people: ReadonlyMap<string, readonly TeamRole[]>,
    status: StatusSummary,
  ): Promise<void> {
    await Promise.all(
      [...people].map(([userId, roles]) =>
        this.update(userId, (teams) => withEntry(teams, entryOf(teamId, team, roles, status))),
      ),
    );
  }

  /**
   * Replaces (or, with null, removes) some of one person's entries in one write: a reader's stale
   * rows repaired at once. Teams the index does not hold are left out, never added.
   */
  async patchEntries(
    userId: string,
    changes: ReadonlyMap<string, PersonTeamEntry | null>,
  ): Promise<void> {
    await this.update(userId, (teams) =>
      teams.flatMap((entry) => {
        if (!changes.has(entry.teamId)) return [entry];
        const changed = changes.get(entry.teamId);
        return changed ? [changed] : [];
      }),
    );
  }

  /**
   * Replaces one person's whole list (the rebuild), keeping their entries of the teams in `keep`
   * (teams the rebuild could not read); an empty list for a person who has none.
   */
  async replaceTeams(
    userId: string,
    teams: readonly PersonTeamEntry[],
    keep: ReadonlySet<string> = new Set(),
  ): Promise<void> {
    await this.update(userId, (current) => [
      ...teams.filter((entry) => !keep.has(entry.teamId)),
      ...current.filter((entry) => keep.has(entry.teamId)),
    ]);
  }

  /**
   * The keys of everyone with an index, a page at a time: a cross-partition query for the
   * rebuild only (so entries of teams that are gone, or of people keyed another way, are found).
   */
  async listPeople(
    page: { maxItemCount?: number; continuationToken?: string } = {},
  ): Promise<{ userIds: string[]; continuationToken?: string }> {
    const response = await this.ctx.retry((abortSignal) =>
      this.ctx.users.items
        .query<{ userId: unknown }>(
          {
            query: "SELECT c.userId FROM c WHERE c.type = @type AND c.id = @id",
            parameters: [
              { name: "@type", value: DOCUMENT_TYPES.personTeams },
              { name: "@id", value: documentIds.personTeams() },
            ],
          },
          {
            maxItemCount: page.maxItemCount ?? 100,
            continuationToken: page.continuationToken,
            abortSignal,
          },
        )
        .fetchNext(),
    );
    return {
      userIds: response.resources.flatMap((item) =>
        typeof item.userId === "string" ? [item.userId] : [],
      ),
      continuationToken: response.hasMoreResults ? response.continuationToken : undefined,
    };
  }

  async removeTeam(userId: string, teamId: string): Promise<void> {
    await this.update(userId, (teams) => teams.filter((t) => t.teamId !== teamId));
  }

  /**
   * Every person whose index mentions the team. A cross-partition query, used only for a team's
   * data export and erasure (rare), never on a request path. Lenient: an index that no longer
   * parses is still found.
   */
  async findMentions(teamId: string): Promise<PersonMention[]> {
    const found: PersonMention[] = [];
    const query = {
      query:
        "SELECT c.userId, c.teams FROM c WHERE c.type = @type AND EXISTS(SELECT VALUE t FROM t IN c.teams WHERE t.teamId = @teamId)",
      parameters: [
        { name: "@type", value: DOCUMENT_TYPES.personTeams },
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
          const full = personTeamEntrySchema.safeParse(team);
          found.push({ userId: index.data.userId, entry: full.success ? full.data : { teamId } });
        }
      }
      continuationToken = page.hasMoreResults ? page.continuationToken : undefined;
    } while (continuationToken !== undefined);
    return found;
  }

  /**
   * Read-modify-write of one person's list with the ETag; a lost race re-reads. Read leniently,
   * so a list that no longer parses is repaired (its unreadable entries dropped) rather than
   * blocking every later sync or erasure.
   */
  private async update(
    userId: string,
    change: (teams: PersonTeamEntry[]) => PersonTeamEntry[],
  ): Promise<void> {
    const id = documentIds.personTeams();
    for (let attempt = 1; ; attempt++) {
      const found = await readRaw(this.ctx, this.ctx.users, id, userId);
      const before = validEntries(found === null ? [] : looseIndexSchema.parse(found.doc).teams);
      const teams = change(before);
      const body: DocumentInput<typeof DOCUMENT_TYPES.personTeams> = {
        id,
        type: DOCUMENT_TYPES.personTeams,
        userId,
        teams,
      };
      if (found === null && teams.length === 0) return;
      if (found !== null && isStored(found.doc, body)) return;
      try {
        await writeDocument(
          this.ctx,
          this.ctx.users,
          DOCUMENT_TYPES.personTeams,
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

function entryOf(
  teamId: string,
  team: IndexedTeam,
  roles: readonly TeamRole[],
  status: StatusSummary | undefined,
): PersonTeamEntry {
  return {
    teamId,
    organisationName: team.organisationName,
    programmeId: team.programmeId,
    roles: [...roles],
    ...(status ? { status } : {}),
  };
}

/** The list with `entry` in place of the team's old one (or added at the end). */
function withEntry(teams: PersonTeamEntry[], entry: PersonTeamEntry): PersonTeamEntry[] {
  const at = teams.findIndex((t) => t.teamId === entry.teamId);
  if (at < 0) return [...teams, entry];
  return teams.map((t, index) => (index === at ? entry : t));
}

/** True when the stored document parses and already holds exactly this list. */
function isStored(
  stored: Record<string, unknown>,
  body: DocumentInput<typeof DOCUMENT_TYPES.personTeams>,
): boolean {
  try {
    const current = parseDocument(DOCUMENT_TYPES.personTeams, stored);
    return JSON.stringify(current.teams) === JSON.stringify(body.teams);
  } catch (error) {
    if (error instanceof UnreadableDocumentError) return false;
    throw error;
  }
}
