import { describe, expect, it } from "vitest";
import { programmeMilestoneStates, type ApprovalRecord } from "../../../src/domain/milestones";
import {
  byAttention,
  isStale,
  summarize,
  teamStatus,
  type StatusSummary,
  type TeamStatusInput,
} from "../../../src/domain/status";
import { answerKey } from "../../../src/domain/team/answer-key";
import { at, override, programme, slot } from "../schedule/schedule-fixtures";

const METTE = { id: "29:mette", name: "Mette Sørensen" };
const LARS = { id: "29:lars", name: "Lars Nielsen" };

function approval(status: ApprovalRecord["status"], forVersion = 1): ApprovalRecord {
  return {
    status,
    forVersion,
    requestedBy: METTE,
    requestedAt: "2027-03-01T09:00:00.000Z",
    ...(status === "pending"
      ? {}
      : { decidedBy: LARS, decidedAt: "2027-03-02T09:00:00.000Z", comment: "Se på risici" }),
    version: 1,
  };
}

/** Every occurrence (`<series>:<date>`) marked held. */
function heldAll(keys: string[]) {
  return keys.map((key) => {
    const [series = "", date = ""] = key.split(":");
    return override(series, date, { held: true });
  });
}

/** An SFT team that started on 1 February 2027, meeting on the 2nd Tuesday and 3rd Thursday. */
function sftTeam(
  now: Date,
  milestones: Record<string, ApprovalRecord["status"]> = {},
  extra: Partial<TeamStatusInput> = {},
): TeamStatusInput {
  const sft = programme("social-skills-training");
  const key = (id: string) => answerKey(sft.id, id);
  const ids = Object.keys(milestones);
  return {
    programme: sft,
    startDate: "2027-02-01",
    slots: { statusMeeting: slot("2. tirsdag 10:00"), supervision: slot("3. torsdag 13:00") },
    states: programmeMilestoneStates(sft, {
      answers: new Map(ids.map((id) => [key(id), { version: 1 }])),
      approvals: new Map(ids.map((id) => [key(id), approval(milestones[id] ?? "pending")])),
    }),
    overrides: [],
    reachable: true,
    now,
    ...extra,
  };
}

