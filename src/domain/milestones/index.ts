/**
 * Milestones: the team's answers to a milestone's guiding questions, its own assessment, and the
 * managers' approval. Pure functions; the store and the cards are the features' business.
 * - `deriveMilestoneState(answers, approval)`: draft / pending / approved / sent back, and why a
 *   sent or approved milestone is a draft again.
 * - `planSave(stored, card, submission, assessment)`: what a save writes, merges and refuses.
 * - `pageBySize(items, sizeOf, budget)`: questions in pages that fit Teams' card size.
 * - `overviewGroups(programme)`, `nextMilestone(…)`: the overview and `næste`.
 * - `isApproverOf(profile, person)`: who may decide.
 */
export {
  ASSESSMENTS,
  DEFAULT_ASSESSMENT,
  assessmentLabel,
  isAssessment,
  type Assessment,
} from "./assessment";
export {
  DRAFT_REASON_LABELS,
  STATUS_LABELS,
  canBeDecided,
  deriveMilestoneState,
  describeState,
  programmeMilestoneStates,
  reopenedBySave,
  type ApprovalRecord,
  type DraftReason,
  type MilestoneState,
  type MilestoneStatus,
  type StoredTeamMilestones,
} from "./state";
export {
  fingerprint,
  hasConflicts,
  planSave,
  writesAnything,
  type AssessmentConflict,
  type CardBasis,
  type QuestionConflict,
  type SavePlan,
  type StoredAnswer,
  type StoredAssessment,
  type StoredChange,
  type StoredMilestone,
  type Submission,
} from "./save-plan";
export { clampPage, pageBySize } from "./paging";
export { nextMilestone, overviewGroups, type NextMilestone, type OverviewGroup } from "./overview";
export { isApproverOf, joinList, joinNames } from "./approvers";
