import { systemClock, type Clock } from "../clock";
import { ActionReceiptRepository } from "./action-receipt-repository";
import { ApprovalCardRepository } from "./approval-card-repository";
import { AnswerRepository } from "./answer-repository";
import { ApprovalRepository } from "./approval-repository";
import { AuditRepository } from "./audit-repository";
import { PersonIndexRepository } from "./person-index-repository";
import { ExportTokenRepository } from "./export-token-repository";
import { MilestoneRepository } from "./milestone-repository";
import { ConversationReferenceRepository } from "./conversation-reference-repository";
import { NudgeDeliveryRepository } from "./nudge-delivery-repository";
import type { Store } from "./open-store";
import { createRetry, type RetryOptions } from "./retry";
import { ScheduleOverrideRepository } from "./schedule-override-repository";
import { defaultToken, type StoreContext } from "./store-context";
import { TeamDataRepository } from "./team-data-repository";
import { TeamProfileRepository } from "./team-profile-repository";
import { TeamReachabilityRepository } from "./team-reachability-repository";

export interface RepositoryOptions {
  clock?: Clock;
  /** Overrides of the retry policy (tests inject `sleep`, `random`, `now`). */
  retry?: Partial<RetryOptions>;
  /** Token for claims and for keys of writes no card drove; defaults to a random UUID. */
  newToken?: () => string;
}

/** Everything features may touch in the store, built once and injected. */
export interface Repositories {
  profiles: TeamProfileRepository;
  conversations: ConversationReferenceRepository;
  answers: AnswerRepository;
  approvals: ApprovalRepository;
  /** Where each approval card was posted (to update it after a decision made elsewhere). */
  approvalCards: ApprovalCardRepository;
  /** A milestone's (or a team's) profile, answers and approvals in one query. */
  milestones: MilestoneRepository;
  scheduleOverrides: ScheduleOverrideRepository;
  audit: AuditRepository;
  nudges: NudgeDeliveryRepository;
  reachability: TeamReachabilityRepository;
  /** Each person's teams and roles (derived from the profiles). */
  people: PersonIndexRepository;
  actionReceipts: ActionReceiptRepository;
  teamData: TeamDataRepository;
  exportTokens: ExportTokenRepository;
}

export function createStoreContext(store: Store, options: RepositoryOptions = {}): StoreContext {
  return {
    teams: store.teams,
    users: store.users,
    clock: options.clock ?? systemClock,
    retry: createRetry(options.retry),
    newToken: options.newToken ?? defaultToken,
  };
}

export function createRepositories(store: Store, options: RepositoryOptions = {}): Repositories {
  const ctx = createStoreContext(store, options);
  const people = new PersonIndexRepository(ctx);
  return {
    profiles: new TeamProfileRepository(ctx),
    conversations: new ConversationReferenceRepository(ctx),
    answers: new AnswerRepository(ctx),
    approvals: new ApprovalRepository(ctx),
    approvalCards: new ApprovalCardRepository(ctx),
    milestones: new MilestoneRepository(ctx),
    scheduleOverrides: new ScheduleOverrideRepository(ctx),
    audit: new AuditRepository(ctx),
    nudges: new NudgeDeliveryRepository(ctx),
    reachability: new TeamReachabilityRepository(ctx),
    people,
    actionReceipts: new ActionReceiptRepository(ctx),
    teamData: new TeamDataRepository(ctx, people),
    exportTokens: new ExportTokenRepository(ctx),
  };
}
