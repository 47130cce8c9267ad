import type { Activity, ActivityKind, Programme } from "../catalog";
import type { LocalizedText } from "../i18n";
import type { MeetingSlot } from "../team/profile";
import {
  assertDateRange,
  daysBetween,
  isCalendarDate,
  isCalendarMonth,
  isTimeOfDay,
  isoWeekOf,
  lastDayOfMonth,
  laterOf,
  localDateAt,
  localInstant,
  monthOfDate,
  overlapsRange,
  plusDays,
  plusMonths,
  weekdayOf,
} from "./calendar";
import { danishHolidayOn, type DanishHoliday } from "./holidays";
import {
  SERIES,
  occurrenceKey,
  type DateRange,
  type Occurrence,
  type OccurrenceOverride,
  type OccurrenceState,
  type ScheduleInput,
} from "./occurrence";
import { computePhaseDates } from "./phase-dates";
import { implementationPeriod } from "./progress";
import { nthWeekdayOfMonth, slotDates } from "./recurrence";

/** An occurrence before the team's change and `now` are applied. */
interface Draft {
  series: string;
  originalDate: string;
  kind: ActivityKind;
  activityId?: string;
  name: LocalizedText;
  date: string;
  time?: string;
  endDate?: string;
  precision: Occurrence["precision"];
  durationMinutes?: number;
  recordedByTeam: boolean;
  /** A one-off without a computed date: the override's date is the team's plan, not a move. */
  plannedByTeam?: boolean;
}

type Overrides = ReadonlyMap<string, OccurrenceOverride>;

const DEFAULT_NAMES = new Map<string, LocalizedText>([
  [SERIES.statusMeeting, { da: "Statusmøde", en: "Status meeting" }],
  [SERIES.supervision, { da: "Supervision", en: "Supervision" }],
]);

/** Kinds that have a series of their own, so a dated catalog activity of that kind is not repeated. */
const OWN_SERIES_KINDS = new Set<ActivityKind>([
  "status-meeting",
  "supervision",
  "anchoring-workshop",
]);

/** The longest span of days searched for a holiday (a course of a few days, not a month). */
const MAX_DAYS_CHECKED_FOR_HOLIDAY = 14;

/**
 * The team's schedule over a range of local dates: every occurrence whose days overlap the range,
 * sorted by start (then key), with its state relative to `now`.
 */
export function computeSchedule(input: ScheduleInput, range: DateRange, now: Date): Occurrence[] {
  assertDateRange(range);
  return buildSchedule(input, range.to, now, { range });
}

/**
 * Every occurrence of every series from its start up to `horizon` (a counted series in full, and
 * what a move put beyond the horizon), sorted by start: what `teamSchedule` holds.
 */
export function scheduleUpTo(input: ScheduleInput, horizon: string, now: Date): Occurrence[] {
  if (!isCalendarDate(horizon)) throw new RangeError(`not a date: ${horizon}`);
  return buildSchedule(input, horizon, now, {});
}

/**
 * Series without an end of their own (Signs of Safety has no planned end) are computed up to the
 * horizon, or further when an occurrence from beyond it was moved into view.
 */
function buildSchedule(
  input: ScheduleInput,
  horizon: string,
  now: Date,
  only: { range?: DateRange },
): Occurrence[] {
  const overrides = overridesByKey(input.overrides);
  const until = [...overrides.values()].reduce((latest, override) => {
    const movedTo = validMove(override)?.date;
    return movedTo !== undefined && movedTo <= horizon ? laterOf(latest, override.date) : latest;
  }, horizon);
  const placed = [
    ...statusMeetings(input, until, overrides),
    ...supervisionSessions(input, until, overrides),
    ...anchoringWorkshop(input),
    ...datedActivities(input.programme, input.startDate),
  ].map((draft) => place(draft, overrides.get(occurrenceKey(draft.series, draft.originalDate))));
  const total = supervisionActivity(input.programme)?.count;
  const numbers = total === undefined ? new Map<string, number>() : countedNumbers(placed);
  const today = localDateAt(now);
  const { range } = only;
  // Instants and holidays are looked up only for what is returned: they are the costly part.
  return placed
    .filter((occurrence) => range === undefined || overlapsRange(occurrence, range))
    .map((occurrence) => complete(occurrence, today, numbers.get(occurrence.key), total))
    .sort(byStart);
}

export function byStart(a: Occurrence, b: Occurrence): number {
  return a.startsAt.getTime() - b.startsAt.getTime() || a.key.localeCompare(b.key);
}

function overridesByKey(overrides: readonly OccurrenceOverride[]): Overrides {
  const byKey = new Map<string, OccurrenceOverride>();
  for (const override of overrides) {
    if (isCalendarDate(override.date)) {
      byKey.set(occurrenceKey(override.activityKind, override.date), override);
    }
  }
  return byKey;
}

