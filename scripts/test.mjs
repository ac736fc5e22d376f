// `npm test`: type check, lint, unit tests, browser tests. Every step runs even when
// an earlier one fails, so CI's totals count every runner; the exit code is the worst.
import { spawnSync } from "node:child_process";

const steps = [
  ["typecheck", ["npm", "run", "-s", "typecheck"]],
  ["lint", ["npm", "run", "-s", "lint"]],
  ["unit tests", ["npx", "vitest", "run"]],
  // The checks addons.mozilla.org runs on an upload; writes its own one-test report for CI.
  ["web-ext lint (dist/firefox)", ["npm", "run", "-s", "lint:firefox"]],
  ["browser tests", ["npm", "run", "-s", "test:browser"]],
];

const failed = [];
for (const [name, [command, ...args]] of steps) {
  console.log(`\n== ${name}`);
  const { status } = spawnSync(command, args, { stdio: "inherit" });
  if (status !== 0) failed.push(name);
}
if (failed.length > 0) {
  console.error(`\nnpm test: failed: ${failed.join(", ")}`);
  process.exit(1);
}
