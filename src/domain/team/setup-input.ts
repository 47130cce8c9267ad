import { addMonths, parseCalendarDate } from "../dates";
import type { Language, LocalizedText } from "../i18n";
import { cleanFreeText, quoteIfPlain, type FreeTextRules } from "../text/free-text";
import { parseMeetingSlot, type SlotParseResult } from "./meeting-slot";
import type { MeetingSlot, PersonRef } from "./profile";

/** The setup card's inputs, exactly as Teams sends them (all strings, possibly missing). */
export const SETUP_FIELDS = [
  "programmeId",
  "organisationName",
  "startDate",
  "language",
  "projectLeaderId",
  "approverIds",
  "consultantIds",
  "statusMeetingSlot",
  "supervisionSlot",
] as const;
export type SetupField = (typeof SETUP_FIELDS)[number];
export type SetupRawInput = Record<SetupField, string>;

export interface SetupValues {
  programmeId: string;
  organisationName: string;
  startDate: string;
  language: Language;
  projectLeader: PersonRef;
  approvers: PersonRef[];
  consultants: PersonRef[];
  slots: { statusMeeting: MeetingSlot; supervision: MeetingSlot };
}

export type SetupValidation =
  | { ok: true; values: SetupValues }
  | {
      ok: false;
      errors: Partial<Record<SetupField, LocalizedText>>;
      /** The input to show in the card again: no CPR number, no refused characters. */
      safeInput: SetupRawInput;
    };

export interface SetupContext {
  programmeIds: readonly string[];
  /** The team's members as Teams listed them; people are chosen from these. */
  members: readonly PersonRef[];
  /** Today in Copenhagen, `YYYY-MM-DD`. */
  today: string;
}

/**
 * Reads the card payload into strings, so an odd payload can never crash validation. Only the
 * payload's own properties count: nothing inherited from a prototype is read as input.
 */
export function readSetupInput(data: Record<string, unknown>): SetupRawInput {
  const raw = {} as SetupRawInput;
  for (const field of SETUP_FIELDS) {
    const value = Object.hasOwn(data, field) ? data[field] : undefined;
    raw[field] = typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
  }
  return raw;
}

function splitIds(text: string): string[] {
  return [
    ...new Set(
      text
        .split(",")
        .map((id) => id.trim())
        .filter((id) => id.length > 0),
    ),
  ];
}

const EARLIEST_START = "2015-01-01";
const MAX_YEARS_AHEAD = 3;

/** Every text field goes through `cleanFreeText`: these are their rules. */
const ORGANISATION_NAME: FreeTextRules = { multiline: false, minLength: 2, maxLength: 100 };
const TYPED_DATE: FreeTextRules = { multiline: false, minLength: 0, maxLength: 40 };
const SLOT_TEXT: FreeTextRules = { multiline: false, minLength: 0, maxLength: 100 };

const NAME_HINT: LocalizedText = {
  da: "Skriv kommunens eller organisationens navn (2-100 tegn).",
  en: "Write the municipality's or organisation's name (2-100 characters).",
};
const DATE_HINT: LocalizedText = {
  da: "Vælg startdatoen i kalenderen eller skriv den som 1.2.2027.",
  en: "Pick the start date in the calendar or write it as 1.2.2027.",
};

type FieldResult<T> = { ok: true; value: T } | { ok: false; error: LocalizedText };

function readOrganisationName(text: string): FieldResult<string> {
  const name = cleanFreeText(text, ORGANISATION_NAME);
  if (name.ok) return name;
  const aboutLength = ["empty", "too-short", "too-long"].includes(name.problem);
  return { ok: false, error: aboutLength ? NAME_HINT : name.message };
}

/**
 * A date from the date picker (ISO) or typed the Danish way. Typed text is cleaned first and
 * NFKC-folded (full-width digits read as digits); it is quoted back only when it is plain.
 */
function readStartDate(text: string, today: string): FieldResult<string> {
  const typed = cleanFreeText(text, TYPED_DATE);
  if (!typed.ok) return { ok: false, error: typed.message };
  if (typed.value === "") return { ok: false, error: DATE_HINT };
  const date = parseCalendarDate(typed.value.normalize("NFKC"));
  if (date === undefined) {
    const quote = quoteIfPlain(typed.value);
    const what =
      quote === undefined
        ? { da: "Det er ikke en dato, jeg kan læse.", en: "That is not a date I can read." }
        : { da: `${quote} er ikke en dato.`, en: `${quote} is not a date.` };
    return {
      ok: false,
      error: { da: `${what.da} ${DATE_HINT.da}`, en: `${what.en} ${DATE_HINT.en}` },
    };
  }
  const latest = addMonths(today, MAX_YEARS_AHEAD * 12);
  if (date < EARLIEST_START || date > latest) {
    return {
      ok: false,
      error: {
        da: `Startdatoen skal ligge mellem 1.1.2015 og ${MAX_YEARS_AHEAD} år frem.`,
        en: `The start date must be between 1 January 2015 and ${MAX_YEARS_AHEAD} years ahead.`,
      },
    };
  }
  return { ok: true, value: date };
}

