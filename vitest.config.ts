import { join } from "node:path";
import { defineConfig } from "vitest/config";

// .ci/run collects every runner's JSON report to print the totals.
const reportDir = process.env.OG_TEST_REPORT_DIR;

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    testTimeout: 20_000,
    reporters: reportDir ? ["default", ["json", { outputFile: join(reportDir, "vitest.json") }]] : ["default"],
  },
});
