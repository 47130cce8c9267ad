/**
 * `npm run package [-- <env>]`: builds `teamsapp/build/appPackage.<env>.zip`, the file a Teams
 * admin uploads. It does what Teams Toolkit's `teamsApp/zipAppPackage` does, without the toolkit:
 * `${{NAME}}` placeholders in the manifest (and localization files) are filled from
 * `env/.env.<env>` and `env/.env.<env>.user`, with process.env taking precedence, and the manifest,
 * its localization files and icons are zipped at the root of the archive.
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export interface PackageOptions {
  /** Environment name: reads env/.env.<env>. Default "dev". */
  env?: string;
  /** Project root (holds teamsapp/ and env/). Default: the current directory. */
  rootDir?: string;
  /** Where the zip goes. Default: <rootDir>/teamsapp/build/appPackage.<env>.zip. */
  outputZipPath?: string;
  /** Values that win over the env files; default process.env. */
  overrides?: Readonly<Record<string, string | undefined>>;
}

export interface PackageResult {
  zipPath: string;
  /** Names of the files inside the zip. */
  entries: string[];
  /** The manifest as it went into the zip, placeholders filled. */
  manifest: AppManifest;
}

/** The few manifest fields this script reads; the schema test checks the rest. */
interface AppManifest {
  icons: { color: string; outline: string };
  localizationInfo?: { additionalLanguages?: { file: string }[] };
}

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Parses KEY=VALUE lines (comments, blank lines and surrounding quotes allowed), like dotenv. */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith("#")) continue;
    const [, key, raw] = match as unknown as [string, string, string];
    values[key] = raw.replace(/^(['"])(.*)\1$/, "$2");
  }
  return values;
}

export function loadEnv(rootDir: string, env: string): Record<string, string> {
  const read = (file: string): Record<string, string> =>
    existsSync(file) ? parseEnvFile(readFileSync(file, "utf8")) : {};
  const base = join(rootDir, "env", `.env.${env}`);
  if (!existsSync(base))
    throw new Error(`No environment file ${base}. Create it or pass another env name.`);
  return { ...read(base), ...read(`${base}.user`) };
}

/** Names of the placeholders in `text`, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

/** Fills every placeholder; an unset or empty value is an error naming all that are missing. */
export function substitute(
  text: string,
  values: Readonly<Record<string, string | undefined>>,
  source: string,
): string {
  const missing = placeholdersIn(text).filter((name) => !values[name]);
  if (missing.length > 0) {
    throw new Error(
      `${source} needs values for ${missing.join(", ")}. Run \`teamsapp provision\` for this ` +
        `environment, or set them in the env file or the environment (TEAMS_APP_ID is any GUID ` +
        `you keep, e.g. from \`node -e "console.log(crypto.randomUUID())"\`).`,
    );
  }
  return text.replace(PLACEHOLDER, (_, name: string) => values[name] as string);
}

export async function packageApp(options: PackageOptions = {}): Promise<PackageResult> {
  const env = options.env ?? "dev";
  const rootDir = resolve(options.rootDir ?? process.cwd());
  const appDir = join(rootDir, "teamsapp");
  const zipPath = options.outputZipPath ?? join(appDir, "build", `appPackage.${env}.zip`);
  const values = { ...loadEnv(rootDir, env), ...definedOnly(options.overrides ?? process.env) };
  const envFile = `env/.env.${env}`;

  const manifestText = substitute(
    readFileSync(join(appDir, "manifest.json"), "utf8"),
    values,
    `teamsapp/manifest.json (${envFile})`,
  );
  const manifest = JSON.parse(manifestText) as AppManifest;
  const localizations = (manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file);
  const files: [string, Buffer][] = [["manifest.json", Buffer.from(manifestText)]];
  for (const file of localizations) {
    const text = substitute(
      readFileSync(join(appDir, file), "utf8"),
      values,
      `teamsapp/${file} (${envFile})`,
    );
    files.push([file, Buffer.from(text)]);
  }
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    files.push([icon, readFileSync(join(appDir, icon))]);
  }

  await writeZip(zipPath, files);
  return { zipPath, entries: files.map(([name]) => name), manifest };
}

function definedOnly(source: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter((e): e is [string, string] => !!e[1]));
}

async function writeZip(zipPath: string, files: readonly [string, Buffer][]): Promise<void> {
  // archiver 8 is ESM-only; a dynamic import works from this CommonJS-compiled file too.
  const { ZipArchive } = await import("archiver");
  mkdirSync(dirname(zipPath), { recursive: true });
  const zip = new ZipArchive({ zlib: { level: 9 } });
  const out = createWriteStream(zipPath);
  const closed = new Promise<void>((done, fail) => {
    out.on("close", done);
    out.on("error", fail);
    zip.on("error", fail);
  });
  zip.pipe(out);
  // A fixed date keeps the zip byte-identical for identical inputs.
  const date = new Date(2024, 0, 1);
  for (const [name, data] of files) zip.append(data, { name, date });
  await zip.finalize();
  await closed;
}

// Run only as a script (`npm run package [-- <env>]`), not when a test imports it.
if (/package-app\.ts$/.test(process.argv[1] ?? "")) {
  packageApp({ env: process.argv[2] })
    .then(({ zipPath, entries }) => console.log(`Wrote ${zipPath} (${entries.join(", ")})`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
