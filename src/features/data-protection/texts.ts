import { formatDateTime } from "../../domain/dates";
import type { Language } from "../../domain/i18n";
import type { TeamProfile } from "../../domain/team/profile";
import { escapeMarkdown } from "../../domain/text/markdown";

/** Names and the organisation are the team's own text: shown as text, never as Markdown. */
const approverNames = (p: TeamProfile) => p.approvers.map((a) => escapeMarkdown(a.name)).join(", ");

export const DATA_TEXT = {
  da: {
    onlyInTeam:
      "Teamets data håndteres i teamets kanal: skriv **@Implementeringsguiden eksportér data** eller **slet data** dér.",
    notSetUp:
      "Teamet er ikke sat op, så der er ingen godkender og ingen data ud over en teknisk kanalreference. Skriv @Implementeringsguiden opsætning for at komme i gang.",
    onlyApprovers: (p: TeamProfile) =>
      `Kun en godkender (${approverNames(p)}) kan eksportere eller slette teamets data.`,
    onlyApproversUnnamed: "Kun en godkender kan eksportere eller slette teamets data.",
    exportTitle: "Eksport af teamets data",
    exportText:
      "Tryk på knappen for at få et link til en JSON-fil med alt, hvad jeg har gemt om teamet. Linket vises kun for dig og virker én gang i 15 minutter.",
    exportButton: "Hent link til JSON-fil",
    linkTitle: "Teamets data er klar",
    linkText: (expiresAt: string) =>
      `Linket virker én gang, indtil ${formatDateTime(expiresAt, "da")}. Del det ikke: det giver adgang til teamets data.`,
    linkButton: "Hent JSON-fil",
    eraseTitle: "Slet alle teamets data?",
    eraseText: (p: TeamProfile | null) =>
      `Det sletter opsætning, svar, godkendelser, mødeaftaler, historik og kanalreference for ${p ? `**${escapeMarkdown(p.organisationName)}**` : "teamet"} (GDPR art. 17). Det kan ikke fortrydes. Eksportér først, hvis I vil gemme noget.`,
    eraseConfirm: "Ja, slet alt",
    eraseCancel: "Annullér",
    erasedTitle: "Teamets data er slettet",
    erasedText: (who: string, when: Date) =>
      `${escapeMarkdown(who)} slettede alle teamets data ${formatDateTime(when, "da")}. Skriv @Implementeringsguiden opsætning for at starte forfra.`,
    cancelledTitle: "Sletning annulleret",
    cancelledText: "Intet er slettet.",
    storeDown: "Databasen svarer ikke lige nu, så intet er ændret. Prøv igen om lidt.",
    unfinishedErasure:
      "En tidligere sletning blev ikke gjort færdig: opsætningen er allerede slettet, men noget af resten er der stadig. Bekræft for at slette resten.",
    erasureIncomplete:
      "Sletningen er begyndt, men blev ikke gjort færdig: opsætningen er slettet, resten ikke endnu. Skriv @Implementeringsguiden slet data igen om lidt for at gøre den færdig.",
    erasureLate:
      "Sletningen er i gang, men blev ikke færdig, før Teams skulle have svar. Den fortsætter; er noget tilbage om lidt, kan en godkender skrive @Implementeringsguiden slet data igen.",
    nothingErasedLate: "Det tog for lang tid, så intet er slettet. Prøv igen om lidt.",
    erasureMaybeBegun:
      "Jeg ved ikke, om sletningen nåede at begynde, fordi databasen ikke svarede i tide. Skriv @Implementeringsguiden slet data om lidt: er noget tilbage, kan du slette det dér.",
  },
  en: {
    onlyInTeam:
      "The team's data is handled in the team's channel: write **@Implementeringsguiden export data** or **erase data** there.",
    notSetUp:
      "The team is not set up, so there is no approver and no data beyond a technical channel reference. Write @Implementeringsguiden setup to get started.",
    onlyApprovers: (p: TeamProfile) =>
      `Only an approver (${approverNames(p)}) can export or erase the team's data.`,
    onlyApproversUnnamed: "Only an approver can export or erase the team's data.",
    exportTitle: "Export of the team's data",
    exportText:
      "Press the button to get a link to a JSON file with everything I keep about the team. The link is shown only to you and works once, for 15 minutes.",
    exportButton: "Get link to JSON file",
    linkTitle: "The team's data is ready",
    linkText: (expiresAt: string) =>
      `The link works once, until ${formatDateTime(expiresAt, "en")}. Do not share it: it gives access to the team's data.`,
    linkButton: "Download JSON file",
    eraseTitle: "Erase all of the team's data?",
    eraseText: (p: TeamProfile | null) =>
      `This erases the setup, answers, approvals, meeting arrangements, history and channel reference of ${p ? `**${escapeMarkdown(p.organisationName)}**` : "the team"} (GDPR art. 17). It cannot be undone. Export first if you want to keep anything.`,
    eraseConfirm: "Yes, erase everything",
    eraseCancel: "Cancel",
    erasedTitle: "The team's data is erased",
    erasedText: (who: string, when: Date) =>
      `${escapeMarkdown(who)} erased all of the team's data ${formatDateTime(when, "en")}. Write @Implementeringsguiden setup to start again.`,
    cancelledTitle: "Erasure cancelled",
    cancelledText: "Nothing was erased.",
    storeDown:
      "The database is not answering just now, so nothing was changed. Please try again in a moment.",
    unfinishedErasure:
      "An earlier erasure did not finish: the setup is already erased, but some of the rest is still there. Confirm to erase the rest.",
    erasureIncomplete:
      "The erasure began but did not finish: the setup is erased, the rest not yet. Write @Implementeringsguiden erase data again in a moment to finish it.",
    erasureLate:
      "The erasure is under way but did not finish before Teams needed an answer. It carries on; if anything is left in a moment, an approver can write @Implementeringsguiden erase data again.",
    nothingErasedLate: "That took too long, so nothing was erased. Please try again in a moment.",
    erasureMaybeBegun:
      "I do not know whether the erasure began, because the database did not answer in time. Write @Implementeringsguiden erase data in a moment: if anything is left, you can erase it there.",
  },
} satisfies Record<Language, Record<string, unknown>>;
