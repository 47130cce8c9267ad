import { describe, expect, it } from "vitest";
import { getProgramme, type Programme } from "../../../src/domain/catalog";
import { answerKey } from "../../../src/domain/team/answer-key";
import { programmeMilestoneStates } from "../../../src/domain/milestones";
import type { TeamProfile } from "../../../src/domain/team/profile";
import { deriveMilestoneDigest } from "../../../src/features/nudges/milestone-digest-from-store";
import {
  NO_MILESTONE_NEWS,
  type MilestoneDigest,
} from "../../../src/features/nudges/milestone-digest";
import { renderNudgeCard } from "../../../src/features/nudges/nudge-card";
import {
  decideNudge,
  type NudgeContent,
  type NudgeInput,
} from "../../../src/features/nudges/nudge-content";
import { literalTexts, markdownTexts } from "../../support/card-responses";
import { cardText } from "../../support/teams-activities";
import { override, slot } from "../../domain/schedule/schedule-fixtures";
import { buttonTitles, rowText } from "./support/card-actions";

const SFT = programmeOf("social-skills-training");

function programmeOf(id: string): Programme {
  const found = getProgramme(id);
  if (!found) throw new Error(`no programme ${id}`);
  return found;
}

/** Aarhus implements SFT from 1 February 2027: prepare 6 months, change 14, anchoring 4. */
function aarhus(changes: Partial<TeamProfile> = {}): TeamProfile {
  return {
    teamId: "19:aarhus@thread.tacv2",
    programmeId: "social-skills-training",
    organisationName: "Aarhus Kommune",
    startDate: "2027-02-01",
    language: "da",
    projectLeader: { id: "29:mette", name: "Mette Sørensen" },
    approvers: [{ id: "29:lars", name: "Lars Nielsen" }],
    consultants: [],
    slots: { statusMeeting: slot("2. tirsdag 10:00"), supervision: slot("3. torsdag 13:00") },
    version: 1,
    updatedAt: "2027-01-10T09:00:00.000Z",
    updatedBy: { id: "29:mette", name: "Mette Sørensen" },
    ...changes,
  };
}

function decide(input: Partial<NudgeInput> & Pick<NudgeInput, "month" | "now">) {
  return decideNudge({
    profile: aarhus(),
    programme: SFT,
    overrides: [],
    milestones: NO_MILESTONE_NEWS,
    ...input,
  });
}

function content(input: Partial<NudgeInput> & Pick<NudgeInput, "month" | "now">): NudgeContent {
  const decision = decide(input);
  if (!decision.send) throw new Error(`no nudge: ${decision.reason}`);
  return decision.content;
}

function card(input: Partial<NudgeInput> & Pick<NudgeInput, "month" | "now">) {
  return renderNudgeCard(content(input), { actionId: "card-0001" });
}

/** First working day of each month, 09:30 in Copenhagen. */
const SEPTEMBER_1 = new Date("2027-09-01T07:30:00+00:00");

