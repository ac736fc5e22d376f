// Where Chromium is, and how the extension's browsers start: shared by the browser tests
// (harness.ts), the browser benchmark, `npm start` and `npm run screenshots`. Plain JavaScript so
// that scripts run by node import it as it is (types in chromium.d.mts).
import { existsSync } from "node:fs";

export const NO_CHROMIUM = "No Chromium found: set PUPPETEER_EXECUTABLE_PATH or apt-get install -y chromium";

const CHROMIUM_PATHS = [
  "/usr/lib/chromium/chromium", // Debian's binary (/usr/bin/chromium is a wrapper script)
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/opt/google/chrome/chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

/** $PUPPETEER_EXECUTABLE_PATH, else a system Chromium or Chrome; undefined when there is none. */
export function chromiumPath() {
  const fromEnv = process.env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CHROMIUM_PATHS.find((p) => existsSync(p));
}

/**
 * Flags for a headless Chromium running the unpacked extension at `extensionDir` (absolute):
 * no sandbox (these machines run as root), nothing that calls home, the extension loaded.
 */
export function extensionArgs(extensionDir, extra = []) {
  return [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    ...extra,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}
