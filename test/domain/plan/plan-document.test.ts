import { describe, expect, it } from "vitest";
import { overviewGroups } from "../../../src/domain/milestones";
import { buildPlanDocument, plansOffered } from "../../../src/domain/plan";
import {
  approvedByLars,
  answer,
  documentText,
  fact,
  planInput,
  programme,
  record,
  section,
  sectionTexts,
  tables,
} from "./plan-fixtures";

const WHY = "Vi ser flere unge, der mangler sociale færdigheder.";
const FOR_WHOM = "Unge mellem 18 og 30 år i socialpsykiatrien.";
const BACKGROUND = "implementation-background";

/** The background milestone answered (two of four questions) and approved by Lars. */
const approvedBackground = {
  [BACKGROUND]: record(
    { "why-this-method": WHY, "for-whom": FOR_WHOM },
    { assessment: "inPlace", approval: approvedByLars() },
  ),
};

const ids = (list: { id: string }[]) => list.map((entry) => entry.id);

describe("the plan's sections, in order, for each programme", () => {
  it("gives Training of Social Skills the whole framework, then milestones, schedule and progress", () => {
    const plan = buildPlanDocument(planInput());
    expect(ids(plan.sections)).toEqual([
      "background",
      "target-group",
      "success-goals",
      "four-is",
      "milestones",
      "schedule",
      "progress",
    ]);
    expect(ids(section(plan, "four-is").subsections)).toEqual([
      "individual",
      "interpersonal",
      "institutional",
      "infrastructural",
    ]);
    expect(plan.sections.map((s) => s.heading)).toEqual([
      "Baggrund",
      "Målgruppe",
      "Succesmål",
      "De fire I'er / de fire K'er",
      "Milepæle",
      "Tidsplan",
      "Fremdrift",
    ]);
    expect(section(plan, "four-is").subsections.map((s) => s.heading)).toEqual([
      "Individuelt - Kompetencer",
      "Interpersonelt - Kultur",
      "Institutionelt - Kommune",
      "Infrastrukturelt - Kontekst",
    ]);
  });

  it("leaves out the framework's parts the catalog maps no question of the programme to", () => {
    const signsOfSafety = buildPlanDocument(planInput({ programmeId: "signs-of-safety" }));
    expect(ids(signsOfSafety.sections)).toEqual([
      "target-group",
      "success-goals",
      "four-is",
      "milestones",
      "schedule",
      "progress",
    ]);
    const cti = buildPlanDocument(planInput({ programmeId: "critical-time-intervention" }));
    expect(ids(cti.sections)).toEqual(["four-is", "milestones", "schedule", "progress"]);
    expect(ids(section(cti, "four-is").subsections)).toEqual([
      "individual",
      "interpersonal",
      "institutional",
    ]);
    const maturation = buildPlanDocument(
      planInput({ programmeId: "maturation-project", startDate: "2022-01-03" }),
    );
    expect(ids(section(maturation, "four-is").subsections)).toEqual(["individual"]);
    const openDialogue = buildPlanDocument(planInput({ programmeId: "open-dialogue" }));
    expect(ids(openDialogue.sections)).toEqual(ids(buildPlanDocument(planInput()).sections));
  });

  it("starts the anchoring plan with the status against the plan, what continues and who owns it", () => {
    for (const programmeId of ["social-skills-training", "signs-of-safety", "maturation-project"]) {
      const plan = buildPlanDocument(planInput({ kind: "anchoring", programmeId }));
      expect(ids(plan.sections), programmeId).toEqual([
        "anchoring-status",
        "continuation",
        "ownership",
        "milestones",
        "schedule",
        "progress",
      ]);
      expect(plan.titlePage.title).toBe("Forankringsplan");
    }
  });

  it("lists every milestone grouped as the programme groups them, in catalog order", () => {
    for (const programmeId of ["social-skills-training", "signs-of-safety"]) {
      const plan = buildPlanDocument(planInput({ programmeId }));
      const groups = section(plan, "milestones").subsections;
      const expected = overviewGroups(programme(programmeId));
      expect(groups.map((group) => group.heading)).toEqual(expected.map((g) => g.name.da));
      expect(groups.map((group) => ids(group.subsections))).toEqual(
        expected.map((g) => ids(g.milestones)),
      );
    }
    const signsOfSafety = buildPlanDocument(planInput({ programmeId: "signs-of-safety" }));
    expect(section(signsOfSafety, "milestones").subsections.map((g) => g.heading)).toEqual([
      "Ledelse",
      "Kompetencer",
      "Organisering",
    ]);
  });
});

