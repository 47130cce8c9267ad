/**
 * Store benchmark: prints latency figures and store round trips (requests the store sent, retries
 * included, counted by the turn budget) for the hot paths against the embedded Cosmos-compatible
 * server through the real @azure/cosmos client. Figures, not assertions: run `npm run bench` and
 * compare. (The embedded server reports 1 RU per request and keeps data in memory, so these are
 * code-path costs, not Azure latencies.)
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { startEmbeddedCosmos } from "../../src/local/embedded-cosmos";
import { openStore } from "../../src/store/open-store";
import { createRepositories } from "../../src/store/repositories";
import type { TeamProfileInput } from "../../src/store/team-profile-repository";
import { runWithBudget } from "../../src/turn-budget";

const PERSON = { id: "29:bench", name: "Bench Mark" };

function profileInput(teamId: string, organisationName: string): TeamProfileInput {
  return {
    teamId,
    programmeId: "social-skills-training",
    organisationName,
    startDate: "2027-02-01",
    language: "da",
    projectLeader: PERSON,
    approvers: [PERSON],
    consultants: [],
    slots: {
      statusMeeting: { cadence: "monthly", week: 2, weekday: 2, time: "10:00" },
      supervision: { cadence: "monthly", week: 3, weekday: 4, time: "13:00" },
    },
  };
}

async function measure(label: string, runs: number, operation: (i: number) => Promise<unknown>) {
  const times: number[] = [];
  const calls: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    // A budget far beyond any run, only to count the store's requests.
    const storeCalls = await runWithBudget(600_000, async (budget) => {
      await operation(i);
      return budget.storeCalls;
    });
    times.push(performance.now() - started);
    calls.push(storeCalls);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  const meanCalls = calls.reduce((sum, n) => sum + n, 0) / calls.length;
  console.log(
    `${label.padEnd(50)} n=${String(runs).padStart(4)}  p50 ${at(0.5).toFixed(2).padStart(7)} ms  p95 ${at(0.95).toFixed(2).padStart(7)} ms  max ${at(1).toFixed(2).padStart(7)} ms  round trips ${meanCalls.toFixed(2).padStart(5)} (max ${Math.max(...calls)})`,
  );
}

async function main() {
  const server = await startEmbeddedCosmos();
  const store = await openStore({
    endpoint: server.endpoint,
    databaseId: `bench-${randomUUID()}`,
    auth: { key: server.key },
    createIfMissing: true,
    disableEndpointDiscovery: true,
  });
  const repositories = createRepositories(store);
  const teamId = "bench-team";
  const audit = { actor: PERSON, action: "setup.created" };

  await measure("profile create (one create, change log inside)", 200, (i) =>
    repositories.profiles.create(profileInput(`${teamId}-${i}`, "Benchby"), audit),
  );
  await measure("profile point read", 500, (i) =>
    repositories.profiles.get(`${teamId}-${i % 200}`),
  );
  await measure("setup save: read, then replace with ETag", 200, async (i) => {
    const id = `${teamId}-${i}`;
    const current = await repositories.profiles.get(id);
    if (!current) throw new Error("missing");
    await repositories.profiles.replace(profileInput(id, `Benchby ${i}`), current, {
      actor: PERSON,
      action: "setup.changed",
    });
  });
  await measure("answers save (idempotent per person and click)", 300, (i) =>
    repositories.answers.saveAnswers(
      teamId,
      `social-skills-training.m${i % 30}`,
      new Map([["first-question", `svar ${i}`]]),
      PERSON,
      { actionId: randomUUID(), verb: "bench.save" },
    ),
  );
  await measure("approval request (idempotent per person and click)", 200, (i) =>
    repositories.approvals.request(teamId, `social-skills-training.a${i}`, 1, PERSON, {
      actionId: randomUUID(),
      verb: "bench.request",
    }),
  );
  await measure("approval decide (idempotent per person and click)", 200, (i) =>
    repositories.approvals.decide(
      teamId,
      `social-skills-training.a${i}`,
      { status: "approved" },
      PERSON,
      { actionId: randomUUID(), verb: "bench.decide" },
    ),
  );
  await measure("nudge claim (create-if-absent with a lease)", 200, (i) =>
    repositories.nudges.claim(
      { teamId: `${teamId}-${i}`, kind: "monthly", month: "2026-12" },
      "channel",
      120_000,
    ),
  );
  await measure("audit list, newest 15 (2 changes)", 100, () =>
    repositories.audit.list(`${teamId}-0`, { limit: 15 }),
  );
  await measure("audit list, newest 15 (500 changes, 60 documents)", 100, () =>
    repositories.audit.list(teamId, { limit: 15 }),
  );
  await measure("export the team of 500 changes", 20, () =>
    repositories.teamData.exportTeam(teamId),
  );

  store.close();
  await server.stop();
}

void main();
