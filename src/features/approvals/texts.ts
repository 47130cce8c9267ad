import { escapeMarkdown } from "../../domain/text/markdown";

const name = (who: string) => escapeMarkdown(who);

export const APPROVAL_TEXT = {
  da: {
    title: (milestone: string) => `Til godkendelse: ${milestone}`,
    decidedTitle: (milestone: string) => `Godkendelse: ${milestone}`,
    waitingFor: (approvers: string) => `Afventer godkendelse fra ${approvers}`,
    approved: (who: string, when: string) => `Godkendt af ${who} ${when}`,
    sentBack: (who: string, when: string) => `Sendt tilbage af ${who} ${when}`,
    changedWhilePending:
      "Milepælen er ændret, efter den blev sendt til godkendelse. Den skal sendes igen, før den kan godkendes.",
    changedAfterApproval: (who: string, when: string) =>
      `Godkendt af ${who} ${when}, men milepælen er ændret siden og skal godkendes igen.`,
    sentBy: "Sendt af",
    assessment: "Teamets vurdering",
    approvers: "Godkendere",
    version: "Version",
    summaryHeading: "Teamets svar",
    unanswered: "Ikke besvaret.",
    summaryNote: "Svarene er forkortet her; hele svarene står i milepælen.",
    commentLabel: "Kommentar (skal udfyldes, hvis du sender tilbage)",
    commentPlaceholder: "Hvad skal teamet se på igen?",
    approve: "Godkend",
    sendBack: "Send tilbage",
    open: "Åbn milepælen",
    showAnswers: "Vis svarene",
    backToList: "Tilbage til listen",
    onlyApprovers: (approvers: string) =>
      `Kun teamets godkendere kan godkende eller sende milepæle tilbage: ${name(approvers)}. Dit klik er ikke registreret.`,
    commentRequired: "Skriv en kommentar til teamet, før du sender milepælen tilbage.",
    fixComment:
      "Kommentaren kan ikke gemmes, som den er, så intet er registreret. Se den røde besked ved feltet.",
    alreadyDecided: (who: string) =>
      `${name(who)} har allerede truffet beslutningen, så dit klik er ikke registreret.`,
    youDecided: "Du har allerede truffet beslutningen.",
    stale:
      "Kortet var forældet, så dit klik er ikke registreret. Her er den nye udgave: se den igennem og beslut igen.",
    notPending: "Milepælen venter ikke på godkendelse lige nu, så dit klik er ikke registreret.",
    decided: "Beslutningen er registreret, og kortet er opdateret for alle i kanalen.",
    decidedHere: "Beslutningen er registreret.",
    invalidCard:
      "Kortet sendte ikke det, jeg forventede, så intet er registreret. Skriv **@Implementeringsguiden godkendelser** for at få et nyt kort.",
    wrongTeam: "Kortet hører til et andet team, så intet er registreret.",
    notSetUp: "Teamet er ikke sat op længere, så intet er registreret.",
    notYours:
      "Den godkendelse kan jeg ikke vise dig her. Skriv **godkendelser** for at se, hvad der venter på dig.",
    storeDown:
      "Jeg kunne ikke registrere beslutningen lige nu, fordi databasen ikke svarer. Intet er registreret: prøv igen om lidt.",
    outcomeUnknown:
      "Jeg ved ikke, om beslutningen blev registreret, fordi databasen ikke svarede i tide. Skriv @Implementeringsguiden godkendelser om lidt for at se, hvad der venter.",
    tooSlow:
      "Det tog for lang tid, så intet er registreret. Din kommentar står stadig herunder: prøv igen om lidt.",
    listTitle: "Venter på godkendelse",
    listIntro: (count: number) =>
      count === 1
        ? "Én milepæl venter på godkendelse."
        : `${count} milepæle venter på godkendelse.`,
    listEmpty: "Intet venter på godkendelse lige nu.",
    listEmptyPersonal: "Intet venter på din godkendelse lige nu.",
    listDetail: (sender: string, when: string, assessment: string) =>
      `Sendt af ${sender} ${when} · Teamets vurdering: ${assessment}`,
    listOnlyInTeamOrPersonal:
      "Skriv **godkendelser** i teamets kanal eller i en personlig chat med mig.",
    openInChannel: "Milepælen åbnes i teamets kanal: skriv @Implementeringsguiden milepæle dér.",
    and: "og",
    or: "eller",
  },
  en: {
    title: (milestone: string) => `For approval: ${milestone}`,
    decidedTitle: (milestone: string) => `Approval: ${milestone}`,
    waitingFor: (approvers: string) => `Awaiting approval by ${approvers}`,
    approved: (who: string, when: string) => `Approved by ${who} ${when}`,
    sentBack: (who: string, when: string) => `Sent back by ${who} ${when}`,
    changedWhilePending:
      "The milestone was changed after it was sent for approval. It must be sent again before it can be approved.",
    changedAfterApproval: (who: string, when: string) =>
      `Approved by ${who} ${when}, but the milestone has changed since and must be approved again.`,
    sentBy: "Sent by",
    assessment: "The team's assessment",
    approvers: "Approvers",
    version: "Version",
    summaryHeading: "The team's answers",
    unanswered: "Not answered.",
    summaryNote: "The answers are shortened here; the whole answers are in the milestone.",
    commentLabel: "Comment (required if you send it back)",
    commentPlaceholder: "What should the team look at again?",
    approve: "Approve",
    sendBack: "Send back",
    open: "Open the milestone",
    showAnswers: "Show the answers",
    backToList: "Back to the list",
    onlyApprovers: (approvers: string) =>
      `Only the team's approvers can approve or send back milestones: ${name(approvers)}. Your click was not recorded.`,
    commentRequired: "Write a comment to the team before you send the milestone back.",
    fixComment:
      "The comment cannot be saved as it is, so nothing was recorded. See the red note by the field.",
    alreadyDecided: (who: string) =>
      `${name(who)} has already decided, so your click was not recorded.`,
    youDecided: "You have already decided.",
    stale:
      "The card was out of date, so your click was not recorded. Here is the new version: look through it and decide again.",
    notPending: "The milestone does not await approval right now, so your click was not recorded.",
    decided: "The decision is recorded, and the card is updated for everyone in the channel.",
    decidedHere: "The decision is recorded.",
    invalidCard:
      "The card did not send what I expected, so nothing was recorded. Write **@Implementeringsguiden approvals** for a new card.",
    wrongTeam: "The card belongs to another team, so nothing was recorded.",
    notSetUp: "The team is no longer set up, so nothing was recorded.",
    notYours:
      "I cannot show you that approval here. Write **approvals** to see what waits for you.",
    storeDown:
      "I could not record the decision just now because the database is not answering. Nothing was recorded: please try again in a moment.",
    outcomeUnknown:
      "I do not know whether the decision was recorded, because the database did not answer in time. Write @Implementeringsguiden approvals in a moment to see what is waiting.",
    tooSlow:
      "It took too long, so nothing was recorded. Your comment is still below: please try again in a moment.",
    listTitle: "Awaiting approval",
    listIntro: (count: number) =>
      count === 1 ? "One milestone awaits approval." : `${count} milestones await approval.`,
    listEmpty: "Nothing awaits approval right now.",
    listEmptyPersonal: "Nothing awaits your approval right now.",
    listDetail: (sender: string, when: string, assessment: string) =>
      `Sent by ${sender} ${when} · The team's assessment: ${assessment}`,
    listOnlyInTeamOrPersonal:
      "Write **approvals** in the team's channel or in a personal chat with me.",
    openInChannel:
      "The milestone opens in the team's channel: write @Implementeringsguiden milestones there.",
    and: "and",
    or: "or",
  },
} as const;
