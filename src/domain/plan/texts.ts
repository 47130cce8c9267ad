import type { Language } from "../i18n";
import type { OccurrenceState } from "../schedule/occurrence";
import type { PhaseTimelineEntry } from "../schedule/progress";
import type { PlanKind } from "./model";

/**
 * The plans' own words (headings, labels, explanations). Everything else in a plan is the team's
 * text or the catalog's.
 */

export interface PlanTexts {
  title: Record<PlanKind, string>;
  lead: Record<PlanKind, string>;
  fileName: Record<PlanKind, string>;
  facts: {
    municipality: string;
    method: string;
    start: string;
    plannedEnd: string;
    noPlannedEnd: string;
    phases: string;
    projectLeader: string;
    approvers: string;
    consultants: string;
    nobody: string;
    generated: string;
  };
  phaseLine: (name: string, period: string) => string;
  phaseLength: (months: number, fixed: boolean) => string;
  lengthUnknown: string;
  noPhases: (groups: string) => string;
  fixedPhases: string;
  sections: {
    background: string;
    targetGroup: string;
    successGoals: string;
    fourIs: string;
    anchoringStatus: string;
    continuation: string;
    ownership: string;
    milestones: string;
    schedule: string;
    progress: string;
  };
  intros: {
    background: string;
    targetGroup: string;
    successGoals: string;
    fourIs: string;
    anchoringStatus: string;
    continuation: string;
    noAnchoringPhase: string;
    ownership: string;
    milestones: string;
    progress: string;
  };
  unanswered: string;
  unansweredLead: string;
  answeredBy: (name: string, date: string, version: number) => string;
  fromMilestone: (title: string, state: string) => string;
  milestoneFacts: {
    phase: string;
    assessment: string;
    approval: string;
    comment: string;
    answers: string;
  };
  quote: (text: string) => string;
  versionOnly: (version: number) => string;
  answersVersion: (version: number, date: string, name: string) => string;
  noAnswers: string;
  approval: {
    none: string;
    pending: (approvers: string, by: string, at: string, version: number) => string;
    approved: (by: string, at: string, version: number) => string;
    sentBack: (by: string, at: string, version: number) => string;
    changedAfterApproval: (version: number, by: string, at: string, now: number) => string;
    changedWhilePending: (version: number, now: number) => string;
  };
  or: string;
  and: string;
  schedule: {
    period: (start: string, end: string) => string;
    openEnded: (start: string) => string;
    phasesHeading: string;
    phaseColumns: [string, string, string];
    slots: (statusMeeting: string, supervision: string) => string;
    statusMeetings: string;
    supervision: string;
    otherActivities: string;
    columns: [string, string, string];
    noneInPeriod: string;
    counts: (name: string, parts: string[]) => string;
    numberColumn: string;
    numberOf: (n: number, total: number) => string;
    states: Record<OccurrenceState, string>;
    countWords: Record<OccurrenceState, (n: number) => string>;
    movedFrom: (date: string) => string;
    holiday: (name: string) => string;
    numbered: (name: string, n: number, total: number) => string;
    time: (time: string) => string;
    inPhase: (phase: string) => string;
    anchoringWorkshop: {
      notDueYet: (phaseStart: string) => string;
      notDueUndated: string;
      teamPlans: string;
      notPlanned: (phaseStart: string) => string;
    };
  };
  progress: {
    overall: (approved: number, total: number, share: string) => string;
    phasesHeading: string;
    phaseColumns: [string, string, string, string, string];
    groupsHeading: string;
    groupColumns: [string, string, string, string, string, string, string, string];
    approvedOf: (approved: number, total: number) => string;
    daysOf: (elapsed: number, planned: number) => string;
    phaseStates: Record<PhaseTimelineEntry["state"], string>;
    none: string;
  };
  anchoring: {
    statusColumns: [string, string, string];
    status: (assessment: string, approval: string) => string;
    supervisionLeft: (held: number, total: number) => string;
    supportEnds: (date: string) => string;
    supportEndsOpen: string;
    owners: string;
    consultantsUntil: string;
  };
  footer: (kind: string, municipality: string, when: string, profileVersion: number) => string;
  footerVersions: (count: number, latest: string) => string;
  footerNoAnswers: string;
}

