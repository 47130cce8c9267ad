import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FEATURES, allCommands } from "../../src/app";
import { normalizeCommandText } from "../../src/bot/commands";

const CARDS_DIR = path.resolve(__dirname, "../../cards");

describe("feature declarations", () => {
  it("name card templates that exist, and every template in cards/ belongs to a feature", () => {
    const files = fs
      .readdirSync(CARDS_DIR)
      .filter((file) => file.endsWith(".json"))
      .map((file) => file.replace(/\.json$/, ""));
    const declared = new Set(FEATURES.flatMap((feature) => feature.cards));
    for (const card of declared) expect(files, `cards/${card}.json`).toContain(card);
    for (const file of files) expect([...declared], `cards/${file}.json is unused`).toContain(file);
  });

  it("give every command unique ids and aliases, so one word never means two things", () => {
    const ids = allCommands().map((command) => command.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Spelling variants of one command ("hjælp", "hjaelp") normalise alike; across commands never.
    const aliases = allCommands().flatMap((command) => [
      ...new Set([...command.aliases.da, ...command.aliases.en].map(normalizeCommandText)),
    ]);
    expect(aliases.filter((alias, i) => aliases.indexOf(alias) !== i)).toEqual([]);
  });

  it("give every command a help line and a usage in both languages", () => {
    for (const command of allCommands()) {
      for (const language of ["da", "en"] as const) {
        expect(command.usage[language].length, command.id).toBeGreaterThan(0);
        expect(command.description[language].length, command.id).toBeGreaterThan(5);
      }
    }
  });
});
