import type { Programme } from "../../domain/catalog";
import type { MilestoneRecord, PlanInput, PlanKind } from "../../domain/plan";
import type { OccurrenceOverride } from "../../domain/schedule";
import { answerKey } from "../../domain/team/answer-key";
import type { TeamProfile } from "../../domain/team/profile";
import type { TeamMilestones } from "../../store/milestone-repository";

/**
 * The plan's input from what the store holds: the answers and approvals of the team's current
 * programme only (answers to a programme the team left stay stored, but are not this plan's).
 */
export function planInputFrom(
  kind: PlanKind,
  programme: Programme,
  profile: TeamProfile,
  stored: TeamMilestones,
  overrides: readonly OccurrenceOverride[],
  now: Date,
): PlanInput {
  const milestones = new Map<string, MilestoneRecord>();
  for (const milestone of programme.milestones) {
    const key = answerKey(programme.id, milestone.id);
    const answers = stored.answers.get(key)?.answers;
    const approval = stored.approvals.get(key)?.approval;
    if (answers === undefined && approval === undefined) continue;
    milestones.set(milestone.id, {
      answers: new Map(
        [...(answers?.answers ?? new Map())].map(([questionId, answer]) => [
          questionId,
          {
            text: answer.text,
            by: answer.answeredBy,
            at: answer.answeredAt,
            version: answer.version,
          },
        ]),
      ),
      version: answers?.version ?? 0,
      ...(answers?.assessment ? { assessment: answers.assessment.value } : {}),
      ...(approval ? { approval } : {}),
    });
  }
  return { kind, programme, profile, milestones, overrides, now };
}
