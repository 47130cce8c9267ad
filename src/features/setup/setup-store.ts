import { isAnswerKeyOf } from "../../domain/team/answer-key";
import { rolesByPerson } from "../../domain/team/roles";
import type { PersonRef, TeamProfile } from "../../domain/team/profile";
import type { CardClick } from "../../store/action-key";
import type { TeamChangeListener } from "../../store/after-commit";
import type { Repositories } from "../../store/repositories";
import type { SavedProfile, StoredProfile } from "../../store/team-profile-repository";

/**
 * What the setup feature needs from the store, narrowed to the calls it makes so the feature
 * can be read (and changed) without the whole data layer in mind.
 */
export interface SetupAudit {
  actor: PersonRef;
  action: string;
  /** The names of the fields changed, never their values. */
  details: { fields: string[] };
  /** The Save click: a redelivery of this person's click is applied once. */
  click: CardClick;
}

export type ProfileInput = Omit<TeamProfile, "version" | "updatedAt" | "updatedBy">;

export interface SetupStore {
  getProfile(teamId: string): Promise<StoredProfile | null>;
  createProfile(input: ProfileInput, audit: SetupAudit): Promise<SavedProfile>;
  /** Saves over `basis` (what getProfile returned) unless someone changed it since. */
  replaceProfile(
    input: ProfileInput,
    basis: StoredProfile,
    audit: SetupAudit,
  ): Promise<SavedProfile>;
  /** True when this person's click has already been applied to the stored profile. */
  hasApplied(stored: StoredProfile, click: CardClick, userId: string): boolean;
  /** True when the team has answered milestone questions under that programme. */
  hasAnswers(teamId: string, programmeId: string): Promise<boolean>;
  /**
   * Keeps each named person's index of teams and roles in step with the saved profile (derived
   * data): everyone the new profile names, and the team removed for those it no longer names.
   */
  syncPeople(profile: TeamProfile, previous: TeamProfile | undefined): Promise<void>;
}

/** `teamChanged` hears of every saved setup, after the people's index (the status summaries). */
export function setupStoreFrom(
  repositories: Repositories,
  teamChanged?: TeamChangeListener,
): SetupStore {
  return {
    getProfile: (teamId) => repositories.profiles.get(teamId),
    createProfile: (input, audit) => repositories.profiles.create(input, audit),
    replaceProfile: (input, basis, audit) => repositories.profiles.replace(input, basis, audit),
    hasApplied: (stored, click, userId) => repositories.profiles.hasApplied(stored, click, userId),
    async hasAnswers(teamId, programmeId) {
      const all = await repositories.answers.list(teamId);
      return all.some(
        (milestone) =>
          isAnswerKeyOf(programmeId, milestone.milestoneId) && milestone.answers.size > 0,
      );
    },
    async syncPeople(profile, previous) {
      try {
        await repositories.people.syncTeam(
          profile.teamId,
          { organisationName: profile.organisationName, programmeId: profile.programmeId },
          rolesByPerson(previous),
          rolesByPerson(profile),
        );
      } finally {
        teamChanged?.(profile.teamId);
      }
    },
  };
}
