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

/** A command's aliases, normalised once: matching runs on every message, the aliases never change. */
interface PreparedCommand {
  aliases: { wordCount: number; text: string; danish: boolean }[];
}

const prepared = new WeakMap<CommandDefinition, PreparedCommand>();

function prepare(command: CommandDefinition): PreparedCommand {
  const cached = prepared.get(command);
  if (cached) return cached;
  const english = new Set(command.aliases.en.map(normalizeCommandText));
  const aliases = [...command.aliases.da, ...command.aliases.en].map((alias) => {
    const text = normalizeCommandText(alias);
    return { wordCount: text.split(" ").length, text, danish: !english.has(text) };
  });
  const result = { aliases };
  prepared.set(command, result);
  return result;
}

export function matchCommand(
  text: string,
  commands: readonly CommandDefinition[],
): CommandMatch | undefined {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const heads = new Map<number, string>();
  const headOf = (wordCount: number): string => {
    let head = heads.get(wordCount);
    if (head === undefined) {
      head = normalizeCommandText(words.slice(0, wordCount).join(" "));
      heads.set(wordCount, head);
    }
    return head;
  };
  let best: { id: string; wordCount: number; danishWords: boolean } | undefined;
  for (const command of commands) {
    for (const alias of prepare(command).aliases) {
      if (headOf(alias.wordCount) === alias.text && (!best || alias.wordCount > best.wordCount)) {
        best = { id: command.id, wordCount: alias.wordCount, danishWords: alias.danish };
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
