/**
 * Commands are recognised by their first words, Danish or English, ignoring case and accents
 * ("eksportér" = "eksporter"), so people can type them as they would say them.
 */
export interface CommandDefinition {
  id: string;
  /** Every way of writing it, by language; multi-word aliases are allowed ("slet data"). */
  aliases: { da: string[]; en: string[] };
}

export interface CommandMatch {
  id: string;
  /** What followed the command words, trimmed, with its original case. */
  args: string;
  /** Set when the words used are Danish only ("hjælp"): the person chose Danish. */
  danishWords: boolean;
}

export function normalizeCommandText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ø/g, "o")
    .replace(/Ø/g, "O")
    .replace(/æ/g, "ae")
    .replace(/Æ/g, "AE")
    .replace(/å/g, "aa")
    .replace(/Å/g, "AA")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

export function matchCommand(
  text: string,
  commands: readonly CommandDefinition[],
): CommandMatch | undefined {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  let best: { id: string; wordCount: number; danishWords: boolean } | undefined;
  for (const command of commands) {
    const english = new Set(command.aliases.en.map(normalizeCommandText));
    for (const alias of [...command.aliases.da, ...command.aliases.en]) {
      const aliasWords = normalizeCommandText(alias).split(" ");
      const head = normalizeCommandText(words.slice(0, aliasWords.length).join(" "));
      if (head === aliasWords.join(" ") && (!best || aliasWords.length > best.wordCount)) {
        best = { id: command.id, wordCount: aliasWords.length, danishWords: !english.has(head) };
      }
    }
  }
  if (!best) return undefined;
  return {
    id: best.id,
    args: words.slice(best.wordCount).join(" "),
    danishWords: best.danishWords,
  };
}
