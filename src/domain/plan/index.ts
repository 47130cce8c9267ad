/**
 * The implementation plan and the anchoring plan (seeds 000/002: the planning workshop produces the
 * implementation plan on Socialstyrelsen's framework; the phase of anchoring revises it into an
 * anchoring plan). Pure: the catalog, the team's profile, answers, approvals and schedule changes
 * and an injected `now` in; a document model out, in the team's language.
 * - `buildPlanDocument(input)`: title page, sections in order, footer, file name.
 * - `plansOffered(programme, startDate, today)`: whether `eksportér plan` offers the anchoring plan.
 */
export { buildPlanDocument } from "./build-plan";
export { plansOffered } from "./offer";
export {
  PLAN_KINDS,
  type AnswerRecord,
  type Block,
  type Fact,
  type MilestoneRecord,
  type PlanDocument,
  type PlanInput,
  type PlanKind,
  type Section,
  type SectionId,
  type TableColumn,
  type TitlePage,
} from "./model";