describe("the title page", () => {
  it("names the municipality, method, phases with Danish dates, project leader, approvers and consultants", () => {
    const plan = buildPlanDocument(planInput());
    const { facts } = plan.titlePage;
    expect(plan.titlePage).toMatchObject({
      title: "Implementeringsplan",
      municipality: "Aarhus Kommune",
      method: "Social Færdighedstræning (SFT)",
    });
    expect(fact(facts, "Start")).toBe("1. februar 2027");
    expect(fact(facts, "Planlagt afslutning")).toBe("31. januar 2029");
    expect(fact(facts, "Faser")?.split("\n")).toEqual([
      "Forberedelsesfasen: 1. februar 2027 – 31. juli 2027 (ca. 6 måneder)",
      "Forandringsfasen: 1. august 2027 – 30. september 2028 (ca. 14 måneder)",
      "Forankringsfasen: 1. oktober 2028 – 31. januar 2029 (ca. 4 måneder)",
    ]);
    expect(fact(facts, "Projektleder")).toBe("Mette Sørensen");
    expect(fact(facts, "Godkendere")).toBe("Lars Nielsen og Birgitte Holm");
    expect(fact(facts, "Konsulenter fra Socialstyrelsen")).toBe("Sofie Jensen");
    expect(fact(facts, "Udarbejdet")).toBe("14. juni 2027 kl. 10.30");
  });

  it("says Signs of Safety has no phases and no end date, and names its drivers instead", () => {
    const plan = buildPlanDocument(planInput({ programmeId: "signs-of-safety" }));
    expect(fact(plan.titlePage.facts, "Faser")).toBe(
      "Metoden har ingen faser; milepælene er ordnet efter dens drivkræfter: Ledelse, Kompetencer, Organisering.",
    );
    expect(fact(plan.titlePage.facts, "Planlagt afslutning")).toBe("Ingen fast slutdato");
    const schedule = section(plan, "schedule");
    expect(schedule.blocks[0]).toEqual({
      type: "paragraph",
      text: "Implementeringen begyndte 1. februar 2027; metoden angiver ingen slutdato.",
    });
    expect(tables(section(schedule, "phases"))).toEqual([]);
    expect(ids(section(plan, "progress").subsections)).toEqual(["progress-groups"]);
  });

  it("keeps the maturation project's own dates whatever start date the team gave", () => {
    for (const startDate of ["2021-11-15", "2022-01-03", "2022-03-01"]) {
      const plan = buildPlanDocument(
        planInput({ programmeId: "maturation-project", startDate, now: "2022-06-14T08:00:00Z" }),
      );
      expect(fact(plan.titlePage.facts, "Faser")?.split("\n"), startDate).toEqual([
        "Opstartsfase: 1. januar 2022 – 31. marts 2022 (3 måneder)",
        "Modningsfase: 1. april 2022 – 30. november 2023 (20 måneder)",
        "Projektets faser har faste datoer i materialet og er vist, som de står dér.",
      ]);
      expect(fact(plan.titlePage.facts, "Start")).toBe("1. januar 2022");
      expect(fact(plan.titlePage.facts, "Planlagt afslutning")).toBe("30. november 2023");
      const [activities] = tables(section(section(plan, "schedule"), "activities"));
      expect(activities?.rows).toContainEqual([
        "20. januar 2022",
        "Fælles opstartsmøde",
        "Overstået",
      ]);
      expect(activities?.rows).toContainEqual([
        "9. februar 2022 – 10. februar 2022",
        "Kompetenceudvikling for praktikere, modul 1",
        "Overstået",
      ]);
      expect(activities?.rows).toContainEqual([
        "august 2023",
        "Fælles modningsforum 2",
        "Planlagt",
      ]);
    }
  });

  it("says when a programme's material gives its phases no length (CTI)", () => {
    const plan = buildPlanDocument(planInput({ programmeId: "critical-time-intervention" }));
    expect(fact(plan.titlePage.facts, "Faser")?.split("\n")).toEqual([
      "Forberedelsesfasen: varighed ikke angivet i materialet",
      "Forandringsfasen: varighed ikke angivet i materialet",
      "Forankringsfasen: varighed ikke angivet i materialet",
    ]);
    const [phases] = tables(section(section(plan, "progress"), "progress-phases"));
    expect(phases?.rows.map((row) => row[3])).toEqual(["–", "–", "–"]);
  });
});

