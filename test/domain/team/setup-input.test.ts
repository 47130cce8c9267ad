import { withSavedPeople } from "../../../src/domain/team/profile";
import { describe, expect, it } from "vitest";
import { PROGRAMME_IDS } from "../../../src/domain/catalog";
import { containsCprNumber } from "../../../src/domain/cpr-guard";
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

describe("setup text fields are cleaned before they are stored or echoed", () => {
  const errorsFor = (change: Partial<SetupRawInput>) => {
    const result = validateSetupInput({ ...VALID, ...change }, CONTEXT);
    return result.ok ? {} : result.errors;
  };

  it("stores a Markdown link as a name: it is text, and the renderer shows it as text", () => {
    const name = "[Log ind her](https://evil.example/login)";
    const result = validateSetupInput({ ...VALID, organisationName: name }, CONTEXT);
    expect(result.ok && result.values.organisationName).toBe(name);
  });

  it.each([
    ["only zero-width characters", "\u200b\u200c\u200d\ufeff\u2060", /Skriv kommunens/],
    ["one letter and zero-width characters", "A\u200b\u200b", /Skriv kommunens/],
    ["a right-to-left override", "Aarhus \u202eenummoK", /skriveretningen/],
    ["a NUL", "Aarhus\u0000Kommune", /styretegn/],
    ["a CPR number with an en dash", "Borger 070911\u20131234", /ligner et CPR-nummer/],
    ["a CPR number with a zero-width space", "Borger 0709\u200b111234", /ligner et CPR-nummer/],
  ])("refuses an organisation name of %s", (_what, organisationName, message) => {
    const errors = errorsFor({ organisationName });
    expect(Object.keys(errors)).toEqual(["organisationName"]);
    expect(errors.organisationName?.da).toMatch(message);
  });

  it("stores the name without invisible characters and with plain spaces", () => {
    const result = validateSetupInput(
      { ...VALID, organisationName: "\ufeffAarhus\u00a0Kom\u200bmune " },
      CONTEXT,
    );
    expect(result.ok && result.values.organisationName).toBe("Aarhus Kommune");
  });

  it("reads a start date typed with full-width digits or an invisible character", () => {
    for (const startDate of [
      "\uff12\uff10\uff12\uff17-\uff10\uff12-\uff10\uff11",
      "\u200b1.2.2027",
    ]) {
      const result = validateSetupInput({ ...VALID, startDate }, CONTEXT);
      expect(result.ok && result.values.startDate).toBe("2027-02-01");
    }
  });

  it("still quotes a plain wrong date or slot, so the person sees what was read", () => {
    expect(errorsFor({ startDate: "31.02.2027" }).startDate?.da).toContain('"31.02.2027"');
    expect(errorsFor({ supervisionSlot: "2. blursdag 10:00" }).supervisionSlot?.da).toContain(
      '"blursdag"',
    );
  });

  const BAD_TEXTS = [
    "070911-1234",
    "070911\u20131234",
    "2. tirsdag 070911 - 1234",
    "070911-1234 tirsdag 10:00",
    "2. 070911-1234 10:00",
    "1.2.2027\u0000",
    "2. tirsdag\u0000 10:00",
    "\u202e2. tirsdag 10:00",
    "2. [tirsdag](https://evil.example) 10:00",
    "[klik her](https://evil.example/login)",
    "x".repeat(500),
  ];
  const TEXT_FIELDS = ["organisationName", "startDate", "statusMeetingSlot", "supervisionSlot"];

  it.each(TEXT_FIELDS)(
    "answers bad input in %s without repeating a CPR number, a control character or a link",
    (field) => {
      for (const text of BAD_TEXTS) {
        const errors = errorsFor({ [field]: text });
        for (const error of Object.values(errors)) {
          for (const message of [error.da, error.en]) {
            expect(containsCprNumber(message), `${field}: ${JSON.stringify(text)}`).toBe(false);
            expect(message).not.toMatch(/\p{Cc}|[\u202a-\u202e\u2066-\u2069]/u);
            expect(message).not.toContain("evil.example");
            expect(message).not.toContain("x".repeat(50));
          }
        }
      }
    },
  );

  it("gives back the input to show again, without the CPR number or refused characters", () => {
    const result = validateSetupInput(
      {
        ...VALID,
        organisationName: "Aarhus\u0000 Kommune 070911-1234",
        startDate: "070911\u20131234",
        statusMeetingSlot: "\u202e2. tirsdag 10:00",
        supervisionSlot: "2. blursdag 10:00",
      },
      CONTEXT,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.safeInput).toEqual({
        ...VALID,
        organisationName: "Aarhus Kommune [CPR]",
        startDate: "[CPR]",
        statusMeetingSlot: "2. tirsdag 10:00",
        supervisionSlot: "2. blursdag 10:00",
      });
    }
  });

  it.each(["statusMeetingSlot", "startDate"] as const)(
    "refuses a CPR number in %s with the CPR explanation",
    (field) => {
      expect(errorsFor({ [field]: "070911\u20111234" })[field]?.da).toMatch(/ligner et CPR-nummer/);
    },
  );
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
