import type { AdaptiveCard } from "../../cards/adaptive-card";
import { renderTemplate } from "../../cards/render";
import type { Programme } from "../../domain/catalog";
import { formatDateTime } from "../../domain/dates";
import type { Language } from "../../domain/i18n";
import { joinList, joinNames } from "../../domain/milestones";
import type { Counts } from "../../domain/progress";
import type { MilestoneStatus } from "../../domain/milestones";
import { UPCOMING_DAYS, type SummaryPosition, type TeamStatus } from "../../domain/status";
import type { Occurrence } from "../../domain/schedule";
import { NUDGE_TEXT, formatDuration, formatWhen, occurrenceTitle } from "../nudges/texts";
import type { TeamStatusView } from "./status-view";
import { STATUS_TEXT, type StatusText } from "./texts";

/** The data `cards/status.json` binds to. */
export interface StatusCardData {
  title: string;
  organisation: string;
  programme: string;
  position: string;
  positionDetail: string;
  light: { label: string; color: string; text: string };
  notices: { text: string; style: string }[];
  milestonesHeading: string;
  gauge: {
    title: string;
    value: number;
    max: number;
    subLabel: string;
    segments: { legend: string; size: number; color: string }[];
    fallback: string;
  };
  facts: { title: string; value: string }[];
  chart: {
    title: string;
    groups: { title: string; data: { legend: string; value: number; color: string }[] }[];
    fallback: string[];
  };
  groups: { name: string; count: string; assessment: string; approval: string }[];
  waitingHeading: string;
  nobodyWaiting: string;
  waiting: { heading: string; items: { title: string; by: string; comment: string }[] }[];
  upcomingHeading: string;
  nothingUpcoming: string;
  upcoming: { when: string; what: string; note: string; noteColor: string }[];
  overdueHeading: string;
  nothingOverdue: string;
  overdue: string[];
  phasesHeading: string;
  phases: { title: string; value: string }[];
  footer: string;
}

export const LIGHT_COLORS = { red: "Attention", yellow: "Warning", green: "Good" } as const;

/** Teams' chart colours for the approval states, matching the traffic light's meaning. */
const STATE_COLORS: ReadonlyMap<MilestoneStatus, string> = new Map([
  ["approved", "good"],
  ["pending", "warning"],
  ["sentBack", "attention"],
  ["draft", "neutral"],
]);
const STATE_ORDER: readonly MilestoneStatus[] = ["approved", "pending", "sentBack", "draft"];

/** A comment is shown up to here; the approval card and the milestone have it whole. */
const COMMENT_EXCERPT = 200;

function excerpt(text: string): string {
  const characters = [...text];
  return characters.length > COMMENT_EXCERPT
    ? `${characters.slice(0, COMMENT_EXCERPT).join("").trimEnd()} …`
    : text;
}

