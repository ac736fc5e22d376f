// `web-ext lint` on the Firefox build (dist/firefox): the checks addons.mozilla.org runs on an
// upload. Builds first, prints the findings, fails on any error (warnings are shown, not
// fatal), and writes a one-test report into $OG_TEST_REPORT_DIR, in vitest's JSON shape, so
// CI's "N passed, N failed" counts it.
// Usage: node scripts/lint-firefox.mjs
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(root, "dist/firefox");

function report(passed, detail) {
  const dir = process.env.OG_TEST_REPORT_DIR;
  if (dir) {
    const result = { numPassedTests: passed ? 1 : 0, numFailedTests: passed ? 0 : 1, name: "web-ext lint dist/firefox", detail };
    writeFileSync(join(dir, "web-ext-lint.json"), `${JSON.stringify(result)}\n`);
  }
  console.log(passed ? `web-ext lint: passed (${detail})` : `web-ext lint: FAILED (${detail})`);
  process.exit(passed ? 0 : 1);
}

const build = spawnSync(process.execPath, [join(root, "scripts/build.mjs")], { stdio: "inherit" });
if (build.status !== 0) report(false, "the build failed");

const bin = join(root, "node_modules/web-ext/bin/web-ext.js");
const lint = spawnSync(process.execPath, [bin, "lint", "--source-dir", source, "--output", "json", "--no-input", "--no-config-discovery"], {
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
});
let result;
try {
  result = JSON.parse(lint.stdout);
} catch {
  process.stdout.write(lint.stdout ?? "");
  process.stderr.write(lint.stderr ?? "");
  report(false, `web-ext lint printed no JSON (exit ${lint.status})`);
}
for (const kind of ["errors", "warnings", "notices"]) {
  for (const m of result[kind] ?? []) console.log(`  ${kind.slice(0, -1)} ${m.code}${m.file ? ` (${m.file})` : ""}: ${m.message}`);
}
const { errors, warnings, notices } = result.summary;
report(errors === 0, `${errors} errors, ${warnings} warnings, ${notices} notices`);
