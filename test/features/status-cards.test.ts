import { describe, expect, it } from "vitest";
import { getProgramme, type Programme } from "../../src/domain/catalog";
import { programmeMilestoneStates, type ApprovalRecord } from "../../src/domain/milestones";
import { summarize, teamStatus } from "../../src/domain/status";
import { answerKey } from "../../src/domain/team/answer-key";
import type { TeamProfile } from "../../src/domain/team/profile";
import { matchTeamsByName } from "../../src/features/status/name-match";
import { portfolioCardData, renderPortfolioCard } from "../../src/features/status/portfolio-card";
import { renderStatusCard, statusCardData } from "../../src/features/status/status-card";
import type { TeamStatusView } from "../../src/features/status/status-view";
import type { PersonTeamEntry } from "../../src/store/person-index-repository";
import { literalTexts, markdownTexts } from "../support/card-responses";
import { cardText } from "../support/teams-activities";

/** Teams refuses a bot message whose card is larger than about 28 KB. */
const TEAMS_CARD_LIMIT = 28 * 1024;
const LARS = { id: "29:lars", name: "Lars Nielsen" };
const METTE = { id: "29:mette", name: "Mette Sørensen" };

function programme(id: string): Programme {
  const found = getProgramme(id);
  if (!found) throw new Error(`no programme ${id}`);
  return found;
}

function view(
  programmeId: string,
  now: string,
  options: {
    language?: "da" | "en";
    organisation?: string;
    sentBack?: number;
    pending?: number;
  } = {},
): TeamStatusView {
  const chosen = programme(programmeId);
  const approval = (status: ApprovalRecord["status"]): ApprovalRecord => ({
    status,
    forVersion: 1,
    requestedBy: METTE,
    requestedAt: "2027-02-20T09:00:00.000Z",
    ...(status === "pending"
      ? {}
      : { decidedBy: LARS, decidedAt: "2027-02-21T09:00:00.000Z", comment: "Uddyb. ".repeat(140) }),
    version: 2,
  });
  const sentBack = options.sentBack ?? 0;
  const pending = options.pending ?? 0;
  const milestones = chosen.milestones.slice(0, sentBack + pending);
  const key = (id: string) => answerKey(chosen.id, id);
  const states = programmeMilestoneStates(chosen, {
    answers: new Map(milestones.map((m) => [key(m.id), { version: 1 }])),
    approvals: new Map(
      milestones.map((m, index) => [
        key(m.id),
        approval(index < sentBack ? "sentBack" : "pending"),
      ]),
    ),
  });
  const profile: TeamProfile = {
    teamId: "19:team@thread.tacv2",
    programmeId: chosen.id,
    organisationName: options.organisation ?? "Aarhus Kommune",
    startDate: "2027-02-01",
    language: options.language ?? "da",
    projectLeader: METTE,
    approvers: [LARS],
    consultants: [],
    slots: {
      statusMeeting: { cadence: "weekly", weekday: 2, time: "10:00" },
      supervision: { cadence: "weekly", weekday: 4, time: "13:00" },
    },
    version: 1,
    updatedAt: "2027-01-10T09:00:00.000Z",
    updatedBy: METTE,
  };
  const status = teamStatus({
    programme: chosen,
    startDate: profile.startDate,
    slots: profile.slots,
    states,
    overrides: [],
    reachable: true,
    now: new Date(now),
  });
  return {
    teamId: profile.teamId,
    profile,
    programme: chosen,
    status,
    summary: summarize(status, profile.language),
  };
}

const render = (v: TeamStatusView, language: "da" | "en" = "da") =>
  renderStatusCard(
    statusCardData(v, language, { now: new Date("2027-09-01T08:00:00Z"), inChannel: true }),
  );

