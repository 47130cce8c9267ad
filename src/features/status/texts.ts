import { formatDateTime, formatLongDate } from "../../domain/dates";
import type { Language } from "../../domain/i18n";
import type { LightColor, LightReason } from "../../domain/status";

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** Everything the status card and the portfolio say, Danish first. */
export const STATUS_TEXT = {
  da: {
    title: "Status",
    // Where the team is
    inPhase: (phase: string, month: number, months: number) =>
      `${phase} · måned ${month} af ca. ${months}`,
    phaseDetail: (number: number, count: number, day: number, days: number) =>
      `Fase ${number} af ${count} · dag ${day} af ${days}`,
    monthOf: (month: number, months: number) => `Måned ${month} af ${months}`,
    monthSinceStart: (month: number) => `Måned ${month} siden starten`,
    phasesUndated: "Programmet angiver ikke fasernes længde, så kun måneden kan vises.",
    drivers: (names: string) => `Metoden har ingen faser: milepælene hører til driverne ${names}.`,
    beforeStart: (date: string) => `Starter ${formatLongDate(date, "da")}`,
    daysUntilStart: (days: number) => `Om ${days} ${plural(days, "dag", "dage")}`,
    afterEnd: (date: string) => `Planlagt afsluttet ${formatLongDate(date, "da")}`,
    daysPastEnd: (days: number) =>
      `${days} ${plural(days, "dag", "dage")} efter den planlagte afslutning`,
    ended: "Implementeringen er afsluttet: forankringsplanen er godkendt.",
    unreachable: (since: string) =>
      `Jeg kan ikke skrive i teamets kanal (siden ${formatDateTime(since, "da")}), så teamet får ingen månedlige påmindelser. Tilføj mig til teamet igen.`,
    // Traffic light
    light: { red: "Rød", yellow: "Gul", green: "Grøn" } satisfies Record<LightColor, string>,
    lightAllWell: "intet kræver handling lige nu",
    reason: (reason: LightReason, count: number): string => {
      switch (reason) {
        case "overdue":
          return `${count} ${plural(count, "punkt er forfaldent", "punkter er forfaldne")}`;
        case "unreachable":
          return "jeg kan ikke skrive i kanalen";
        case "awaiting-approval":
          return `${count} ${plural(count, "milepæl venter", "milepæle venter")} på godkendelse`;
        case "sent-back":
          return `${count} ${plural(count, "milepæl er sendt", "milepæle er sendt")} tilbage`;
        case "behind-in-phase":
          return "fasen er over halvvejs med under halvdelen af dens milepæle godkendt";
        case "past-planned-end":
          return "den planlagte afslutning er passeret";
      }
    },
    // Milestones
    milestonesHeading: "Milepæle",
    gaugeTitle: "Godkendte milepæle",
    gaugeApproved: "Godkendt",
    gaugeMissing: "Mangler",
    approvedOf: (approved: number, total: number) => `${approved} af ${total} godkendt`,
    chartTitle: "Godkendelse pr. fase og gruppe",
    chartTitleDrivers: "Godkendelse pr. driver",
    statusLegend: {
      approved: "Godkendt",
      pending: "Afventer godkendelse",
      sentBack: "Sendt tilbage",
      draft: "Kladde",
    },
    factApproved: "Godkendt",
    factPending: "Afventer godkendelse",
    factSentBack: "Sendt tilbage",
    factOverdue: "Forfaldent",
    factSupervision: "Supervision",
    supervisionHeld: (held: number, total: number) => `${held} af ${total} holdt`,
    groupCount: (total: number) => `${total} ${plural(total, "milepæl", "milepæle")}`,
    groupAssessment: (inPlace: number, partially: number, notYet: number) =>
      `Teamets vurdering: ${inPlace} på plads · ${partially} delvist · ${notYet} ikke påbegyndt`,
    groupApproval: (approved: number, pending: number, sentBack: number, draft: number) =>
      `Godkendelse: ${approved} godkendt · ${pending} afventer · ${sentBack} sendt tilbage · ${draft} kladde`,
    // Who must act
    waitingHeading: "Hvem skal handle",
    waitingForApprovers: (names: string) => `Venter på godkendelse fra ${names}:`,
    waitingForTeam: "Sendt tilbage, venter på teamet:",
    sentBackBy: (who: string) => `${who} skrev`,
    nobodyWaiting: "Intet venter på nogen lige nu.",
    // Schedule
    upcomingHeading: (days: number) => `De næste ${days} dage`,
    nothingUpcoming: "Ingen møder eller aktiviteter de næste 30 dage.",
    overdueHeading: "Forfaldent",
    nothingOverdue: "Intet er forfaldent.",
    notMarkedHeld: (what: string) => `${what}: ikke markeret som holdt`,
    anchoringNotPlanned: (phaseStart: string) =>
      `Forankringsfasen begyndte ${formatLongDate(phaseStart, "da")}, og workshoppen om forankring er ikke planlagt.`,
    anchoringDueSoon: (phaseStart: string) =>
      `Forankringsfasen begynder ${formatLongDate(phaseStart, "da")}: planlæg workshoppen om forankring.`,
    // SIC
    phasesHeading: "Faserne (i ånden fra Stages of Implementation Completion)",
    phaseFigures: (
      approved: number,
      milestones: number,
      share: number | null,
      days: string,
    ): string =>
      milestones === 0
        ? days
        : `${approved} af ${milestones} godkendt (${Math.round((share ?? 0) * 100)} %) · ${days}`,
    phaseDays: (state: string, elapsed: number, planned: number | undefined): string => {
      if (state === "undated" || planned === undefined) return "ingen planlagt længde";
      if (state === "not-started") return `ikke begyndt (${planned} dage planlagt)`;
      if (state === "finished") return `afsluttet (${planned} dage planlagt)`;
      return `dag ${elapsed} af ${planned}`;
    },
    footer: (when: string) =>
      `Beregnet ${when} ud fra teamets svar, godkendelser og mødeplan. Skriv @Implementeringsguiden milepæle for at åbne milepælene.`,
    footerPersonal: (when: string) =>
      `Beregnet ${when} ud fra teamets svar, godkendelser og mødeplan. Milepælene åbnes i teamets kanal.`,
    // Portfolio
    portfolioTitle: "Dine teams",
    portfolioIntro: (count: number, page: number, pages: number) =>
      count === 1
        ? "Det team, hvor du er konsulent, godkender eller projektleder."
        : `${count} teams${pages > 1 ? ` · side ${page} af ${pages}` : ""}. De teams, der kræver opmærksomhed, står først.`,
    portfolioEmpty:
      "Du er ikke konsulent, godkender eller projektleder for noget team, jeg kender i denne organisation. Støtter du en kommune som gæst i dens Teams, så skriv til mig, mens du er logget ind i kommunens organisation.",
    rowFigures: (approved: number, total: number) => `${approved} af ${total} godkendt`,
    rowPending: (count: number) => `${count} afventer godkendelse`,
    rowSentBack: (count: number) => `${count} sendt tilbage`,
    rowOverdue: (count: number) =>
      `${count} ${plural(count, "forfaldent punkt", "forfaldne punkter")}`,
    rowUnreachable: "Kan ikke nås i kanalen",
    rowEnded: "Afsluttet",
    rowComputing: "Tallene beregnes nu; skriv status igen om lidt.",
    rowStale: (date: string) => `Tal fra ${formatLongDate(date, "da")}; opdateres nu.`,
    show: "Vis status",
    nextPage: "Næste side",
    previousPage: "Forrige side",
    lightRuleHeading: "Trafiklyset",
    lightRule: {
      red: "noget er forfaldent (et møde er ikke markeret som holdt, eller workshoppen om forankring er ikke planlagt, selv om forankringsfasen er begyndt), eller jeg kan ikke skrive i teamets kanal.",
      yellow:
        "milepæle venter på godkendelse eller er sendt tilbage, fasen er over halvvejs med under halvdelen af dens milepæle godkendt, eller den planlagte afslutning er passeret.",
      green: "ellers, og altid når implementeringen er afsluttet med en godkendt forankringsplan.",
    } satisfies Record<LightColor, string>,
    choiceTitle: (query: string) => `Flere af dine teams passer på »${query}«`,
    choiceIntro: "Vælg teamet:",
    // Answers
    refusal:
      "Jeg kan ikke vise status for det team. I en personlig chat viser jeg status for de teams, hvor du er konsulent, godkender eller projektleder: skriv status for at se dem.",
    notSetUp:
      "Teamet er ikke sat op endnu. Skriv @Implementeringsguiden opsætning for at komme i gang.",
    unknownProgramme:
      "Teamets metode findes ikke i kataloget længere. Skriv @Implementeringsguiden opsætning og vælg metoden igen.",
    onlyTeamOrPersonal:
      "Skriv @Implementeringsguiden status i teamets kanal, eller status i en personlig chat med mig.",
    invalidCard: "Kortet sendte ikke det, jeg forventede. Skriv status for at få et nyt.",
    storeDown: "Jeg kan ikke læse status lige nu, fordi databasen ikke svarer. Prøv igen om lidt.",
  },
  en: {
    title: "Status",
    inPhase: (phase: string, month: number, months: number) =>
      `${phase} · month ${month} of about ${months}`,
    phaseDetail: (number: number, count: number, day: number, days: number) =>
      `Phase ${number} of ${count} · day ${day} of ${days}`,
    monthOf: (month: number, months: number) => `Month ${month} of ${months}`,
    monthSinceStart: (month: number) => `Month ${month} since the start`,
    phasesUndated: "The programme gives no lengths for its phases, so only the month is shown.",
    drivers: (names: string) =>
      `The method has no phases: its milestones belong to the drivers ${names}.`,
    beforeStart: (date: string) => `Starts on ${formatLongDate(date, "en")}`,
    daysUntilStart: (days: number) => `In ${days} ${plural(days, "day", "days")}`,
    afterEnd: (date: string) => `Planned to end on ${formatLongDate(date, "en")}`,
    daysPastEnd: (days: number) => `${days} ${plural(days, "day", "days")} past the planned end`,
    ended: "The implementation has ended: the anchoring plan is approved.",
    unreachable: (since: string) =>
      `I cannot post in the team's channel (since ${formatDateTime(since, "en")}), so the team gets no monthly nudges. Add me to the team again.`,
    light: { red: "Red", yellow: "Yellow", green: "Green" } satisfies Record<LightColor, string>,
    lightAllWell: "nothing needs action right now",
    reason: (reason: LightReason, count: number): string => {
      switch (reason) {
        case "overdue":
          return `${count} ${plural(count, "item is", "items are")} overdue`;
        case "unreachable":
          return "I cannot post in the channel";
        case "awaiting-approval":
          return `${count} ${plural(count, "milestone awaits", "milestones await")} approval`;
        case "sent-back":
          return `${count} ${plural(count, "milestone was", "milestones were")} sent back`;
        case "behind-in-phase":
          return "the phase is past halfway with less than half of its milestones approved";
        case "past-planned-end":
          return "the planned end has passed";
      }
    },
    milestonesHeading: "Milestones",
    gaugeTitle: "Milestones approved",
    gaugeApproved: "Approved",
    gaugeMissing: "To go",
    approvedOf: (approved: number, total: number) => `${approved} of ${total} approved`,
    chartTitle: "Approval by phase and group",
    chartTitleDrivers: "Approval by driver",
    statusLegend: {
      approved: "Approved",
      pending: "Awaiting approval",
      sentBack: "Sent back",
      draft: "Draft",
    },
    factApproved: "Approved",
    factPending: "Awaiting approval",
    factSentBack: "Sent back",
    factOverdue: "Overdue",
    factSupervision: "Supervision",
    supervisionHeld: (held: number, total: number) => `${held} of ${total} held`,
    groupCount: (total: number) => `${total} ${plural(total, "milestone", "milestones")}`,
    groupAssessment: (inPlace: number, partially: number, notYet: number) =>
      `The team's assessment: ${inPlace} in place · ${partially} partially · ${notYet} not yet`,
    groupApproval: (approved: number, pending: number, sentBack: number, draft: number) =>
      `Approval: ${approved} approved · ${pending} awaiting · ${sentBack} sent back · ${draft} draft`,
    waitingHeading: "Who must act",
    waitingForApprovers: (names: string) => `Awaiting approval from ${names}:`,
    waitingForTeam: "Sent back, awaiting the team:",
    sentBackBy: (who: string) => `${who} wrote`,
    nobodyWaiting: "Nothing is waiting for anyone right now.",
    upcomingHeading: (days: number) => `The next ${days} days`,
    nothingUpcoming: "No meetings or activities in the next 30 days.",
    overdueHeading: "Overdue",
    nothingOverdue: "Nothing is overdue.",
    notMarkedHeld: (what: string) => `${what}: not marked as held`,
    anchoringNotPlanned: (phaseStart: string) =>
      `The anchoring phase began on ${formatLongDate(phaseStart, "en")} and the workshop for anchoring is not planned.`,
    anchoringDueSoon: (phaseStart: string) =>
      `The anchoring phase begins on ${formatLongDate(phaseStart, "en")}: plan the workshop for anchoring.`,
    phasesHeading: "The phases (in the spirit of the Stages of Implementation Completion)",
    phaseFigures: (
      approved: number,
      milestones: number,
      share: number | null,
      days: string,
    ): string =>
      milestones === 0
        ? days
        : `${approved} of ${milestones} approved (${Math.round((share ?? 0) * 100)} %) · ${days}`,
    phaseDays: (state: string, elapsed: number, planned: number | undefined): string => {
      if (state === "undated" || planned === undefined) return "no planned length";
      if (state === "not-started") return `not begun (${planned} days planned)`;
      if (state === "finished") return `finished (${planned} days planned)`;
      return `day ${elapsed} of ${planned}`;
    },
    footer: (when: string) =>
      `Computed ${when} from the team's answers, approvals and meeting plan. Write @Implementeringsguiden milestones to open the milestones.`,
    footerPersonal: (when: string) =>
      `Computed ${when} from the team's answers, approvals and meeting plan. The milestones open in the team's channel.`,
    portfolioTitle: "Your teams",
    portfolioIntro: (count: number, page: number, pages: number) =>
      count === 1
        ? "The team where you are a consultant, approver or project leader."
        : `${count} teams${pages > 1 ? ` · page ${page} of ${pages}` : ""}. The teams that need attention come first.`,
    portfolioEmpty:
      "You are not a consultant, approver or project leader of any team I know in this organisation. If you support a municipality as a guest in its Teams, write to me while signed in to the municipality's organisation.",
    rowFigures: (approved: number, total: number) => `${approved} of ${total} approved`,
    rowPending: (count: number) => `${count} awaiting approval`,
    rowSentBack: (count: number) => `${count} sent back`,
    rowOverdue: (count: number) => `${count} overdue ${plural(count, "item", "items")}`,
    rowUnreachable: "Cannot be reached in the channel",
    rowEnded: "Ended",
    rowComputing: "The figures are being computed; write status again in a moment.",
    rowStale: (date: string) => `Figures from ${formatLongDate(date, "en")}; being updated.`,
    show: "Show status",
    nextPage: "Next page",
    previousPage: "Previous page",
    lightRuleHeading: "The traffic light",
    lightRule: {
      red: "something is overdue (a meeting not marked as held, or the workshop for anchoring not planned although the anchoring phase has begun), or I cannot post in the team's channel.",
      yellow:
        "milestones await approval or were sent back, the phase is past halfway with less than half of its milestones approved, or the planned end has passed.",
      green:
        "otherwise, and always once the implementation has ended with an approved anchoring plan.",
    } satisfies Record<LightColor, string>,
    choiceTitle: (query: string) => `Several of your teams match “${query}”`,
    choiceIntro: "Choose the team:",
    refusal:
      "I cannot show the status of that team. In a personal chat I show the status of the teams where you are a consultant, approver or project leader: write status to see them.",
    notSetUp: "The team is not set up yet. Write @Implementeringsguiden setup to begin.",
    unknownProgramme:
      "The team's method is no longer in the catalog. Write @Implementeringsguiden setup and choose the method again.",
    onlyTeamOrPersonal:
      "Write @Implementeringsguiden status in the team's channel, or status in a personal chat with me.",
    invalidCard: "The card did not send what I expected. Write status for a new one.",
    storeDown:
      "I cannot read the status just now because the database is not answering. Please try again in a moment.",
  },
} as const;

export type StatusText = (typeof STATUS_TEXT)[Language];
