import { escapeMarkdown } from "../../domain/text/markdown";

/** People's names are theirs to choose: inside our Markdown sentences they are escaped. */
const name = (who: string) => escapeMarkdown(who);

export const MILESTONE_TEXT = {
  da: {
    onlyInTeam:
      "Milepælene hører til teamets kanal: skriv **@Implementeringsguiden milepæle** dér.",
    notSetUp:
      "Teamet er ikke sat op endnu. Projektlederen eller en leder skriver først **@Implementeringsguiden opsætning**.",
    unknownProgramme:
      "Teamets metode findes ikke i kataloget. Skriv **@Implementeringsguiden opsætning** og vælg metoden igen.",
    overviewTitle: "Milepæle",
    progress: (approved: number, total: number) => `${approved} af ${total} milepæle er godkendt.`,
    open: "Åbn",
    overviewFooter:
      "Tryk Åbn for at se spørgsmålene og skrive teamets svar. Skriv @Implementeringsguiden næste for at åbne den næste milepæl, der mangler.",
    stateLabel: "Status: ",
    answerPlaceholder: "Skriv teamets svar (max 4.000 tegn)",
    limitNote: "Hvert svar kan være på max 4.000 tegn. Gem kladde gemmer kun det, der er ændret.",
    assessmentLabel: "Teamets vurdering af milepælen",
    save: "Gem kladde",
    submit: "Send til godkendelse",
    versions: "Vis versioner",
    nextPage: "Gem og vis næste spørgsmål",
    previousPage: "Gem og vis forrige spørgsmål",
    pageOf: (from: number, to: number, total: number) =>
      from === to ? `Spørgsmål ${from} af ${total}` : `Spørgsmål ${from}–${to} af ${total}`,
    answeredBy: (who: string, when: string) => `Besvaret af ${who} ${when}`,
    lastSaved: (who: string, when: string) => `Senest gemt af ${who} ${when}.`,
    neverSaved: "Intet er gemt endnu.",
    newerHeading: (who: string, when: string) =>
      `${who} ændrede svaret ${when}, efter du åbnede kortet. Deres svar:`,
    newerRemoved: "(svaret er slettet)",
    newerAssessment: (who: string, when: string, label: string) =>
      `${who} ændrede vurderingen til »${label}« ${when}, efter du åbnede kortet.`,
    shortened: "… (forkortet her; åbn milepælen igen for at se hele svaret)",
    pending: (sender: string, when: string, approvers: string) =>
      `Sendt af ${sender} ${when}. Venter på ${approvers}.`,
    approved: (who: string, when: string) => `Godkendt af ${who} ${when}.`,
    sentBack: (who: string, when: string, comment: string) =>
      `Sendt tilbage af ${who} ${when}: ${comment}`,
    saved: "Gemt. Kortet er opdateret for alle i kanalen.",
    savedMerged: (who: string) =>
      `Kortet var forældet: ${name(who)} havde gemt ændringer, mens du skrev. Dine ændringer er gemt sammen med deres, og her er den nye version.`,
    conflict: (who: string) =>
      `${name(who)} ændrede de samme svar, efter du åbnede kortet. Deres svar står over felterne med gul baggrund; din tekst står stadig i felterne. Ret til, og tryk Gem kladde igen for at gemme din tekst.`,
    conflictWithOwnSave:
      "Du har selv gemt en anden tekst i de samme svar fra et andet kort, efter dette kort blev vist (eller et tidligere tryk på Gem kladde nåede frem sent). Den gemte tekst står over felterne med gul baggrund; din nye tekst står stadig i felterne. Tryk Gem kladde igen for at gemme den.",
    conflictPartlySaved: "Dine ændringer til de andre spørgsmål er gemt.",
    nothingChanged: "Der var ingen ændringer at gemme.",
    staleNothingChanged: (who: string) =>
      `Kortet var forældet: ${name(who)} har gemt ændringer siden. Her er den nye version.`,
    fixFields:
      "Noget skal rettes, før jeg kan gemme, så intet er gemt. Se de røde beskeder ved felterne; alt det andet, du skrev, står der stadig.",
    invalidCard:
      "Kortet sendte ikke det, jeg forventede, så intet er gemt. Dine indtastninger står stadig herunder: tryk Gem kladde igen.",
    unknownMilestone:
      "Kortet hører til en milepæl, jeg ikke kender, så intet er gemt. Skriv **@Implementeringsguiden milepæle** for at se teamets milepæle.",
    programmeChanged:
      "Teamet har skiftet metode, siden kortet blev vist, så intet er gemt. Skriv **@Implementeringsguiden milepæle** for at se milepælene under den nye metode.",
    storeDown:
      "Jeg kunne ikke gemme lige nu, fordi databasen ikke svarer. Intet er gemt. Dine indtastninger står stadig herunder: prøv igen om lidt.",
    tooSlow:
      "Det tog for lang tid at gemme, så intet er gemt. Dine indtastninger står stadig herunder: prøv igen om lidt.",
    busy: "Mange gemte i milepælen på samme tid, så jeg nåede ikke at gemme dine svar. Intet er gemt. Dine indtastninger står stadig herunder: tryk Gem kladde igen.",
    outcomeUnknown:
      "Jeg ved ikke, om svarene blev gemt, fordi databasen ikke svarede i tide. Dine indtastninger står stadig herunder; åbn milepælen igen om lidt for at se, hvad der er gemt.",
    submitted: (approvers: string) =>
      `Sendt til godkendelse hos ${approvers}. Godkendelseskortet er sendt i kanalen.`,
    submitStale:
      "Dine ændringer er gemt, men milepælen er ikke sendt til godkendelse, fordi andre havde ændret den, mens du skrev. Se den nye version igennem, og tryk Send til godkendelse igen.",
    submitConflict:
      "Milepælen er ikke sendt til godkendelse, fordi nogle af dine svar ikke kunne gemmes.",
    alreadyPending: (approvers: string) =>
      `Milepælen venter allerede på godkendelse hos ${approvers}.`,
    alreadyApproved: "Milepælen er allerede godkendt i denne version.",
    nothingToSubmit: "Skriv mindst ét svar og gem det, før milepælen sendes til godkendelse.",
    submitFailed:
      "Svarene er gemt, men milepælen blev ikke sendt til godkendelse, fordi databasen ikke svarede. Tryk Send til godkendelse igen om lidt.",
    reopened: (who: string, title: string) =>
      `${name(who)} ændrede milepælen »${title}« efter godkendelsen. Den er nu en kladde igen og skal sendes til godkendelse igen.`,
    reopenedTitle: "Godkendt milepæl ændret",
    opened: "Milepælen er åbnet i tråden.",
    phaseDone: (phase: string) =>
      `Alle milepæle i ${phase} er godkendt. Her er den næste, der mangler.`,
    allApproved: "Alle teamets milepæle er godkendt. Godt arbejde!",
    versionsTitle: (title: string) => `Versioner: ${title}`,
    versionsEmpty: "Intet er gemt endnu.",
    versionLine: (version: number, who: string, when: string) =>
      `Version ${version} · ${who} · ${when}`,
    versionChanged: (what: string) => `Ændrede ${what}.`,
    questionRef: (n: number) => `spørgsmål ${n}`,
    assessmentRef: (label: string) => `vurderingen (${label})`,
    removedQuestion: "et spørgsmål, der ikke længere findes",
    versionApproved: (who: string, when: string) => `Godkendt af ${who} ${when}.`,
    versionSentBack: (who: string, when: string) => `Sendt tilbage af ${who} ${when}.`,
    versionRequested: (who: string, when: string) => `Sendt til godkendelse af ${who} ${when}.`,
    olderVersions:
      "Ældre versioner er flyttet til arkivet; de er med i teamets dataeksport og i historik.",
    backToMilestone: "Tilbage til milepælen",
    and: "og",
  },
  en: {
    onlyInTeam:
      "The milestones belong to the team's channel: write **@Implementeringsguiden milestones** there.",
    notSetUp:
      "The team is not set up yet. The project leader or a manager first writes **@Implementeringsguiden setup**.",
    unknownProgramme:
      "The team's method is not in the catalog. Write **@Implementeringsguiden setup** and choose the method again.",
    overviewTitle: "Milestones",
    progress: (approved: number, total: number) => `${approved} of ${total} milestones approved.`,
    open: "Open",
    overviewFooter:
      "Press Open to see the questions and write the team's answers. Write @Implementeringsguiden next to open the next milestone that needs work.",
    stateLabel: "Status: ",
    answerPlaceholder: "Write the team's answer (max 4,000 characters)",
    limitNote:
      "Each answer can be at most 4,000 characters. Save draft saves only what was changed.",
    assessmentLabel: "The team's assessment of the milestone",
    save: "Save draft",
    submit: "Send for approval",
    versions: "Show versions",
    nextPage: "Save and show next questions",
    previousPage: "Save and show previous questions",
    pageOf: (from: number, to: number, total: number) =>
      from === to ? `Question ${from} of ${total}` : `Questions ${from}–${to} of ${total}`,
    answeredBy: (who: string, when: string) => `Answered by ${who} ${when}`,
    lastSaved: (who: string, when: string) => `Last saved by ${who} ${when}.`,
    neverSaved: "Nothing is saved yet.",
    newerHeading: (who: string, when: string) =>
      `${who} changed this answer ${when}, after you opened the card. Their answer:`,
    newerRemoved: "(the answer was deleted)",
    newerAssessment: (who: string, when: string, label: string) =>
      `${who} changed the assessment to "${label}" ${when}, after you opened the card.`,
    shortened: "… (shortened here; open the milestone again to see the whole answer)",
    pending: (sender: string, when: string, approvers: string) =>
      `Sent by ${sender} ${when}. Waiting for ${approvers}.`,
    approved: (who: string, when: string) => `Approved by ${who} ${when}.`,
    sentBack: (who: string, when: string, comment: string) =>
      `Sent back by ${who} ${when}: ${comment}`,
    saved: "Saved. The card is updated for everyone in the channel.",
    savedMerged: (who: string) =>
      `The card was out of date: ${name(who)} had saved changes while you were writing. Your changes are saved together with theirs, and here is the new version.`,
    conflict: (who: string) =>
      `${name(who)} changed the same answers after you opened the card. Their answers are above the fields on a yellow background; your text is still in the fields. Edit it and press Save draft again to save your text.`,
    conflictWithOwnSave:
      "You saved other text in the same answers from another card after this card was shown (or an earlier Save draft arrived late). The saved text is above the fields on a yellow background; your new text is still in the fields. Press Save draft again to save it.",
    conflictPartlySaved: "Your changes to the other questions are saved.",
    nothingChanged: "There were no changes to save.",
    staleNothingChanged: (who: string) =>
      `The card was out of date: ${name(who)} has saved changes since. Here is the new version.`,
    fixFields:
      "Something needs fixing before I can save, so nothing was saved. See the red notes by the fields; everything else you wrote is still there.",
    invalidCard:
      "The card did not send what I expected, so nothing was saved. Your entries are still below: press Save draft again.",
    unknownMilestone:
      "The card belongs to a milestone I do not know, so nothing was saved. Write **@Implementeringsguiden milestones** to see the team's milestones.",
    programmeChanged:
      "The team has changed its method since the card was shown, so nothing was saved. Write **@Implementeringsguiden milestones** to see the milestones of the new method.",
    storeDown:
      "I could not save just now because the database is not answering. Nothing was saved. Your entries are still below: please try again in a moment.",
    tooSlow:
      "Saving took too long, so nothing was saved. Your entries are still below: please try again in a moment.",
    busy: "Many people saved this milestone at the same moment, so I could not save your answers. Nothing was saved. Your entries are still below: press Save draft again.",
    outcomeUnknown:
      "I do not know whether the answers were saved, because the database did not answer in time. Your entries are still below; open the milestone again in a moment to see what is saved.",
    submitted: (approvers: string) =>
      `Sent for approval to ${approvers}. The approval card is posted in the channel.`,
    submitStale:
      "Your changes are saved, but the milestone was not sent for approval, because others had changed it while you were writing. Look through the new version and press Send for approval again.",
    submitConflict:
      "The milestone was not sent for approval, because some of your answers could not be saved.",
    alreadyPending: (approvers: string) => `The milestone already awaits approval by ${approvers}.`,
    alreadyApproved: "This version of the milestone is already approved.",
    nothingToSubmit:
      "Write and save at least one answer before sending the milestone for approval.",
    submitFailed:
      "The answers are saved, but the milestone was not sent for approval because the database did not answer. Press Send for approval again in a moment.",
    reopened: (who: string, title: string) =>
      `${name(who)} changed the milestone "${title}" after it was approved. It is a draft again and must be sent for approval again.`,
    reopenedTitle: "Approved milestone changed",
    opened: "The milestone is open in the thread.",
    phaseDone: (phase: string) =>
      `Every milestone of ${phase} is approved. Here is the next one that needs work.`,
    allApproved: "All of the team's milestones are approved. Well done!",
    versionsTitle: (title: string) => `Versions: ${title}`,
    versionsEmpty: "Nothing is saved yet.",
    versionLine: (version: number, who: string, when: string) =>
      `Version ${version} · ${who} · ${when}`,
    versionChanged: (what: string) => `Changed ${what}.`,
    questionRef: (n: number) => `question ${n}`,
    assessmentRef: (label: string) => `the assessment (${label})`,
    removedQuestion: "a question that no longer exists",
    versionApproved: (who: string, when: string) => `Approved by ${who} ${when}.`,
    versionSentBack: (who: string, when: string) => `Sent back by ${who} ${when}.`,
    versionRequested: (who: string, when: string) => `Sent for approval by ${who} ${when}.`,
    olderVersions:
      "Older versions have moved to the archive; they are in the team's data export and in history.",
    backToMilestone: "Back to the milestone",
    and: "and",
  },
} as const;

export type MilestoneText = (typeof MILESTONE_TEXT)["da"] | (typeof MILESTONE_TEXT)["en"];
