import type { Clock } from "../../clock";
import { isStale } from "../../domain/status";
import { rolesByPerson, rolesOf } from "../../domain/team/roles";
import type { Logger } from "../../logger";
import type { PersonTeamEntry } from "../../store/person-index-repository";
import { outsideTurn } from "../../turn-budget";
import type { StatusStore } from "./status-store";
import { teamStatusView } from "./status-view";
import { eachWithConcurrency } from "../../concurrency";

/** Teams read at once when a reader's stale rows are repaired or everything is rebuilt. */
const CONCURRENCY = 4;

/**
 * How long a refresh waits after a change before it reads the team: a burst of changes to one
 * team (several people saving, a save then its sending for approval) costs one refresh, not one
 * each. Short enough that a consultant never sees the difference.
 */
const COALESCE_MS = 250;

/**
 * Keeps the status summaries in the person index in step with the teams (derived data):
 * - `teamChanged(teamId)`: after a change to a team has committed (a milestone saved, sent or
 *   decided, the setup saved, a meeting marked, the channel found unreachable), the team's
 *   summary is computed again and written for everyone it names — in the background, outside the
 *   turn, so the change's own round trips and answer are untouched; a failure is logged and the
 *   summary repaired later;
 * - `repairStale(reader, entries)`: after a portfolio was answered from what is stored, the
 *   reader's rows that are stale (or missing) are computed again and written in one go;
 * - `rebuildAll()`: every team's summary for everyone, and every index made to match (a script).
 */
export class StatusSummaries {
  /** Refreshes in flight, per team, and the teams changed again meanwhile. */
  private readonly running = new Map<string, Promise<void>>();
  private readonly changedAgain = new Set<string>();
  /** Teams whose refresh has begun reading (a change after that needs one more refresh). */
  private readonly reading = new Set<string>();
  /** Readers whose stale rows are being repaired. */
  private readonly repairing = new Set<string>();

  constructor(private readonly deps: { store: StatusStore; clock: Clock; logger: Logger }) {}

  /** Call after a change to the team committed; returns at once. */
  teamChanged(teamId: string): void {
    outsideTurn(() => void this.refreshSoon(teamId));
  }

  private refreshSoon(teamId: string): Promise<void> {
    const inFlight = this.running.get(teamId);
    if (inFlight) {
      // Still waiting to read: the read will see this change. Reading already: it may have read
      // before this change committed, so once more when it is done (at most once).
      if (this.reading.has(teamId)) this.changedAgain.add(teamId);
      return inFlight;
    }
    const refresh = new Promise<void>((resolve) => setTimeout(resolve, COALESCE_MS).unref())
      .then(() => {
        this.reading.add(teamId);
        return this.refreshTeam(teamId);
      })
      .catch((error: unknown) =>
        this.deps.logger.warn(
          { err: error, event: "status.summaryNotUpdated" },
          "could not update a team's status summaries; they are repaired when next read",
        ),
      )
      .finally(() => {
        this.running.delete(teamId);
        this.reading.delete(teamId);
        if (this.changedAgain.delete(teamId)) void this.refreshSoon(teamId);
      });
    this.running.set(teamId, refresh);
    return refresh;
  }

  /** The team's summary, computed now and written for everyone the profile names. */
  async refreshTeam(teamId: string): Promise<void> {
    const { store, clock } = this.deps;
    const found = teamStatusView(teamId, await store.readTeamStatus(teamId), clock.now());
    if (!found.ok) return;
    const { profile, summary } = found.view;
    const people = rolesByPerson(profile);
    await store.putTeam(
      teamId,
      { organisationName: profile.organisationName, programmeId: profile.programmeId },
      people,
      summary,
    );
    // An erasure deletes the profile first and the index entries after: if it ran between the
    // read above and these writes, the profile is gone now, and what was written is taken back.
    if (!(await store.isSetUp(teamId))) {
      await Promise.all([...people.keys()].map((key) => store.removeTeam(key, teamId)));
    }
  }

