import { systemClock, type Clock } from "../clock";
import { AuditRepository } from "./audit-repository";
import type { Store } from "./open-store";
import { createRetry, type RetryOptions } from "./retry";
import { defaultToken, type StoreContext } from "./store-context";
import { TeamProfileRepository } from "./team-profile-repository";

export interface RepositoryOptions {
  clock?: Clock;
  /** Overrides of the retry policy (tests inject `sleep`, `random`, `now`). */
  retry?: Partial<RetryOptions>;
  /** Token for audit event ids and claims; defaults to a random UUID. */
  newToken?: () => string;
}

/** Everything features may touch in the store, built once and injected. */
export interface Repositories {
  profiles: TeamProfileRepository;
  audit: AuditRepository;
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
  return {
    profiles: new TeamProfileRepository(ctx),
    audit: new AuditRepository(ctx),
  };
}