const TEXT_FIELD_RULES: ReadonlyMap<SetupField, FreeTextRules> = new Map([
  ["organisationName", ORGANISATION_NAME],
  ["startDate", TYPED_DATE],
  ["statusMeetingSlot", SLOT_TEXT],
  ["supervisionSlot", SLOT_TEXT],
]);

/**
 * The person's input as it may be shown in the card again: text fields cleaned, with CPR numbers
 * replaced by "[CPR]" and refused characters removed, so nothing else they typed is lost.
 */
export function safeSetupInput(raw: SetupRawInput): SetupRawInput {
  const safe = { ...raw };
  for (const [field, rules] of TEXT_FIELD_RULES) {
    const cleaned = cleanFreeText(raw[field], rules);
    safe[field] = cleaned.ok ? cleaned.value : cleaned.safeToShow;
  }
  return safe;
}

/** A meeting slot's text, cleaned (and NFKC-folded) before it is read. */
function readSlot(text: string): SlotParseResult {
  const typed = cleanFreeText(text, SLOT_TEXT);
  if (!typed.ok) return { ok: false, error: typed.message };
  return parseMeetingSlot(typed.value.normalize("NFKC"));
}

export function validateSetupInput(raw: SetupRawInput, context: SetupContext): SetupValidation {
  const errors: Partial<Record<SetupField, LocalizedText>> = {};
  const memberById = new Map(context.members.map((m) => [m.id, m]));

  const programmeId = raw.programmeId.trim();
  if (!context.programmeIds.includes(programmeId)) {
    errors.programmeId = { da: "Vælg metoden fra listen.", en: "Choose the method from the list." };
  }

  const organisationName = readOrganisationName(raw.organisationName);
  if (!organisationName.ok) errors.organisationName = organisationName.error;

  const startDate = readStartDate(raw.startDate, context.today);
  if (!startDate.ok) errors.startDate = startDate.error;

  const languageText = raw.language.trim() || "da";
  if (languageText !== "da" && languageText !== "en") {
    errors.language = { da: "Vælg dansk eller engelsk.", en: "Choose Danish or English." };
  }

  const projectLeader = memberById.get(raw.projectLeaderId.trim());
  if (!projectLeader) {
    errors.projectLeaderId = {
      da: "Vælg projektlederen blandt teamets medlemmer.",
      en: "Choose the project leader from the team's members.",
    };
  }

  const approverIds = splitIds(raw.approverIds);
  const approvers = approverIds.map((id) => memberById.get(id));
  if (approverIds.length === 0) {
    errors.approverIds = {
      da: "Vælg mindst én godkender (ansvarlig leder eller afdelingsleder).",
      en: "Choose at least one approver (responsible manager or head of department).",
    };
  } else if (approvers.some((a) => a === undefined)) {
    errors.approverIds = {
      da: "Godkendere skal vælges blandt teamets medlemmer.",
      en: "Approvers must be chosen from the team's members.",
    };
  }

  const consultants = splitIds(raw.consultantIds).map((id) => memberById.get(id));
  if (consultants.some((c) => c === undefined)) {
    errors.consultantIds = {
      da: "Konsulenter skal vælges blandt teamets medlemmer.",
      en: "Consultants must be chosen from the team's members.",
    };
  }

  const statusMeeting = readSlot(raw.statusMeetingSlot);
  if (!statusMeeting.ok) errors.statusMeetingSlot = statusMeeting.error;
  const supervision = readSlot(raw.supervisionSlot);
  if (!supervision.ok) errors.supervisionSlot = supervision.error;

  if (
    Object.keys(errors).length > 0 ||
    !projectLeader ||
    !organisationName.ok ||
    !startDate.ok ||
    !statusMeeting.ok ||
    !supervision.ok
  ) {
    return { ok: false, errors, safeInput: safeSetupInput(raw) };
  }
  return {
    ok: true,
    values: {
      programmeId,
      organisationName: organisationName.value,
      startDate: startDate.value,
      language: languageText as Language,
      projectLeader,
      approvers: approvers.filter((a): a is PersonRef => a !== undefined),
      consultants: consultants.filter((c): c is PersonRef => c !== undefined),
      slots: { statusMeeting: statusMeeting.slot, supervision: supervision.slot },
    },
  };
}
