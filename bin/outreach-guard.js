#!/usr/bin/env node
// The command line is bundled by `npm run build` into dist/cli/; this stub keeps `bin` stable.
import { existsSync } from "node:fs";

const bundle = new URL("../dist/cli/outreach-guard.js", import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write("outreach-guard: not built yet; run `npm run build` first\n");
  process.exit(2);
}
await import(bundle.href);
