import { randomUUID } from "node:crypto";
import type { PersonRef } from "../../../src/domain/team/profile";
import type { TeamProfileInput } from "../../../src/store/team-profile-repository";

export const leader: PersonRef = { id: "29:leader", aadObjectId: "aad-leader", name: "Lene Leder" };
export const approver: PersonRef = { id: "29:approver", name: "Anders Afdelingsleder" };
export const consultant: PersonRef = { id: "29:consultant", name: "Karin Konsulent" };
export const member: PersonRef = { id: "29:member", name: "Mads Medarbejder" };

/** Each test uses a team of its own, so tests in a file cannot see each other's data. */
export function newTeamId(): string {
  return `19:${randomUUID()}@thread.tacv2`;
}

export function sampleProfile(teamId: string, changes: Partial<TeamProfileInput> = {}) {
  const profile: TeamProfileInput = {
    teamId,
    programmeId: "social-skills-training",
    organisationName: "Aarhus Kommune",
    startDate: "2025-03-01",
    language: "da",
    projectLeader: leader,
    approvers: [approver],
    consultants: [consultant],
    slots: {
      statusMeeting: { cadence: "monthly", week: 2, weekday: 2, time: "10:00" },
      supervision: { cadence: "none" },
    },
    ...changes,
  };
  return profile;
}

/** Retry settings that fail fast and never really sleep. */
export const fastRetry = { sleep: async () => undefined, maxTotalMs: 1_000, maxAttempts: 3 };

/** A card click as the store sees it: the card's action id and the verb of the button. */
export function click(actionId: string, verb = "test.save") {
  return { actionId, verb };
}

/** Answer changes keyed by question id. */
export function answers(entries: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(entries));
}
