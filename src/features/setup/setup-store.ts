import type { PersonRef, TeamProfile } from "../../domain/team/profile";

/**
 * What the setup feature needs from the store, narrowed to the calls it makes so the feature
 * can be read (and changed) without the whole data layer in mind. `app.ts` wires it.
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
