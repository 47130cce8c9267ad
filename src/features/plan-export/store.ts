import type { OccurrenceOverride } from "../../domain/schedule";
import type { PersonRef, TeamProfile } from "../../domain/team/profile";
import type { ExportPurpose } from "../../store/export-token-repository";
import type { TeamMilestones } from "../../store/milestone-repository";
import type { Repositories } from "../../store/repositories";

/** What the plan export needs from the store, narrowed to the calls it makes. */
export interface PlanExportStore {
  getProfile(teamId: string): Promise<TeamProfile | null>;
  /** The profile, every answer and approval of the team: one single-partition query. */
  readTeam(teamId: string): Promise<TeamMilestones>;
  listOverrides(teamId: string): Promise<OccurrenceOverride[]>;
  issueToken(
    teamId: string,
    createdBy: PersonRef,
    validForMinutes: number,
    purpose: ExportPurpose,
  ): Promise<{ token: string; expiresAt: string }>;
  /** The plan a link was issued for, once; null when it is spent, expired, or not a plan link. */
  redeemToken(teamId: string, token: string): Promise<ExportPurpose | null>;
}

export function planExportStoreFrom(repositories: Repositories): PlanExportStore {
  return {
    getProfile: async (teamId) => (await repositories.profiles.get(teamId))?.profile ?? null,
    readTeam: (teamId) => repositories.milestones.readTeam(teamId),
    listOverrides: (teamId) => repositories.scheduleOverrides.list(teamId),
    issueToken: (teamId, createdBy, minutes, purpose) =>
      repositories.exportTokens.issue(teamId, createdBy, minutes, purpose),
    redeemToken: (teamId, token) =>
      repositories.exportTokens.redeemFor(teamId, token, ["plan", "anchoring-plan"]),
  };
}
