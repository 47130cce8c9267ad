import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { fixedClock } from "../../src/clock";
import type { PersonRef } from "../../src/domain/team/profile";
import { personKey } from "../../src/domain/team/person-key";
import { statusStoreFrom, type StatusStore } from "../../src/features/status/status-store";
import { StatusSummaries } from "../../src/features/status/summaries";
import { createLogger, silentLogger } from "../../src/logger";
import { createRepositories, type Repositories } from "../../src/store/repositories";
import type { TeamProfileInput } from "../../src/store/team-profile-repository";
import { startTestStore, type TestStore } from "../support/test-store";
import { emptyStore } from "./support/milestone-bot";

const KARIN: PersonRef = { id: "29:karin", aadObjectId: "aad-karin", name: "Karin Konsulent" };
const LENE: PersonRef = { id: "29:lene", aadObjectId: "aad-lene", name: "Lene Leder" };
const ANDERS: PersonRef = { id: "29:anders", name: "Anders Afdelingsleder" };
const clock = fixedClock("2027-03-01T09:00:00Z");

function profile(teamId: string, organisationName: string): TeamProfileInput {
  return {
    teamId,
    programmeId: "social-skills-training",
    organisationName,
    startDate: "2027-02-01",
    language: "da",
    projectLeader: LENE,
    approvers: [ANDERS],
    consultants: [KARIN],
    slots: {
      statusMeeting: { cadence: "monthly", week: 2, weekday: 2, time: "10:00" },
      supervision: { cadence: "none" },
    },
  };
}

