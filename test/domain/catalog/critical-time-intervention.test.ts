import { describe, expect, it } from "vitest";
import { activity, phaseMonths, programme } from "./programme-lookup";
import { occursIn, readSeed, seedsAvailable } from "./seed-text";

const ID = "critical-time-intervention";
const seed003 = (): string => readSeed("003_1ca37c9ef0ebbe76.txt");

describe.skipIf(!seedsAvailable())("Critical Time Intervention against seed 003", () => {
  it("models the citizen's course: three phases over nine months", () => {
    // 003, 2. Om metoderne: "opdelt i tre faser, der strækker sig over en samlet periode på ni måneder".
    expect(
      occursIn(
        seed003(),
        "opdelt i tre faser, der strækker sig over en samlet periode på ni måneder",
      ),
    ).toBe(true);
    expect(programme(ID).interventionModel).toMatchObject({
      level: "citizen",
      months: 9,
      phaseCount: 3,
    });
  });

  it("keeps the municipality's two-year implementation apart, with unstated phase lengths", () => {
    // 003, 4.: "Det samlede forløb strækker sig over to år." No phase lengths are given.
    expect(occursIn(seed003(), "Det samlede forløb strækker sig over to år")).toBe(true);
    expect(programme(ID).durationMonths).toBe(24);
    expect(phaseMonths(ID)).toEqual({ preparation: null, change: null, anchoring: null });
  });

  it("has the five support elements in the document's order", () => {
    // 003, 4.: "1. Behovsafklaring … 2. Rådgivning 3. Uddannelse af medarbejdere i metoden
    // 4. Monitorering af indsatsen 5. Overdragelse og sikring af forankring".
    const elements = programme(ID).supportElements ?? [];
    expect(elements.map((element) => [element.number, element.name.da])).toEqual([
      [1, "Behovsafklaring"],
      [2, "Rådgivning"],
      [3, "Uddannelse af medarbejdere i metoden"],
      [4, "Monitorering af indsatsen"],
      [5, "Overdragelse og sikring af forankring"],
    ]);
    for (const element of elements) {
      expect(occursIn(seed003(), `${element.number}. ${element.name.da}`), element.name.da).toBe(
        true,
      );
    }
  });

  it("lists the five mandatory monitoring fields as reported to Socialstyrelsen, never entered in the bot", () => {
    const monitoring = programme(ID).monitoring ?? [];
    expect(monitoring.map((field) => field.name.da)).toEqual([
      "CPR-nummer på borgeren",
      "Startmåned for indsatsen",
      "Oplysninger om målgruppen og deres sociale problematik",
      "Borgernes funktionsniveau ved start",
      "Henvisningsgrundlag (SEL §)",
    ]);
    for (const field of monitoring) {
      expect(occursIn(seed003(), field.name.da), field.name.da).toBe(true);
      expect(field.reportedTo).toBe("socialstyrelsen");
      expect(field.enteredInBot).toBe(false);
    }
  });

  it("trains up to 30 staff and has the mandatory start-up meeting in October 2019", () => {
    // 003: "der i hver kommune kan uddannes op til 30 medarbejdere"; "I midten af oktober 2019 afholdes opstartsmøde".
    expect(occursIn(seed003(), "op til 30 medarbejdere")).toBe(true);
    expect(activity(ID, "staff-training").seats).toBe(30);
    expect(programme(ID).staffing?.[0]?.upTo).toBe(30);
    expect(activity(ID, "start-up-meeting")).toMatchObject({
      kind: "start-up-meeting",
      date: "2019-10",
    });
    expect(activity(ID, "monitoring-reporting").kind).toBe("reporting");
  });
});

describe("Critical Time Intervention in the catalog", () => {
  it("derives one or more milestones for each support element, citing section 4", () => {
    const milestones = programme(ID).milestones;
    const groups = new Set(milestones.map((milestone) => milestone.group.da));
    for (const element of programme(ID).supportElements ?? []) {
      expect(groups.has(element.name.da), element.name.da).toBe(true);
    }
    expect(
      milestones.every((milestone) =>
        milestone.source.startsWith("003, 4. Om implementeringsstøtten"),
      ),
    ).toBe(true);
  });
});