describe("the team's answers and approvals", () => {
  it("puts an answer under its framework section, saying who wrote it, when, and its milestone's approval", () => {
    const plan = buildPlanDocument(planInput({ milestones: approvedBackground }));
    const background = section(plan, "background");
    expect(background.blocks).toContainEqual({
      type: "question",
      question: "Hvorfor ønskes metoden implementeret?",
      answered: true,
      answer: WHY,
      byline:
        "Mette Sørensen, 10. februar 2027 (version 1) · fra milepælen «Baggrunden for implementeringen er beskrevet» (godkendt)",
    });
    expect(background.blocks).toContainEqual({
      type: "list",
      lead: "Ikke besvaret endnu:",
      items: ["Skal den erstatte eller supplere eksisterende metoder?"],
      tone: "note",
    });
    expect(sectionTexts(section(plan, "target-group"))).toContain(FOR_WHOM);
    // Unanswered points of attention go by their short names from the framework.
    expect(section(section(plan, "four-is"), "individual").blocks).toContainEqual(
      expect.objectContaining({
        type: "list",
        items: expect.arrayContaining(["Kompetencer", "Motivation", "Caselod pr. medarbejder"]),
      }),
    );
  });

  it("shows each milestone's questions, the team's answers, assessment and approval by name and date", () => {
    const plan = buildPlanDocument(planInput({ milestones: approvedBackground }));
    const milestone = section(section(section(plan, "milestones"), "group-1"), BACKGROUND);
    expect(milestone.heading).toBe("Baggrunden for implementeringen er beskrevet");
    expect(milestone.blocks[0]).toEqual({
      type: "facts",
      facts: [
        { label: "Teamets vurdering", value: "På plads" },
        {
          label: "Godkendelse",
          value: "Godkendt af Lars Nielsen 24. februar 2027 kl. 10.15 (version 1)",
        },
        { label: "Svar", value: "Version 1, senest gemt 10. februar 2027 af Mette Sørensen" },
      ],
    });
    const questions = milestone.blocks.filter((block) => block.type === "question");
    expect(questions.map((q) => (q.type === "question" ? [q.number, q.answered] : []))).toEqual([
      [1, true],
      [2, true],
      [3, false],
      [4, false],
    ]);
    expect(questions[2]).toMatchObject({ answer: "Ikke besvaret endnu." });
  });

  it("says what waits for whom, what was sent back with its comment, and what changed after approval", () => {
    const plan = buildPlanDocument(
      planInput({
        milestones: {
          "start-up-meeting": record(
            { "signed-up": "Ja, alle er tilmeldt." },
            {
              approval: {
                status: "sentBack",
                forVersion: 1,
                requestedBy: { id: "29:mette", name: "Mette Sørensen" },
                requestedAt: "2027-02-04T08:00:00.000Z",
                decidedBy: { id: "29:lars", name: "Lars Nielsen" },
                decidedAt: "2027-02-05T12:30:00.000Z",
                comment: "Skriv, hvem fra myndigheden der deltager.",
                version: 2,
              },
            },
          ),
          "planning-tools": record(
            { "risk-analysis": "Udarbejdet." },
            { approval: { ...approvedByLars(), status: "pending", decidedBy: undefined } },
          ),
          "implementation-team": record(
            { "who-is-on-the-team": "Afdelingslederen og seks gruppetrænere." },
            { version: 2, approval: approvedByLars(1) },
          ),
        },
      }),
    );
    const preparation = section(section(plan, "milestones"), "group-1");
    const factsOf = (milestoneId: string) => {
      const [facts] = section(preparation, milestoneId).blocks;
      return facts?.type === "facts" ? facts.facts : [];
    };
    expect(fact(factsOf("start-up-meeting"), "Godkendelse")).toBe(
      "Sendt tilbage af Lars Nielsen 5. februar 2027 kl. 13.30 (version 1)",
    );
    expect(fact(factsOf("start-up-meeting"), "Kommentar")).toBe(
      "«Skriv, hvem fra myndigheden der deltager.»",
    );
    expect(fact(factsOf("planning-tools"), "Godkendelse")).toBe(
      "Afventer godkendelse fra Lars Nielsen eller Birgitte Holm (version 1, sendt af Mette Sørensen 20. februar 2027 kl. 10.00)",
    );
    expect(fact(factsOf("implementation-team"), "Godkendelse")).toBe(
      "Kladde: ændret efter godkendelse (version 1 blev godkendt af Lars Nielsen 24. februar 2027 kl. 10.15; nu version 2)",
    );
    expect(fact(factsOf("resources-prioritised"), "Godkendelse")).toBe(
      "Ikke sendt til godkendelse",
    );
    expect(fact(factsOf("resources-prioritised"), "Svar")).toBe("Intet gemt endnu");
  });

  it("holds nothing but the catalog's and the team's words: no other programme's answers, no CPR number", () => {
    const plan = buildPlanDocument(
      planInput({
        milestones: {
          [BACKGROUND]: record({ "why-this-method": "Borgeren 070911-1234 har brug for det." }),
          "not-a-milestone-of-this-programme": record({ "some-question": "Gammelt svar" }),
        },
      }),
    );
    const text = documentText(plan);
    expect(text).toContain("Borgeren [CPR-nummer fjernet] har brug for det.");
    expect(text).not.toMatch(/070911|1234/);
    expect(text).not.toContain("Gammelt svar");
  });
});

