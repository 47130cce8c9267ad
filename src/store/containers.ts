/**
 * The Cosmos DB layout, in one place: the code creates these on start in local mode, and
 * `infra/azure.bicep` must declare exactly the same (a test compares them).
 *
 * - `teams`, partitioned by team id: every document of one team (profile, conversation reference,
 *   answers, approvals, schedule overrides, nudge deliveries, export tokens, change-log archives),
 *   each with a `type`; audited documents carry their own change log.
 *   A team's hot paths are single-partition, and a month's nudge claim is a create of a
 *   deterministic id.
 * - `users`, partitioned by user id: what is looked up by person (a person's teams and roles, the
 *   personal-chat reference).
 */
export const DATABASE_ID = "implementeringsguiden";

export const CONTAINERS = {
  teams: { id: "teams", partitionKey: "/teamId" },
  users: { id: "users", partitionKey: "/userId" },
} as const;

export type ContainerName = keyof typeof CONTAINERS;
