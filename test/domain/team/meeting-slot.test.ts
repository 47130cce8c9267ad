import { describe, expect, it } from "vitest";
import { describeSlot, parseMeetingSlot, slotAsInput } from "../../../src/domain/team/meeting-slot";

describe("meeting slots as people write them", () => {
  it.each([
    ["2. tirsdag 10:00", { cadence: "monthly", week: 2, weekday: 2, time: "10:00" }],
    ["anden tirsdag kl. 10", { cadence: "monthly", week: 2, weekday: 2, time: "10:00" }],
    ["sidste torsdag 13.30", { cadence: "monthly", week: "last", weekday: 4, time: "13:30" }],
    ["Første mandag i måneden kl. 9", { cadence: "monthly", week: 1, weekday: 1, time: "09:00" }],
    ["hver onsdag 9:00", { cadence: "weekly", weekday: 3, time: "09:00" }],
    ["2nd Tuesday 10:00", { cadence: "monthly", week: 2, weekday: 2, time: "10:00" }],
    ["every Friday at 8:15", { cadence: "weekly", weekday: 5, time: "08:15" }],
    ["3. lørdag 11", { cadence: "monthly", week: 3, weekday: 6, time: "11:00" }],
    ["ingen", { cadence: "none" }],
    ["", { cadence: "none" }],
  ])("reads %j", (text, slot) => {
    expect(parseMeetingSlot(text)).toEqual({ ok: true, slot });
  });

  it.each([
    ["2. tirsdag", /ikke en fast mødetid/],
    ["5. tirsdag 10:00", /"5." er ikke en uge i måneden/],
    ["2. blursdag 10:00", /"blursdag" er ikke en ugedag/],
    ["2. tirsdag 25:00", /"25:00" er ikke et klokkeslæt/],
  ])("explains what is wrong with %j and how to write it", (text, why) => {
    const result = parseMeetingSlot(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.da).toMatch(why);
      expect(result.error.da).toContain('"2. tirsdag 10:00"');
      expect(result.error.en).toContain('"2nd Tuesday 10:00"');
    }
  });

  it.each([
    ["a CPR number as the time", "2. tirsdag 070911-1234", /Klokkeslættet kan jeg ikke læse/],
    ["a CPR number as the week", "070911-1234 tirsdag 10:00", /Ugen i måneden kan jeg ikke læse/],
    ["a link as the weekday", "2. [tirsdag](https://evil.example) 10:00", /Ugedagen kan jeg/],
    ["Markdown as the whole slot", "**tirsdag**", /Det er ikke en fast mødetid/],
    ["a long text", `2. ${"tirsdag".repeat(20)} 10:00`, /Ugedagen kan jeg ikke læse/],
  ])("describes %s without quoting it", (_what, text, why) => {
    const result = parseMeetingSlot(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.da).toMatch(why);
      expect(result.error.da).not.toMatch(/070911|evil|\*\*|tirsdagtirsdag/);
      expect(result.error.en).not.toMatch(/070911|evil|\*\*|tirsdagtirsdag/);
      expect(result.error.en).toContain('"2nd Tuesday 10:00"');
    }
  });

  it("describes a slot the Danish way and round-trips it through the text field", () => {
    const slot = { cadence: "monthly", week: 2, weekday: 2, time: "10:00" } as const;
    expect(describeSlot(slot, "da")).toBe("Den 2. tirsdag i måneden kl. 10.00");
    expect(describeSlot(slot, "en")).toBe("2nd Tuesday of the month at 10:00");
    expect(parseMeetingSlot(slotAsInput(slot, "da"))).toEqual({ ok: true, slot });
    expect(parseMeetingSlot(slotAsInput(slot, "en"))).toEqual({ ok: true, slot });
    const weekly = { cadence: "weekly", weekday: 6, time: "09:30" } as const;
    expect(parseMeetingSlot(slotAsInput(weekly, "da"))).toEqual({ ok: true, slot: weekly });
  });
});

describe("meeting slots made of Object.prototype's property names", () => {
  // Words are looked up in tables; a plain object would answer `constructor` or `__proto__`.
  const prototypeNames = Object.getOwnPropertyNames(Object.prototype);
  const positions: [string, (name: string) => string][] = [
    ["the week of the month", (name) => `${name} tirsdag 10:00`],
    ["the weekday", (name) => `2. ${name} 10:00`],
    ["the weekday of a weekly slot", (name) => `hver ${name} 10:00`],
    ["the time", (name) => `2. tirsdag ${name}`],
    ["the whole slot", (name) => name],
  ];

  it("covers the names that matter", () => {
    expect(prototypeNames).toEqual(expect.arrayContaining(["constructor", "__proto__", "valueOf"]));
  });

  it.each(positions)("refuses every such name as %s", (_position, slotText) => {
    for (const name of prototypeNames) {
      for (const spelling of [name, name.toLowerCase(), name.toUpperCase()]) {
        const result = parseMeetingSlot(slotText(spelling));
        expect(result, slotText(spelling)).toMatchObject({ ok: false });
      }
    }
  });

  it.each(["constructor tirsdag 10:00", "2. __proto__ 10:00"])(
    "refuses %j, the slot that once locked a team out",
    (text) => {
      expect(parseMeetingSlot(text).ok).toBe(false);
    },
  );
});