describe("the schedule", () => {
  const overrides = [
    { activityKind: "status-meeting", date: "2027-02-09", cancelled: false, held: true },
    {
      activityKind: "status-meeting",
      date: "2027-03-09",
      movedTo: { date: "2027-03-11", time: "09:00" },
      cancelled: false,
      held: true,
    },
    { activityKind: "status-meeting", date: "2027-05-11", cancelled: true, held: false },
  ];

  it("lists the phases, the status meetings held and planned, and every supervision session", () => {
    const plan = buildPlanDocument(planInput({ overrides }));
    const schedule = section(plan, "schedule");
    expect(schedule.blocks).toContainEqual({
      type: "paragraph",
      text: "Implementeringen løber fra 1. februar 2027 til 31. januar 2029.",
    });
    expect(tables(section(schedule, "phases"))[0]?.rows[0]).toEqual([
      "Forberedelsesfasen",
      "1. februar 2027 – 31. juli 2027",
      "ca. 6 måneder",
    ]);
    const meetings = section(schedule, "status-meetings");
    expect(meetings.blocks[0]).toEqual({
      type: "paragraph",
      text: "Statusmøde med Socialstyrelsen: 2 holdt, 2 ikke markeret som holdt, 1 aflyst, 19 planlagt.",
    });
    const [meetingRows] = tables(meetings);
    expect(meetingRows?.rows.slice(0, 5)).toEqual([
      ["9. februar 2027 kl. 10.00", "Holdt"],
      ["11. marts 2027 kl. 09.00", "Holdt (flyttet fra 9. marts 2027)"],
      ["13. april 2027 kl. 10.00", "Ikke markeret som holdt"],
      ["11. maj 2027 kl. 10.00", "Aflyst"],
      ["8. juni 2027 kl. 10.00", "Ikke markeret som holdt"],
    ]);
    // SFT's 20 supervisions run in full from the phase of change, past the planned end.
    const [supervision] = tables(section(schedule, "supervision"));
    expect(supervision?.rows).toHaveLength(20);
    expect(supervision?.rows[0]).toEqual(["19. august 2027 kl. 13.00", "1 af 20", "Planlagt"]);
    expect(supervision?.rows[19]?.[1]).toBe("20 af 20");
    expect(supervision?.rows[19]?.[0]).toMatch(/2029 kl\. 13\.00$/);
  });

  it("names the workshops: the planning workshop in its phase, the anchoring workshop as the team planned it", () => {
    const unplanned = buildPlanDocument(planInput());
    const [before] = tables(section(section(unplanned, "schedule"), "activities"));
    expect(before?.rows).toEqual([
      ["I forberedelsesfasen", "Implementeringsplansworkshop", "Planlægges af teamet"],
      [
        "I forankringsfasen",
        "Workshop om forankring",
        "Planlægges af teamet; forankringsfasen begynder 1. oktober 2028",
      ],
    ]);
    const planned = buildPlanDocument(
      planInput({
        now: "2028-10-20T08:00:00Z",
        overrides: [
          {
            activityKind: "anchoring-workshop",
            date: "2028-10-01",
            movedTo: { date: "2028-11-14", time: "09:00" },
            cancelled: false,
            held: false,
          },
        ],
      }),
    );
    const [after] = tables(section(section(planned, "schedule"), "activities"));
    expect(after?.rows).toContainEqual([
      "14. november 2028 kl. 09.00",
      "Workshop om forankring",
      "Planlagt",
    ]);
  });
});

