import type { AdaptiveCard } from "../../cards/adaptive-card";
import { renderTemplate } from "../../cards/render";
import { getProgramme } from "../../domain/catalog";
import { formatDateTime, formatDayAndDate, formatPeriod } from "../../domain/dates";
import type { Language } from "../../domain/i18n";
import { describeSlot } from "../../domain/team/meeting-slot";
import type { TeamProfile } from "../../domain/team/profile";
import { computePhaseDates } from "../../domain/schedule/phase-dates";

/** The data `cards/setup-summary.json` binds to. */
export interface SetupSummaryCardData {
  title: string;
  subtitle: string;
  facts: { title: string; value: string }[];
  phasesHeading: string;
  phases: { name: string; period: string }[];
  note: string;
  footer: string;
}

const TEXT = {
  da: {
    title: "Opsætning",
    programme: "Metode",
    organisation: "Kommune / organisation",
    start: "Start",
    language: "Sprog",
    languages: { da: "Dansk", en: "Engelsk" },
    projectLeader: "Projektleder",
    approvers: "Godkendere",
    consultants: "Konsulenter",
    statusMeeting: "Statusmøde",
    supervision: "Supervision",
    nobody: "Ingen valgt",
    phases: "Faser for jeres team",
    months: (n: number) => `${n} måneder`,
    unknownLength: "Varighed ikke angivet i materialet",
    fixedNote: "Projektets faser har faste datoer i materialet; de er vist som de står dér.",
    noPhases: "Materialet beskriver ingen faser for denne metode; milepælene følger drivkræfterne.",
    saved: (who: string, when: string) =>
      `Senest gemt af ${who} ${when}. Skriv @Implementeringsguiden opsætning for at ændre.`,
  },
  en: {
    title: "Setup",
    programme: "Method",
    organisation: "Municipality / organisation",
    start: "Start",
    language: "Language",
    languages: { da: "Danish", en: "English" },
    projectLeader: "Project leader",
    approvers: "Approvers",
    consultants: "Consultants",
    statusMeeting: "Status meeting",
    supervision: "Supervision",
    nobody: "None chosen",
    phases: "Phases for your team",
    months: (n: number) => `${n} months`,
    unknownLength: "Length not given in the material",
    fixedNote:
      "The project's phases have fixed dates in the material; they are shown as given there.",
    noPhases:
      "The material describes no phases for this method; the milestones follow the drivers.",
    saved: (who: string, when: string) =>
      `Last saved by ${who} ${when}. Write @Implementeringsguiden setup to change it.`,
  },
} as const;

export function setupSummaryCardData(
  profile: TeamProfile,
  language: Language,
): SetupSummaryCardData {
  const text = TEXT[language];
  const programme = getProgramme(profile.programmeId);
  const names = (people: { name: string }[]) =>
    people.length ? people.map((p) => p.name).join(", ") : text.nobody;
  const phases = programme ? computePhaseDates(programme, profile.startDate) : [];
  return {
    title: `${text.title}: ${profile.organisationName}`,
    subtitle: programme ? programme.name[language] : profile.programmeId,
    facts: [
      { title: text.programme, value: programme?.name[language] ?? profile.programmeId },
      { title: text.organisation, value: profile.organisationName },
      { title: text.start, value: formatDayAndDate(profile.startDate, language) },
      { title: text.language, value: text.languages[profile.language] },
      { title: text.projectLeader, value: profile.projectLeader.name },
      { title: text.approvers, value: names(profile.approvers) },
      { title: text.consultants, value: names(profile.consultants) },
      { title: text.statusMeeting, value: describeSlot(profile.slots.statusMeeting, language) },
      { title: text.supervision, value: describeSlot(profile.slots.supervision, language) },
    ],
    phasesHeading: text.phases,
    phases: phases.map((phase) => ({
      name: phase.name[language],
      period:
        phase.start && phase.end
          ? `${formatPeriod(phase.start, phase.end, language)}${phase.months ? ` (${text.months(phase.months)})` : ""}`
          : text.unknownLength,
    })),
    note:
      phases.length === 0
        ? text.noPhases
        : phases.some((p) => p.fixedByDocument)
          ? text.fixedNote
          : "",
    footer: text.saved(profile.updatedBy.name, formatDateTime(profile.updatedAt, language)),
  };
}

export function renderSetupSummaryCard(data: SetupSummaryCardData): AdaptiveCard {
  return renderTemplate("setup-summary", data);
}
