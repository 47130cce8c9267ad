import { formatDateTime } from "../../domain/dates";
import type { Language } from "../../domain/i18n";
import type { TeamProfile } from "../../domain/team/profile";
import { escapeMarkdown } from "../../domain/text/markdown";

/** People's names are theirs to choose: shown as text, never as Markdown. */
const name = (person: { name: string }) => escapeMarkdown(person.name);

const names = (people: { name: string }[], and: string) =>
  people.length <= 1
    ? people[0]
      ? name(people[0])
      : ""
    : `${people.slice(0, -1).map(name).join(", ")} ${and} ${people[people.length - 1] ? name(people[people.length - 1] as { name: string }) : ""}`;

export const SETUP_TEXT = {
  da: {
    onlyInTeam: "Opsætning sker i teamets kanal: skriv **@Implementeringsguiden opsætning** dér.",
    whoMayChange: (p: TeamProfile) =>
      `Kun projektlederen (${name(p.projectLeader)}) eller en godkender (${names(p.approvers, "eller")}) kan ændre opsætningen. Bed en af dem om at gøre det.`,
    membersUnavailable:
      "Jeg kunne ikke hente teamets medlemmer fra Teams lige nu, så jeg kan ikke vise personvalget. Prøv igen om lidt.",
    fixFields:
      "Noget skal rettes, før jeg kan gemme. Se de røde beskeder ved felterne; alt det andet, du skrev, står der stadig.",
    conflict: (p: TeamProfile, language: Language) =>
      `${name(p.updatedBy)} gemte opsætningen ${formatDateTime(p.updatedAt, language)}, mens du redigerede. Dine indtastninger står stadig herunder: gem igen for at erstatte deres, eller skriv @Implementeringsguiden opsætning for at se den nye.`,
    storeDown:
      "Jeg kunne ikke gemme lige nu, fordi databasen ikke svarer. Intet er gemt halvt. Dine indtastninger står stadig herunder: prøv igen om lidt.",
    tooSlow:
      "Det tog for lang tid at gemme, så intet er gemt. Dine indtastninger står stadig herunder: prøv igen om lidt.",
    outcomeUnknown:
      "Jeg ved ikke, om opsætningen blev gemt, fordi databasen ikke svarede i tide. Skriv @Implementeringsguiden opsætning om lidt for at se, hvad der står. Dine indtastninger står stadig herunder.",
    invalidCard:
      "Kortet sendte ikke det, jeg forventede, så intet er gemt. Dine indtastninger står stadig herunder: tryk Gem opsætning igen.",
    savedTitle: "Opsætningen er gemt",
    savedText: (who: string) => `Gemt af ${escapeMarkdown(who)}. Oversigten er sendt i kanalen.`,
    changeProgrammeTitle: "Skift metode?",
    changeProgrammeText: (from: string, to: string) =>
      `Teamet har allerede svaret på milepæle under **${from}**. Skifter du til **${to}**, gemmes de gamle svar stadig, men de hører til den gamle metode og vises ikke under den nye.`,
    changeProgrammeConfirm: "Ja, skift metode",
    changeProgrammeCancel: "Nej, tilbage til opsætningen",
  },
  en: {
    onlyInTeam:
      "Setup happens in the team's channel: write **@Implementeringsguiden setup** there.",
    whoMayChange: (p: TeamProfile) =>
      `Only the project leader (${name(p.projectLeader)}) or an approver (${names(p.approvers, "or")}) can change the setup. Ask one of them to do it.`,
    membersUnavailable:
      "I could not fetch the team's members from Teams just now, so I cannot show the people picker. Please try again in a moment.",
    fixFields:
      "Something needs fixing before I can save. See the red notes by the fields; everything else you wrote is still there.",
    conflict: (p: TeamProfile, language: Language) =>
      `${name(p.updatedBy)} saved the setup ${formatDateTime(p.updatedAt, language)} while you were editing. Your entries are still below: save again to replace theirs, or write @Implementeringsguiden setup to see the new one.`,
    storeDown:
      "I could not save just now because the database is not answering. Nothing was half-saved. Your entries are still below: please try again in a moment.",
    tooSlow:
      "Saving took too long, so nothing was saved. Your entries are still below: please try again in a moment.",
    outcomeUnknown:
      "I do not know whether the setup was saved, because the database did not answer in time. Write @Implementeringsguiden setup in a moment to see what it holds. Your entries are still below.",
    invalidCard:
      "The card did not send what I expected, so nothing was saved. Your entries are still below: press Save setup again.",
    savedTitle: "The setup is saved",
    savedText: (who: string) =>
      `Saved by ${escapeMarkdown(who)}. The summary is posted in the channel.`,
    changeProgrammeTitle: "Change the method?",
    changeProgrammeText: (from: string, to: string) =>
      `The team has already answered milestones under **${from}**. If you change to **${to}**, the old answers are kept, but they belong to the old method and are not shown under the new one.`,
    changeProgrammeConfirm: "Yes, change the method",
    changeProgrammeCancel: "No, back to the setup",
  },
} as const;