describe("the progress figures, as the status card counts them", () => {
  it("gives the share approved and the days in each phase, and the milestones per group", () => {
    const plan = buildPlanDocument(
      planInput({
        milestones: {
          ...approvedBackground,
          "planning-tools": record(
            { "risk-analysis": "Udarbejdet." },
            { assessment: "partially", approval: approvedByLars() },
          ),
        },
      }),
    );
    const progress = section(plan, "progress");
    expect(progress.blocks[1]).toEqual({
      type: "paragraph",
      text: "2 af 16 milepæle er godkendt (13 %).",
    });
    const [phases] = tables(section(progress, "progress-phases"));
    expect(phases?.rows).toEqual([
      ["Forberedelsesfasen", "2 af 12", "17 %", "134 af 181", "I gang"],
      ["Forandringsfasen", "0 af 2", "0 %", "0 af 427", "Ikke begyndt"],
      ["Forankringsfasen", "0 af 1", "0 %", "0 af 123", "Ikke begyndt"],
    ]);
    const [groups] = tables(section(progress, "progress-groups"));
    expect(groups?.rows[0]).toEqual(["Forberedelsesfasen", "12", "1", "1", "10", "2", "0", "0"]);
  });
});

describe("the anchoring plan", () => {
  const milestones = {
    ...approvedBackground,
    "anchoring-plan": record(
      { "continued-focus": "SFT bliver et fast punkt på personalemødet." },
      { assessment: "partially" },
    ),
  };

  it("sets each element's answer beside its status, and what continues after the support ends", () => {
    const plan = buildPlanDocument(
      planInput({ kind: "anchoring", milestones, now: "2028-11-20T09:00:00Z" }),
    );
    const status = section(plan, "anchoring-status");
    expect(ids(status.subsections)).toEqual([
      "background",
      "target-group",
      "success-goals",
      "individual",
      "interpersonal",
      "institutional",
      "infrastructural",
    ]);
    const [background] = tables(section(status, "background"));
    expect(background?.columns.map((c) => c.header)).toEqual(["Element", "Teamets svar", "Status"]);
    expect(background?.rows[0]).toEqual([
      "Hvorfor ønskes metoden implementeret?",
      WHY,
      "På plads. Godkendt af Lars Nielsen 24. februar 2027 kl. 10.15 (version 1).",
    ]);
    expect(background?.rows[1]).toEqual([
      "Skal den erstatte eller supplere eksisterende metoder?",
      "Ikke besvaret endnu.",
      "På plads. Godkendt af Lars Nielsen 24. februar 2027 kl. 10.15 (version 1).",
    ]);
    // A point of attention goes by its short name from the framework; other questions by their text.
    const [institutional] = tables(section(status, "institutional"));
    expect(institutional?.rows.map((row) => row[0])).toEqual(
      expect.arrayContaining([
        "Ledelse og ledelsesstruktur",
        "Specialiseringsgrad",
        "Er projektledelsen på plads?",
      ]),
    );
    const continuation = section(plan, "continuation");
    expect(sectionTexts(continuation)).toContain(
      "Socialstyrelsens støtte ophører, når forankringsplanen er udarbejdet; den planlagte afslutning er 31. januar 2029.",
    );
    expect(sectionTexts(section(continuation, "anchoring-plan"))).toEqual(
      expect.arrayContaining([
        "Delvist på plads. Ikke sendt til godkendelse.",
        "Hvordan sikres det fortsatte fokus på arbejdet med metoden?",
        "SFT bliver et fast punkt på personalemødet.",
      ]),
    );
    const [owners] = section(plan, "ownership").blocks.filter((block) => block.type === "facts");
    expect(owners?.type === "facts" ? owners.facts : []).toEqual([
      { label: "Projektleder", value: "Mette Sørensen" },
      { label: "Ansvarlige ledere (godkendere)", value: "Lars Nielsen og Birgitte Holm" },
      { label: "Socialstyrelsens konsulenter, indtil støtten ophører", value: "Sofie Jensen" },
    ]);
  });

  it("says so when the method has no phase of anchoring", () => {
    const plan = buildPlanDocument(
      planInput({ kind: "anchoring", programmeId: "signs-of-safety" }),
    );
    const continuation = section(plan, "continuation");
    expect(continuation.subsections).toEqual([]);
    expect(sectionTexts(continuation)).toContain(
      "Metoden beskriver ingen forankringsfase; status for alle milepæle står nedenfor.",
    );
  });
});