describe("a team's status on a day (injected clock)", () => {
  it("says the implementation has not started before the start date, and is green", () => {
    const status = teamStatus(sftTeam(at("2027-01-20T12:00:00+01:00")));
    expect(status.position).toEqual({
      status: "before-start",
      startsOn: "2027-02-01",
      daysUntilStart: 12,
    });
    expect(status.light).toEqual({ color: "green", reasons: [] });
    expect(summarize(status, "da").position).toEqual({
      status: "before-start",
      startsOn: "2027-02-01",
    });
  });

  it("counts the phase's month up to its last day and starts the next phase the day after", () => {
    const last = teamStatus(sftTeam(at("2027-07-31T23:30:00+02:00")));
    expect(last.position).toMatchObject({
      status: "in-phase",
      phase: { phaseId: "preparation" },
      monthNumber: 6,
      monthsPlanned: 6,
    });
    // Half an hour later it is 1 August in Copenhagen (22:30 UTC is still 31 July in UTC).
    const next = teamStatus(sftTeam(at("2027-08-01T00:30:00+02:00")));
    expect(next.today).toBe("2027-08-01");
    expect(next.position).toMatchObject({
      status: "in-phase",
      phase: { phaseId: "change" },
      phaseNumber: 2,
      monthNumber: 1,
      monthsPlanned: 14,
    });
    expect(summarize(next, "da").position).toEqual({
      status: "in-phase",
      phaseId: "change",
      monthNumber: 1,
      monthsPlanned: 14,
    });
  });

  it("says so past the planned end, which turns the light yellow", () => {
    const status = teamStatus(sftTeam(at("2029-02-05T10:00:00+01:00")));
    expect(status.position).toEqual({
      status: "after-end",
      plannedEnd: "2029-01-31",
      daysPastEnd: 5,
    });
    expect(status.light.reasons).toContain("past-planned-end");
    expect(status.light.color).not.toBe("green");
  });

  it("ends green once the anchoring plan is approved, whatever else stands", () => {
    const status = teamStatus(
      sftTeam(at("2029-02-05T10:00:00+01:00"), { "anchoring-plan": "approved" }),
    );
    expect(status.implementation).toMatchObject({
      ended: true,
      reason: "anchoring-plan-approved",
    });
    expect(status.light).toEqual({ color: "green", reasons: [] });
    expect(summarize(status, "da").ended).toBe(true);
  });

  it("shows Signs of Safety by its drivers, without phases, counting months from the start", () => {
    const sos = programme("signs-of-safety");
    const status = teamStatus({
      programme: sos,
      startDate: "2027-02-01",
      slots: { statusMeeting: slot("ingen"), supervision: slot("ingen") },
      states: programmeMilestoneStates(sos, { answers: new Map(), approvals: new Map() }),
      overrides: [],
      reachable: true,
      now: at("2027-05-10T09:00:00+02:00"),
    });
    expect(status.position).toEqual({ status: "no-phases", monthNumber: 4, monthsPlanned: null });
    expect(status.progress.phases).toEqual([]);
    expect(status.progress.groups.map((group) => group.name.da)).toEqual([
      "Ledelse",
      "Kompetencer",
      "Organisering",
    ]);
    expect(status.implementation.ended).toBe(false);
    expect(summarize(status, "da").position).toEqual({
      status: "no-phases",
      monthNumber: 4,
      monthsPlanned: null,
    });
  });

  it("follows the maturation project's own dated phases and activities, not the team's start", () => {
    const maturation = programme("maturation-project");
    const input: TeamStatusInput = {
      programme: maturation,
      startDate: "2021-09-01",
      slots: { statusMeeting: slot("ingen"), supervision: slot("ingen") },
      states: programmeMilestoneStates(maturation, { answers: new Map(), approvals: new Map() }),
      overrides: [],
      reachable: true,
      now: at("2022-04-20T09:00:00+02:00"),
    };
    const status = teamStatus(input);
    expect(status.position).toMatchObject({
      status: "in-phase",
      phase: { phaseId: "modning", start: "2022-04-01", end: "2023-11-30" },
      monthNumber: 1,
      monthsPlanned: 20,
    });
    // The dated cross-municipal activities of the next 30 days come from the document.
    expect(status.upcoming.map((o) => o.series)).toContain("competence-module-2b");
    expect(teamStatus({ ...input, now: at("2021-12-01T09:00:00+01:00") }).position).toEqual({
      status: "before-start",
      startsOn: "2022-01-01",
      daysUntilStart: 31,
    });
  });

  it("lists the next 30 days with supervision as n af 20, and turns red for a meeting not marked held", () => {
    const now = at("2027-09-01T09:00:00+02:00");
    const status = teamStatus(sftTeam(now));
    const upcoming = status.upcoming.map((o) => `${o.series} ${o.date} ${o.number ?? ""}`.trim());
    expect(upcoming).toEqual(["status-meeting 2027-09-14", "supervision 2027-09-16 2"]);
    expect(status.supervision.total).toBe(20);
    // The summer's meetings are over and not marked held (looking back about a quarter).
    const overdue = [
      "status-meeting:2027-06-08",
      "status-meeting:2027-07-13",
      "status-meeting:2027-08-10",
      "supervision:2027-08-19",
    ];
    expect(status.overdue.map((o) => o.key)).toEqual(overdue);
    expect(status.light).toEqual({ color: "red", reasons: ["overdue"] });

    const marked = teamStatus(sftTeam(now, {}, { overrides: heldAll(overdue) }));
    expect(marked.overdueCount).toBe(0);
    expect(marked.light.color).toBe("green");
  });

  it("counts the anchoring workshop as overdue once the anchoring phase has begun without a date", () => {
    const now = at("2028-10-03T09:00:00+02:00");
    const meetings = teamStatus(sftTeam(now)).overdue.map((o) => o.key);
    const status = teamStatus(sftTeam(now, {}, { overrides: heldAll(meetings) }));
    expect(status.overdue).toEqual([]);
    expect(status.anchoringWorkshop).toMatchObject({ status: "not-planned", phaseStarted: true });
    expect(status.anchoringWorkshopOverdue).toBe(true);
    expect(status.overdueCount).toBe(1);
    expect(status.light).toEqual({ color: "red", reasons: ["overdue"] });
    // A month earlier the phase had not begun: the workshop needs planning but is not overdue.
    const before = teamStatus(sftTeam(at("2028-09-05T09:00:00+02:00")));
    expect(before.anchoringWorkshop).toMatchObject({ status: "not-planned", phaseStarted: false });
    expect(before.anchoringWorkshopOverdue).toBe(false);
  });

  it("says who must act: the approvers for what was sent, the team for what came back", () => {
    const status = teamStatus(
      sftTeam(
        at("2027-03-01T09:00:00+01:00"),
        { "planning-tools": "pending", "start-up-meeting": "sentBack" },
        { overrides: heldAll(["status-meeting:2027-02-09"]) },
      ),
    );
    expect(status.awaitingApproval.map((m) => m.id)).toEqual(["planning-tools"]);
    expect(status.sentBack).toMatchObject([
      { milestone: { id: "start-up-meeting" }, decidedBy: LARS, comment: "Se på risici" },
    ]);
    expect(status.light).toEqual({ color: "yellow", reasons: ["awaiting-approval", "sent-back"] });
  });

  it("is yellow past the phase's halfway point with less than half of its milestones approved", () => {
    // The preparation phase runs 181 days from 1 February 2027; its halfway point is 2 May.
    const held = heldAll([
      "status-meeting:2027-02-09",
      "status-meeting:2027-03-09",
      "status-meeting:2027-04-13",
      "status-meeting:2027-05-11",
    ]);
    const early = teamStatus(sftTeam(at("2027-04-20T09:00:00+02:00"), {}, { overrides: held }));
    expect(early.light).toEqual({ color: "green", reasons: [] });
    const late = teamStatus(sftTeam(at("2027-05-25T09:00:00+02:00"), {}, { overrides: held }));
    expect(late.light).toEqual({ color: "yellow", reasons: ["behind-in-phase"] });
  });

  it("is red when the bot cannot post in the team's channel", () => {
    const status = teamStatus(sftTeam(at("2027-01-20T12:00:00+01:00"), {}, { reachable: false }));
    expect(status.light).toEqual({ color: "red", reasons: ["unreachable"] });
    expect(summarize(status, "da").unreachable).toBe(true);
  });
});

