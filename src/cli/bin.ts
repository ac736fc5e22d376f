/** Entry point of the bundled command line (dist/cli/outreach-guard.js). */
import { main, nodeIO } from "./main.ts";

main(process.argv.slice(2), nodeIO).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`outreach-guard: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
