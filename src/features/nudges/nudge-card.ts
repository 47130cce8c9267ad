import type { AdaptiveCard } from "../../cards/adaptive-card";
import { renderTemplate } from "../../cards/render";
import { todayInCopenhagen } from "../../domain/dates";
import type { Language } from "../../domain/i18n";
import type { Occurrence, OverrideIdentity } from "../../domain/schedule";
import type { NudgeContent } from "./nudge-content";
import { isTeamSeries } from "./nudge-content";
import { NUDGE_TEXT, describePosition, formatDuration, formatWhen, occurrenceTitle } from "./texts";
import { NUDGE_VERBS } from "./verbs";

/** The data `cards/nudge.json` binds to. */
export interface NudgeCardData {
  title: string;
  /** The team's own text: shown literally (TextRun). */
  organisation: string;
  context: string;
  notice: string;
  noticeStyle: "good" | "attention" | "warning" | "default";
  sections: CardSection[];
  footer: string;
}

interface CardSection {
  heading: string;
  lines: string[];
  rows: CardRow[];
}

type NoteColor = "Default" | "Good" | "Attention" | "Warning";

interface CardRow {
  title: string;
  detail: string;
  when: string;
  notes: { text: string; color: NoteColor }[];
  hasActions: boolean;
  markHeld: ButtonData;
  move: MoveData;
  snooze: ButtonData;
}

/** What every button sends back: the card and the occurrence it is about, never the team. */
export interface NudgeActionData {
  actionId: string;
  month: string;
  /** The instant the card was computed for (ISO): a re-drawn card keeps at least that. */
  asOf: string;
  series: string;
  originalDate: string;
  /** "Flyt" only: the ids of its inputs on this card, where the chosen date and time arrive. */
  dateInput?: string;
  timeInput?: string;
}

interface ButtonData {
  shown: boolean;
  title: string;
  verb: string;
  data: NudgeActionData | Record<string, never>;
}

interface MoveData extends ButtonData {
  dateInput: string;
  timeInput: string;
  dateLabel: string;
  timeLabel: string;
  submit: string;
  date: string;
  time: string;
}

export interface NudgeCardOptions {
  /** One per rendering: a click's duplicate key is this, the person and the verb. */
  actionId: string;
  /** A confirmation or a problem to show at the top (the person's own action). */
  notice?: { text: string; tone: "good" | "attention" | "warning" };
  /** Keeps what a person chose in a move that could not be saved. */
  keptMove?: { series: string; originalDate: string; date: string; time: string };
}

/** More than this and the list stops being read: the milestones command shows them all. */
const MAX_UNANSWERED_SHOWN = 4;

const HIDDEN: ButtonData = { shown: false, title: "", verb: "", data: {} };

export function nudgeCardData(content: NudgeContent, options: NudgeCardOptions): NudgeCardData {
  const language = content.profile.language;
  const text = NUDGE_TEXT[language];
  const rows = new RowBuilder(content, options);
  const sections: CardSection[] = [];

  sections.push({
    heading: text.thisMonth,
    lines: content.thisMonth.length === 0 ? [text.nothingThisMonth] : [],
    rows: content.thisMonth.map((occurrence) => rows.forOccurrence(occurrence)),
  });
  if (content.overdue.length > 0) {
    sections.push({
      heading: text.overdue,
      lines: content.moreOverdue > 0 ? [text.andMore(content.moreOverdue)] : [],
      rows: content.overdue.map((occurrence) => rows.forOccurrence(occurrence, true)),
    });
  }
  const anchoring = anchoringSection(content, rows, language);
  if (anchoring) sections.push(anchoring);
  const milestones = milestoneSection(content, language);
  if (milestones) sections.push(milestones);

  const position = describePosition(content.position, language);
  return {
    title: text.title(content.month),
    organisation: content.profile.organisationName,
    context: [` · ${content.programme.name[language]}`, position].filter(Boolean).join(" · "),
    notice: options.notice?.text ?? "",
    noticeStyle: options.notice?.tone ?? "default",
    sections,
    footer: text.footer,
  };
}

