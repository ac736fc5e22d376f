import { join } from "node:path";
import { defineConfig } from "vitest/config";

// .ci/run collects every runner's JSON report to print the totals; this runner's file name
// differs from the unit runner's (vitest.json) so both are counted.
const reportDir = process.env.OG_TEST_REPORT_DIR;

export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    // One Chromium per file, one file at a time: two cores do not run two browsers well.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: reportDir ? ["default", ["json", { outputFile: join(reportDir, "vitest-browser.json") }]] : ["default"],
  },
});
