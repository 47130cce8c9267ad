import {
  chooseLanguage,
  type BotTurn,
  type CardActionResponse,
  type CardActionTurn,
} from "../../bot/turn";
import { own } from "../milestones/card-input";
import { personKey } from "../../domain/team/person-key";
import { StoreUnavailableError } from "../../store/errors";
import type { PersonTeamEntry } from "../../store/person-index-repository";
import type { StatusDependencies } from "./index";
import { matchTeamsByName } from "./name-match";
import {
  PAGE_SIZE,
  portfolioCardData,
  renderPortfolioCard,
  sharedLanguage,
} from "./portfolio-card";
import { teamStatusAnswer } from "./team-status";
import { STATUS_TEXT } from "./texts";

/** Teams ids as document ids and partition keys allow them (see store/document-ids.ts). */
const TEAM_ID = /^[\w.:@=+-]{1,200}$/;
const MAX_PAGE = 1000;

/** The person's index (one point read), and the language their teams share. */
async function readPortfolio(turn: BotTurn, deps: StatusDependencies) {
  const key = personKey(turn.user);
  const entries = await deps.store.teamsOf(key);
  return { key, entries, language: chooseLanguage(turn, sharedLanguage(entries)) };
}

/** After answering from what is stored: the stale rows are computed again in the background. */
function repairAfterAnswer(
  turn: BotTurn,
  deps: StatusDependencies,
  key: string,
  entries: PersonTeamEntry[],
) {
  deps.summaries.repairStale({ key, person: turn.user }, entries);
}

async function portfolioPage(turn: BotTurn, deps: StatusDependencies, page: number) {
  const { key, entries, language } = await readPortfolio(turn, deps);
  const card = renderPortfolioCard(
    portfolioCardData(entries, { language, page, now: deps.clock.now() }),
  );
  return { card, key, entries, language };
}

/**
 * `status` in a personal chat: every team the person is named in (consultant, approver or
 * project leader), ten to a card, those needing attention first; one point read.
 * `status <kommune>`: that team's status card directly, found among the person's own teams.
 */
export async function showPortfolio(
  turn: BotTurn,
  deps: StatusDependencies,
  query: string,
): Promise<void> {
  try {
    if (query.trim() !== "") return await showByName(turn, deps, query.trim());
    const { card, key, entries } = await portfolioPage(turn, deps, 0);
    await turn.sendCard(card);
    repairAfterAnswer(turn, deps, key, entries);
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    await turn.sendText(STATUS_TEXT[turn.language].storeDown);
  }
}

async function showByName(turn: BotTurn, deps: StatusDependencies, query: string): Promise<void> {
  const { key, entries, language } = await readPortfolio(turn, deps);
  const matches = matchTeamsByName(query, entries);
  const [only] = matches;
  if (only && matches.length === 1) {
    const answer = await teamStatusAnswer(turn, deps, only.teamId, language);
    if ("card" in answer) await turn.sendCard(answer.card);
    else await turn.sendText(answer.text);
    return;
  }
  if (matches.length === 0) {
    await turn.sendText(STATUS_TEXT[language].refusal);
    return;
  }
  const text = STATUS_TEXT[language];
  await turn.sendCard(
    renderPortfolioCard(
      portfolioCardData(matches.slice(0, PAGE_SIZE), {
        language,
        page: 0,
        now: deps.clock.now(),
        title: text.choiceTitle(query.slice(0, 60)),
        intro: text.choiceIntro,
      }),
    ),
  );
  repairAfterAnswer(turn, deps, key, matches);
}

function pageOf(data: Record<string, unknown>): number | undefined {
  const page = own(data, "page");
  return typeof page === "number" && Number.isInteger(page) && page >= 0 && page <= MAX_PAGE
    ? page
    : undefined;
}

/** "Næste side" / "Forrige side": another page of the portfolio, in place. */
export async function turnPage(
  turn: CardActionTurn,
  deps: StatusDependencies,
): Promise<CardActionResponse> {
  const page = pageOf(turn.data);
  if (page === undefined || turn.conversation.kind !== "personal") {
    return { message: STATUS_TEXT[turn.language].invalidCard };
  }
  try {
    const { card, key, entries } = await portfolioPage(turn, deps, page);
    repairAfterAnswer(turn, deps, key, entries);
    return { card };
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    return { message: STATUS_TEXT[turn.language].storeDown };
  }
}

/**
 * A row's "Vis status": the team's status card posted in the personal chat (after the same
 * access check as everywhere: the team's profile must name the person), and the portfolio page
 * given back as it is now.
 */
export async function showRow(
  turn: CardActionTurn,
  deps: StatusDependencies,
): Promise<CardActionResponse> {
  if (turn.conversation.kind !== "personal") {
    return { message: STATUS_TEXT[turn.language].invalidCard };
  }
  const teamId = own(turn.data, "teamId");
  try {
    const { card, key, entries, language } = await portfolioPage(
      turn,
      deps,
      pageOf(turn.data) ?? 0,
    );
    if (typeof teamId !== "string" || !TEAM_ID.test(teamId)) {
      return { message: STATUS_TEXT[language].refusal };
    }
    const answer = await teamStatusAnswer(turn, deps, teamId, language);
    if (!("card" in answer)) return { message: answer.text };
    await turn.sendCard(answer.card);
    repairAfterAnswer(turn, deps, key, entries);
    return { card };
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    return { message: STATUS_TEXT[turn.language].storeDown };
  }
}
