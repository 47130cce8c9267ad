import type { AdaptiveCard } from "../../cards/adaptive-card";
import { renderConfirmCard } from "../../cards/common-cards";
import { getProgramme } from "../../domain/catalog";
import type { Language } from "../../domain/i18n";
import type { TeamProfile } from "../../domain/team/profile";
import type { SetupRawInput, SetupValues } from "../../domain/team/setup-input";
import { SETUP_TEXT } from "./setup-texts";
import { SETUP_VERBS } from "./verbs";

/**
 * "Change the method?" when answers exist under the old one. Both buttons carry what the person
 * typed, so confirming saves it and going back shows it again.
 */
export function programmeChangeCard(options: {
  raw: SetupRawInput;
  language: Language;
  current: TeamProfile;
  values: SetupValues;
  actionId: string | undefined;
  expectedVersion: number;
}): AdaptiveCard {
  const { raw, language, current, values } = options;
  const text = SETUP_TEXT[language];
  const from = getProgramme(current.programmeId)?.name[language] ?? current.programmeId;
  const to = getProgramme(values.programmeId)?.name[language] ?? values.programmeId;
  const carried = {
    ...raw,
    expectedVersion: String(options.expectedVersion),
    actionId: options.actionId ?? "",
  };
  return renderConfirmCard({
    title: text.changeProgrammeTitle,
    titleColor: "Warning",
    text: text.changeProgrammeText(from, to),
    confirm: {
      title: text.changeProgrammeConfirm,
      verb: SETUP_VERBS.save,
      style: "positive",
      data: { ...carried, confirmProgrammeChange: "yes" },
    },
    cancel: { title: text.changeProgrammeCancel, verb: SETUP_VERBS.edit, data: carried },
  });
}
