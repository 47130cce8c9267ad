import { existsSync, mkdtempSync, readFileSync, writeFileSync, cpSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { PNG } from "pngjs";
import { describe, it, expect } from "vitest";
import { loadEnv, packageApp, placeholdersIn, substitute } from "../../scripts/package-app";
import { readZip } from "./read-zip";
import { allCommands, buildApp } from "../../src/app";
import { readConfig } from "../../src/config";
import { fixedClock } from "../../src/clock";
import { silentLogger } from "../../src/logger";
import { matchCommand } from "../../src/bot/commands";
import {
  englishCommandStrings,
  manifestCommandLists,
  MENU_LIMITS,
} from "../../scripts/manifest-commands";
import { startTestStore } from "../support/test-store";

const root = join(__dirname, "..", "..");
const appDir = join(root, "teamsapp");
const readText = (file: string): string => readFileSync(join(appDir, file), "utf8");

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
interface Command {
  title: string;
  description: string;
}
interface Manifest {
  $schema: string;
  manifestVersion: string;
  bots: {
    botId: string;
    scopes: string[];
    commandLists: { scopes: string[]; commands: Command[] }[];
  }[];
  validDomains: string[];
  localizationInfo: {
    defaultLanguageTag: string;
    additionalLanguages: { languageTag: string; file: string }[];
  };
  icons: { color: string; outline: string };
  [key: string]: Json | undefined | object;
}

/** What provision would write: sample values so the schema sees a realistic manifest. */
const SAMPLE = {
  TEAMS_APP_ID: "2f0c8a43-5d6e-4b7a-9c1d-0e2f3a4b5c6d",
  BOT_ID: "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
  BOT_DOMAIN: "implguide-abc123-app.azurewebsites.net",
};
/** The committed env file's values (publisher URLs) plus the samples. */
const values = { ...loadEnv(root, "dev"), ...SAMPLE };

const template = readText("manifest.json");
const manifest = JSON.parse(substitute(template, values, "manifest.json")) as Manifest;
const en = JSON.parse(readText("en.json")) as Record<string, string>;
const schemaDir = join(
  root,
  "node_modules/@microsoft/app-manifest/build/json-schemas/teams",
  `v${manifest.manifestVersion}`,
);

/** Validates as @microsoft/app-manifest itself does (draft-04, these formats). */
function validate(schemaFile: string, data: unknown): string[] {
  const schema = JSON.parse(readFileSync(join(schemaDir, schemaFile), "utf8")) as object;
  // unicodeRegExp off: the localization schema has patterns (an unescaped "]") that are
  // valid ECMAScript but not in unicode mode, which Ajv uses by default.
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ["uri", "email", "regex"]);
  const check = ajv.compile(schema);
  return check(data) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);
}