// --- series -------------------------------------------------------------------------------------

function firstOfKind(programme: Programme, kind: ActivityKind): Activity | undefined {
  return programme.activities.find((activity) => activity.kind === kind);
}

/**
 * The supervision the team's slot stands for: the one with a count (SFT: 20 monthly sessions),
 * else one spread over a span (Åben Dialog: 50 hours over the two years), else none.
 */
export function supervisionActivity(programme: Programme): Activity | undefined {
  const supervisions = programme.activities.filter((activity) => activity.kind === "supervision");
  return (
    supervisions.find((activity) => activity.count !== undefined) ??
    supervisions.find((activity) => activity.spanMonths !== undefined)
  );
}

/** The catalog's anchoring workshop (SFT), which the team plans itself. */
export function anchoringWorkshopActivity(programme: Programme): Activity | undefined {
  return firstOfKind(programme, "anchoring-workshop");
}

/** Status meetings from the team's slot over the implementation period (or up to `until`). */
function statusMeetings(input: ScheduleInput, until: string, overrides: Overrides): Draft[] {
  const period = implementationPeriod(input.programme, input.startDate);
  const activity = firstOfKind(input.programme, "status-meeting");
  return slotSeries(
    { series: SERIES.statusMeeting, kind: "status-meeting", activity },
    input.slots.statusMeeting,
    {
      from: laterOf(input.startDate, period.start),
      to: earliest(until, period.plannedEnd),
      end: period.plannedEnd,
      overrides,
    },
  );
}

/**
 * Supervision sessions from the team's slot, from the start of the catalog activity's phase. With a
 * count, exactly that many that are not cancelled (a cancelled session is made up by one more at the
 * end), even past the planned end; without, until the phase ends, its span runs out, or the period ends.
 */
function supervisionSessions(input: ScheduleInput, until: string, overrides: Overrides): Draft[] {
  const { programme, startDate } = input;
  const activity = supervisionActivity(programme);
  const period = implementationPeriod(programme, startDate);
  const phase = computePhaseDates(programme, startDate).find(
    (candidate) => candidate.phaseId === activity?.phase,
  );
  const from = laterOf(startDate, phase?.start ?? period.start);
  const spanEnd =
    activity?.spanMonths === undefined
      ? undefined
      : plusDays(plusMonths(from, activity.spanMonths), -1);
  const end = earliestKnown(period.plannedEnd, phase?.end, spanEnd);
  return slotSeries(
    { series: SERIES.supervision, kind: "supervision", activity },
    input.slots.supervision,
    { from, to: earliest(until, end), end, count: activity?.count, overrides },
  );
}

/** The earliest of the dates that are known, if any is. */
function earliestKnown(...dates: (string | undefined)[]): string | undefined {
  return dates.reduce<string | undefined>(
    (soFar, date) => (soFar === undefined || (date !== undefined && date < soFar) ? date : soFar),
    undefined,
  );
}

function earliest(first: string, ...others: (string | undefined)[]): string {
  return others.reduce<string>(
    (soFar, date) => (date !== undefined && date < soFar ? date : soFar),
    first,
  );
}

interface SeriesIdentity {
  series: string;
  kind: ActivityKind;
  activity: Activity | undefined;
}

interface SeriesBounds {
  from: string;
  /** The last date computed: the series' end, or the horizon before it. */
  to: string;
  /** Where the series itself ends, if it does (a horizon is only how far a caller looks). */
  end: string | undefined;
  overrides: Overrides;
  /** Stop after this many occurrences that are not cancelled; `to` does not apply then. */
  count?: number;
}

/**
 * One slot's dates. The team's record wins over the computation: an override of this series on a
 * date the slot does not give (the slot was changed since) is kept, and stands in for the computed
 * date of the same month (monthly slot) or week (weekly slot).
 */
function slotSeries(identity: SeriesIdentity, slot: MeetingSlot, bounds: SeriesBounds): Draft[] {
  const { series } = identity;
  // Every record up to the series' end, not just up to the horizon: a record later in the month
  // stands in for the month's computed date whichever range is asked for.
  const lastRecordDate = (bounds.count === undefined ? bounds.end : undefined) ?? "9999-12-31";
  const orphans = [...bounds.overrides.values()]
    .filter(
      (override) =>
        override.activityKind === series &&
        override.date >= bounds.from &&
        override.date <= lastRecordDate &&
        !isSlotDate(slot, override.date),
    )
    .map((override) => override.date)
    .sort();
  const covered = new Set(orphans.map((date) => slotPeriod(slot, date)));
  const computed = (function* () {
    for (const date of slotDates(slot, bounds.from)) {
      const recorded = bounds.overrides.has(occurrenceKey(series, date));
      // The period is worked out only when some record may cover it (an ISO week costs).
      if (recorded || covered.size === 0 || !covered.has(slotPeriod(slot, date))) yield date;
    }
  })();
  const dates: string[] = [];
  let standing = 0;
  for (const date of mergeSorted(computed, orphans)) {
    if (bounds.count === undefined ? date > bounds.to : standing >= bounds.count) break;
    dates.push(date);
    const override = bounds.overrides.get(occurrenceKey(series, date));
    if (override === undefined || override.held || !override.cancelled) standing += 1;
  }
  const time = slot.cadence === "none" ? undefined : slot.time;
  return dates.map((date) => slotDraft(identity, date, time));
}