export const PLAN_TEXT: Record<Language, PlanTexts> = {
  da: {
    title: { implementation: "Implementeringsplan", anchoring: "Forankringsplan" },
    lead: {
      implementation:
        "Planen er skrevet ud fra implementeringsteamets egne svar i Implementeringsguiden og bygger på Socialstyrelsens ramme for implementering: baggrunden for metoden, målgruppen, succesmålene og opmærksomhedspunkterne i de fire I'er / de fire K'er, fulgt af milepælene, tidsplanen og fremdriften.",
      anchoring:
        "Forankringsplanen er implementeringsteamets status i forhold til implementeringsplanen: hvad der var planlagt, hvad der er på plads, hvad der fortsætter, når Socialstyrelsens støtte ophører, og hvem der ejer det. Den er skrevet ud fra teamets egne svar i Implementeringsguiden.",
    },
    fileName: { implementation: "implementeringsplan", anchoring: "forankringsplan" },
    facts: {
      municipality: "Kommune",
      method: "Metode",
      start: "Start",
      plannedEnd: "Planlagt afslutning",
      noPlannedEnd: "Ingen fast slutdato",
      phases: "Faser",
      projectLeader: "Projektleder",
      approvers: "Godkendere",
      consultants: "Konsulenter fra Socialstyrelsen",
      nobody: "Ingen valgt",
      generated: "Udarbejdet",
    },
    phaseLine: (name, period) => `${name}: ${period}`,
    phaseLength: (months, fixed) => (fixed ? `${months} måneder` : `ca. ${months} måneder`),
    lengthUnknown: "varighed ikke angivet i materialet",
    noPhases: (groups) =>
      `Metoden har ingen faser; milepælene er ordnet efter dens drivkræfter: ${groups}.`,
    fixedPhases: "Projektets faser har faste datoer i materialet og er vist, som de står dér.",
    sections: {
      background: "Baggrund",
      targetGroup: "Målgruppe",
      successGoals: "Succesmål",
      fourIs: "De fire I'er / de fire K'er",
      anchoringStatus: "Status i forhold til implementeringsplanen",
      continuation: "Det, der fortsætter efter støtten",
      ownership: "Ejerskab",
      milestones: "Milepæle",
      schedule: "Tidsplan",
      progress: "Fremdrift",
    },
    intros: {
      background:
        "Hvorfor metoden ønskes implementeret, og om den skal erstatte eller supplere eksisterende metoder.",
      targetGroup: "Hvem metoden skal anvendes over for.",
      successGoals: "Hvad der skal være opnået, når metoden er implementeret.",
      fourIs:
        "Opmærksomhedspunkterne i forhold til de fire I'er (individuelt, interpersonelt, institutionelt og infrastrukturelt) / de fire K'er (kompetencer, kultur, kommune og kontekst).",
      anchoringStatus:
        "For hvert element i implementeringsplanen: teamets svar, og hvor langt det er nået, efter teamets egen vurdering og ledelsens godkendelse.",
      continuation:
        "Forankringsfasens milepæle: hvordan arbejdet med metoden fortsætter, når Socialstyrelsens støtte ophører.",
      noAnchoringPhase:
        "Metoden beskriver ingen forankringsfase; status for alle milepæle står nedenfor.",
      ownership:
        "Når Socialstyrelsens støtte ophører, ejer kommunen det videre arbejde med metoden: projektlederen og de ansvarlige ledere, der godkender milepælene.",
      milestones:
        "Alle metodens milepæle, som metoden grupperer dem, med de vejledende spørgsmål, teamets svar, teamets egen vurdering og ledelsens godkendelse.",
      progress:
        "Tallene er de samme som på teamets statuskort: andelen af milepæle, der er godkendt, og dagene i hver fase mod den planlagte længde.",
    },
    unanswered: "Ikke besvaret endnu.",
    unansweredLead: "Ikke besvaret endnu:",
    answeredBy: (name, date, version) => `${name}, ${date} (version ${version})`,
    fromMilestone: (title, state) => `fra milepælen «${title}» (${state.toLowerCase()})`,
    milestoneFacts: {
      phase: "Fase",
      assessment: "Teamets vurdering",
      approval: "Godkendelse",
      comment: "Kommentar",
      answers: "Svar",
    },
    quote: (text) => `«${text}»`,
    versionOnly: (version) => `Version ${version}`,
    answersVersion: (version, date, name) => `Version ${version}, senest gemt ${date} af ${name}`,
    noAnswers: "Intet gemt endnu",
    approval: {
      none: "Ikke sendt til godkendelse",
      pending: (approvers, by, at, version) =>
        `Afventer godkendelse fra ${approvers} (version ${version}, sendt af ${by} ${at})`,
      approved: (by, at, version) => `Godkendt af ${by} ${at} (version ${version})`,
      sentBack: (by, at, version) => `Sendt tilbage af ${by} ${at} (version ${version})`,
      changedAfterApproval: (version, by, at, now) =>
        `Kladde: ændret efter godkendelse (version ${version} blev godkendt af ${by} ${at}; nu version ${now})`,
      changedWhilePending: (version, now) =>
        `Kladde: ændret, mens version ${version} ventede på godkendelse (nu version ${now})`,
    },
    or: "eller",
    and: "og",
    schedule: {
      period: (start, end) => `Implementeringen løber fra ${start} til ${end}.`,
      openEnded: (start) => `Implementeringen begyndte ${start}; metoden angiver ingen slutdato.`,
      phasesHeading: "Faser",
      phaseColumns: ["Fase", "Periode", "Varighed"],
      slots: (statusMeeting, supervision) =>
        `Faste tider: statusmøde ${statusMeeting}; supervision ${supervision}.`,
      statusMeetings: "Statusmøder",
      supervision: "Supervision",
      otherActivities: "Workshops og andre aktiviteter",
      columns: ["Dato", "Aktivitet", "Status"],
      noneInPeriod: "Ingen i perioden.",
      counts: (name, parts) => `${name}: ${parts.join(", ")}.`,
      numberColumn: "Gang",
      numberOf: (n, total) => `${n} af ${total}`,
      states: {
        held: "Holdt",
        planned: "Planlagt",
        moved: "Flyttet",
        cancelled: "Aflyst",
        overdue: "Ikke markeret som holdt",
        past: "Overstået",
      },
      countWords: {
        held: (n) => `${n} holdt`,
        planned: (n) => `${n} planlagt`,
        moved: (n) => `${n} flyttet`,
        cancelled: (n) => `${n} aflyst`,
        overdue: (n) => `${n} ikke markeret som holdt`,
        past: (n) => `${n} overstået`,
      },
      movedFrom: (date) => `flyttet fra ${date}`,
      holiday: (name) => `helligdag: ${name}`,
      numbered: (name, n, total) => `${name} (${n} af ${total})`,
      time: (time) => `kl. ${time.replace(":", ".")}`,
      inPhase: (phase) => `I ${phase.charAt(0).toLowerCase()}${phase.slice(1)}`,
      anchoringWorkshop: {
        notDueYet: (phaseStart) => `Planlægges af teamet; forankringsfasen begynder ${phaseStart}`,
        notDueUndated: "Planlægges af teamet i forankringsfasen",
        teamPlans: "Planlægges af teamet",
        notPlanned: (phaseStart) => `Ikke planlagt endnu; forankringsfasen begynder ${phaseStart}`,
      },
    },
    progress: {
      overall: (approved, total, share) =>
        `${approved} af ${total} milepæle er godkendt (${share}).`,
      phasesHeading: "Faser",
      phaseColumns: ["Fase", "Godkendte milepæle", "Andel", "Dage i fasen", "Status"],
      groupsHeading: "Milepæle pr. gruppe",
      groupColumns: [
        "Gruppe",
        "Milepæle",
        "På plads",
        "Delvist",
        // A soft hyphen, so the narrow column breaks the word where Danes would.
        "Ikke påbe\u00ADgyndt",
        "Godkendt",
        "Afventer",
        "Sendt tilbage",
      ],
      approvedOf: (approved, total) => `${approved} af ${total}`,
      daysOf: (elapsed, planned) => `${elapsed} af ${planned}`,
      phaseStates: {
        "not-started": "Ikke begyndt",
        running: "I gang",
        finished: "Afsluttet",
        undated: "Uden datoer",
      },
      none: "–",
    },
    anchoring: {
      statusColumns: ["Element", "Teamets svar", "Status"],
      status: (assessment, approval) => `${assessment}. ${approval}.`,
      supervisionLeft: (held, total) =>
        `Supervision: ${held} af ${total} gange er markeret som holdt.`,
      supportEnds: (date) =>
        `Socialstyrelsens støtte ophører, når forankringsplanen er udarbejdet; den planlagte afslutning er ${date}.`,
      supportEndsOpen: "Socialstyrelsens støtte ophører, når forankringsplanen er udarbejdet.",
      owners: "Ansvarlige ledere (godkendere)",
      consultantsUntil: "Socialstyrelsens konsulenter, indtil støtten ophører",
    },
    footer: (kind, municipality, when, profileVersion) =>
      `${kind} for ${municipality} · genereret ${when} af Implementeringsguiden fra opsætningens version ${profileVersion}`,
    footerVersions: (count, latest) =>
      ` og svarene til ${count} milepæle (seneste gemt ${latest}; versionen står ved hver milepæl)`,
    footerNoAnswers: "; ingen svar gemt endnu",
  },
  en: {
    title: { implementation: "Implementation plan", anchoring: "Anchoring plan" },
    lead: {
      implementation:
        "The plan is written from the implementation team's own answers in Implementeringsguiden and builds on the National Board of Social Services' framework for implementation: the background of the method, the target group, the success goals and the points of attention in the four I's / the four C's, followed by the milestones, the schedule and the progress.",
      anchoring:
        "The anchoring plan is the implementation team's status against the implementation plan: what was planned, what is in place, what continues after the National Board of Social Services' support ends, and who owns it. It is written from the team's own answers in Implementeringsguiden.",
    },
    fileName: { implementation: "implementation-plan", anchoring: "anchoring-plan" },
    facts: {
      municipality: "Municipality",
      method: "Method",
      start: "Start",
      plannedEnd: "Planned end",
      noPlannedEnd: "No fixed end date",
      phases: "Phases",
      projectLeader: "Project leader",
      approvers: "Approvers",
      consultants: "Consultants from the National Board",
      nobody: "None chosen",
      generated: "Prepared",
    },
    phaseLine: (name, period) => `${name}: ${period}`,
    phaseLength: (months, fixed) => (fixed ? `${months} months` : `approx. ${months} months`),
    lengthUnknown: "length not given in the material",
    noPhases: (groups) => `The method has no phases; the milestones follow its drivers: ${groups}.`,
    fixedPhases:
      "The project's phases have fixed dates in the material and are shown as given there.",
    sections: {
      background: "Background",
      targetGroup: "Target group",
      successGoals: "Success goals",
      fourIs: "The four I's / the four C's",
      anchoringStatus: "Status against the implementation plan",
      continuation: "What continues after the support ends",
      ownership: "Ownership",
      milestones: "Milestones",
      schedule: "Schedule",
      progress: "Progress",
    },
    intros: {
      background:
        "Why the method is to be implemented, and whether it replaces or supplements existing methods.",
      targetGroup: "To whom the method is to be offered.",
      successGoals: "What is to be achieved once the method is implemented.",
      fourIs:
        "The points of attention in relation to the four I's (individual, interpersonal, institutional and infrastructural) / the four C's (competencies, culture, commune and context).",
      anchoringStatus:
        "For each element of the implementation plan: the team's answer, and how far it has come, by the team's own assessment and the managers' approval.",
      continuation:
        "The milestones of the phase of anchoring: how the work with the method continues after the National Board's support ends.",
      noAnchoringPhase:
        "The method describes no phase of anchoring; the status of every milestone follows below.",
      ownership:
        "When the National Board's support ends, the municipality owns the further work with the method: the project leader and the responsible managers who approve the milestones.",
      milestones:
        "Every milestone of the method, grouped as the method groups them, with the guiding questions, the team's answers, the team's own assessment and the managers' approval.",
      progress:
        "The figures are those of the team's status card: the share of milestones approved, and the days in each phase against its planned length.",
    },
    unanswered: "Not answered yet.",
    unansweredLead: "Not answered yet:",
    answeredBy: (name, date, version) => `${name}, ${date} (version ${version})`,
    fromMilestone: (title, state) => `from the milestone “${title}” (${state.toLowerCase()})`,
    milestoneFacts: {
      phase: "Phase",
      assessment: "Team's assessment",
      approval: "Approval",
      comment: "Comment",
      answers: "Answers",
    },
    quote: (text) => `“${text}”`,
    versionOnly: (version) => `Version ${version}`,
    answersVersion: (version, date, name) => `Version ${version}, last saved ${date} by ${name}`,
    noAnswers: "Nothing saved yet",
    approval: {
      none: "Not sent for approval",
      pending: (approvers, by, at, version) =>
        `Awaiting approval from ${approvers} (version ${version}, sent by ${by} ${at})`,
      approved: (by, at, version) => `Approved by ${by} ${at} (version ${version})`,
      sentBack: (by, at, version) => `Sent back by ${by} ${at} (version ${version})`,
      changedAfterApproval: (version, by, at, now) =>
        `Draft: changed after approval (version ${version} was approved by ${by} ${at}; now version ${now})`,
      changedWhilePending: (version, now) =>
        `Draft: changed while version ${version} awaited approval (now version ${now})`,
    },
    or: "or",
    and: "and",
    schedule: {
      period: (start, end) => `The implementation runs from ${start} to ${end}.`,
      openEnded: (start) => `The implementation began ${start}; the method gives no end date.`,
      phasesHeading: "Phases",
      phaseColumns: ["Phase", "Period", "Length"],
      slots: (statusMeeting, supervision) =>
        `Regular times: status meeting ${statusMeeting}; supervision ${supervision}.`,
      statusMeetings: "Status meetings",
      supervision: "Supervision",
      otherActivities: "Workshops and other activities",
      columns: ["Date", "Activity", "Status"],
      noneInPeriod: "None in the period.",
      counts: (name, parts) => `${name}: ${parts.join(", ")}.`,
      numberColumn: "Session",
      numberOf: (n, total) => `${n} of ${total}`,
      states: {
        held: "Held",
        planned: "Planned",
        moved: "Moved",
        cancelled: "Cancelled",
        overdue: "Not marked as held",
        past: "Past",
      },
      countWords: {
        held: (n) => `${n} held`,
        planned: (n) => `${n} planned`,
        moved: (n) => `${n} moved`,
        cancelled: (n) => `${n} cancelled`,
        overdue: (n) => `${n} not marked as held`,
        past: (n) => `${n} past`,
      },
      movedFrom: (date) => `moved from ${date}`,
      holiday: (name) => `public holiday: ${name}`,
      numbered: (name, n, total) => `${name} (${n} of ${total})`,
      time: (time) => time,
      inPhase: (phase) => `In ${phase.charAt(0).toLowerCase()}${phase.slice(1)}`,
      anchoringWorkshop: {
        notDueYet: (phaseStart) =>
          `Planned by the team; the phase of anchoring begins ${phaseStart}`,
        notDueUndated: "Planned by the team in the phase of anchoring",
        teamPlans: "Planned by the team",
        notPlanned: (phaseStart) => `Not planned yet; the phase of anchoring begins ${phaseStart}`,
      },
    },
    progress: {
      overall: (approved, total, share) =>
        `${approved} of ${total} milestones are approved (${share}).`,
      phasesHeading: "Phases",
      phaseColumns: ["Phase", "Approved milestones", "Share", "Days in the phase", "Status"],
      groupsHeading: "Milestones per group",
      groupColumns: [
        "Group",
        "Milestones",
        "In place",
        "Partially",
        "Not yet",
        "Approved",
        "Awaiting",
        "Sent back",
      ],
      approvedOf: (approved, total) => `${approved} of ${total}`,
      daysOf: (elapsed, planned) => `${elapsed} of ${planned}`,
      phaseStates: {
        "not-started": "Not started",
        running: "Running",
        finished: "Finished",
        undated: "Without dates",
      },
      none: "–",
    },
    anchoring: {
      statusColumns: ["Element", "The team's answer", "Status"],
      status: (assessment, approval) => `${assessment}. ${approval}.`,
      supervisionLeft: (held, total) =>
        `Supervision: ${held} of ${total} sessions are marked as held.`,
      supportEnds: (date) =>
        `The National Board's support ends once the anchoring plan has been drawn up; the planned end is ${date}.`,
      supportEndsOpen:
        "The National Board's support ends once the anchoring plan has been drawn up.",
      owners: "Responsible managers (approvers)",
      consultantsUntil: "The National Board's consultants, until the support ends",
    },
    footer: (kind, municipality, when, profileVersion) =>
      `${kind} for ${municipality} · generated ${when} by Implementeringsguiden from version ${profileVersion} of the setup`,
    footerVersions: (count, latest) =>
      ` and the answers to ${count} milestones (last saved ${latest}; each milestone gives its version)`,
    footerNoAnswers: "; no answers saved yet",
  },
};
