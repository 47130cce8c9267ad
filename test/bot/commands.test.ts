import { describe, expect, it } from "vitest";
import { matchCommand, type CommandDefinition } from "../../src/bot/commands";

const COMMANDS: CommandDefinition[] = [
  { id: "help", aliases: { da: ["hjælp", "hjaelp"], en: ["help", "?"] } },
  {
    id: "exportData",
    aliases: { da: ["eksportér data", "eksportér"], en: ["export data", "export"] },
  },
  { id: "eraseData", aliases: { da: ["slet data"], en: ["erase data"] } },
];

describe("matchCommand", () => {
  it.each([
    ["hjælp", { id: "help", args: "", danishWords: true }],
    ["HJAELP", { id: "help", args: "", danishWords: true }],
    ["help me please", { id: "help", args: "me please", danishWords: false }],
    ["eksporter data nu", { id: "exportData", args: "nu", danishWords: true }],
    ["Eksportér  Regnskab", { id: "exportData", args: "Regnskab", danishWords: true }],
    ["export data", { id: "exportData", args: "", danishWords: false }],
    ["slet data", { id: "eraseData", args: "", danishWords: true }],
  ])("recognises %j by its first words, the longest alias winning", (text, expected) => {
    expect(matchCommand(text, COMMANDS)).toEqual(expected);
  });

  it.each(["slet", "hvad er klokken", "", "constructor", "__proto__"])(
    "recognises nothing in %j",
    (text) => {
      expect(matchCommand(text, COMMANDS)).toBeUndefined();
    },
  );

  it("gives the same answer however often it is asked, with other command lists between", () => {
    const first = matchCommand("eksportér data", COMMANDS);
    matchCommand("erase data", COMMANDS.slice(2));
    expect(matchCommand("eksportér data", COMMANDS)).toEqual(first);
  });
});
