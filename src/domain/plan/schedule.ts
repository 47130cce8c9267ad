import type { Activity } from "../catalog";
import { formatMonth } from "../dates";
import { describeSlot } from "../team/meeting-slot";
import { SERIES, type Occurrence, type OccurrenceState } from "../schedule/occurrence";
import { computePhaseDates } from "../schedule/phase-dates";
import { implementationPeriod } from "../schedule/progress";
import { occurrencesBetween, occurrencesOfSeries } from "../schedule/team-schedule";
import { anchoringWorkshopSituation } from "../schedule/views";
import type { PlanContext } from "./context";
import type { Block, Section, TableColumn } from "./model";
import { phaseDates } from "./title-page";

/**
 * The schedule: the phases, the status meetings and supervision sessions held and planned over
 * the implementation, the workshops, and (for the maturation project) the document's dated
 * activities. A programme without a planned end (Signs of Safety) is shown a year ahead.
 */
export function scheduleSection(ctx: PlanContext): Section {
  const { programme, profile } = ctx.input;
  const period = implementationPeriod(programme, profile.startDate);
  const { schedule } = ctx;
  const occurrences = occurrencesBetween(schedule, { from: period.start, to: schedule.horizon });
  const blocks: Block[] = [
    {
      type: "paragraph",
      text:
        period.plannedEnd === undefined
          ? ctx.text.schedule.openEnded(ctx.date(period.start))
          : ctx.text.schedule.period(ctx.date(period.start), ctx.date(period.plannedEnd)),
    },
    {
      type: "paragraph",
      text: ctx.text.schedule.slots(
        describeSlot(profile.slots.statusMeeting, ctx.language).toLowerCase(),
        describeSlot(profile.slots.supervision, ctx.language).toLowerCase(),
      ),
    },
  ];
  const series = (name: string) => occurrences.filter((o) => o.series === name);
  // A counted series (SFT: 20 supervisions) runs in full, even past the planned end.
  const supervision = occurrencesOfSeries(schedule, SERIES.supervision);
  return {
    id: "schedule",
    heading: ctx.text.sections.schedule,
    blocks,
    subsections: [
      phasesSubsection(ctx),
      occurrenceSubsection(
        ctx,
        "status-meetings",
        ctx.text.schedule.statusMeetings,
        series(SERIES.statusMeeting),
      ),
      occurrenceSubsection(ctx, "supervision", ctx.text.schedule.supervision, supervision),
      activitiesSubsection(ctx, occurrences),
    ],
  };
}

function phasesSubsection(ctx: PlanContext): Section {
  const { programme, profile } = ctx.input;
  const heading = ctx.text.schedule.phasesHeading;
  if (programme.phases.length === 0) {
    const groups = programme.milestones
      .map((milestone) => milestone.group[ctx.language])
      .filter((name, index, all) => all.indexOf(name) === index);
    return {
      id: "phases",
      heading,
      blocks: [{ type: "paragraph", text: ctx.text.noPhases(groups.join(", ")) }],
      subsections: [],
    };
  }
  const phases = computePhaseDates(programme, profile.startDate);
  const [phase, window, length] = ctx.text.schedule.phaseColumns;
  const blocks: Block[] = [
    {
      type: "table",
      columns: [
        { header: phase, width: 34 },
        { header: window, width: 46 },
        { header: length, width: 20 },
      ],
      rows: phases.map((entry) => [
        entry.name[ctx.language],
        phaseDates(ctx, entry),
        entry.months === null
          ? ctx.text.lengthUnknown
          : ctx.text.phaseLength(entry.months, entry.fixedByDocument),
      ]),
    },
  ];
  if (phases.some((entry) => entry.fixedByDocument)) {
    blocks.push({ type: "paragraph", text: ctx.text.fixedPhases, tone: "note" });
  }
  return { id: "phases", heading, blocks, subsections: [] };
}

const OCCURRENCE_COLUMNS = (ctx: PlanContext): TableColumn[] => {
  const [date, activity, status] = ctx.text.schedule.columns;
  return [
    { header: date, width: 28 },
    { header: activity, width: 42 },
    { header: status, width: 30 },
  ];
};

const STATE_ORDER: readonly OccurrenceState[] = [
  "held",
  "overdue",
  "cancelled",
  "past",
  "moved",
  "planned",
];

/** "3 holdt, 1 ikke markeret som holdt, 20 planlagt." and a row per occurrence. */
function occurrenceSubsection(
  ctx: PlanContext,
  id: string,
  heading: string,
  occurrences: readonly Occurrence[],
): Section {
  if (occurrences.length === 0) {
    return {
      id,
      heading,
      blocks: [{ type: "paragraph", text: ctx.text.schedule.noneInPeriod }],
      subsections: [],
    };
  }
  const counts = STATE_ORDER.map((state) => ({
    state,
    count: occurrences.filter((occurrence) => occurrence.state === state).length,
  })).filter((entry) => entry.count > 0);
  const [first] = occurrences;
  const words = ctx.text.schedule;
  const numbered = occurrences.some((occurrence) => occurrence.total !== undefined);
  const [date, , status] = words.columns;
  // The series' name is said once above the table; the rows give date, number and state.
  const columns: TableColumn[] = numbered
    ? [
        { header: date, width: 34 },
        { header: words.numberColumn, width: 16 },
        { header: status, width: 50 },
      ]
    : [
        { header: date, width: 40 },
        { header: status, width: 60 },
      ];
  return {
    id,
    heading,
    blocks: [
      {
        type: "paragraph",
        text: words.counts(
          first?.name[ctx.language] ?? heading,
          counts.map((entry) => words.countWords[entry.state](entry.count)),
        ),
      },
      {
        type: "table",
        columns,
        rows: occurrences.map((occurrence) => {
          const [when, , state] = occurrenceRow(ctx, occurrence);
          const number =
            occurrence.number !== undefined && occurrence.total !== undefined
              ? words.numberOf(occurrence.number, occurrence.total)
              : "";
          return numbered ? [when ?? "", number, state ?? ""] : [when ?? "", state ?? ""];
        }),
      },
    ],
    subsections: [],
  };
}

