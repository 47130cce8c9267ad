import { randomUUID } from "node:crypto";
import type { AdaptiveCard } from "../../cards/adaptive-card";
import { renderTemplate } from "../../cards/render";
import type { Milestone, Programme } from "../../domain/catalog";
import { formatDateTime, formatLongDateTime } from "../../domain/dates";
import type { Language } from "../../domain/i18n";
import {
  ASSESSMENTS,
  DEFAULT_ASSESSMENT,
  assessmentLabel,
  clampPage,
  describeState,
  fingerprint,
  joinNames,
  pageBySize,
  type Assessment,
  type CardBasis,
  type MilestoneState,
} from "../../domain/milestones";
import type { PersonRef, TeamProfile } from "../../domain/team/profile";
import type { MilestoneAnswers } from "../../store/answer-repository";
import { storedTexts } from "./stored";
import { MILESTONE_TEXT } from "./texts";
import { MILESTONE_VERBS } from "./verbs";

/** Teams refuses cards above about 28 KB; pages keep well inside that. */
export const CARD_LIMIT_BYTES = 28 * 1024;
export const CARD_BUDGET_BYTES = 24 * 1024;
/** A newer answer shown above a field is cut here, so a conflict still fits the card. */
const NEWER_TEXT_SHOWN = 1500;

export type NoticeStyle = "good" | "attention" | "warning" | "accent";

export interface Notice {
  lines: string[];
  style: NoticeStyle;
}

export interface NewerAnswer {
  text: string;
  by: PersonRef;
  at: string;
}

/** What a milestone card shows; everything but the catalog and the stored state is optional. */
export interface MilestoneCardModel {
  language: Language;
  programme: Programme;
  milestone: Milestone;
  /** Absent on a card given back before the store was read: the status line is left out. */
  profile?: TeamProfile;
  answers: MilestoneAnswers | null;
  state?: MilestoneState;
  /** What the card is based on; a card given back keeps the person's own. Default: fresh. */
  basis?: CardBasis;
  /** Field values shown instead of the stored texts (the person's input, kept). */
  values?: ReadonlyMap<string, string>;
  assessmentValue?: Assessment;
  /** Exactly these questions (a card given back); otherwise page `page` of the stored texts. */
  questionIds?: readonly string[];
  page?: number;
  notice?: Notice;
  errors?: ReadonlyMap<string, string>;
  newer?: ReadonlyMap<string, NewerAnswer>;
  newerAssessment?: { value: Assessment; by: PersonRef; at: string };
}

/** The hidden data every save carries: what the card was rendered from. */
export interface MilestoneActionData {
  programmeId: string;
  milestoneId: string;
  basedOnVersion: string;
  page: string;
  questionIds: string[];
  originals: string[];
  originalAssessment: Assessment;
  /** The card's language, so a card given back before the store is read speaks it too. */
  language: Language;
  actionId: string;
}

interface QuestionData {
  id: string;
  inputId: string;
  label: string;
  placeholder: string;
  value: string;
  error: string;
  meta: string;
  hasNewer: boolean;
  newerHeading: string;
  newerText: string;
}

/** The data `cards/milestone.json` binds to. */
export interface MilestoneCardData {
  title: string;
  subtitle: string;
  stateLabel: string;
  state: { text: string; color: string; detail: string };
  notice: { text: string; lines: string[]; style: string };
  intro: string;
  pageLabel: string;
  questions: QuestionData[];
  limitNote: string;
  assessment: {
    label: string;
    value: string;
    choices: { title: string; value: string }[];
    newerText: string;
  };
  footer: string;
  actions: { title: string; verb: string; style: string; data: object }[];
}

export const answerInputId = (questionId: string) => `answer-${questionId}`;

const STATE_COLORS = new Map([
  ["draft", "Default"],
  ["pending", "Accent"],
  ["approved", "Good"],
  ["sentBack", "Attention"],
]);

