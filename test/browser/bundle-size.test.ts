/**
 * Target: the content script, engine included, is at most 100 KB minified. Read from the
 * esbuild metafile the build writes next to the extension (dist/meta/content.json). The
 * content script carries the engine's checking core; the rules arrive compiled from the
 * worker, so neither the rules' source nor the compiler is in it.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const LIMIT = 100 * 1024;

interface Metafile {
  inputs: Record<string, unknown>;
  outputs: Record<string, { bytes: number; inputs: Record<string, unknown>; entryPoint?: string }>;
}

describe("content script bundle", () => {
  it(`is at most ${LIMIT / 1024} KB minified, engine included, without zod or rule examples`, () => {
    const file = join(root, "dist/meta/content.json");
    expect(existsSync(file), "node scripts/build.mjs writes dist/meta/content.json").toBe(true);
    const meta = JSON.parse(readFileSync(file, "utf8")) as Metafile;
    const entries = Object.entries(meta.outputs).filter(([name]) => name.endsWith(".js"));
    const content = entries.find(([name]) => name.endsWith("chrome/content.js"));
    expect(content, `outputs: ${entries.map(([n]) => n).join(", ")}`).toBeDefined();
    const [name, output] = content!;
    // The file the manifest loads is the one measured.
    expect(readFileSync(join(root, name)).byteLength).toBe(output.bytes);
    const inputs = Object.keys(output.inputs);
    expect(inputs.some((i) => i.endsWith("rules/check.ts")), "the engine's checking core is in the bundle").toBe(true);
    expect(inputs.filter((i) => i.includes("zod") || i.includes(".examples."))).toEqual([]);
    expect(inputs.filter((i) => i.includes("rules/en/rules/") || i.endsWith("rules/prefixes.ts") || i.endsWith("rules/pattern.ts"))).toEqual([]);
    expect(output.bytes).toBeLessThanOrEqual(LIMIT);
  });
});
