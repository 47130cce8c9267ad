import { randomUUID } from "node:crypto";
import type { Container } from "@azure/cosmos";
import type { Clock } from "../clock";
import type { Retry } from "./retry";

/** What every repository needs; built once by createRepositories. */
export interface StoreContext {
  teams: Container;
  users: Container;
  clock: Clock;
  retry: Retry;
  /** Unique per call (claim tokens, keys of writes no card drove); injectable for tests. */
  newToken(): string;
}

export const defaultToken = (): string => randomUUID();
