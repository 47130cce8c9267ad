import type { ConversationReference, WelcomeStore } from "../features/welcome";
import type { SetupStore } from "../features/setup/setup-store";
import type { DataProtectionStore, ExportDownloadStore } from "../features/data-protection";
import { isAnswerKeyOf } from "../domain/team/answer-key";
import type { Repositories } from "../store/repositories";
import type { HistoryStore } from "../features/history";

/**
 * Each feature declares the few store calls it makes; this maps them onto the repositories,
 * so a feature can be read without the data layer and the data layer changed without features.
 */
export function welcomeStore(repositories: Repositories): WelcomeStore {
  return {
    saveConversationReference: (reference: ConversationReference) =>
      repositories.conversations.save(reference),
    isTeamSetUp: async (teamId) => (await repositories.profiles.get(teamId)) !== null,
  };
}

export function setupStore(repositories: Repositories): SetupStore {
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

export function dataProtectionStore(
  repositories: Repositories,
): DataProtectionStore & ExportDownloadStore {
  return {
    getProfile: (teamId) => repositories.profiles.get(teamId),
    eraseTeam: (teamId) => repositories.teamData.eraseTeam(teamId).then(() => undefined),
    exportTeam: (teamId) => repositories.teamData.exportTeam(teamId),
    issueExportToken: (teamId, createdBy, minutes) =>
      repositories.exportTokens.issue(teamId, createdBy, minutes),
    redeemExportToken: (teamId, token) => repositories.exportTokens.redeem(teamId, token),
  };
}

export function historyStore(repositories: Repositories): HistoryStore {
  return {
    getProfile: (teamId) => repositories.profiles.get(teamId),
    latestEvents: async (teamId, limit) =>
      (await repositories.audit.list(teamId, { limit })).events,
  };
}
