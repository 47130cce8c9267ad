import type { LocalizedText } from "../domain/i18n";
import { UnreadableDocumentError } from "../store/errors";

/**
 * Failures every feature can meet that deserve a real explanation instead of "something went
 * wrong". The Teams glue asks this before it apologises.
 */
const UNREADABLE_TEAM: LocalizedText = {
  da: "Teamets gemte data kan ikke læses (de blev gemt af en ældre version af Implementeringsguiden). En godkender kan hente dem med @Implementeringsguiden eksportér data og derefter slette dem med slet data, så I kan sætte teamet op igen.",
  en: "The team's stored data cannot be read (it was saved by an older version of Implementeringsguiden). An approver can download it with @Implementeringsguiden export data and then erase it with erase data, so you can set the team up again.",
};

export function explainFailure(error: unknown): LocalizedText | undefined {
  if (error instanceof UnreadableDocumentError) return UNREADABLE_TEAM;
  return undefined;
}
