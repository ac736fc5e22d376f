// Builds the command line and the Chrome extension into dist/.
// Usage: node scripts/build.mjs [--cli-only]
//   dist/cli/outreach-guard.js   the command line
//   dist/chrome/                 the unpacked extension: manifest.json, content.js (boot) and content-ui.js, background.js
//   dist/firefox/                the same files; the manifest patched for Firefox (scripts/manifest-patches.mjs)
//   dist/meta/<bundle>.json      esbuild metafiles (the content script's size is guarded by a test)
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { manifestFor } from "./manifest-patches.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cliOnly = process.argv.includes("--cli-only");

async function buildCli() {
  await build({
    entryPoints: [join(root, "src/cli/bin.ts")],
    outfile: join(root, "dist/cli/outreach-guard.js"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    // zod is a runtime dependency of the command line only; keep it external.
    packages: "external",
  });
}

/** Validates the rule catalog (schema, patterns, examples present) before anything ships. */
async function checkCatalog() {
  const out = join(root, "dist/tools/check-catalog.mjs");
  await build({
    entryPoints: [join(root, "scripts/check-catalog.ts")],
    outfile: out,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    packages: "external",
  });
  const { problems } = await import(`${out}?t=${Date.now()}`);
  if (problems.length > 0) {
    console.error(`The rule catalog has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    process.exit(1);
  }
}

/** Loads a TypeScript module of the source tree (the host list) into this script. */
async function importSource(path) {
  const result = await build({
    entryPoints: [join(root, path)],
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    logLevel: "warning",
  });
  const code = Buffer.from(result.outputFiles[0].contents).toString("base64");
  return import(`data:text/javascript;base64,${code}`);
}

/**
 * Extension bundles, one entry each. Content scripts are classic scripts (iife); the service
 * worker is a module; issue 5 adds the popup here.
 */
const EXTENSION_BUNDLES = [
  { name: "content", entry: "src/content/index.ts", format: "iife" },
  // The rest of every content script, injected by the worker into a frame whose boot asks for it.
  { name: "content-ui", entry: "src/content/ui.ts", format: "iife" },
  { name: "background", entry: "src/background/index.ts", format: "esm" },
  // Sites the seller adds in Options: registered at run time (scripting.registerContentScripts), one per channel.
  { name: "site-message", entry: "src/content/site-message.ts", format: "iife" },
  { name: "site-insert", entry: "src/content/site-insert.ts", format: "iife" },
  // Extension pages (src/popup/): each its own bundle, loaded by its HTML as a module.
  { name: "popup", entry: "src/popup/popup.tsx", format: "esm" },
  { name: "checker", entry: "src/popup/checker.tsx", format: "esm" },
  { name: "editor", entry: "src/popup/editor.tsx", format: "esm" },
  { name: "options", entry: "src/popup/options.tsx", format: "esm" },
];

/** The extension pages' HTML and stylesheet, and the interface strings (_locales), copied as they are. */
async function copyPageFiles(target) {
  for (const page of ["popup", "checker", "editor", "options"]) {
    await cp(join(root, "src/popup", `${page}.html`), join(root, "dist", target, `${page}.html`));
  }
  await cp(join(root, "src/popup/pages.css"), join(root, "dist", target, "pages.css"));
  await cp(join(root, "_locales"), join(root, "dist", target, "_locales"), { recursive: true });
}

/**
 * The content script validates messages with validators compiled from the zod schemas at build
 * time (scripts/message-validators.ts): this plugin puts them in place of
 * src/content/message-validators.ts, so no zod reaches the page.
 */
async function compiledValidatorsPlugin() {
  const { messageValidatorsSource } = await importSource("scripts/message-validators.ts");
  const contents = messageValidatorsSource();
  const target = join(root, "src/content/message-validators.ts");
  return {
    name: "compiled-message-validators",
    setup(b) {
      b.onLoad({ filter: /message-validators\.ts$/ }, (args) => (args.path === target ? { contents, loader: "js" } : undefined));
    },
  };
}

async function buildExtensionBundles(target) {
  await mkdir(join(root, "dist/meta"), { recursive: true });
  const plugins = [await compiledValidatorsPlugin()];
  for (const bundle of EXTENSION_BUNDLES) {
    const result = await build({
      entryPoints: [join(root, bundle.entry)],
      outfile: join(root, "dist", target, `${bundle.name}.js`),
      bundle: true,
      // OG_NO_MINIFY=1 keeps names readable for profiling in the browser.
      minify: process.env.OG_NO_MINIFY !== "1",
      format: bundle.format,
      target: "chrome120",
      // Extension scripts are UTF-8; escaping every non-ASCII character would only add bytes.
      charset: "utf8",
      legalComments: "none",
      metafile: true,
      logLevel: "warning",
      plugins,
    });
    await writeFile(join(root, "dist/meta", `${bundle.name}.json`), JSON.stringify(result.metafile));
  }
}

/** manifest.json with the package version and the content script's matches from the one host list. */
async function buildManifest(target) {
  const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
  const manifest = JSON.parse(await readFile(join(root, "manifest.json"), "utf8"));
  const { matchPatterns } = await importSource("src/content/hosts.ts");
  manifest.version = pkg.version;
  for (const script of manifest.content_scripts ?? []) script.matches = matchPatterns();
  // The same hosts: the worker injects the rest of the content script into their frames (scripting.executeScript).
  manifest.host_permissions = matchPatterns();
  await mkdir(join(root, "dist", target), { recursive: true });
  await writeFile(join(root, "dist", target, "manifest.json"), `${JSON.stringify(manifestFor(target, manifest), null, 2)}\n`);
}

/**
 * dist/firefox: every file of dist/chrome (bundles, pages, icons: one build for both), then
 * the manifest with Firefox's patches. Runs last, so whatever the steps before wrote is in it.
 */
async function buildFirefox() {
  await rm(join(root, "dist/firefox"), { recursive: true, force: true });
  await cp(join(root, "dist/chrome"), join(root, "dist/firefox"), { recursive: true });
  await buildManifest("firefox");
}

await buildCli();
if (!cliOnly) {
  await checkCatalog();
  await buildExtensionBundles("chrome");
  await copyPageFiles("chrome");
  await buildManifest("chrome");
  await buildFirefox();
}