describe("language, footer and file name", () => {
  it("writes an English team's plan in English, with dates as Danes write them in English", () => {
    const plan = buildPlanDocument(planInput({ language: "en", milestones: approvedBackground }));
    expect(plan.titlePage.title).toBe("Implementation plan");
    expect(plan.sections.map((s) => s.heading).slice(0, 3)).toEqual([
      "Background",
      "Target group",
      "Success goals",
    ]);
    expect(fact(plan.titlePage.facts, "Start")).toBe("1 February 2027");
    const milestone = section(section(section(plan, "milestones"), "group-1"), BACKGROUND);
    expect(milestone.heading).toBe("The background of the implementation is described");
    expect(sectionTexts(milestone)).toContain(
      "Approved by Lars Nielsen 24 February 2027 at 10:15 (version 1)",
    );
    expect(plan.footer).toBe(
      "Implementation plan for Aarhus Kommune · generated 14 June 2027 at 10:30 by Implementeringsguiden from version 3 of the setup and the answers to 1 milestones (last saved 10 February 2027; each milestone gives its version).",
    );
  });

  it("says in the footer when it was generated and from which versions", () => {
    const plan = buildPlanDocument(
      planInput({
        milestones: {
          ...approvedBackground,
          "planning-tools": {
            answers: new Map([
              ["risk-analysis", answer("Udarbejdet.", { at: "2027-03-02T10:00:00Z", version: 3 })],
            ]),
            version: 3,
          },
        },
      }),
    );
    expect(plan.footer).toBe(
      "Implementeringsplan for Aarhus Kommune · genereret 14. juni 2027 kl. 10.30 af Implementeringsguiden fra opsætningens version 3 og svarene til 2 milepæle (seneste gemt 2. marts 2027; versionen står ved hver milepæl).",
    );
    expect(buildPlanDocument(planInput()).footer).toBe(
      "Implementeringsplan for Aarhus Kommune · genereret 14. juni 2027 kl. 10.30 af Implementeringsguiden fra opsætningens version 3; ingen svar gemt endnu.",
    );
  });

  it("names the file in ASCII after the plan and the municipality", () => {
    expect(buildPlanDocument(planInput()).fileName).toBe("implementeringsplan-aarhus-kommune");
    const aeroe = buildPlanDocument(
      planInput({ kind: "anchoring", profile: { organisationName: "Ærø Kommune / Socialafd." } }),
    );
    expect(aeroe.fileName).toBe("forankringsplan-aeroe-kommune-socialafd");
    const english = buildPlanDocument(planInput({ language: "en" }));
    expect(english.fileName).toBe("implementation-plan-aarhus-kommune");
  });
});

describe("which plans `eksportér plan` offers", () => {
  const sft = programme("social-skills-training");
  it("offers the anchoring plan too from the first day of the phase of anchoring", () => {
    expect(plansOffered(sft, "2027-02-01", "2028-09-30")).toEqual(["implementation"]);
    expect(plansOffered(sft, "2027-02-01", "2028-10-01")).toEqual(["implementation", "anchoring"]);
    expect(plansOffered(sft, "2027-02-01", "2029-06-01")).toEqual(["implementation", "anchoring"]);
  });

  it("offers it only on request where the method has no phase of anchoring", () => {
    expect(plansOffered(programme("signs-of-safety"), "2027-02-01", "2031-01-01")).toEqual([
      "implementation",
    ]);
    expect(plansOffered(programme("maturation-project"), "2022-01-01", "2023-11-01")).toEqual([
      "implementation",
    ]);
  });
});
