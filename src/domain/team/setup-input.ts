import { containsCprNumber, CPR_REFUSAL } from "../cpr-guard";
import { addMonths, parseCalendarDate } from "../dates";
import type { Language, LocalizedText } from "../i18n";
import { parseMeetingSlot } from "./meeting-slot";
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
  | { ok: false; errors: Partial<Record<SetupField, LocalizedText>> };

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

export function validateSetupInput(raw: SetupRawInput, context: SetupContext): SetupValidation {
  const errors: Partial<Record<SetupField, LocalizedText>> = {};
  const memberById = new Map(context.members.map((m) => [m.id, m]));

  const programmeId = raw.programmeId.trim();
  if (!context.programmeIds.includes(programmeId)) {
    errors.programmeId = { da: "Vælg metoden fra listen.", en: "Choose the method from the list." };
  }

  const organisationName = raw.organisationName.replace(/\s+/g, " ").trim();
  if (organisationName.length < 2 || organisationName.length > 100) {
    errors.organisationName = {
      da: "Skriv kommunens eller organisationens navn (2-100 tegn).",
      en: "Write the municipality's or organisation's name (2-100 characters).",
    };
  } else if (containsCprNumber(organisationName)) {
    errors.organisationName = CPR_REFUSAL;
  }

  const startDate = parseCalendarDate(raw.startDate);
  const latest = addMonths(context.today, MAX_YEARS_AHEAD * 12);
  if (raw.startDate.trim() === "") {
    errors.startDate = {
      da: "Vælg startdatoen i kalenderen eller skriv den som 1.2.2027.",
      en: "Pick the start date in the calendar or write it as 1.2.2027.",
    };
  } else if (startDate === undefined) {
    errors.startDate = {
      da: `"${raw.startDate.trim()}" er ikke en dato. Vælg startdatoen i kalenderen eller skriv den som 1.2.2027.`,
      en: `"${raw.startDate.trim()}" is not a date. Pick the start date in the calendar or write it as 1.2.2027.`,
    };
  } else if (startDate < EARLIEST_START || startDate > latest) {
    errors.startDate = {
      da: `Startdatoen skal ligge mellem 1.1.2015 og ${MAX_YEARS_AHEAD} år frem.`,
      en: `The start date must be between 1 January 2015 and ${MAX_YEARS_AHEAD} years ahead.`,
    };
  }

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

  const statusMeeting = parseMeetingSlot(raw.statusMeetingSlot);
  if (!statusMeeting.ok) errors.statusMeetingSlot = statusMeeting.error;
  const supervision = parseMeetingSlot(raw.supervisionSlot);
  if (!supervision.ok) errors.supervisionSlot = supervision.error;

  if (
    Object.keys(errors).length > 0 ||
    !projectLeader ||
    startDate === undefined ||
    !statusMeeting.ok ||
    !supervision.ok
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    values: {
      programmeId,
      organisationName,
      startDate,
      language: languageText as Language,
      projectLeader,
      approvers: approvers.filter((a): a is PersonRef => a !== undefined),
      consultants: consultants.filter((c): c is PersonRef => c !== undefined),
      slots: { statusMeeting: statusMeeting.slot, supervision: supervision.slot },
    },
  };
}
