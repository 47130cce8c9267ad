/**
 * `npm run manifest`: writes Teams' command menu (`bots[0].commandLists` in
 * `teamsapp/manifest.json`, Danish, and its English strings in `teamsapp/en.json`) from the
 * commands the features declare, so the menu offers exactly what the bot answers. A test fails
 * when the committed files differ from what this would write.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { allCommands } from "../src/app";
import type { CommandDeclaration, CommandScope } from "../src/features/feature";

const SCOPES: readonly CommandScope[] = ["team", "groupChat", "personal"];
/** Teams' limits for a command list. */
export const MENU_LIMITS = { commandsPerList: 10, title: 32, description: 128 } as const;

export interface CommandList {
  scopes: CommandScope[];
  commands: { title: string; description: string }[];
}

function listsFor(commands: readonly CommandDeclaration[], language: "da" | "en"): CommandList[] {
  return SCOPES.map((scope) => ({
    scopes: [scope],
    commands: commands
      .filter((command) => command.menu?.scopes.includes(scope))
      .map((command) => ({
        title: command.usage[language],
        description: command.menu?.description[language] ?? "",
      })),
  })).filter((list) => list.commands.length > 0);
}

/** The Danish command lists (the manifest's default language). */
export function manifestCommandLists(commands = allCommands()): CommandList[] {
  return listsFor(commands, "da");
}

/** The English strings for the same lists, keyed as Teams' localization file expects. */
export function englishCommandStrings(commands = allCommands()): Record<string, string> {
  const strings: Record<string, string> = {};
  listsFor(commands, "en").forEach((list, i) =>
    list.commands.forEach((command, j) => {
      strings[`bots[0].commandLists[${i}].commands[${j}].title`] = command.title;
      strings[`bots[0].commandLists[${i}].commands[${j}].description`] = command.description;
    }),
  );
  return strings;
}

export function writeManifestCommands(appDir: string): void {
  const manifestFile = join(appDir, "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as {
    bots: { commandLists?: CommandList[] }[];
  };
  const [bot] = manifest.bots;
  if (!bot) throw new Error("teamsapp/manifest.json has no bot");
  bot.commandLists = manifestCommandLists();
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);

  const englishFile = join(appDir, "en.json");
  const english = JSON.parse(readFileSync(englishFile, "utf8")) as Record<string, string>;
  const kept = Object.fromEntries(
    Object.entries(english).filter(([key]) => !key.startsWith("bots[0].commandLists")),
  );
  writeFileSync(
    englishFile,
    `${JSON.stringify({ ...kept, ...englishCommandStrings() }, null, 2)}\n`,
  );
}

if (/manifest-commands\.ts$/.test(process.argv[1] ?? "")) {
  writeManifestCommands(join(__dirname, "..", "teamsapp"));
  console.log("Wrote the command menu to teamsapp/manifest.json and teamsapp/en.json.");
}
