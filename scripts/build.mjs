// Builds the command line and the extension's source manifest into dist/.
// Usage: node scripts/build.mjs [--cli-only]
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

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

async function buildManifest(target) {
  const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
  const manifest = JSON.parse(await readFile(join(root, "manifest.json"), "utf8"));
  manifest.version = pkg.version;
  await mkdir(join(root, "dist", target), { recursive: true });
  await writeFile(join(root, "dist", target, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
}

await buildCli();
if (!cliOnly) {
  await checkCatalog();
  await buildManifest("chrome");
}
