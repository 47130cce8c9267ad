import { describe, expect, it } from "vitest";
import {
  fingerprint,
  hasConflicts,
  planSave,
  writesAnything,
  type Assessment,
  type CardBasis,
  type StoredMilestone,
} from "../../../src/domain/milestones";

const mette = { id: "29:mette", name: "Mette" };
const lars = { id: "29:lars", name: "Lars" };
const at = (minute: number) => `2026-11-23T09:${String(minute).padStart(2, "0")}:00.000Z`;

/** Version 1 by Mette answered q1 and q2; version 2 by Lars changed q2 and the assessment. */
const STORED: StoredMilestone = {
  version: 2,
  answers: new Map([
    ["q1", { text: "Mettes svar", by: mette, at: at(0), version: 1 }],
    ["q2", { text: "Lars' svar", by: lars, at: at(5), version: 2 }],
  ]),
  assessment: { value: "partially", by: lars, at: at(5), version: 2 },
  changes: [
    { version: 1, by: mette, at: at(0), questions: ["q1", "q2"], assessmentChanged: false },
    { version: 2, by: lars, at: at(5), questions: ["q2"], assessmentChanged: true },
  ],
};

/** A card rendered at version 1: q1 and q2 as Mette saved them, q3 empty. */
const CARD_AT_1: CardBasis = {
  basedOnVersion: 1,
  originals: new Map([
    ["q1", fingerprint("Mettes svar")],
    ["q2", fingerprint("Mettes første svar")],
    ["q3", fingerprint("")],
  ]),
  originalAssessment: "notYet",
};

const submit = (answers: Record<string, string>, assessment: Assessment = "notYet") => ({
  answers: new Map(Object.entries(answers)),
  assessment,
});

describe("what a save writes", () => {
  it("writes only what the person changed, and nothing when they changed nothing", () => {
    const fresh: CardBasis = {
      basedOnVersion: 2,
      originals: new Map([
        ["q1", fingerprint("Mettes svar")],
        ["q2", fingerprint("Lars' svar")],
        ["q3", fingerprint("")],
      ]),
      originalAssessment: "partially",
    };
    const unchanged = planSave(
      STORED,
      fresh,
      submit({ q1: "Mettes svar", q2: "Lars' svar", q3: "" }, "partially"),
      "partially",
    );
    expect(writesAnything(unchanged)).toBe(false);
    expect(unchanged).toMatchObject({ stale: false, changedByPerson: false });

    const one = planSave(
      STORED,
      fresh,
      submit({ q1: "Mettes svar", q2: "Lars' svar", q3: "Nyt" }, "inPlace"),
      "partially",
    );
    expect([...one.answers]).toEqual([["q3", "Nyt"]]);
    expect(one.assessment).toBe("inPlace");
    expect(hasConflicts(one)).toBe(false);
  });

  it("merges a stale card's change to a question nobody else touched", () => {
    const plan = planSave(
      STORED,
      CARD_AT_1,
      submit({ q1: "Mettes svar", q2: "Mettes første svar", q3: "Svar på 3" }),
      "partially",
    );
    expect(plan.stale).toBe(true);
    expect([...plan.answers]).toEqual([["q3", "Svar på 3"]]);
    // Lars' newer q2 and assessment stay: the person did not change them on their card.
    expect(plan.assessment).toBeUndefined();
    expect(hasConflicts(plan)).toBe(false);
  });

  it("refuses the person's change to a question someone else changed since, naming who and when", () => {
    const plan = planSave(
      STORED,
      CARD_AT_1,
      submit({ q1: "Ændret 1", q2: "Mettes ændrede svar", q3: "" }, "inPlace"),
      "partially",
    );
    expect([...plan.answers]).toEqual([["q1", "Ændret 1"]]);
    expect(plan.conflicts).toEqual([
      { questionId: "q2", theirs: "Lars' svar", by: lars, at: at(5) },
    ]);
    expect(plan.assessmentConflict).toEqual({ theirs: "partially", by: lars, at: at(5) });
    expect(plan.assessment).toBeUndefined();
  });

  it("is no conflict when both wrote the same text", () => {
    const plan = planSave(
      STORED,
      CARD_AT_1,
      submit({ q1: "Mettes svar", q2: "Lars' svar", q3: "" }, "partially"),
      "partially",
    );
    expect(hasConflicts(plan)).toBe(false);
    expect(writesAnything(plan)).toBe(false);
    expect(plan.changedByPerson).toBe(true);
  });

  it("sees a newer removal of an answer in the change log", () => {
    const removed: StoredMilestone = {
      ...STORED,
      version: 3,
      answers: new Map([...STORED.answers].filter(([id]) => id !== "q1")),
      changes: [
        ...STORED.changes,
        { version: 3, by: lars, at: at(9), questions: ["q1"], assessmentChanged: false },
      ],
    };
    const plan = planSave(
      removed,
      { ...CARD_AT_1, basedOnVersion: 2 },
      submit({ q1: "Mettes rettede svar", q2: "Mettes første svar", q3: "" }),
      "partially",
    );
    expect(plan.conflicts).toEqual([{ questionId: "q1", theirs: "", by: lars, at: at(9) }]);
  });

  it("treats a question the card did not show as unchanged", () => {
    const plan = planSave(STORED, CARD_AT_1, submit({ q3: "Kun tre" }), "partially");
    expect([...plan.answers]).toEqual([["q3", "Kun tre"]]);
  });

  it("deletes an answer the person emptied", () => {
    const fresh: CardBasis = { ...CARD_AT_1, basedOnVersion: 2 };
    const plan = planSave(STORED, fresh, submit({ q1: "" }), "partially");
    expect([...plan.answers]).toEqual([["q1", ""]]);
  });
});
