import { randomUUID } from "node:crypto";
import type { AdaptiveCard } from "../../cards/adaptive-card";
import { renderTemplate } from "../../cards/render";
import { SETUP_VERBS } from "./verbs";
import { listProgrammes, getProgramme } from "../../domain/catalog";
import type { Language, LocalizedText } from "../../domain/i18n";
import { slotAsInput } from "../../domain/team/meeting-slot";
import type { MeetingSlot, PersonRef, TeamProfile } from "../../domain/team/profile";
import { SETUP_FIELDS, type SetupField, type SetupRawInput } from "../../domain/team/setup-input";

/** The data `cards/setup.json` binds to. */
export interface SetupCardData {
  title: string;
  intro: string;
  notice: string;
  labels: Record<SetupField, string>;
  placeholders: { organisationName: string; person: string; people: string; slot: string };
  /** What Teams shows under a required field left empty, before anything is sent. */
  required: Record<
    "programmeId" | "organisationName" | "startDate" | "projectLeaderId" | "approverIds",
    string
  >;
  values: SetupRawInput;
  errors: Record<SetupField, string>;
  programmes: { title: string; value: string }[];
  members: { title: string; value: string }[];
  footer: string;
  saveTitle: string;
  verbs: { save: string };
  /** New per rendering: a repeated delivery of the same click records once. */
  actionId: string;
  /** The profile version the person started from; a newer saved version means a conflict. */
  expectedVersion: string;
}

const TEXT = {
  da: {
    title: "Opsætning af Implementeringsguiden",
    intro:
      "Vælg metode, kommune, startdato, roller og faste mødetider. Personer vælges blandt teamets medlemmer.",
    labels: {
      programmeId: "Metode",
      organisationName: "Kommune / organisation",
      startDate: "Startdato for implementeringen",
      language: "Sprog i kanalen",
      projectLeaderId: "Projektleder",
      approverIds: "Godkendere (ansvarlig leder, afdelingsleder)",
      consultantIds: "Konsulenter fra Socialstyrelsen",
      statusMeetingSlot: "Fast statusmøde",
      supervisionSlot: "Fast supervision",
    },
    placeholders: {
      organisationName: "fx Aarhus Kommune",
      person: "Vælg en person",
      people: "Vælg en eller flere",
      slot: "fx 2. tirsdag 10:00",
    },
    required: {
      programmeId: "Vælg metoden.",
      organisationName: "Skriv kommunens eller organisationens navn.",
      startDate: "Vælg startdatoen.",
      projectLeaderId: "Vælg projektlederen.",
      approverIds: "Vælg mindst én godkender.",
    },
    footer:
      'Tider er dansk tid. Skriv fx "2. tirsdag 10:00", "sidste torsdag 13.30", "hver onsdag 9:00" eller "ingen". Kortet gemmes fra Teams på computer eller i browseren.',
    save: "Gem opsætning",
  },
  en: {
    title: "Set up Implementeringsguiden",
    intro:
      "Choose the method, municipality, start date, roles and regular meeting slots. People are chosen from the team's members.",
    labels: {
      programmeId: "Method",
      organisationName: "Municipality / organisation",
      startDate: "Start date of the implementation",
      language: "Language in the channel",
      projectLeaderId: "Project leader",
      approverIds: "Approvers (responsible manager, head of department)",
      consultantIds: "Consultants from Socialstyrelsen",
      statusMeetingSlot: "Regular status meeting",
      supervisionSlot: "Regular supervision",
    },
    placeholders: {
      organisationName: "e.g. Aarhus Kommune",
      person: "Choose a person",
      people: "Choose one or more",
      slot: "e.g. 2nd Tuesday 10:00",
    },
    required: {
      programmeId: "Choose the method.",
      organisationName: "Write the municipality's or organisation's name.",
      startDate: "Pick the start date.",
      projectLeaderId: "Choose the project leader.",
      approverIds: "Choose at least one approver.",
    },
    footer:
      'Times are Danish time. Write e.g. "2nd Tuesday 10:00", "last Thursday 13:30", "every Wednesday 9:00" or "none". The card saves from Teams on a computer or in the browser.',
    save: "Save setup",
  },
} as const;

/** The slot a programme suggests: its documented cadence at a common time, or none. */
export function defaultSlot(
  cadence: string | undefined,
  kind: "statusMeeting" | "supervision",
): MeetingSlot {
  const time = kind === "statusMeeting" ? "10:00" : "13:00";
  if (cadence === "monthly")
    return {
      cadence: "monthly",
      week: kind === "statusMeeting" ? 2 : 3,
      weekday: kind === "statusMeeting" ? 2 : 4,
      time,
    };
  if (cadence === "weekly") return { cadence: "weekly", weekday: 3, time };
  return { cadence: "none" };
}

function ids(people: PersonRef[]): string {
  return people.map((p) => p.id).join(",");
}

/** What the card shows first: the saved profile, or sensible defaults for a new team. */
export function initialSetupValues(
  profile: TeamProfile | undefined,
  language: Language,
  currentUser: PersonRef,
): SetupRawInput {
  if (profile) {
    return {
      programmeId: profile.programmeId,
      organisationName: profile.organisationName,
      startDate: profile.startDate,
      language: profile.language,
      projectLeaderId: profile.projectLeader.id,
      approverIds: ids(profile.approvers),
      consultantIds: ids(profile.consultants),
      statusMeetingSlot: slotAsInput(profile.slots.statusMeeting, language),
      supervisionSlot: slotAsInput(profile.slots.supervision, language),
    };
  }
  const programme = getProgramme("social-skills-training");
  return {
    programmeId: "",
    organisationName: "",
    startDate: "",
    language,
    projectLeaderId: currentUser.id,
    approverIds: "",
    consultantIds: "",
    statusMeetingSlot: slotAsInput(
      defaultSlot(programme?.defaults?.statusMeeting?.cadence ?? "monthly", "statusMeeting"),
      language,
    ),
    supervisionSlot: slotAsInput(
      defaultSlot(programme?.defaults?.supervision?.cadence ?? "monthly", "supervision"),
      language,
    ),
  };
}

export function setupCardData(options: {
  language: Language;
  values: SetupRawInput;
  members: PersonRef[];
  errors?: Partial<Record<SetupField, LocalizedText>>;
  notice?: string;
  expectedVersion: number;
}): SetupCardData {
  const text = TEXT[options.language];
  const errors = {} as Record<SetupField, string>;
  for (const field of SETUP_FIELDS)
    errors[field] = options.errors?.[field]?.[options.language] ?? "";
  const members = options.members;
  return {
    title: text.title,
    intro: text.intro,
    notice: options.notice ?? "",
    labels: { ...text.labels },
    placeholders: { ...text.placeholders },
    required: { ...text.required },
    values: options.values,
    errors,
    programmes: listProgrammes().map((p) => ({ title: p.name[options.language], value: p.id })),
    members: members.map((m) => ({ title: m.name, value: m.id })),
    footer: text.footer,
    saveTitle: text.save,
    verbs: { save: SETUP_VERBS.save },
    actionId: randomUUID(),
    expectedVersion: String(options.expectedVersion),
  };
}

export function renderSetupCard(data: SetupCardData): AdaptiveCard {
  return renderTemplate("setup", data);
}
