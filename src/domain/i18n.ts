/** Every human-readable text the bot shows exists in Danish (the default) and English. */
export type Language = "da" | "en";

export interface LocalizedText {
  da: string;
  en: string;
}

export const DEFAULT_LANGUAGE: Language = "da";

/** Teams sends locales such as "en-US", "da-DK" or "da"; anything not English reads Danish. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith("en") ? "en" : "da";
}

export function pick(text: LocalizedText, language: Language): string {
  return text[language];
}
