export {
  teamProgress,
  type Counts,
  type GroupProgress,
  type PhaseProgress,
  type TeamProgress,
} from "./team-progress";
export { anchoringPlanApproved } from "./implementation-end";