describe("the portfolio's summary of a team", () => {
  it("holds the figures and goes stale at the next midnight in Copenhagen", () => {
    const status = teamStatus(
      sftTeam(at("2027-03-01T09:00:00+01:00"), {
        "planning-tools": "approved",
        "start-up-meeting": "pending",
      }),
    );
    const summary = summarize(status, "da");
    expect(summary).toMatchObject({
      asOf: "2027-03-01",
      staleAfter: "2027-03-01T23:00:00.000Z",
      approved: 1,
      total: 16,
      pending: 1,
      sentBack: 0,
      overdue: 1,
      light: "red",
      language: "da",
    });
    expect(isStale(summary, at("2027-03-01T23:59:00+01:00"))).toBe(false);
    expect(isStale(summary, at("2027-03-02T00:00:00+01:00"))).toBe(true);
    expect(isStale(undefined, at("2027-03-01T09:00:00+01:00"))).toBe(true);
    // In summer time the day ends at 22:00 UTC.
    const summer = summarize(teamStatus(sftTeam(at("2027-07-01T09:00:00+02:00"))), "da");
    expect(summer.staleAfter).toBe("2027-07-01T22:00:00.000Z");
  });

  it("puts the teams that need attention first", () => {
    const base = summarize(teamStatus(sftTeam(at("2027-01-20T12:00:00+01:00"))), "da");
    const row = (name: string, change: Partial<StatusSummary> | undefined) => ({
      name,
      ...(change ? { summary: { ...base, ...change } } : {}),
    });
    const rows = [
      row("Aarhus Kommune", { light: "green" }),
      row("Vejle Kommune", undefined),
      row("Odense Kommune", { light: "yellow", pending: 1 }),
      row("Esbjerg Kommune", { light: "red", overdue: 1 }),
      row("Aalborg Kommune", { light: "red", overdue: 3 }),
      row("Horsens Kommune", { light: "yellow", pending: 2 }),
      row("Ærø Kommune", { light: "green" }),
    ];
    expect([...rows].sort(byAttention).map((r) => r.name)).toEqual([
      "Aalborg Kommune",
      "Esbjerg Kommune",
      "Horsens Kommune",
      "Odense Kommune",
      // Danish order: Aa is Å, after Æ.
      "Ærø Kommune",
      "Aarhus Kommune",
      "Vejle Kommune",
    ]);
  });
});
