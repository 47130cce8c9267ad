import { isAnswerKeyOf } from "../../domain/team/answer-key";
import type { PersonRef, TeamProfile } from "../../domain/team/profile";
import type { Repositories } from "../../store/repositories";

/**
 * What the setup feature needs from the store, narrowed to the calls it makes so the feature
 * can be read (and changed) without the whole data layer in mind.
 */
export interface SetupAudit {
  actor: PersonRef;
  action: string;
  details?: Record<string, unknown>;
  actionId?: string;
}

export type ProfileInput = Omit<TeamProfile, "version" | "updatedAt" | "updatedBy">;

export interface SetupStore {
  getProfile(teamId: string): Promise<{ profile: TeamProfile; etag: string } | null>;
  createProfile(input: ProfileInput, audit: SetupAudit): Promise<{ profile: TeamProfile }>;
  replaceProfile(
    input: ProfileInput,
    etag: string,
    audit: SetupAudit,
  ): Promise<{ profile: TeamProfile }>;
  /** True when the team has answered milestone questions under that programme. */
  hasAnswers(teamId: string, programmeId: string): Promise<boolean>;
  /** Keeps consultants' "my teams" lists in step with the saved profile (derived data). */
  syncConsultants(profile: TeamProfile, previousConsultantIds: string[]): Promise<void>;
}

export function setupStoreFrom(repositories: Repositories): SetupStore {
  return {
    getProfile: (teamId) => repositories.profiles.get(teamId),
    createProfile: (input, audit) => repositories.profiles.create(input, audit),
    replaceProfile: (input, etag, audit) => repositories.profiles.replace(input, etag, audit),
    async hasAnswers(teamId, programmeId) {
      const all = await repositories.answers.list(teamId);
      return all.some(
        (milestone) =>
          isAnswerKeyOf(programmeId, milestone.milestoneId) &&
          Object.keys(milestone.answers).length > 0,
      );
    },
    syncConsultants: (profile, previousConsultantIds) =>
      repositories.consultants.syncTeamConsultants(
        profile.teamId,
        {
          teamId: profile.teamId,
          organisationName: profile.organisationName,
          programmeId: profile.programmeId,
        },
        previousConsultantIds,
        profile.consultants.map((c) => c.id),
      ),
  };
}
