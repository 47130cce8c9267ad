import type { AdaptiveCard } from "../../cards/adaptive-card";
import { renderTemplate } from "../../cards/render";
import { getProgramme } from "../../domain/catalog";
import type { Language } from "../../domain/i18n";
import { byAttention, isStale, type LightColor, type StatusSummary } from "../../domain/status";
import type { PersonTeamEntry } from "../../store/person-index-repository";
import { LIGHT_COLORS, describePosition } from "./status-card";
import { STATUS_TEXT, type StatusText } from "./texts";
import { STATUS_VERBS } from "./verbs";

/** Rows per portfolio card: a card with ten teams stays well inside Teams' size limit. */
export const PAGE_SIZE = 10;

/** The data `cards/portfolio.json` binds to. */
export interface PortfolioCardData {
  title: string;
  intro: string;
  rows: {
    light: { label: string; color: string };
    organisation: string;
    programme: string;
    position: string;
    figures: string;
    note: string;
    button: { title: string; verb: string; data: { teamId: string; page: number } };
  }[];
  lightRule: { heading: string; lines: { label: string; color: string; text: string }[] };
  pageActions: { title: string; verb: string; data: { page: number } }[];
}

/** The language the person's teams share, if they share one (the portfolio speaks it). */
export function sharedLanguage(entries: readonly PersonTeamEntry[]): Language | undefined {
  const languages = new Set(
    entries.flatMap((entry) => (entry.status ? [entry.status.language] : [])),
  );
  const [only] = languages;
  return languages.size === 1 ? only : undefined;
}

function figures(summary: StatusSummary, text: StatusText): string {
  const parts = [
    text.rowFigures(summary.approved, summary.total),
    text.rowPending(summary.pending),
    ...(summary.sentBack > 0 ? [text.rowSentBack(summary.sentBack)] : []),
    text.rowOverdue(summary.overdue),
  ];
  return parts.join(" · ");
}

function row(
  entry: PersonTeamEntry,
  language: Language,
  page: number,
  now: Date,
): PortfolioCardData["rows"][number] {
  const text = STATUS_TEXT[language];
  const programme = getProgramme(entry.programmeId);
  const summary = entry.status;
  const button = {
    title: text.show,
    verb: STATUS_VERBS.show,
    data: { teamId: entry.teamId, page },
  };
  const base = {
    organisation: entry.organisationName,
    programme: programme?.name[language] ?? entry.programmeId,
    button,
  };
  if (!summary) {
    return {
      ...base,
      light: { label: "–", color: "Default" },
      position: "",
      figures: text.rowComputing,
      note: "",
    };
  }
  const notes = [
    ...(summary.unreachable ? [text.rowUnreachable] : []),
    ...(isStale(summary, now) ? [text.rowStale(summary.asOf)] : []),
  ];
  return {
    ...base,
    light: { label: text.light[summary.light], color: LIGHT_COLORS[summary.light] },
    position: describePosition(summary.position, programme, language, summary.ended),
    figures: figures(summary, text),
    note: notes.join(" "),
  };
}

const LIGHTS: readonly LightColor[] = ["red", "yellow", "green"];

/** The person's teams, those needing attention first, as one page of the portfolio. */
export function portfolioCardData(
  entries: readonly PersonTeamEntry[],
  options: { language: Language; page: number; now: Date; title?: string; intro?: string },
): PortfolioCardData {
  const { language, now } = options;
  const text = STATUS_TEXT[language];
  const pages = Math.max(1, Math.ceil(entries.length / PAGE_SIZE));
  const page = Math.min(Math.max(0, Math.trunc(options.page)), pages - 1);
  const sorted = entries
    .map((entry) => ({ entry, name: entry.organisationName, summary: entry.status }))
    .sort(byAttention)
    .map(({ entry }) => entry);
  const shown = sorted.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const pageActions: PortfolioCardData["pageActions"] = [];
  if (page > 0) {
    pageActions.push({
      title: text.previousPage,
      verb: STATUS_VERBS.page,
      data: { page: page - 1 },
    });
  }
  if (page < pages - 1) {
    pageActions.push({ title: text.nextPage, verb: STATUS_VERBS.page, data: { page: page + 1 } });
  }
  return {
    title: options.title ?? text.portfolioTitle,
    intro:
      options.intro ??
      (entries.length === 0
        ? text.portfolioEmpty
        : text.portfolioIntro(entries.length, page + 1, pages)),
    rows: shown.map((entry) => row(entry, language, page, now)),
    lightRule: {
      heading: text.lightRuleHeading,
      lines: LIGHTS.map((light) => ({
        label: text.light[light],
        color: LIGHT_COLORS[light],
        text: text.lightRule[light],
      })),
    },
    pageActions,
  };
}

export function renderPortfolioCard(data: PortfolioCardData): AdaptiveCard {
  return renderTemplate("portfolio", data);
}
