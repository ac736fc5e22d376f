// Runs the browser benchmark (test/bench/browser.ts) against the current build: bundles it for
// Node with esbuild (dependencies stay external) and runs it. `npm run bench:browser` builds first.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const out = join(root, "dist/tools/bench-browser.mjs");
await build({
  entryPoints: [join(root, "test/bench/browser.ts")],
  outfile: out,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
await import(out);