describe("the status card", () => {
  it("stays inside Teams' size limit for a 16-milestone programme with everything to show", () => {
    // Weekly meetings (four or five weeks of both) and all 16 sent back with long comments.
    const card = render(view("social-skills-training", "2027-09-01T08:00:00Z", { sentBack: 16 }));
    expect(Buffer.byteLength(JSON.stringify(card), "utf8")).toBeLessThan(TEAMS_CARD_LIMIT);
    expect(cardText(card)).toContain("Sendt tilbage, venter på teamet:");
    // A long comment is cut short on this card; the approval card has it whole.
    const comment = literalTexts(card).find((text) => text.startsWith("Uddyb."));
    expect(comment?.endsWith(" …")).toBe(true);
    expect([...(comment ?? "")].length).toBeLessThanOrEqual(202);
    const mixed = render(
      view("social-skills-training", "2027-09-01T08:00:00Z", { sentBack: 8, pending: 8 }),
    );
    expect(cardText(mixed)).toContain("Venter på godkendelse fra Lars Nielsen:");
  });

  it("keeps the municipality's own text out of Markdown", () => {
    const card = render(
      view("social-skills-training", "2027-03-01T08:00:00Z", {
        organisation: "[Klik](https://x.example)",
      }),
    );
    expect(literalTexts(card)).toContain("[Klik](https://x.example)");
    expect(markdownTexts(card).join("\n")).not.toContain("https://x.example");
  });

  it("shows Signs of Safety by its drivers, without a phase table", () => {
    const card = render(view("signs-of-safety", "2027-05-10T08:00:00Z"));
    const text = cardText(card);
    expect(text).toContain("Måned 4 siden starten");
    expect(text).toContain(
      "Metoden har ingen faser: milepælene hører til driverne Ledelse, Kompetencer og Organisering.",
    );
    expect(text).toContain("Godkendelse pr. driver");
    expect(text).not.toContain("Stages of Implementation Completion");
  });

  it("says only the month for CTI, whose phases have no lengths", () => {
    const text = cardText(render(view("critical-time-intervention", "2027-04-10T08:00:00Z")));
    expect(text).toContain("Måned 3 af 24");
    expect(text).toContain("Programmet angiver ikke fasernes længde");
    expect(text).toContain("ingen planlagt længde");
  });

  it("follows the maturation project's dated phases", () => {
    const text = cardText(render(view("maturation-project", "2022-04-20T08:00:00Z")));
    expect(text).toContain("Modningsfase · måned 1 af ca. 20");
    expect(text).toContain("Fase 2 af 2 · dag 20 af 609");
  });

  it("speaks English to a team that chose English", () => {
    const v = view("social-skills-training", "2027-03-01T08:00:00Z", { language: "en" });
    const text = cardText(render(v, "en"));
    expect(text).toContain(
      `${programme("social-skills-training").phases[0]?.name.en} · month 2 of about 6`,
    );
    expect(text).toContain("Who must act");
    expect(text).toContain("The next 30 days");
  });
});

describe("the portfolio card", () => {
  const summary = view("social-skills-training", "2027-03-01T08:00:00Z").summary;
  const entry = (i: number): PersonTeamEntry => ({
    teamId: `19:team-${i}@thread.tacv2`,
    organisationName: `${"Lang Kommunenavn ".repeat(8)}${i}`,
    programmeId: "social-skills-training",
    roles: ["consultant"],
    status: summary,
  });

  it("stays inside Teams' size limit with ten rows", () => {
    const entries = Array.from({ length: 25 }, (_, i) => entry(i));
    const data = portfolioCardData(entries, {
      language: "da",
      page: 1,
      now: new Date("2027-03-01T09:00:00Z"),
    });
    expect(data.rows).toHaveLength(10);
    expect(data.intro).toContain("25 teams · side 2 af 3");
    const size = Buffer.byteLength(JSON.stringify(renderPortfolioCard(data)), "utf8");
    expect(size).toBeLessThan(TEAMS_CARD_LIMIT);
  });

  it("clamps a page past the end to the last one", () => {
    const entries = Array.from({ length: 12 }, (_, i) => entry(i));
    const data = portfolioCardData(entries, {
      language: "en",
      page: 7,
      now: new Date("2027-03-01T09:00:00Z"),
    });
    expect(data.rows).toHaveLength(2);
    expect(data.intro).toContain("12 teams · page 2 of 2");
    expect(data.pageActions.map((a) => a.title)).toEqual(["Previous page"]);
  });
});

describe("finding a municipality among the person's teams", () => {
  const teams = [
    { organisationName: "Aarhus Kommune" },
    { organisationName: "Aabenraa Kommune" },
    { organisationName: "Høje-Taastrup Kommune" },
    { organisationName: "Odder Kommune" },
  ];
  const names = (query: string) => matchTeamsByName(query, teams).map((t) => t.organisationName);

  it("matches the name without 'kommune', whatever the accents and case", () => {
    expect(names("aarhus")).toEqual(["Aarhus Kommune"]);
    expect(names("Århus Kommune")).toEqual(["Aarhus Kommune"]);
    expect(names("høje taastrup")).toEqual(["Høje-Taastrup Kommune"]);
  });

  it("matches the start of a word, and offers every match", () => {
    expect(names("aa")).toEqual(["Aarhus Kommune", "Aabenraa Kommune"]);
    expect(names("taastrup")).toEqual(["Høje-Taastrup Kommune"]);
  });

  it("forgives a typo, but not in a query under four letters", () => {
    expect(names("Arhus")).toEqual(["Aarhus Kommune"]);
    expect(names("Oder")).toEqual(["Odder Kommune"]);
    expect(names("Odr")).toEqual([]);
    expect(names("kommune")).toEqual([]);
  });
});
