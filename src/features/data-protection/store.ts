import type { PersonRef, TeamProfile } from "../../domain/team/profile";
import type { Repositories } from "../../store/repositories";

/** What data protection needs from the store, narrowed to the calls it makes. */
export interface DataProtectionStore {
  getProfile(teamId: string): Promise<{ profile: TeamProfile } | null>;
  /**
   * The approvers' ids, read without the rest of the profile: so a team whose profile no longer
   * parses (written before a fix) can still export and erase its data.
   */
  readApproverIds(teamId: string): Promise<string[] | null>;
  /** An erasure that began (the profile is gone) but did not finish, with who may finish it. */
  unfinishedErasure(teamId: string): Promise<{ approverIds: string[] } | null>;
  eraseTeam(teamId: string, started: { by: PersonRef; approverIds: string[] }): Promise<void>;
  issueExportToken(
    teamId: string,
    createdBy: PersonRef,
    validForMinutes: number,
  ): Promise<{ token: string; expiresAt: string }>;
  redeemExportToken(teamId: string, token: string): Promise<boolean>;
  exportTeam(teamId: string): Promise<unknown>;
}

export function dataProtectionStoreFrom(repositories: Repositories): DataProtectionStore {
  return {
    getProfile: (teamId) => repositories.profiles.get(teamId),
    readApproverIds: (teamId) => repositories.profiles.readApproverIds(teamId),
    unfinishedErasure: (teamId) => repositories.teamData.unfinishedErasure(teamId),
    eraseTeam: (teamId, started) =>
      repositories.teamData.eraseTeam(teamId, started).then(() => undefined),
    exportTeam: (teamId) => repositories.teamData.exportTeam(teamId),
    issueExportToken: (teamId, createdBy, minutes) =>
      repositories.exportTokens.issue(teamId, createdBy, minutes),
    redeemExportToken: (teamId, token) => repositories.exportTokens.redeem(teamId, token),
  };
}
