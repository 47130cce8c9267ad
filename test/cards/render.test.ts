import fs from "node:fs";
import path from "node:path";
import * as ACData from "adaptivecards-templating";
import { Expression } from "adaptive-expressions";
import { afterEach, describe, expect, it, vi } from "vitest";
import { allCommands } from "../../src/app";
import { renderTemplate } from "../../src/cards/render";
import type {
  ActionCardData,
  ConfirmCardData,
  LinkCardData,
  NoticeCardData,
} from "../../src/cards/common-cards";
import { helpCardData } from "../../src/features/help/help-card";
import type { HistoryCardData } from "../../src/features/history";
import { initialSetupValues, setupCardData } from "../../src/features/setup/setup-card";
import { setupSummaryCardData } from "../../src/features/setup/summary-card";
import { welcomeCardData } from "../../src/features/welcome";
import { planExportCardData } from "../../src/features/plan-export/export-plan";
import type { TeamProfile } from "../../src/domain/team/profile";
import { findProjectRoot } from "../../src/paths";
import { CARDS_MET_IN_CONVERSATION } from "./conversation-card-names";

/**
 * `renderTemplate` keeps one parsed template per card instead of parsing the card's expressions
 * on every reply. Whatever the order and however often a card is rendered, it must give exactly
 * what a freshly parsed template gives (the behaviour before the cache), for every card in `cards/`.
 */

const CARDS_DIR = path.join(findProjectRoot(), "cards");

const METTE = { id: "29:mette", name: "Mette Sørensen", aadObjectId: "aad-mette" };
const LARS = { id: "29:lars", name: "Lars Nielsen" };
const SOFIE = { id: "29:sofie", name: "Sofie Jensen" };

const PROFILE: TeamProfile = {
  teamId: "19:team@thread.tacv2",
  programmeId: "social-skills-training",
  organisationName: "Aarhus Kommune",
  startDate: "2027-02-01",
  language: "da",
  projectLeader: METTE,
  approvers: [LARS],
  consultants: [SOFIE],
  slots: {
    statusMeeting: { cadence: "monthly", week: 2, weekday: 2, time: "10:00" },
    supervision: { cadence: "weekly", weekday: 3, time: "13:00" },
  },
  version: 3,
  updatedAt: "2026-11-23T09:00:00Z",
  updatedBy: METTE,
};

const HISTORY: HistoryCardData = {
  title: "Seneste ændringer",
  empty: "Der er ingen ændringer endnu.",
  events: [
    { when: "23.11.2026 10:00", who: "Mette Sørensen", what: "satte teamet op" },
    { when: "24.11.2026 08:15", who: "Lars Nielsen", what: "ændrede opsætningen: startdato" },
  ],
};

