import { formatDateTime } from "../../domain/dates";
import type { Language } from "../../domain/i18n";
import type { PlanKind } from "../../domain/plan";
import { escapeMarkdown } from "../../domain/text/markdown";

/** The organisation is the team's own text: shown as text, never as Markdown. */
const quoted = (organisation: string) => escapeMarkdown(organisation);

export const PLAN_EXPORT_TEXT = {
  da: {
    onlyInTeam:
      "Planen hentes i teamets kanal: skriv **@Implementeringsguiden eksportér plan** dér.",
    notSetUp:
      "Teamet er ikke sat op endnu, så der er ingen plan at hente. Skriv @Implementeringsguiden opsætning for at komme i gang.",
    unknownProgramme:
      "Teamets metode findes ikke i kataloget, så jeg kan ikke skrive planen. Skriv @Implementeringsguiden opsætning og vælg metoden igen.",
    onlyMembers: "Kun teamets medlemmer kan hente planen.",
    membersUnavailable:
      "Jeg kunne ikke slå teamets medlemmer op hos Teams lige nu, så jeg har ikke lavet et link. Prøv igen om lidt.",
    storeDown: "Databasen svarer ikke lige nu, så jeg har ikke lavet et link. Prøv igen om lidt.",
    late: "Det tog for lang tid at lave linket. Tryk på knappen igen.",
    invalidCard:
      "Knappen er fra et forældet kort. Skriv @Implementeringsguiden eksportér plan for at få et nyt.",
    cardTitle: (kinds: readonly PlanKind[], organisation: string) =>
      kinds.length === 1 && kinds[0] === "anchoring"
        ? `Forankringsplan for ${quoted(organisation)}`
        : `Implementeringsplan for ${quoted(organisation)}`,
    cardText: (kinds: readonly PlanKind[]) =>
      kinds.includes("anchoring") && kinds.includes("implementation")
        ? "I er i forankringsfasen, så I kan hente både implementeringsplanen og forankringsplanen: status i forhold til implementeringsplanen, hvad der fortsætter, når Socialstyrelsens støtte ophører, og hvem der ejer det."
        : kinds.includes("anchoring")
          ? "Forankringsplanen er status i forhold til implementeringsplanen: hvad der var planlagt, hvad der er på plads, hvad der fortsætter, når Socialstyrelsens støtte ophører, og hvem der ejer det."
          : "Implementeringsplanen bygger på Socialstyrelsens ramme: baggrund, målgruppe, succesmål og de fire I'er, med alle milepæle, tidsplanen og fremdriften.",
    cardNote:
      "Planen skrives som en Word-fil ud fra teamets svar, godkendelser og tidsplan, som de står, når du henter den. Linket vises kun for dig og virker én gang i 15 minutter.",
    button: {
      implementation: "Hent implementeringsplanen (Word)",
      anchoring: "Hent forankringsplanen (Word)",
    } satisfies Record<PlanKind, string>,
    linkTitle: {
      implementation: "Implementeringsplanen er klar",
      anchoring: "Forankringsplanen er klar",
    } satisfies Record<PlanKind, string>,
    linkText: (expiresAt: string) =>
      `Linket virker én gang, indtil ${formatDateTime(expiresAt, "da")}. Filen skrives, når du åbner linket, ud fra det, teamet har gemt.`,
    linkButton: "Hent Word-fil",
  },
  en: {
    onlyInTeam:
      "The plan is downloaded in the team's channel: write **@Implementeringsguiden export plan** there.",
    notSetUp:
      "The team is not set up yet, so there is no plan to download. Write @Implementeringsguiden setup to get started.",
    unknownProgramme:
      "The team's method is not in the catalog, so I cannot write the plan. Write @Implementeringsguiden setup and choose the method again.",
    onlyMembers: "Only the team's members can download the plan.",
    membersUnavailable:
      "I could not look up the team's members in Teams just now, so I made no link. Please try again in a moment.",
    storeDown:
      "The database is not answering just now, so I made no link. Please try again in a moment.",
    late: "Making the link took too long. Please press the button again.",
    invalidCard:
      "That button is from an outdated card. Write @Implementeringsguiden export plan to get a new one.",
    cardTitle: (kinds: readonly PlanKind[], organisation: string) =>
      kinds.length === 1 && kinds[0] === "anchoring"
        ? `Anchoring plan for ${quoted(organisation)}`
        : `Implementation plan for ${quoted(organisation)}`,
    cardText: (kinds: readonly PlanKind[]) =>
      kinds.includes("anchoring") && kinds.includes("implementation")
        ? "You are in the phase of anchoring, so you can download both the implementation plan and the anchoring plan: the status against the implementation plan, what continues after the National Board's support ends, and who owns it."
        : kinds.includes("anchoring")
          ? "The anchoring plan is the status against the implementation plan: what was planned, what is in place, what continues after the National Board's support ends, and who owns it."
          : "The implementation plan builds on the National Board's framework: background, target group, success goals and the four I's, with every milestone, the schedule and the progress.",
    cardNote:
      "The plan is written as a Word file from the team's answers, approvals and schedule as they stand when you download it. The link is shown only to you and works once, for 15 minutes.",
    button: {
      implementation: "Download the implementation plan (Word)",
      anchoring: "Download the anchoring plan (Word)",
    } satisfies Record<PlanKind, string>,
    linkTitle: {
      implementation: "The implementation plan is ready",
      anchoring: "The anchoring plan is ready",
    } satisfies Record<PlanKind, string>,
    linkText: (expiresAt: string) =>
      `The link works once, until ${formatDateTime(expiresAt, "en")}. The file is written when you open the link, from what the team has saved.`,
    linkButton: "Download Word file",
  },
} satisfies Record<Language, Record<string, unknown>>;

/** Said by the download route, which knows no language: both, as the data export does. */
export const LINK_SPENT =
  "Linket er brugt eller udløbet: skriv @Implementeringsguiden eksportér plan for et nyt. / The link has been used or has expired: write @Implementeringsguiden export plan for a new one.";
export const TEAM_GONE =
  "Teamet er ikke sat op (længere), så der er ingen plan. / The team is not set up (any more), so there is no plan.";
