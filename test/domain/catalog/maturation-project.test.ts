import { describe, expect, it } from "vitest";
import { activity, programme } from "./programme-lookup";
import { occursIn, readSeed, seedsAvailable } from "./seed-text";

const ID = "maturation-project";
// 004 is OCR'd: the passages below are quoted as the OCR text has them (e.g. "Opstartsmgde").
const seed004 = (): string => readSeed("004_c06a82f099700a55.txt");

// Every dated activity: [activity id, date in the catalog, passage in 004 giving it].
const datedActivities: [string, string, string][] = [
  ["start-up-meeting", "2022-01-20", "afholdes den 20. januar 2022"],
  [
    "local-planning-workshop",
    "2022-02",
    "workshop deltagere indsatsforlgb erfaringer deltagere indsatsforlgb erfaringer",
  ],
  ["competence-module-1", "2022-02-09", "afholdes i Odense den 9-10. februar 2022"],
  ["competence-module-2a", "2022-03-15", "Modul 2a: den 15. marts 2022"],
  ["competence-module-2b", "2022-05-12", "Modul 2b: den 12. maj 2022"],
  ["maturation-forum-1", "2022-09", "Modningsforum 1"],
  ["competence-module-3", "2022-11-08", "Modul 3: den 8. november 2022"],
  ["maturation-forum-2", "2023-08", "Modningsforum 2"],
  ["recruitment-version-1", "2022-04", "April-juni 2022"],
  ["courses-version-1", "2022-04", "April-juni 2022"],
  ["experience-gathering-1", "2022-08", "Februar 2022 August 2022 Maj 2023"],
  ["recruitment-version-2", "2022-11", "Fra november 2022"],
  ["courses-version-2", "2022-11", "Fra november 2022"],
  ["experience-gathering-2", "2023-05", "Februar 2022 August 2022 Maj 2023"],
];

describe.skipIf(!seedsAvailable())("Maturation project against seed 004", () => {
  it("has the opstartsfase Jan-Mar 2022 and modningsfase Apr 2022-Nov 2023", () => {
    expect(
      occursIn(seed004(), "Opstartsfase (jan - mar. 22) Modningsfase (apr. 22 - nov. 23)"),
    ).toBe(true);
    expect(
      programme(ID).phases.map(({ id, months, start, end }) => ({ id, months, start, end })),
    ).toEqual([
      { id: "opstart", months: 3, start: "2022-01", end: "2022-03" },
      { id: "modning", months: 20, start: "2022-04", end: "2023-11" },
    ]);
  });

  it.each(datedActivities)("dates %s as %s (004: '%s')", (activityId, date, passage) => {
    expect(occursIn(seed004(), passage), passage).toBe(true);
    expect(activity(ID, activityId).date).toBe(date);
  });

  it("reads the overview's month row: Jan 2022, Sep 2022, Aug 2023, and Feb/Mar/May/Nov 2022 for the modules", () => {
    expect(
      occursIn(
        seed004(),
        "Januar 2022 praktikere, praktikere, praktikere, September 2022 praktikere, August 2023",
      ),
    ).toBe(true);
    expect(occursIn(seed004(), "Februar 2022 Marts 2022 Maj 2022 November 2022")).toBe(true);
  });

  it("has the module lengths: 2 days, 1 day, 1 day, 1-2 days, for the four practitioners", () => {
    expect(occursIn(seed004(), "(2 dage) (1 dag) (1 dag) (1-2 dage)")).toBe(true);
    expect(activity(ID, "competence-module-1")).toMatchObject({
      days: 2,
      endDate: "2022-02-10",
      seats: 4,
    });
    expect(activity(ID, "competence-module-2a")).toMatchObject({ days: 1, seats: 4 });
    expect(activity(ID, "competence-module-2b")).toMatchObject({ days: 1, seats: 4 });
    expect(activity(ID, "competence-module-3")).toMatchObject({
      daysRange: { min: 1, max: 2 },
      seats: 4,
    });
  });

  it("has a 3-4 hour local planning workshop", () => {
    expect(occursIn(seed004(), "har en varighed pa 3-4 timer")).toBe(true);
    expect(activity(ID, "local-planning-workshop")).toMatchObject({
      kind: "planning-workshop",
      hoursRange: { min: 3, max: 4 },
    });
  });

  it("has quarterly virtual sparring, 6-8 meetings, and ongoing virtual status meetings", () => {
    expect(occursIn(seed004(), "6-8 virtuelle mader (ca. 1 gang i kvartalen)")).toBe(true);
    expect(activity(ID, "cross-municipal-sparring")).toMatchObject({
      kind: "sparring",
      cadence: "quarterly",
      countRange: { min: 6, max: 8 },
    });
    expect(activity(ID, "status-meeting").kind).toBe("status-meeting");
  });

  it("has data collection for the evaluation with its five parts as questions", () => {
    expect(occursIn(seed004(), "Dataindsamling til evaluering")).toBe(true);
    expect(activity(ID, "evaluation-data-collection").kind).toBe("data-collection");
    // 004 lists five bullets under "Dette forventes at omfatte".
    expect(
      programme(ID).milestones.find((milestone) => milestone.id === "evaluation-data")?.questions,
    ).toHaveLength(5);
  });
});

describe("Maturation project in the catalog", () => {
  it("has exactly these dated activities, no more", () => {
    const dated = programme(ID).activities.filter((candidate) => candidate.date !== undefined);
    expect(dated.map((candidate) => candidate.id).sort()).toEqual(
      datedActivities.map(([id]) => id).sort(),
    );
  });

  it("repairs the OCR damage in its Danish (no 'mgde', 'pa ', 'Lgbende' left)", () => {
    const danish = JSON.stringify(programme(ID), (key, value: unknown) =>
      key === "en" || key === "source" ? undefined : value,
    );
    for (const damage of [
      "mgde",
      "mader",
      " pa ",
      "Lgbende",
      "forlgb",
      "aendring",
      "Faelles",
      "Tvaer",
    ]) {
      expect(danish.includes(damage), damage).toBe(false);
    }
  });
});