describe("status summaries kept by the status feature", () => {
  let testStore: TestStore;
  let repos: Repositories;

  beforeAll(async () => {
    testStore = await startTestStore();
  });
  afterAll(async () => {
    await testStore.stop();
  });
  beforeEach(async () => {
    await emptyStore(testStore.store);
    repos = createRepositories(testStore.store, { clock });
  });

  function summaries(store: StatusStore = statusStoreFrom(repos)) {
    return new StatusSummaries({ store, clock, logger: silentLogger() });
  }

  const teamIdsOf = async (key: string) =>
    (await repos.people.listTeams(key)).map((entry) => entry.teamId);

  it("rebuilds every index from the teams: summaries for all, orphans and old keys removed", async () => {
    const [aarhus, vejle] = ["19:aarhus@thread.tacv2", "19:vejle@thread.tacv2"];
    await repos.profiles.create(profile(vejle, "Vejle Kommune"), {
      actor: LENE,
      action: "setup.created",
    });
    await repos.profiles.create(profile(aarhus, "Aarhus Kommune"), {
      actor: LENE,
      action: "setup.created",
    });
    const stale = {
      asOf: "2027-01-01",
      staleAfter: "2027-01-01T23:00:00.000Z",
      language: "da" as const,
      position: { status: "before-start" as const, startsOn: "2027-02-01" },
      ended: false,
      approved: 0,
      total: 16,
      pending: 0,
      sentBack: 0,
      overdue: 0,
      unreachable: false,
      light: "green" as const,
    };
    const team = { organisationName: "Gammel Kommune", programmeId: "social-skills-training" };
    // A team erased long ago still in Karin's index, and an index kept under her Teams id.
    await repos.people.putTeam(
      "19:gone@thread.tacv2",
      team,
      new Map([[personKey(KARIN), ["consultant"]]]),
      stale,
    );
    await repos.people.putTeam(aarhus, team, new Map([[KARIN.id, ["consultant"]]]), stale);

    const report = await summaries().rebuildAll();
    expect(report).toEqual({ teams: 2, people: 4, failedTeams: 0 });
    const karins = await repos.people.listTeams(personKey(KARIN));
    // In Danish order, where Aa is Å.
    expect(
      karins.map((entry) => [entry.organisationName, entry.roles, entry.status?.asOf]),
    ).toEqual([
      ["Vejle Kommune", ["consultant"], "2027-03-01"],
      ["Aarhus Kommune", ["consultant"], "2027-03-01"],
    ]);
    expect(karins[1]?.status).toMatchObject({
      position: { status: "in-phase", phaseId: "preparation", monthNumber: 2 },
      overdue: 1,
      light: "red",
    });
    expect(await teamIdsOf(KARIN.id)).toEqual([]);
    // Anders has no Entra object id: he is keyed by his Teams id.
    expect(await teamIdsOf(ANDERS.id)).toEqual([vejle, aarhus]);
  });

  it("keeps the entries of a team it cannot read", async () => {
    const aarhus = "19:aarhus@thread.tacv2";
    await repos.profiles.create(profile(aarhus, "Aarhus Kommune"), {
      actor: LENE,
      action: "setup.created",
    });
    await summaries().refreshTeam(aarhus);
    const before = await repos.people.listTeams(personKey(KARIN));
    const failing: StatusStore = {
      ...statusStoreFrom(repos),
      readTeamStatus: () => Promise.reject(new Error("the store is down")),
    };
    const report = await summaries(failing).rebuildAll();
    expect(report.failedTeams).toBe(1);
    expect(await repos.people.listTeams(personKey(KARIN))).toEqual(before);
  });

  it("logs a refresh that fails instead of throwing it at the change that asked for it", async () => {
    const lines: string[] = [];
    const logger = createLogger("warn", { write: (line: string) => void lines.push(line) });
    const failing: StatusStore = {
      ...statusStoreFrom(repos),
      readTeamStatus: () => Promise.reject(new Error("the store is down")),
    };
    const keeper = new StatusSummaries({ store: failing, clock, logger });
    expect(() => keeper.teamChanged("19:aarhus@thread.tacv2")).not.toThrow();
    await vi.waitFor(() => expect(lines.join("")).toContain("status.summaryNotUpdated"));
  });

  it("takes back what it wrote when the team was erased between its read and its write", async () => {
    const aarhus = "19:aarhus@thread.tacv2";
    await repos.profiles.create(profile(aarhus, "Aarhus Kommune"), {
      actor: LENE,
      action: "setup.created",
    });
    const real = statusStoreFrom(repos);
    const readBeforeErasure = await real.readTeamStatus(aarhus);
    await repos.teamData.eraseTeam(aarhus, { by: ANDERS, approverIds: [ANDERS.id] });
    const late: StatusStore = { ...real, readTeamStatus: async () => readBeforeErasure };
    await summaries(late).refreshTeam(aarhus);
    expect(await teamIdsOf(personKey(KARIN))).toEqual([]);
    expect(await teamIdsOf(personKey(LENE))).toEqual([]);
  });
});

describe("status summaries after a burst of changes", () => {
  let testStore: TestStore;

  beforeAll(async () => {
    testStore = await startTestStore();
  });
  afterAll(async () => {
    await testStore.stop();
  });

  it("reads the team once for a burst, and once more only for a change made while reading", async () => {
    const repos = createRepositories(testStore.store, { clock });
    const teamId = "19:burst@thread.tacv2";
    await repos.profiles.create(profile(teamId, "Burst Kommune"), {
      actor: LENE,
      action: "setup.created",
    });
    const real = statusStoreFrom(repos);
    let reads = 0;
    let onRead: (() => void) | undefined;
    const counting: StatusStore = {
      ...real,
      readTeamStatus: (id) => {
        reads++;
        onRead?.();
        return real.readTeamStatus(id);
      },
    };
    const summaries = new StatusSummaries({ store: counting, clock, logger: silentLogger() });
    for (let i = 0; i < 5; i++) summaries.teamChanged(teamId);
    await vi.waitFor(async () =>
      expect(await repos.people.listTeams(personKey(KARIN))).toHaveLength(1),
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(reads).toBe(1);

    // A change that arrives while the refresh is reading may not be in what it read: once more.
    onRead = () => {
      onRead = undefined;
      summaries.teamChanged(teamId);
    };
    summaries.teamChanged(teamId);
    await vi.waitFor(() => expect(reads).toBe(3), { timeout: 2_000 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(reads).toBe(3);
  });
});
