import { systemClock, type Clock } from "../clock";
import { ActionReceiptRepository } from "./action-receipt-repository";
import { AnswerRepository } from "./answer-repository";
import { ApprovalRepository } from "./approval-repository";
import { AuditRepository } from "./audit-repository";
import { ConsultantIndexRepository } from "./consultant-index-repository";
import { ExportTokenRepository } from "./export-token-repository";
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
  scheduleOverrides: ScheduleOverrideRepository;
  audit: AuditRepository;
  nudges: NudgeDeliveryRepository;
  reachability: TeamReachabilityRepository;
  consultants: ConsultantIndexRepository;
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
  const consultants = new ConsultantIndexRepository(ctx);
  return {
    profiles: new TeamProfileRepository(ctx),
    conversations: new ConversationReferenceRepository(ctx),
    answers: new AnswerRepository(ctx),
    approvals: new ApprovalRepository(ctx),
    scheduleOverrides: new ScheduleOverrideRepository(ctx),
    audit: new AuditRepository(ctx),
    nudges: new NudgeDeliveryRepository(ctx),
    reachability: new TeamReachabilityRepository(ctx),
    consultants,
    actionReceipts: new ActionReceiptRepository(ctx),
    teamData: new TeamDataRepository(ctx, consultants),
    exportTokens: new ExportTokenRepository(ctx),
  };
}
