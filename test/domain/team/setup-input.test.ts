import { withSavedPeople } from "../../../src/domain/team/profile";
import { describe, expect, it } from "vitest";
import { PROGRAMME_IDS } from "../../../src/domain/catalog";
import {
  readSetupInput,
  validateSetupInput,
  type SetupRawInput,
} from "../../../src/domain/team/setup-input";

const MEMBERS = [
  { id: "29:mette", name: "Mette Sørensen" },
  { id: "29:lars", name: "Lars Nielsen" },
  { id: "29:sofie", name: "Sofie Jensen" },
];
const CONTEXT = { programmeIds: PROGRAMME_IDS, members: MEMBERS, today: "2026-11-23" };

const VALID: SetupRawInput = {
  programmeId: "social-skills-training",
  organisationName: "  Aarhus   Kommune ",
  startDate: "2027-02-01",
  language: "da",
  projectLeaderId: "29:mette",
  approverIds: "29:lars",
  consultantIds: "29:sofie",
  statusMeetingSlot: "2. tirsdag 10:00",
  supervisionSlot: "3. torsdag 13:00",
};

describe("setup validation", () => {
  it("accepts a complete setup and resolves people from the member list", () => {
    const result = validateSetupInput(VALID, CONTEXT);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.values.organisationName).toBe("Aarhus Kommune");
      expect(result.values.approvers).toEqual([{ id: "29:lars", name: "Lars Nielsen" }]);
      expect(result.values.slots.statusMeeting).toEqual({
        cadence: "monthly",
        week: 2,
        weekday: 2,
        time: "10:00",
      });
    }
  });

  it.each([
    [{ programmeId: "yoga" }, "programmeId", /Vælg metoden fra listen/],
    [{ organisationName: " " }, "organisationName", /Skriv kommunens/],
    [{ organisationName: "Borger 010190-1234" }, "organisationName", /ligner et CPR-nummer/],
    [{ startDate: "31.02.2027" }, "startDate", /"31.02.2027" er ikke en dato/],
    [{ startDate: "2031-01-01" }, "startDate", /mellem 1.1.2015 og 3 år frem/],
    [{ language: "de" }, "language", /dansk eller engelsk/],
    [{ projectLeaderId: "29:stranger" }, "projectLeaderId", /blandt teamets medlemmer/],
    [{ approverIds: "" }, "approverIds", /mindst én godkender/],
    [{ approverIds: "29:lars,29:stranger" }, "approverIds", /blandt teamets medlemmer/],
    [{ consultantIds: "29:stranger" }, "consultantIds", /blandt teamets medlemmer/],
    [{ statusMeetingSlot: "tirsdag" }, "statusMeetingSlot", /ikke en fast mødetid/],
  ])(
    "rejects %o on its own field with a Danish and English explanation",
    (change, field, message) => {
      const result = validateSetupInput({ ...VALID, ...change }, CONTEXT);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(Object.keys(result.errors)).toEqual([field]);
        const error = result.errors[field as keyof typeof result.errors];
        expect(error?.da).toMatch(message);
        expect(error?.en.length).toBeGreaterThan(10);
      }
    },
  );

  it("reads odd payloads as empty strings rather than crashing", () => {
    const raw = readSetupInput({
      programmeId: 42,
      organisationName: { evil: true },
      startDate: null,
    });
    expect(raw.programmeId).toBe("42");
    expect(raw.organisationName).toBe("");
    expect(validateSetupInput(raw, CONTEXT).ok).toBe(false);
  });

  it("reads only the payload's own fields, never inherited ones", () => {
    const inherited: Record<string, unknown> = Object.create({ organisationName: "Arvet navn" });
    inherited.programmeId = "social-skills-training";
    const raw = readSetupInput(inherited);
    expect(raw.organisationName).toBe("");
    expect(raw.programmeId).toBe("social-skills-training");
  });
});

describe("people a card can offer", () => {
  it("keeps someone already chosen even when Teams no longer lists them, without duplicates", () => {
    const guest = { id: "29:guest", name: "Gæst Konsulent" };
    const profile = {
      teamId: "t",
      programmeId: "social-skills-training",
      organisationName: "Aarhus Kommune",
      startDate: "2027-02-01",
      language: "da" as const,
      projectLeader: MEMBERS[0] ?? guest,
      approvers: [MEMBERS[1] ?? guest],
      consultants: [guest],
      slots: {
        statusMeeting: { cadence: "none" as const },
        supervision: { cadence: "none" as const },
      },
      version: 1,
      updatedAt: "2026-11-23T09:00:00Z",
      updatedBy: guest,
    };
    const people = withSavedPeople(MEMBERS, profile);
    expect(people.map((p) => p.id)).toEqual(["29:mette", "29:lars", "29:sofie", "29:guest"]);
  });
});