  /**
   * After answering a portfolio: the reader's stale rows computed again from their teams and
   * written in one write to the reader's index; rows of teams that are gone or no longer name
   * the reader are removed. Returns at once.
   */
  repairStale(
    reader: { key: string; person: { id: string; aadObjectId?: string } },
    entries: readonly PersonTeamEntry[],
  ): void {
    const now = this.deps.clock.now();
    const stale = entries.filter((entry) => isStale(entry.status, now));
    if (stale.length === 0 || this.repairing.has(reader.key)) return;
    // One repair per reader at a time: paging on while it runs starts no second one.
    this.repairing.add(reader.key);
    outsideTurn(
      () =>
        void this.repair(reader, stale)
          .catch((error: unknown) =>
            this.deps.logger.warn(
              { err: error, event: "status.repairFailed", rows: stale.length },
              "could not repair stale portfolio rows; they are tried again when next read",
            ),
          )
          .finally(() => this.repairing.delete(reader.key)),
    );
  }

  private async repair(
    reader: { key: string; person: { id: string; aadObjectId?: string } },
    stale: readonly PersonTeamEntry[],
  ): Promise<void> {
    const { store, clock } = this.deps;
    const changes = new Map<string, PersonTeamEntry | null>();
    await eachWithConcurrency(stale, CONCURRENCY, async (entry) => {
      const found = teamStatusView(
        entry.teamId,
        await store.readTeamStatus(entry.teamId),
        clock.now(),
      );
      if (!found.ok) {
        if (found.reason === "not-set-up") changes.set(entry.teamId, null);
        return;
      }
      const { profile, summary } = found.view;
      const roles = rolesOf(profile, reader.person);
      changes.set(
        entry.teamId,
        roles.length === 0
          ? null
          : {
              teamId: entry.teamId,
              organisationName: profile.organisationName,
              programmeId: profile.programmeId,
              roles,
              status: summary,
            },
      );
    });
    if (changes.size > 0) await store.patchEntries(reader.key, changes);
    this.deps.logger.info(
      { event: "status.repaired", rows: changes.size },
      "stale portfolio rows repaired",
    );
  }

  /**
   * Every team's summary for everyone it names, and every person's index made to match: teams
   * that are gone, and people no longer named, lose their entries. A team that cannot be read
   * keeps the entries it had. For `npm run rebuild-index`.
   */
  async rebuildAll(): Promise<RebuildReport> {
    const { store, clock, logger } = this.deps;
    const lists = new Map<string, PersonTeamEntry[]>();
    const failed = new Set<string>();
    let teams = 0;
    for await (const teamIds of pages((token) => store.listTeamIds(token), "teamIds")) {
      await eachWithConcurrency(teamIds, CONCURRENCY, async (teamId) => {
        try {
          const found = teamStatusView(teamId, await store.readTeamStatus(teamId), clock.now());
          if (!found.ok) return;
          teams++;
          const { profile, summary } = found.view;
          for (const [key, roles] of rolesByPerson(profile)) {
            const entry: PersonTeamEntry = {
              teamId,
              organisationName: profile.organisationName,
              programmeId: profile.programmeId,
              roles,
              status: summary,
            };
            lists.set(key, [...(lists.get(key) ?? []), entry]);
          }
        } catch (error) {
          failed.add(teamId);
          logger.warn({ err: error, event: "status.rebuildTeamFailed" }, "could not read a team");
        }
      });
    }
    const people = new Set(lists.keys());
    for await (const userIds of pages((token) => store.listPeople(token), "userIds")) {
      for (const userId of userIds) people.add(userId);
    }
    await eachWithConcurrency([...people], CONCURRENCY, (key) =>
      store.replaceTeams(key, sortedByName(lists.get(key) ?? []), failed),
    );
    return { teams, people: people.size, failedTeams: failed.size };
  }
}

export interface RebuildReport {
  /** Teams that are set up and were read. */
  teams: number;
  /** Person indexes written (or emptied). */
  people: number;
  /** Teams that could not be read: their entries were kept as they were. */
  failedTeams: number;
}

function sortedByName(entries: PersonTeamEntry[]): PersonTeamEntry[] {
  return [...entries].sort((a, b) => a.organisationName.localeCompare(b.organisationName, "da"));
}

/** Every page of a paged listing. */
async function* pages<K extends string>(
  list: (page: { continuationToken?: string }) => Promise<
    Record<K, string[]> & {
      continuationToken?: string;
    }
  >,
  key: K,
): AsyncGenerator<string[]> {
  let continuationToken: string | undefined;
  do {
    const page = await list(continuationToken === undefined ? {} : { continuationToken });
    yield page[key];
    continuationToken = page.continuationToken;
  } while (continuationToken !== undefined);
}
