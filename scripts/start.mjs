// `npm start` (after the build): where a display exists, launch Chromium with the extension on
// the bundled demo, a replica of Seller Central's Contact Buyer page served at its real address;
// without a display, say how to load dist/chrome by hand. Then how to use the command line.
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumPath } from "../test/browser/chromium.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const extensionDir = join(root, "dist/chrome");

const CLI_USAGE = [
  "Check a buyer message or insert text from the command line:",
  "  echo 'Please leave us a 5-star review!' | node bin/outreach-guard.js check",
  "  node bin/outreach-guard.js check --channel insert insert-card.txt",
  "  npm run -s check -- --json templates/*.txt",
  "",
  "Measure the engine:",
  "  npm run eval -- test/corpus/dev.jsonl",
  "  npm run bench",
];

const LOAD_BY_HAND = [
  "Load the extension by hand in Chrome or Chromium:",
  "  1. open chrome://extensions",
  "  2. turn on Developer mode (top right)",
  `  3. Load unpacked → choose ${extensionDir}`,
  "  4. open a Seller Central message page (Contact Buyer, inbox, templates) and type.",
];

async function launchDemo(executablePath) {
  // puppeteer-core and the fixture server are development dependencies: present after `npm ci`.
  const [{ default: puppeteer }, { serveFixtures, URLS }] = await Promise.all([
    import("puppeteer-core"),
    import("../test/browser/fixture-server.mjs"),
  ]);
  const browser = await puppeteer.launch({
    executablePath,
    headless: false,
    pipe: true,
    enableExtensions: true,
    defaultViewport: null,
    userDataDir: await mkdtemp(join(tmpdir(), "og-demo-")),
    args: [
      "--no-first-run",
      "--disable-sync",
      ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  // The demo tab answers only the replica's own addresses; everything else is blocked.
  await serveFixtures(page);
  await page.goto(URLS.contactBuyer);
  console.log(`Chromium is showing the Contact Buyer demo at ${URLS.contactBuyer}`);
  console.log("(a local replica; nothing is sent). Type a message, e.g. 'Please leave us a 5-star review'.");
  console.log("Close the browser window to end.");
  await new Promise((resolve) => browser.on("disconnected", resolve));
}

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const chromium = chromiumPath();
const built = existsSync(join(extensionDir, "manifest.json")) && existsSync(join(extensionDir, "content.js"));

console.log("Outreach Guard is built (dist/chrome: the extension, dist/cli/outreach-guard.js: the command line).\n");
console.log(`${CLI_USAGE.join("\n")}\n`);
if (built && hasDisplay && chromium) {
  try {
    await launchDemo(chromium);
  } catch (error) {
    console.log(`Could not launch Chromium (${error instanceof Error ? error.message.split("\n")[0] : error}).\n`);
    console.log(LOAD_BY_HAND.join("\n"));
  }
} else {
  if (!hasDisplay) console.log("No display ($DISPLAY / $WAYLAND_DISPLAY), so no browser is launched.");
  else if (!chromium) console.log("No Chromium found (set PUPPETEER_EXECUTABLE_PATH or apt-get install -y chromium).");
  console.log(LOAD_BY_HAND.join("\n"));
}
