import { getProgramme, type Programme } from "../../domain/catalog";
import { programmeMilestoneStates } from "../../domain/milestones";
import { summarize, teamStatus, type StatusSummary, type TeamStatus } from "../../domain/status";
import type { TeamProfile } from "../../domain/team/profile";
import type { TeamStatusDocuments } from "../../store/milestone-repository";

/** A set-up team's status as read for one turn: what the card and the summary are drawn from. */
export interface TeamStatusView {
  teamId: string;
  profile: TeamProfile;
  programme: Programme;
  status: TeamStatus;
  summary: StatusSummary;
  /** Why the bot cannot post in the channel, when it cannot. */
  unreachable?: { reason?: string; since: string };
}

export type StatusViewResult =
  | { ok: true; view: TeamStatusView }
  | { ok: false; reason: "not-set-up" | "unknown-programme"; profile?: TeamProfile };

/**
 * The team's status from its documents (one query) and `now`, with the milestone domain's own
 * state derivation: the card, the summary and the milestone cards count the same way.
 */
export function teamStatusView(
  teamId: string,
  docs: TeamStatusDocuments,
  now: Date,
): StatusViewResult {
  const profile = docs.profile?.profile;
  if (!profile) return { ok: false, reason: "not-set-up" };
  const programme = getProgramme(profile.programmeId);
  if (!programme) return { ok: false, reason: "unknown-programme", profile };
  const states = programmeMilestoneStates(programme, {
    answers: new Map(
      [...docs.answers].map(([key, stored]) => [
        key,
        { version: stored.answers.version, assessment: stored.answers.assessment?.value },
      ]),
    ),
    approvals: new Map([...docs.approvals].map(([key, stored]) => [key, stored.approval])),
  });
  const reachability = docs.reachability;
  const reachable = reachability?.reachable ?? true;
  const status = teamStatus({
    programme,
    startDate: profile.startDate,
    slots: profile.slots,
    states,
    overrides: docs.overrides,
    reachable,
    now,
  });
  return {
    ok: true,
    view: {
      teamId,
      profile,
      programme,
      status,
      summary: summarize(status, profile.language),
      ...(reachability && !reachable
        ? {
            unreachable: {
              ...(reachability.reason ? { reason: reachability.reason } : {}),
              since: reachability.since,
            },
          }
        : {}),
    },
  };
}
