import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's chromium; `npx playwright install` cannot download browsers here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * True when browser tests can run. Without Chromium they are skipped with a loud line, unless
 * REQUIRE_BROWSER=1 (set by .ci/run), where a missing browser fails the run instead.
 */
export function browserAvailable(): boolean {
  if (fs.existsSync(CHROMIUM_PATH)) return true;
  const message = `Chromium not found at ${CHROMIUM_PATH}: browser tests need it. Install it with 'apt-get install chromium' (Debian) or set CHROMIUM_PATH.`;
  if (process.env.REQUIRE_BROWSER === "1") throw new Error(`REQUIRE_BROWSER=1: ${message}`);
  console.warn(`\n*** SKIPPING BROWSER TESTS *** ${message}\n`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}