function isSlotDate(slot: MeetingSlot, date: string): boolean {
  if (slot.cadence === "none") return false;
  if (slot.cadence === "weekly") return weekdayOf(date) === slot.weekday;
  return nthWeekdayOfMonth(monthOfDate(date), slot.week, slot.weekday) === date;
}

function slotPeriod(slot: MeetingSlot, date: string): string {
  if (slot.cadence === "monthly") return monthOfDate(date);
  if (slot.cadence === "weekly") return isoWeekOf(date);
  return date;
}

/** Merges an ascending, possibly endless sequence with an ascending array (a date in both once). */
function* mergeSorted(sequence: Iterator<string>, sorted: readonly string[]): Generator<string> {
  let next = sequence.next();
  let index = 0;
  while (next.done !== true || index < sorted.length) {
    const fromArray = sorted[index];
    if (next.done !== true && (fromArray === undefined || next.value <= fromArray)) {
      if (next.value === fromArray) index += 1;
      yield next.value;
      next = sequence.next();
    } else if (fromArray !== undefined) {
      yield fromArray;
      index += 1;
    }
  }
}

function slotDraft(identity: SeriesIdentity, date: string, time: string | undefined): Draft {
  const { series, kind, activity } = identity;
  return {
    series,
    originalDate: date,
    kind,
    activityId: activity?.id,
    name: activity?.name ?? DEFAULT_NAMES.get(series) ?? { da: series, en: series },
    date,
    time,
    precision: time === undefined ? "day" : "time",
    durationMinutes: minutesOf(activity),
    recordedByTeam: true,
  };
}

function minutesOf(activity: Activity | undefined): number | undefined {
  return activity?.hours === undefined ? undefined : Math.round(activity.hours * 60);
}

/**
 * The anchoring workshop has no date until the team gives one: its override (any date; the date
 * is where the plan was filed, see `anchoringWorkshopSituation`) carries the plan as `movedTo`.
 */
function anchoringWorkshop(input: ScheduleInput): Draft[] {
  const activity = anchoringWorkshopActivity(input.programme);
  if (activity === undefined) return [];
  const plan = anchoringWorkshopRecord(input.overrides);
  if (plan === undefined) return [];
  const move = validMove(plan);
  const time = move?.time;
  return [
    {
      series: SERIES.anchoringWorkshop,
      originalDate: plan.date,
      kind: activity.kind,
      activityId: activity.id,
      name: activity.name,
      date: move?.date ?? plan.date,
      time,
      precision: time === undefined ? "day" : "time",
      durationMinutes: minutesOf(activity),
      recordedByTeam: true,
      plannedByTeam: true,
    },
  ];
}

/** The team's record of the anchoring workshop: the latest one that gives a date or says held. */
export function anchoringWorkshopRecord(
  overrides: readonly OccurrenceOverride[],
): OccurrenceOverride | undefined {
  return overrides
    .filter(
      (override) =>
        override.activityKind === SERIES.anchoringWorkshop &&
        isCalendarDate(override.date) &&
        (override.held || validMove(override) !== undefined),
    )
    .reduce<OccurrenceOverride | undefined>(
      (latest, override) =>
        latest === undefined || override.date > latest.date ? override : latest,
      undefined,
    );
}

/**
 * The catalog's dated one-off activities, for a programme whose phases are the document's own
 * (the maturation project). The other programmes' dates (start-up meeting October 2019) belong to
 * the 2019 round, not to a team's calendar, so they are left out.
 */
function datedActivities(programme: Programme, startDate: string): Draft[] {
  if (!implementationPeriod(programme, startDate).fixedByDocument) return [];
  return programme.activities.flatMap((activity): Draft[] => {
    const { date } = activity;
    if (activity.cadence !== "once" || date === undefined || OWN_SERIES_KINDS.has(activity.kind)) {
      return [];
    }
    const byMonth = isCalendarMonth(date);
    const start = byMonth ? `${date}-01` : date;
    const endDate = lastDayOf(activity.endDate ?? (byMonth ? date : undefined));
    return [
      {
        series: activity.id,
        originalDate: start,
        kind: activity.kind,
        activityId: activity.id,
        name: activity.name,
        date: start,
        endDate: endDate === start ? undefined : endDate,
        precision: byMonth ? "month" : "day",
        durationMinutes: minutesOf(activity),
        recordedByTeam: false,
      },
    ];
  });
}