export function stateDetail(
  state: MilestoneState,
  profile: TeamProfile,
  language: Language,
): string {
  const text = MILESTONE_TEXT[language];
  const approval = state.approval;
  if (!approval) return "";
  if (state.status === "pending") {
    return text.pending(
      approval.requestedBy.name,
      formatDateTime(approval.requestedAt, language),
      joinNames(profile.approvers, text.and),
    );
  }
  if (state.status === "approved" && approval.decidedBy && approval.decidedAt) {
    return text.approved(approval.decidedBy.name, formatLongDateTime(approval.decidedAt, language));
  }
  if (state.status === "sentBack" && approval.decidedBy && approval.decidedAt) {
    return text.sentBack(
      approval.decidedBy.name,
      formatLongDateTime(approval.decidedAt, language),
      approval.comment ?? "",
    );
  }
  return "";
}

export function stateColor(state: MilestoneState): string {
  return state.reason ? "Warning" : (STATE_COLORS.get(state.status) ?? "Default");
}

/** A card rendered from what is stored: changes are judged against exactly that. */
export function freshBasis(answers: MilestoneAnswers | null, milestone: Milestone): CardBasis {
  const texts = storedTexts(answers);
  return {
    basedOnVersion: answers?.version ?? 0,
    originals: new Map(milestone.questions.map((q) => [q.id, fingerprint(texts.get(q.id) ?? "")])),
    originalAssessment: answers?.assessment?.value ?? DEFAULT_ASSESSMENT,
  };
}

function shortened(text: string, language: Language): string {
  const chars = [...text];
  if (chars.length <= NEWER_TEXT_SHOWN) return text;
  return `${chars.slice(0, NEWER_TEXT_SHOWN).join("")}${MILESTONE_TEXT[language].shortened}`;
}

function questionData(model: MilestoneCardModel, questionId: string, index: number): QuestionData {
  const { language } = model;
  const text = MILESTONE_TEXT[language];
  const question = model.milestone.questions.find((q) => q.id === questionId);
  const stored = model.answers?.answers.get(questionId);
  const newer = model.newer?.get(questionId);
  return {
    id: questionId,
    inputId: answerInputId(questionId),
    label: `${index + 1}. ${question?.[language] ?? questionId}`,
    placeholder: text.answerPlaceholder,
    value: model.values?.get(questionId) ?? stored?.text ?? "",
    error: model.errors?.get(questionId) ?? "",
    meta: stored
      ? text.answeredBy(stored.answeredBy.name, formatDateTime(stored.answeredAt, language))
      : "",
    hasNewer: newer !== undefined,
    newerHeading: newer ? text.newerHeading(newer.by.name, formatDateTime(newer.at, language)) : "",
    newerText: newer
      ? newer.text === ""
        ? text.newerRemoved
        : shortened(newer.text, language)
      : "",
  };
}

function footer(model: MilestoneCardModel): string {
  const text = MILESTONE_TEXT[model.language];
  const last = model.answers?.versions[model.answers.versions.length - 1];
  return last
    ? text.lastSaved(last.by.name, formatDateTime(last.at, model.language))
    : text.neverSaved;
}

function actionData(
  model: MilestoneCardModel,
  basis: CardBasis,
  questionIds: readonly string[],
  page: number,
): MilestoneActionData {
  return {
    programmeId: model.programme.id,
    milestoneId: model.milestone.id,
    basedOnVersion: String(basis.basedOnVersion),
    page: String(page),
    questionIds: [...questionIds],
    originals: questionIds.map((id) => basis.originals.get(id) ?? fingerprint("")),
    originalAssessment: basis.originalAssessment,
    language: model.language,
    actionId: randomUUID(),
  };
}

