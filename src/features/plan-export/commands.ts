import type { CommandDeclaration } from "../feature";

/**
 * `eksportér plan`: the implementation plan as a Word file; from the phase of anchoring the same
 * card offers the anchoring plan too. In Teams' command menu, which holds ten commands per scope.
 */
export const EXPORT_PLAN_COMMAND: CommandDeclaration = {
  id: "exportPlan",
  aliases: {
    da: [
      "eksportér plan",
      "eksporter plan",
      "eksportér implementeringsplan",
      "eksporter implementeringsplan",
      "eksportér implementeringsplanen",
      "eksporter implementeringsplanen",
    ],
    en: ["export plan", "export implementation plan"],
  },
  usage: { da: "eksportér plan", en: "export plan" },
  description: {
    da: "Giver teamets medlemmer implementeringsplanen som Word-fil, skrevet ud fra teamets svar, godkendelser og tidsplan. I forankringsfasen tilbyder kortet også forankringsplanen.",
    en: "Gives the team's members the implementation plan as a Word file, written from the team's answers, approvals and schedule. In the phase of anchoring the card offers the anchoring plan too.",
  },
  menu: {
    scopes: ["team"],
    description: {
      da: "Hent implementeringsplanen (og i forankringsfasen forankringsplanen) som Word-fil",
      en: "Download the implementation plan (and, when anchoring, the anchoring plan) as a Word file",
    },
  },
};

/**
 * `eksportér forankringsplan`: the anchoring plan on request, whatever the phase. Listed in help
 * only: Teams' menu takes ten commands per scope, and `eksportér plan` offers it where it is due.
 */
export const EXPORT_ANCHORING_PLAN_COMMAND: CommandDeclaration = {
  id: "exportAnchoringPlan",
  aliases: {
    da: [
      "eksportér forankringsplan",
      "eksporter forankringsplan",
      "eksportér forankringsplanen",
      "eksporter forankringsplanen",
    ],
    en: ["export anchoring plan"],
  },
  usage: { da: "eksportér forankringsplan", en: "export anchoring plan" },
  description: {
    da: "Giver teamets medlemmer forankringsplanen som Word-fil: status i forhold til implementeringsplanen, hvad der fortsætter efter støtten, og hvem der ejer det.",
    en: "Gives the team's members the anchoring plan as a Word file: the status against the implementation plan, what continues after the support ends, and who owns it.",
  },
};