export function renderNudgeCard(content: NudgeContent, options: NudgeCardOptions): AdaptiveCard {
  return renderTemplate("nudge", nudgeCardData(content, options));
}

/** One line for `npm run nudges` and the sweep report: each occurrence of the month, and what is missing. */
export function summarizeNudge(content: NudgeContent): string {
  const language = content.profile.language;
  const items = content.thisMonth.map(
    (occurrence) =>
      `${occurrenceTitle(occurrence, language)} ${formatWhen(occurrence.date, occurrence.time, language)}`,
  );
  if (content.overdue.length > 0) {
    items.push(
      `${content.overdue.length + content.moreOverdue} ${language === "da" ? "mangler" : "overdue"}`,
    );
  }
  return items.join("; ");
}

class RowBuilder {
  private inputs = 0;
  private readonly text;
  private readonly language: Language;
  private readonly today: string;

  constructor(
    private readonly content: NudgeContent,
    private readonly options: NudgeCardOptions,
  ) {
    this.language = content.profile.language;
    this.today = todayInCopenhagen(content.asOf);
    this.text = NUDGE_TEXT[this.language];
  }

  /** `underOverdue`: the section's heading already says it is not marked held. */
  forOccurrence(occurrence: Occurrence, underOverdue = false): CardRow {
    const { text, language } = this;
    const notes: CardRow["notes"] = [];
    if (occurrence.state === "held") notes.push({ text: text.held, color: "Good" });
    if (occurrence.state === "cancelled") notes.push({ text: text.cancelled, color: "Default" });
    if (occurrence.state === "overdue" && !underOverdue) {
      notes.push({ text: text.notMarkedHeld, color: "Attention" });
    }
    if (occurrence.movedFrom) {
      notes.push({ text: text.movedFrom(occurrence.movedFrom.date), color: "Default" });
    }
    if (occurrence.holiday)
      notes.push({ text: text.holiday(occurrence.holiday), color: "Warning" });
    const supervision = this.content.supervision;
    if (occurrence.series === "supervision" && supervision !== undefined && !underOverdue) {
      notes.push({
        text: text.supervisionProgress(supervision.held, supervision.total),
        color: "Default",
      });
    }
    const open =
      isTeamSeries(occurrence.series) &&
      occurrence.recordedByTeam &&
      (occurrence.state === "planned" ||
        occurrence.state === "moved" ||
        occurrence.state === "overdue");
    const identity = { activityKind: occurrence.series, date: occurrence.originalDate };
    return {
      title: occurrenceTitle(occurrence, language),
      detail:
        occurrence.durationMinutes === undefined
          ? ""
          : ` · ${formatDuration(occurrence.durationMinutes, language)}`,
      when: this.when(occurrence),
      notes,
      ...(open
        ? this.buttons(identity, { markHeld: true, snooze: true, moveTitle: text.move }, occurrence)
        : {
            hasActions: false,
            markHeld: HIDDEN,
            move: { ...HIDDEN, ...EMPTY_MOVE },
            snooze: HIDDEN,
          }),
    };
  }

  /** The anchoring workshop before it has a date: one button, to give it one. */
  forPlan(plan: OverrideIdentity, title: string, when: string): CardRow {
    return {
      title,
      detail: "",
      when,
      notes: [],
      ...this.buttons(plan, { markHeld: false, snooze: false, moveTitle: this.text.plan }),
    };
  }

  private when(occurrence: Occurrence): string {
    if (occurrence.precision === "month") return "";
    const start = formatWhen(occurrence.date, occurrence.time, this.language);
    if (occurrence.endDate === undefined) return start;
    return `${start} – ${formatWhen(occurrence.endDate, undefined, this.language)}`;
  }