/** Representative data per card, covering each `$when` both ways and `$data` lists long and empty. */
const FIXTURES: Record<string, object[]> = {
  help: [
    helpCardData("da", allCommands(), { notUnderstood: true, inChannel: true }),
    helpCardData("en", allCommands(), { notUnderstood: false, inChannel: false }),
  ],
  history: [HISTORY, { ...HISTORY, events: [] }],
  setup: [
    setupCardData({
      language: "da",
      values: initialSetupValues(undefined, "da", METTE),
      members: [METTE, LARS, SOFIE],
      expectedVersion: 0,
    }),
    setupCardData({
      language: "en",
      values: { ...initialSetupValues(PROFILE, "en", METTE), startDate: "31.2.2027" },
      members: [METTE],
      errors: { startDate: { da: "Ikke en dato.", en: "Not a date." } },
      notice: "Fix the fields marked in red.",
      expectedVersion: 3,
    }),
  ],
  "setup-summary": [
    setupSummaryCardData(PROFILE, "da"),
    setupSummaryCardData({ ...PROFILE, consultants: [], programmeId: "signs-of-safety" }, "en"),
  ],
  welcome: [welcomeCardData("da", true), welcomeCardData("en", false)],
  notice: [
    {
      title: "Opsætningen er gemt",
      text: "Gemt af Mette.",
      color: "Good",
    } satisfies NoticeCardData,
    { title: "Fejl", text: "", color: "Attention" } satisfies NoticeCardData,
  ],
  confirm: [
    {
      title: "Slet alle data?",
      titleColor: "Attention",
      text: "Det kan ikke fortrydes.",
      confirm: {
        title: "Slet",
        verb: "data.erase",
        style: "destructive",
        data: { actionId: "a1" },
      },
      cancel: { title: "Fortryd", verb: "data.cancel", data: {} },
    } satisfies ConfirmCardData,
  ],
  action: [
    {
      title: "Eksportér data",
      text: "Et link, der virker i 15 minutter.",
      button: { title: "Hent link", verb: "data.export", data: { actionId: "a2" } },
    } satisfies ActionCardData,
  ],
  "plan-export": [
    planExportCardData("da", "Aarhus Kommune", ["implementation"]),
    planExportCardData("en", "Aarhus *Kommune*", ["implementation", "anchoring"]),
    { ...planExportCardData("da", "Vejle", ["anchoring"]), note: "" },
  ],
  link: [
    {
      title: "Jeres data",
      text: "Linket virker én gang.",
      linkTitle: "Download",
      url: "http://localhost:3978/api/export/abc",
    } satisfies LinkCardData,
  ],
};

function freshlyParsed(name: string, data: object): unknown {
  const json: unknown = JSON.parse(fs.readFileSync(path.join(CARDS_DIR, `${name}.json`), "utf8"));
  return new ACData.Template(json).expand({ $root: data });
}

/** Empties every array and object inside `value`, in place. */
function wipe(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(wipe);
    value.splice(0);
  } else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      wipe(record[key]);
      delete record[key];
    }
  }
}

const cases = Object.entries(FIXTURES).flatMap(([name, list]) =>
  list.map((data, index) => ({ name, index, data })),
);

describe("card rendering with templates parsed once", () => {
  afterEach(() => vi.restoreAllMocks());

  it("has representative data for every template in cards/", () => {
    const templates = fs
      .readdirSync(CARDS_DIR)
      .filter((file) => file.endsWith(".json"))
      .map((file) => file.replace(/\.json$/, ""));
    const elsewhere = new Set<string>(CARDS_MET_IN_CONVERSATION);
    const missing = templates.filter(
      (name) => !Object.hasOwn(FIXTURES, name) && !elsewhere.has(name),
    );
    expect(missing, "add representative data for these cards to FIXTURES").toEqual([]);
  });

  it.each(cases)("cards/$name.json #$index renders as a freshly parsed template does", (c) => {
    const expected = freshlyParsed(c.name, c.data);
    expect(renderTemplate(c.name, c.data)).toEqual(expected);
    // The second rendering comes from the cache.
    expect(renderTemplate(c.name, c.data)).toEqual(expected);
  });

  it("gives the same cards whatever was rendered before, with other data", () => {
    const expected = cases.map((c) => freshlyParsed(c.name, c.data));
    for (const order of [cases, [...cases].reverse(), [...cases, ...cases]]) {
      for (const c of order) {
        expect(renderTemplate(c.name, c.data)).toEqual(expected[cases.indexOf(c)]);
      }
    }
  });

  it("parses a card's expressions once, not on every reply", () => {
    const data = FIXTURES.help?.[0] ?? {};
    const first = renderTemplate("help", data);
    const parse = vi.spyOn(Expression, "parse");
    for (let i = 0; i < 3; i++) expect(renderTemplate("help", data)).toEqual(first);
    expect(parse).not.toHaveBeenCalled();
  });

  it("hands out a new card each time, so changing one never changes the next", () => {
    const data = FIXTURES.history?.[0] ?? HISTORY;
    wipe(renderTemplate("history", data));
    expect(renderTemplate("history", data)).toEqual(freshlyParsed("history", data));
  });
});