/** A text bar for clients without charts: "███░░░░░░░". */
export function textBar(part: number, whole: number, width = 10): string {
  const filled = whole <= 0 ? 0 : Math.round((part / whole) * width);
  return `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
}

/** "Forberedelsesfasen · måned 2 af ca. 6" and the like, for a card or a portfolio row. */
export function describePosition(
  position: SummaryPosition,
  programme: Programme | undefined,
  language: Language,
  ended: boolean,
): string {
  const text = STATUS_TEXT[language];
  if (ended) return text.ended;
  switch (position.status) {
    case "in-phase": {
      const phase = programme?.phases.find((p) => p.id === position.phaseId);
      return text.inPhase(
        phase?.name[language] ?? position.phaseId,
        position.monthNumber,
        position.monthsPlanned,
      );
    }
    case "phases-undated":
    case "no-phases":
      return position.monthsPlanned === null
        ? text.monthSinceStart(position.monthNumber)
        : text.monthOf(position.monthNumber, position.monthsPlanned);
    case "before-start":
      return text.beforeStart(position.startsOn);
    case "after-end":
      return text.afterEnd(position.plannedEnd);
  }
}

function positionDetail(status: TeamStatus, text: StatusText): string {
  const { position } = status;
  switch (position.status) {
    case "in-phase":
      return text.phaseDetail(
        position.phaseNumber,
        position.phaseCount,
        position.dayNumber,
        position.daysPlanned,
      );
    case "before-start":
      return text.daysUntilStart(position.daysUntilStart);
    case "after-end":
      return status.implementation.ended &&
        status.implementation.reason === "anchoring-plan-approved"
        ? ""
        : text.daysPastEnd(position.daysPastEnd);
    default:
      return "";
  }
}

function lightLine(status: TeamStatus, text: StatusText): StatusCardData["light"] {
  const { light } = status;
  const counts: Record<string, number> = {
    overdue: status.overdueCount,
    "awaiting-approval": status.awaitingApproval.length,
    "sent-back": status.sentBack.length,
  };
  const reasons = light.reasons.map((reason) => text.reason(reason, counts[reason] ?? 0));
  return {
    label: text.light[light.color],
    color: LIGHT_COLORS[light.color],
    text: reasons.length > 0 ? reasons.join(" · ") : text.lightAllWell,
  };
}

function notices(view: TeamStatusView, text: StatusText, language: Language) {
  const { status } = view;
  const found: StatusCardData["notices"] = [];
  if (view.unreachable) {
    found.push({ text: text.unreachable(view.unreachable.since), style: "attention" });
  }
  if (status.position.status === "phases-undated") {
    found.push({ text: text.phasesUndated, style: "default" });
  }
  if (status.position.status === "no-phases") {
    const drivers = status.progress.groups.map((group) => group.name[language]);
    found.push({
      text: text.drivers(joinList(drivers, language === "da" ? "og" : "and")),
      style: "default",
    });
  }
  if (status.anchoringWorkshop.status === "not-planned" && !status.anchoringWorkshop.phaseStarted) {
    found.push({
      text: text.anchoringDueSoon(status.anchoringWorkshop.phaseStart),
      style: "warning",
    });
  }
  return found;
}

function segmentsOf(byStatus: Counts<MilestoneStatus>, text: StatusText) {
  return STATE_ORDER.filter((state) => byStatus[state] > 0).map((state) => ({
    legend: text.statusLegend[state],
    value: byStatus[state],
    color: STATE_COLORS.get(state) ?? "neutral",
  }));
}

function milestoneCharts(
  status: TeamStatus,
  programme: Programme,
  text: StatusText,
  language: Language,
) {
  const { progress } = status;
  const approved = progress.byStatus.approved;
  const missing = progress.total - approved;
  const gauge: StatusCardData["gauge"] = {
    title: text.gaugeTitle,
    value: approved,
    max: Math.max(1, progress.total),
    subLabel: text.approvedOf(approved, progress.total),
    segments: [
      ...(approved > 0 ? [{ legend: text.gaugeApproved, size: approved, color: "good" }] : []),
      ...(missing > 0 ? [{ legend: text.gaugeMissing, size: missing, color: "neutral" }] : []),
    ],
    fallback: `${textBar(approved, progress.total)}  ${text.approvedOf(approved, progress.total)}`,
  };
  const chart: StatusCardData["chart"] = {
    title: programme.phases.length === 0 ? text.chartTitleDrivers : text.chartTitle,
    groups: progress.groups.map((group) => ({
      title: group.name[language],
      data: segmentsOf(group.byStatus, text),
    })),
    fallback: progress.groups.map(
      (group) =>
        `${textBar(group.byStatus.approved, group.total)}  ${group.name[language]}: ${text.approvedOf(group.byStatus.approved, group.total)}`,
    ),
  };
  return { gauge, chart };
}

function facts(status: TeamStatus, text: StatusText): StatusCardData["facts"] {
  const { progress, supervision } = status;
  const list: StatusCardData["facts"] = [
    { title: text.factApproved, value: `${progress.byStatus.approved} / ${progress.total}` },
    { title: text.factPending, value: String(progress.byStatus.pending) },
    { title: text.factSentBack, value: String(progress.byStatus.sentBack) },
    { title: text.factOverdue, value: String(status.overdueCount) },
  ];
  if (supervision.total !== undefined) {
    list.push({
      title: text.factSupervision,
      value: text.supervisionHeld(supervision.held, supervision.total),
    });
  }
  return list;
}

function waiting(view: TeamStatusView, text: StatusText, language: Language) {
  const { status, profile } = view;
  const list: StatusCardData["waiting"] = [];
  if (status.awaitingApproval.length > 0) {
    list.push({
      heading: text.waitingForApprovers(
        joinNames(profile.approvers, language === "da" ? "eller" : "or"),
      ),
      items: status.awaitingApproval.map((m) => ({
        title: m.title[language],
        by: "",
        comment: "",
      })),
    });
  }
  if (status.sentBack.length > 0) {
    list.push({
      heading: text.waitingForTeam,
      items: status.sentBack.map((entry) => ({
        title: entry.milestone.title[language],
        by: entry.decidedBy ? text.sentBackBy(entry.decidedBy.name) : "",
        comment: excerpt(entry.comment ?? ""),
      })),
    });
  }
  return list;
}

function upcomingRow(occurrence: Occurrence, language: Language) {
  const nudge = NUDGE_TEXT[language];
  const duration =
    occurrence.durationMinutes === undefined
      ? ""
      : ` (${formatDuration(occurrence.durationMinutes, language)})`;
  const notes: { text: string; color: string }[] = [];
  if (occurrence.holiday) notes.push({ text: nudge.holiday(occurrence.holiday), color: "Warning" });
  if (occurrence.state === "held") notes.push({ text: nudge.held, color: "Good" });
  if (occurrence.movedFrom)
    notes.push({ text: nudge.movedFrom(occurrence.movedFrom.date), color: "Default" });
  return {
    when: formatWhen(occurrence.date, occurrence.time, language),
    what: `${occurrenceTitle(occurrence, language)}${duration}`,
    note: notes.map((note) => note.text).join(" · "),
    noteColor: notes[0]?.color ?? "Default",
  };
}

function overdueLines(status: TeamStatus, text: StatusText, language: Language): string[] {
  const lines = status.overdue.map((occurrence) =>
    text.notMarkedHeld(
      `${occurrenceTitle(occurrence, language)}, ${formatWhen(occurrence.date, occurrence.time, language)}`,
    ),
  );
  const workshop = status.anchoringWorkshop;
  if (status.anchoringWorkshopOverdue && workshop.status === "not-planned") {
    lines.push(text.anchoringNotPlanned(workshop.phaseStart));
  }
  return lines;
}

function phaseRows(status: TeamStatus, text: StatusText, language: Language) {
  return status.progress.phases.map((phase) => ({
    title: phase.name[language],
    value: text.phaseFigures(
      phase.approved,
      phase.milestones,
      phase.shareApproved,
      text.phaseDays(phase.state, phase.elapsedDays, phase.plannedDays),
    ),
  }));
}

export function statusCardData(
  view: TeamStatusView,
  language: Language,
  options: { now: Date; inChannel: boolean },
): StatusCardData {
  const { status, programme, profile } = view;
  const text = STATUS_TEXT[language];
  const { gauge, chart } = milestoneCharts(status, programme, text, language);
  const waitingGroups = waiting(view, text, language);
  const upcoming = status.upcoming.map((occurrence) => upcomingRow(occurrence, language));
  const overdue = overdueLines(status, text, language);
  const when = formatDateTime(options.now, language);
  return {
    title: text.title,
    organisation: profile.organisationName,
    programme: programme.name[language],
    position: describePosition(view.summary.position, programme, language, view.summary.ended),
    positionDetail: positionDetail(status, text),
    light: lightLine(status, text),
    notices: notices(view, text, language),
    milestonesHeading: text.milestonesHeading,
    gauge,
    facts: facts(status, text),
    chart,
    groups: status.progress.groups.map((group) => ({
      name: group.name[language],
      count: text.groupCount(group.total),
      assessment: text.groupAssessment(
        group.byAssessment.inPlace,
        group.byAssessment.partially,
        group.byAssessment.notYet,
      ),
      approval: text.groupApproval(
        group.byStatus.approved,
        group.byStatus.pending,
        group.byStatus.sentBack,
        group.byStatus.draft,
      ),
    })),
    waitingHeading: text.waitingHeading,
    nobodyWaiting: waitingGroups.length === 0 ? text.nobodyWaiting : "",
    waiting: waitingGroups,
    upcomingHeading: text.upcomingHeading(UPCOMING_DAYS),
    nothingUpcoming: upcoming.length === 0 ? text.nothingUpcoming : "",
    upcoming,
    overdueHeading: text.overdueHeading,
    nothingOverdue: overdue.length === 0 ? text.nothingOverdue : "",
    overdue,
    phasesHeading: text.phasesHeading,
    phases: phaseRows(status, text, language),
    footer: options.inChannel ? text.footer(when) : text.footerPersonal(when),
  };
}

export function renderStatusCard(data: StatusCardData): AdaptiveCard {
  return renderTemplate("status", data);
}