/** Where a card's questions sit among the milestone's. */
interface Paging {
  page: number;
  firstIndex: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

function pagingOf(all: readonly string[], ids: readonly string[], page: number): Paging {
  const firstIndex = Math.max(0, all.indexOf(ids[0] ?? ""));
  return {
    page,
    firstIndex,
    hasPrevious: firstIndex > 0,
    hasNext: firstIndex + ids.length < all.length,
  };
}

function cardData(
  model: MilestoneCardModel,
  questionIds: readonly string[],
  paging: Paging,
): MilestoneCardData {
  const { language, milestone, programme } = model;
  const text = MILESTONE_TEXT[language];
  const basis = model.basis ?? freshBasis(model.answers, milestone);
  const state = model.state;
  const data = actionData(model, basis, questionIds, paging.page);
  const indexOf = (id: string) => milestone.questions.findIndex((q) => q.id === id);
  const phase = programme.phases.find((p) => p.id === milestone.phase);
  const newerAssessment = model.newerAssessment;
  const actions: MilestoneCardData["actions"] = [
    { title: text.save, verb: MILESTONE_VERBS.save, style: "positive", data },
    { title: text.submit, verb: MILESTONE_VERBS.submit, style: "default", data },
  ];
  if (paging.hasPrevious) {
    actions.push({
      title: text.previousPage,
      verb: MILESTONE_VERBS.save,
      style: "default",
      data: { ...data, goTo: "previous" },
    });
  }
  if (paging.hasNext) {
    actions.push({
      title: text.nextPage,
      verb: MILESTONE_VERBS.save,
      style: "default",
      data: { ...data, goTo: "next" },
    });
  }
  if (model.answers) {
    actions.push({
      title: text.versions,
      verb: MILESTONE_VERBS.versions,
      style: "default",
      data: { programmeId: programme.id, milestoneId: milestone.id },
    });
  }
  const last = paging.firstIndex + questionIds.length;
  return {
    title: milestone.title[language],
    subtitle: `${programme.name[language]} · ${(phase?.name ?? milestone.group)[language]}`,
    stateLabel: state ? text.stateLabel : "",
    state: {
      text: state ? describeState(state)[language] : "",
      color: state ? stateColor(state) : "Default",
      detail: state && model.profile ? stateDetail(state, model.profile, language) : "",
    },
    notice: {
      text: model.notice?.lines.join(" ") ?? "",
      lines: model.notice?.lines ?? [],
      style: model.notice?.style ?? "default",
    },
    intro: milestone.intro[language],
    pageLabel:
      paging.hasPrevious || paging.hasNext
        ? text.pageOf(paging.firstIndex + 1, last, milestone.questions.length)
        : "",
    questions: questionIds.map((id) => questionData(model, id, indexOf(id))),
    limitNote: text.limitNote,
    assessment: {
      label: text.assessmentLabel,
      value: model.assessmentValue ?? state?.assessment ?? basis.originalAssessment,
      choices: ASSESSMENTS.map((a) => ({ title: assessmentLabel(a)[language], value: a })),
      newerText: newerAssessment
        ? text.newerAssessment(
            newerAssessment.by.name,
            formatDateTime(newerAssessment.at, language),
            assessmentLabel(newerAssessment.value)[language],
          )
        : "",
    },
    footer: footer(model),
    actions,
  };
}

export const cardBytes = (card: unknown): number => Buffer.byteLength(JSON.stringify(card), "utf8");

/** The rendered size of each question's container, found by its id in the card's body. */
function questionSizes(card: AdaptiveCard): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const element of card.body) {
    const id = (element as { id?: unknown }).id;
    if (typeof id === "string" && id.startsWith("question-")) {
      sizes.set(id.slice("question-".length), cardBytes(element));
    }
  }
  return sizes;
}

export interface RenderedMilestoneCard {
  card: AdaptiveCard;
  page: number;
  /** How many pages the stored answers make (a card given back knows only its own and before). */
  pageCount: number;
  questionIds: string[];
}

/**
 * The milestone card. Its questions come in pages measured on the rendered JSON: the whole card
 * is rendered once; when it is above the budget, each question's rendered size decides the pages
 * and the asked-for page is rendered.
 */
export function renderMilestoneCard(model: MilestoneCardModel): RenderedMilestoneCard {
  const all = model.milestone.questions.map((q) => q.id);
  const render = (ids: readonly string[], page: number, pageCount: number) => ({
    card: renderTemplate("milestone", cardData(model, ids, pagingOf(all, ids, page))),
    page,
    pageCount,
    questionIds: [...ids],
  });
  if (model.questionIds) {
    const page = model.page ?? 0;
    const paged = model.questionIds.length < all.length;
    return render(model.questionIds, page, paged ? page + 1 : 1);
  }
  const whole = render(all, 0, 1);
  const total = cardBytes(whole.card);
  if (total <= CARD_BUDGET_BYTES) return whole;
  const sizes = questionSizes(whole.card);
  const base = total - [...sizes.values()].reduce((sum, size) => sum + size, 0);
  const pages = pageBySize(all, (id) => sizes.get(id) ?? 0, CARD_BUDGET_BYTES - base);
  const page = clampPage(model.page ?? 0, pages.length);
  return render(pages[page] ?? all, page, pages.length);
}
