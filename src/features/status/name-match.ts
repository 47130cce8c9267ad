import { normalizeCommandText } from "../../bot/commands";

/** Words that say nothing about which municipality is meant. */
const FILLER = new Set(["kommune", "kommunes", "kommunen", "municipality", "of"]);

/** "Aarhus Kommune" → "aarhus", "Høje-Taastrup" → "hoje taastrup". */
function fold(name: string): string {
  return normalizeCommandText(name)
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((word) => word !== "" && !FILLER.has(word))
    .join(" ");
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The teams whose municipality the person means by `query`, best tier first: the same name
 * ("aarhus" = "Aarhus Kommune", accents and "kommune" aside), then names with a word that
 * starts with it ("aar"), then names within a typo or two ("Århus", "Arhus"). Several in the
 * best tier found: the person chooses.
 */
export function matchTeamsByName<T extends { organisationName: string }>(
  query: string,
  teams: readonly T[],
): T[] {
  const wanted = fold(query);
  if (wanted === "") return [];
  const named = teams.map((team) => ({ team, name: fold(team.organisationName) }));
  const tiers: ((name: string) => boolean)[] = [
    (name) => name === wanted,
    (name) => name.startsWith(wanted) || name.split(" ").some((word) => word.startsWith(wanted)),
    (name) => {
      if (wanted.length < 4) return false;
      const allowed = wanted.length >= 7 ? 2 : 1;
      return (
        distance(name, wanted) <= allowed ||
        name.split(" ").some((word) => distance(word, wanted) <= allowed)
      );
    },
  ];
  for (const matches of tiers) {
    const found = named.filter(({ name }) => matches(name)).map(({ team }) => team);
    if (found.length > 0) return found;
  }
  return [];
}