  private buttons(
    identity: OverrideIdentity,
    shown: { markHeld: boolean; snooze: boolean; moveTitle: string },
    occurrence?: Occurrence,
  ): Pick<CardRow, "hasActions" | "markHeld" | "move" | "snooze"> {
    const { text } = this;
    this.inputs += 1;
    const dateInput = `moveDate${this.inputs}`;
    const timeInput = `moveTime${this.inputs}`;
    const data: NudgeActionData = {
      actionId: this.options.actionId,
      month: this.content.month,
      asOf: this.content.asOf.toISOString(),
      series: identity.activityKind,
      originalDate: identity.date,
    };
    const kept = this.options.keptMove;
    const keep = kept?.series === identity.activityKind && kept.originalDate === identity.date;
    return {
      hasActions: true,
      markHeld: shown.markHeld
        ? { shown: true, title: text.markHeld, verb: NUDGE_VERBS.markHeld, data }
        : HIDDEN,
      move: {
        shown: true,
        title: shown.moveTitle,
        verb: NUDGE_VERBS.move,
        data: { ...data, dateInput, timeInput },
        dateInput,
        timeInput,
        dateLabel: text.newDate,
        timeLabel: text.newTime,
        submit: text.saveMove,
        // A date already past is no help as a suggestion.
        date: keep ? kept.date : occurrence && occurrence.date >= this.today ? occurrence.date : "",
        time: keep ? kept.time : (occurrence?.time ?? ""),
      },
      snooze: shown.snooze
        ? { shown: true, title: text.snooze, verb: NUDGE_VERBS.snooze, data }
        : HIDDEN,
    };
  }
}

const EMPTY_MOVE = {
  dateInput: "",
  timeInput: "",
  dateLabel: "",
  timeLabel: "",
  submit: "",
  date: "",
  time: "",
};

function anchoringSection(
  content: NudgeContent,
  rows: RowBuilder,
  language: Language,
): CardSection | undefined {
  const { anchoring } = content;
  if (anchoring === undefined) return undefined;
  const text = NUDGE_TEXT[language];
  if (anchoring.status === "not-planned") {
    const name = content.programme.activities.find((a) => a.kind === "anchoring-workshop")?.name;
    return {
      heading: text.anchoring,
      lines: [text.anchoringNotPlanned(anchoring.phaseStart, anchoring.phaseStarted)],
      rows: [rows.forPlan(anchoring.plan, name?.[language] ?? text.anchoring, text.notScheduled)],
    };
  }
  return {
    heading: text.anchoring,
    lines: [text.anchoringNotHeld],
    rows: [rows.forOccurrence(anchoring.occurrence)],
  };
}

function milestoneSection(content: NudgeContent, language: Language): CardSection | undefined {
  const { awaitingApproval, unanswered } = content.milestones;
  if (awaitingApproval.length === 0 && unanswered.length === 0) return undefined;
  const text = NUDGE_TEXT[language];
  const names = (list: string[]) =>
    list.length <= 1
      ? (list[0] ?? "")
      : `${list.slice(0, -1).join(", ")} ${language === "da" ? "eller" : "or"} ${list.at(-1) ?? ""}`;
  const rows: CardRow[] = awaitingApproval.map((milestone) => ({
    title: milestone.title[language],
    detail: "",
    when: text.awaiting(names(milestone.approverNames)),
    notes: [],
    hasActions: false,
    markHeld: HIDDEN,
    move: { ...HIDDEN, ...EMPTY_MOVE },
    snooze: HIDDEN,
  }));
  if (unanswered.length > 0) {
    const shown = unanswered.slice(0, MAX_UNANSWERED_SHOWN);
    const more = unanswered.length - shown.length;
    rows.push({
      title: `${text.unanswered} (${unanswered.length})`,
      detail: "",
      when: "",
      notes: [
        ...shown.map((milestone) => ({
          text: `• ${milestone.title[language]}`,
          color: "Default" as const,
        })),
        ...(more > 0 ? [{ text: text.andMore(more), color: "Default" as const }] : []),
      ],
      hasActions: false,
      markHeld: HIDDEN,
      move: { ...HIDDEN, ...EMPTY_MOVE },
      snooze: HIDDEN,
    });
  }
  return { heading: text.milestones, lines: [], rows };
}