describe("what the monthly nudge says", () => {
  it("names the month's status meeting and supervision session with n af 20 and its length", () => {
    const shown = card({ month: "2027-09", now: SEPTEMBER_1 });
    const text = cardText(shown);
    expect(text).toContain("Månedens overblik: september 2027");
    expect(rowText(shown, "tirsdag den 14. september 2027 kl. 10.00")).toContain(
      "Statusmøde med Socialstyrelsen",
    );
    // The change phase began on 1 August 2027: September's session is the second of 20.
    expect(rowText(shown, "torsdag den 16. september 2027 kl. 13.00")).toContain(
      "Månedlig supervision af gruppetrænerne 2 af 20 · 3½ time",
    );
    expect(text).toContain("Forandringsfasen, måned 2 af ca. 14");
  });

  it("lists what the team has not marked held, and not what it has", () => {
    const shown = card({
      month: "2027-09",
      now: SEPTEMBER_1,
      overrides: [override("status-meeting", "2027-08-10", { held: true })],
    });
    const text = cardText(shown);
    expect(text).toContain("Mangler at blive markeret som holdt");
    expect(text).toContain("torsdag den 19. august 2027 kl. 13.00");
    expect(text).not.toContain("tirsdag den 10. august 2027");
  });

  it("flags a meeting on a public holiday and leaves it where it is", () => {
    // "1. torsdag" in May 2027 is Kristi himmelfartsdag, 6 May.
    const shown = card({
      month: "2027-05",
      now: new Date("2027-05-03T07:30:00Z"),
      profile: aarhus({
        slots: { statusMeeting: slot("1. torsdag 10:00"), supervision: slot("ingen") },
      }),
    });
    expect(rowText(shown, "torsdag den 6. maj 2027 kl. 10.00")).toContain(
      "Bemærk: Kristi Himmelfartsdag er en helligdag",
    );
  });

  it("says how many of the 20 supervision sessions are held so far", () => {
    // Held: August and October 2027; September's is missing.
    const shown = card({
      month: "2027-11",
      now: new Date("2027-11-01T08:30:00Z"),
      overrides: [
        override("supervision", "2027-08-19", { held: true }),
        override("supervision", "2027-10-21", { held: true }),
      ],
    });
    expect(rowText(shown, "torsdag den 18. november 2027 kl. 13.00")).toContain(
      "Månedlig supervision af gruppetrænerne 4 af 20 · 3½ time",
    );
    expect(rowText(shown, "torsdag den 18. november 2027 kl. 13.00")).toContain(
      "2 af 20 holdt indtil nu",
    );
    expect(cardText(shown)).toContain("torsdag den 16. september 2027 kl. 13.00");
  });

  it("asks for the anchoring workshop to be planned when the anchoring phase is near", () => {
    // The anchoring phase begins on 1 October 2028.
    const shown = card({ month: "2028-09", now: new Date("2028-09-01T07:30:00Z") });
    const text = cardText(shown);
    expect(text).toContain("Workshop om forankring");
    expect(text).toContain("Forankringsfasen begynder 1. oktober 2028. Planlæg workshoppen nu.");
    expect(buttonTitles(shown, "Ingen dato endnu")).toEqual(["Planlæg"]);
  });

  it("says a planned anchoring workshop whose day has passed is not marked held", () => {
    const shown = card({
      month: "2028-12",
      now: new Date("2028-12-01T08:30:00Z"),
      overrides: [
        override("anchoring-workshop", "2028-10-01", {
          movedTo: { date: "2028-11-15", time: "09:00" },
        }),
      ],
    });
    expect(cardText(shown)).toContain("Workshoppen er ikke markeret som holdt.");
    expect(buttonTitles(shown, "onsdag den 15. november 2028 kl. 09.00")).toEqual([
      "Markér som holdt",
      "Flyt",
      "Udsæt en uge",
    ]);
  });

  it("names the milestones awaiting approval with who must act, and those without answers", () => {
    const key = (milestone: string) => answerKey(SFT.id, milestone);
    const mette = { id: "29:mette", name: "Mette Sørensen" };
    const states = programmeMilestoneStates(SFT, {
      answers: new Map([[key("implementation-team"), { version: 2 }]]),
      approvals: new Map([
        [
          key("implementation-team"),
          {
            status: "pending" as const,
            forVersion: 2,
            requestedBy: mette,
            requestedAt: "2027-02-20T10:00:00.000Z",
            version: 1,
          },
        ],
      ]),
    });
    const milestones: MilestoneDigest = deriveMilestoneDigest(
      { teamId: "19:aarhus", profile: aarhus(), programme: SFT, on: "2027-03-01" },
      states,
    );
    const text = cardText(
      card({ month: "2027-03", now: new Date("2027-03-01T08:30:00Z"), milestones }),
    );
    expect(text).toContain("Der er etableret et implementeringsteam");
    expect(text).toContain("Afventer godkendelse fra Lars Nielsen");
    expect(text).toContain("Ingen svar endnu i denne fase");
    expect(text).toContain("Implementeringsteamet deltager i opstartsmødet");
  });

  it("does not call a milestone awaiting approval once it changed after it was sent", () => {
    const key = answerKey(SFT.id, "implementation-team");
    const states = programmeMilestoneStates(SFT, {
      answers: new Map([[key, { version: 3 }]]),
      approvals: new Map([
        [
          key,
          {
            status: "pending" as const,
            forVersion: 2,
            requestedBy: { id: "29:mette", name: "Mette Sørensen" },
            requestedAt: "2027-02-20T10:00:00.000Z",
            version: 1,
          },
        ],
      ]),
    });
    const milestones = deriveMilestoneDigest(
      { teamId: "19:aarhus", profile: aarhus(), programme: SFT, on: "2027-03-01" },
      states,
    );
    expect(milestones.awaitingApproval).toEqual([]);
  });

  it("speaks English to a team that chose English", () => {
    const shown = card({
      month: "2027-09",
      now: SEPTEMBER_1,
      profile: aarhus({ language: "en" }),
    });
    const text = cardText(shown);
    expect(text).toContain("This month: September 2027");
    expect(text).toContain("Tuesday 14 September 2027 at 10:00");
    expect(buttonTitles(shown, "Tuesday 14 September 2027")).toEqual([
      "Mark as held",
      "Move",
      "Postpone a week",
    ]);
  });

  it("shows the team's own text literally, never as Markdown", () => {
    const name = "[Aarhus](https://evil.example) **Kommune**";
    const shown = card({
      month: "2027-09",
      now: SEPTEMBER_1,
      profile: aarhus({ organisationName: name }),
    });
    expect(literalTexts(shown)).toContain(name);
    expect(markdownTexts(shown).join("\n")).not.toContain("evil.example");
  });

  it("stays well inside Teams' card size with weekly meetings and a backlog", () => {
    const shown = card({
      month: "2027-12",
      now: new Date("2027-12-01T08:30:00Z"),
      profile: aarhus({
        slots: {
          statusMeeting: slot("hver tirsdag 10:00"),
          supervision: slot("hver torsdag 13:00"),
        },
      }),
    });
    expect(cardText(shown)).toContain("… og");
    expect(Buffer.byteLength(JSON.stringify(shown))).toBeLessThan(28_000);
  });
});

describe("who gets a nudge", () => {
  it("a team whose anchoring plan is approved gets none", () => {
    expect(
      decide({
        month: "2028-12",
        now: new Date("2028-12-01T08:30:00Z"),
        milestones: { ...NO_MILESTONE_NEWS, anchoringPlanApproved: true },
      }),
    ).toMatchObject({ send: false, reason: "ended", detail: "anchoring-plan-approved" });
  });

  it("a team past its planned end gets none", () => {
    // 24 months from 1 February 2027: the planned end is 31 January 2029.
    expect(decide({ month: "2029-01", now: new Date("2029-01-02T08:30:00Z") }).send).toBe(true);
    expect(decide({ month: "2029-02", now: new Date("2029-02-01T08:30:00Z") })).toMatchObject({
      send: false,
      reason: "ended",
      detail: "past-planned-end",
    });
  });

  it("a team that starts after the month gets none yet", () => {
    expect(
      decide({
        month: "2027-03",
        now: new Date("2027-03-01T08:30:00Z"),
        profile: aarhus({ startDate: "2027-05-01" }),
      }),
    ).toMatchObject({ send: false, reason: "not-started" });
  });
});
