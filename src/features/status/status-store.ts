import type { StatusSummary } from "../../domain/status";
import type { TeamRole } from "../../domain/team/roles";
import type { TeamStatusDocuments } from "../../store/milestone-repository";
import type { IndexedTeam, PersonTeamEntry } from "../../store/person-index-repository";
import type { Repositories } from "../../store/repositories";

/** What the status feature needs from the store, narrowed to the calls it makes. */
export interface StatusStore {
  /** A team's profile, answers, approvals, overrides and reachability: one query. */
  readTeamStatus(teamId: string): Promise<TeamStatusDocuments>;
  /** A person's teams with their roles and status summaries (by `personKey`): one point read. */
  teamsOf(userKey: string): Promise<PersonTeamEntry[]>;
  putTeam(
    teamId: string,
    team: IndexedTeam,
    people: ReadonlyMap<string, readonly TeamRole[]>,
    status: StatusSummary,
  ): Promise<void>;
  patchEntries(
    userKey: string,
    changes: ReadonlyMap<string, PersonTeamEntry | null>,
  ): Promise<void>;
  removeTeam(userKey: string, teamId: string): Promise<void>;
  /** Whether the team still has a profile (a lenient point read). */
  isSetUp(teamId: string): Promise<boolean>;
  replaceTeams(
    userKey: string,
    teams: readonly PersonTeamEntry[],
    keep: ReadonlySet<string>,
  ): Promise<void>;
  /** Every team that is set up, a page at a time (the rebuild). */
  listTeamIds(page: {
    continuationToken?: string;
  }): Promise<{ teamIds: string[]; continuationToken?: string }>;
  /** Everyone with an index, a page at a time (the rebuild). */
  listPeople(page: {
    continuationToken?: string;
  }): Promise<{ userIds: string[]; continuationToken?: string }>;
}

export function statusStoreFrom(repositories: Repositories): StatusStore {
  return {
    readTeamStatus: (teamId) => repositories.milestones.readTeamStatus(teamId),
    teamsOf: (userKey) => repositories.people.listTeams(userKey),
    putTeam: (teamId, team, people, status) =>
      repositories.people.putTeam(teamId, team, people, status),
    patchEntries: (userKey, changes) => repositories.people.patchEntries(userKey, changes),
    removeTeam: (userKey, teamId) => repositories.people.removeTeam(userKey, teamId),
    isSetUp: async (teamId) => (await repositories.profiles.readApproverIds(teamId)) !== null,
    replaceTeams: (userKey, teams, keep) => repositories.people.replaceTeams(userKey, teams, keep),
    listTeamIds: (page) => repositories.profiles.listTeamIds(page),
    listPeople: (page) => repositories.people.listPeople(page),
  };
}
