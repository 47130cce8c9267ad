/**
 * Store benchmark: prints latency figures for the hot paths against the embedded
 * Cosmos-compatible server through the real @azure/cosmos client. Figures, not assertions:
 * run `npm run bench` and compare. (The embedded server reports 1 RU per request and keeps
 * data in memory, so these are code-path costs, not Azure latencies.)
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { startEmbeddedCosmos } from "../../src/local/embedded-cosmos";
import { openStore } from "../../src/store/open-store";
import { createRepositories } from "../../src/store/repositories";
import type { TeamProfileInput } from "../../src/store/team-profile-repository";

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
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await operation(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  console.log(
    `${label.padEnd(50)} n=${String(runs).padStart(4)}  p50 ${at(0.5).toFixed(2).padStart(7)} ms  p95 ${at(0.95).toFixed(2).padStart(7)} ms  max ${at(1).toFixed(2).padStart(7)} ms`,
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

  await measure("profile create (audit + conditional write)", 200, (i) =>
    repositories.profiles.create(profileInput(`${teamId}-${i}`, "Benchby"), audit),
  );
  await measure("profile point read", 500, (i) =>
    repositories.profiles.get(`${teamId}-${i % 200}`),
  );
  await measure("profile replace with ETag (read, audit, commit)", 200, async (i) => {
    const id = `${teamId}-${i}`;
    const current = await repositories.profiles.get(id);
    if (!current) throw new Error("missing");
    await repositories.profiles.replace(profileInput(id, `Benchby ${i}`), current.etag, {
      actor: PERSON,
      action: "setup.changed",
    });
  });
  await measure("answers save (idempotent by action id)", 300, (i) =>
    repositories.answers.saveAnswers(
      teamId,
      `social-skills-training.m${i % 30}`,
      { 0: `svar ${i}` },
      PERSON,
      randomUUID(),
    ),
  );
  await measure("nudge claim (create-if-absent)", 200, (i) =>
    repositories.nudges.claim(`${teamId}-${i}`, "2026-12", "channel"),
  );
  await measure("audit list, newest 15", 100, () =>
    repositories.audit.list(`${teamId}-0`, { limit: 15 }),
  );
  await measure("export a team (~330 documents)", 20, () =>
    repositories.teamData.exportTeam(teamId),
  );

  store.close();
  await server.stop();
}

void main();