/**
 * The workshops and other one-off activities: the anchoring workshop wherever the team stands with
 * it, the document's dated activities (maturation project), and the catalog's workshops that have
 * no date of the team's (the planning workshop "in the phase of preparation").
 */
function activitiesSubsection(ctx: PlanContext, occurrences: readonly Occurrence[]): Section {
  const { programme } = ctx.input;
  const oneOffs = occurrences.filter(
    (occurrence) =>
      occurrence.series !== SERIES.statusMeeting && occurrence.series !== SERIES.supervision,
  );
  const rows = oneOffs.map((occurrence) => occurrenceRow(ctx, occurrence));
  const shown = new Set(oneOffs.map((occurrence) => occurrence.activityId));
  for (const activity of programme.activities) {
    if (activity.kind !== "planning-workshop" || shown.has(activity.id)) continue;
    rows.push([
      undatedWhen(ctx, activity),
      activity.name[ctx.language],
      ctx.text.schedule.anchoringWorkshop.teamPlans,
    ]);
  }
  const workshop = anchoringWorkshopRow(ctx, shown);
  if (workshop !== undefined) rows.push(workshop);
  const heading = ctx.text.schedule.otherActivities;
  if (rows.length === 0) {
    return {
      id: "activities",
      heading,
      blocks: [{ type: "paragraph", text: ctx.text.schedule.noneInPeriod }],
      subsections: [],
    };
  }
  return {
    id: "activities",
    heading,
    blocks: [{ type: "table", columns: OCCURRENCE_COLUMNS(ctx), rows }],
    subsections: [],
  };
}

/** The anchoring workshop before the team has given it a date (once dated it is an occurrence). */
function anchoringWorkshopRow(ctx: PlanContext, shown: ReadonlySet<string | undefined>) {
  const activity = ctx.input.programme.activities.find((a) => a.kind === "anchoring-workshop");
  if (activity === undefined || shown.has(activity.id)) return undefined;
  const situation = anchoringWorkshopSituation(ctx.schedule);
  const words = ctx.text.schedule.anchoringWorkshop;
  const name = activity.name[ctx.language];
  switch (situation.status) {
    case "not-due-yet":
      return [
        undatedWhen(ctx, activity),
        name,
        situation.phaseStart === undefined
          ? words.notDueUndated
          : words.notDueYet(ctx.date(situation.phaseStart)),
      ];
    case "not-planned":
      return [undatedWhen(ctx, activity), name, words.notPlanned(ctx.date(situation.phaseStart))];
    case "planned":
    case "not-held":
    case "held":
      return occurrenceRow(ctx, situation.occurrence);
    case "not-in-programme":
      return undefined;
  }
}

/** "I forberedelsesfasen", for a catalog activity the team dates itself. */
function undatedWhen(ctx: PlanContext, activity: Activity): string {
  const phase = ctx.input.programme.phases.find((candidate) => candidate.id === activity.phase);
  return phase === undefined ? "" : ctx.text.schedule.inPhase(phase.name[ctx.language]);
}

function occurrenceRow(ctx: PlanContext, occurrence: Occurrence): string[] {
  const words = ctx.text.schedule;
  const name =
    occurrence.number !== undefined && occurrence.total !== undefined
      ? words.numbered(occurrence.name[ctx.language], occurrence.number, occurrence.total)
      : occurrence.name[ctx.language];
  const notes: string[] = [];
  if (occurrence.movedFrom !== undefined) {
    notes.push(words.movedFrom(ctx.date(occurrence.movedFrom.date)));
  }
  if (occurrence.holiday !== undefined) {
    notes.push(words.holiday(occurrence.holiday.name[ctx.language]));
  }
  const state = words.states[occurrence.state];
  return [
    when(ctx, occurrence),
    name,
    notes.length === 0 ? state : `${state} (${notes.join("; ")})`,
  ];
}

/** "9. marts 2027 kl. 10.00", "februar 2022", "9. februar 2022 – 10. februar 2022". */
function when(ctx: PlanContext, occurrence: Occurrence): string {
  if (occurrence.precision === "month") {
    const first = formatMonth(occurrence.date, ctx.language);
    const last =
      occurrence.endDate === undefined ? undefined : formatMonth(occurrence.endDate, ctx.language);
    return last === undefined || last === first ? first : `${first} – ${last}`;
  }
  const day = ctx.date(occurrence.date);
  if (occurrence.endDate !== undefined && occurrence.endDate !== occurrence.date) {
    return `${day} – ${ctx.date(occurrence.endDate)}`;
  }
  return occurrence.time === undefined ? day : `${day} ${ctx.text.schedule.time(occurrence.time)}`;
}