/** Resolves a localization key such as `bots[0].commandLists[1].commands[2].title`. */
function lookup(data: unknown, key: string): unknown {
  let node: unknown = data;
  for (const part of key.match(/[^.[\]]+/g) ?? []) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

const SCOPES = ["team", "groupChat", "personal"];

describe("Teams app manifest", () => {
  it("declares a current schema version that @microsoft/app-manifest ships", () => {
    expect(existsSync(join(schemaDir, "MicrosoftTeams.schema.json"))).toBe(true);
    expect(manifest.$schema).toContain(`/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
    expect(Number(manifest.manifestVersion.split(".")[1])).toBeGreaterThanOrEqual(24);
  });

  it("validates against the official schema once placeholders are filled", () => {
    expect(validate("MicrosoftTeams.schema.json", manifest)).toEqual([]);
    // The validator does reject a broken manifest (so the check above is not vacuous).
    const broken = { ...manifest, bots: [{ ...manifest.bots[0], scopes: ["everywhere"] }] };
    expect(validate("MicrosoftTeams.schema.json", broken).length).toBeGreaterThan(0);
  });

  it("uses Teams Toolkit placeholders for what provision creates", () => {
    expect(placeholdersIn(template)).toEqual(
      expect.arrayContaining(["TEAMS_APP_ID", "BOT_ID", "BOT_DOMAIN"]),
    );
    const raw = JSON.parse(template) as Manifest;
    expect(raw.id).toBe("${{TEAMS_APP_ID}}");
    expect(raw.bots[0]?.botId).toBe("${{BOT_ID}}");
    expect(raw.validDomains).toEqual(["${{BOT_DOMAIN}}"]);
  });

  it("puts the bot in team, group chat and personal scope", () => {
    expect([...(manifest.bots[0]?.scopes ?? [])].sort()).toEqual([...SCOPES].sort());
  });

  it("offers in Teams' command menu exactly the commands the bot registers (run `npm run manifest` after changing a feature's commands)", async () => {
    const stores = await startTestStore();
    try {
      const app = buildApp({
        config: readConfig({}, root),
        store: stores.store,
        clock: fixedClock("2026-11-23T09:00:00Z"),
        logger: silentLogger(),
      });
      const registered = new Set(app.bot.router.registeredCommands().map((c) => c.id));
      const menu = allCommands().filter((c) => c.menu && registered.has(c.id));
      expect(manifest.bots[0]?.commandLists).toEqual(manifestCommandLists(menu));
      for (const [key, value] of Object.entries(englishCommandStrings(menu)))
        expect(en[key], key).toBe(value);
      // Every menu entry is a command the bot understands in both languages.
      for (const list of manifest.bots[0]?.commandLists ?? []) {
        expect(list.commands.length).toBeLessThanOrEqual(MENU_LIMITS.commandsPerList);
        for (const command of list.commands) {
          expect(command.title.length).toBeLessThanOrEqual(MENU_LIMITS.title);
          expect(command.description.length).toBeLessThanOrEqual(MENU_LIMITS.description);
          expect(matchCommand(command.title, allCommands())?.id, command.title).toBeDefined();
        }
      }
      for (const key of Object.keys(en).filter((k) => k.endsWith(".title") && k.startsWith("bots")))
        expect(matchCommand(en[key] ?? "", allCommands())?.id, en[key]).toBeDefined();
    } finally {
      await stores.stop();
    }
  });

  it("asks for no permissions it does not use (roster reads go through the bot, no RSC)", () => {
    expect(manifest.permissions).toBeUndefined();
    expect(manifest.authorization).toBeUndefined();
    expect(manifest.webApplicationInfo).toBeUndefined();
  });
});

describe("English localization", () => {
  it("is Danish by default with en.json as the English file", () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: "da",
      additionalLanguages: [{ languageTag: "en", file: "en.json" }],
    });
  });

  it("validates against the official localization schema", () => {
    expect(validate("MicrosoftTeams.Localization.schema.json", en)).toEqual([]);
  });

  it("only localizes keys that exist in the manifest, as strings", () => {
    const keys = Object.keys(en).filter((k) => k !== "$schema");
    for (const key of keys) expect(typeof lookup(manifest, key), key).toBe("string");
  });

  it("translates every name, description and command", () => {
    const expected = ["name.short", "name.full", "description.short", "description.full"];
    manifest.bots[0]?.commandLists.forEach((list, i) =>
      list.commands.forEach((_, j) => {
        expected.push(`bots[0].commandLists[${i}].commands[${j}].title`);
        expected.push(`bots[0].commandLists[${i}].commands[${j}].description`);
      }),
    );
    expect(
      Object.keys(en)
        .filter((k) => k !== "$schema")
        .sort(),
    ).toEqual(expected.sort());
  });
});

describe("icons", () => {
  const png = (file: string): PNG => PNG.sync.read(readFileSync(join(appDir, file)));

  it("color icon is 192×192 and fully opaque", () => {
    const icon = png(manifest.icons.color);
    expect([icon.width, icon.height]).toEqual([192, 192]);
    for (let i = 3; i < icon.data.length; i += 4) expect(icon.data[i]).toBe(255);
    expect(new Set(colours(icon)).size).toBeGreaterThan(2);
  });

  it("outline icon is 32×32, white on a transparent background", () => {
    const icon = png(manifest.icons.outline);
    expect([icon.width, icon.height]).toEqual([32, 32]);
    const offending = [];
    let visible = 0;
    for (let i = 0; i < icon.data.length; i += 4) {
      const [r, g, b, a] = [icon.data[i], icon.data[i + 1], icon.data[i + 2], icon.data[i + 3]];
      if (a === 0) continue;
      visible++;
      if (r !== 255 || g !== 255 || b !== 255) offending.push(i / 4);
    }
    expect(offending).toEqual([]);
    expect(visible).toBeGreaterThan(50);
    expect(visible).toBeLessThan(32 * 32 * 0.6);
  });
});

describe("npm run package", () => {
  it("zips manifest, localization and icons with placeholders filled", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "appPackage-")), "app.zip");
    const result = await packageApp({
      rootDir: root,
      env: "dev",
      outputZipPath: out,
      overrides: SAMPLE,
    });
    const entries = readZip(readFileSync(result.zipPath));
    expect([...entries.keys()].sort()).toEqual([
      "color.png",
      "en.json",
      "manifest.json",
      "outline.png",
    ]);
    const zipped = JSON.parse(entries.get("manifest.json")?.toString("utf8") ?? "") as Manifest;
    expect(zipped).toEqual(manifest);
    expect(entries.get("en.json")?.toString("utf8")).toBe(readText("en.json"));
    expect(entries.get("color.png")?.equals(readFileSync(join(appDir, "color.png")))).toBe(true);
    expect(entries.get("outline.png")?.equals(readFileSync(join(appDir, "outline.png")))).toBe(
      true,
    );
  });

  it("fails naming every placeholder that has no value", async () => {
    const project = mkdtempSync(join(tmpdir(), "appProject-"));
    cpSync(appDir, join(project, "teamsapp"), { recursive: true });
    mkdirSync(join(project, "env"));
    writeFileSync(join(project, "env", ".env.test"), "TEAMS_APP_ID=\nBOT_DOMAIN=x.example\n");
    const failure = packageApp({ rootDir: project, env: "test", overrides: {} });
    await expect(failure).rejects.toThrow(/needs values for TEAMS_APP_ID, .*BOT_ID/);
    await expect(failure).rejects.not.toThrow(/BOT_DOMAIN/);
  });
});

function colours(icon: PNG): string[] {
  const seen: string[] = [];
  for (let i = 0; i < icon.data.length; i += 4)
    seen.push(icon.data.subarray(i, i + 3).toString("hex"));
  return seen;
}