function lastDayOf(dayOrMonth: string | undefined): string | undefined {
  if (dayOrMonth === undefined) return undefined;
  return isCalendarMonth(dayOrMonth) ? lastDayOfMonth(dayOrMonth) : dayOrMonth;
}

// --- the team's change and now ------------------------------------------------------------------

/** A move is used only when its date (and time, if given) can be read; otherwise it is ignored. */
function validMove(
  override: OccurrenceOverride | undefined,
): { date: string; time?: string } | undefined {
  const move = override?.movedTo;
  if (move === undefined || !isCalendarDate(move.date)) return undefined;
  if (move.time !== undefined && !isTimeOfDay(move.time)) return { date: move.date };
  return move;
}

/** An occurrence with the team's change applied, before `now`, its instant and holiday. */
interface Placed {
  draft: Draft;
  override: OccurrenceOverride | undefined;
  key: string;
  date: string;
  time?: string;
  endDate?: string;
  precision: Occurrence["precision"];
  movedFrom?: { date: string; time?: string };
}

function place(draft: Draft, override: OccurrenceOverride | undefined): Placed {
  const key = occurrenceKey(draft.series, draft.originalDate);
  const { date, time, endDate, precision } = draft;
  const move = draft.plannedByTeam === true ? undefined : validMove(override);
  if (move === undefined) return { draft, override, key, date, time, endDate, precision };
  const movedTime = move.time ?? time;
  return {
    draft,
    override,
    key,
    date: move.date,
    time: movedTime,
    // A course of days keeps its length; a month-dated activity moved to a day becomes that day.
    endDate:
      precision === "day" && endDate !== undefined
        ? plusDays(endDate, daysBetween(date, move.date))
        : undefined,
    precision: movedTime === undefined ? "day" : "time",
    movedFrom: time === undefined ? { date } : { date, time },
  };
}

function complete(
  placed: Placed,
  today: string,
  number: number | undefined,
  total: number | undefined,
): Occurrence {
  const { draft, override, date, time, endDate, precision, movedFrom } = placed;
  const lastDay = endDate ?? date;
  const occurrence: Occurrence = {
    key: placed.key,
    series: draft.series,
    originalDate: draft.originalDate,
    kind: draft.kind,
    name: draft.name,
    date,
    precision,
    startsAt: localInstant(date, time),
    recordedByTeam: draft.recordedByTeam,
    state: stateOf(draft.recordedByTeam, override, movedFrom !== undefined, lastDay, today),
  };
  if (draft.activityId !== undefined) occurrence.activityId = draft.activityId;
  if (time !== undefined) occurrence.time = time;
  if (endDate !== undefined) occurrence.endDate = endDate;
  if (draft.durationMinutes !== undefined) occurrence.durationMinutes = draft.durationMinutes;
  if (number !== undefined && total !== undefined) {
    occurrence.number = number;
    occurrence.total = total;
  }
  const holiday = precision === "month" ? undefined : firstHoliday(date, lastDay);
  if (holiday !== undefined) occurrence.holiday = holiday;
  if (movedFrom !== undefined) occurrence.movedFrom = movedFrom;
  return occurrence;
}

function stateOf(
  recordedByTeam: boolean,
  override: OccurrenceOverride | undefined,
  moved: boolean,
  lastDay: string,
  today: string,
): OccurrenceState {
  if (override?.held === true) return "held";
  if (override?.cancelled === true) return "cancelled";
  if (lastDay < today) return recordedByTeam ? "overdue" : "past";
  return moved ? "moved" : "planned";
}

function firstHoliday(from: string, to: string): DanishHoliday | undefined {
  for (let day = 0, date = from; date <= to && day < MAX_DAYS_CHECKED_FOR_HOLIDAY; day += 1) {
    const holiday = danishHolidayOn(date);
    if (holiday !== undefined || date === to) return holiday;
    date = plusDays(date, 1);
  }
  return undefined;
}

/**
 * "n af N": the supervision sessions that are not cancelled, numbered in the order they take place
 * (local date and time; a moved session takes its place in the order).
 */
function countedNumbers(placed: readonly Placed[]): Map<string, number> {
  const standing = placed
    .filter(
      ({ draft, override }) =>
        draft.series === SERIES.supervision &&
        (override?.held === true || override?.cancelled !== true),
    )
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        (a.time ?? "").localeCompare(b.time ?? "") ||
        a.key.localeCompare(b.key),
    );
  return new Map(standing.map((occurrence, index) => [occurrence.key, index + 1]));
}
