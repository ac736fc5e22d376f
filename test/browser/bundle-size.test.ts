/**
 * Target: the content script, engine included, is at most 100 KB minified: its boot
 * (content.js, injected with the page) and the rest the worker injects after the first frame
 * (content-ui.js). Read from the esbuild metafiles the build writes next to the extension
 * (dist/meta/content.json, content-ui.json). The
 * content script carries the engine's checking core; the rules arrive compiled from the
 * worker, so neither the rules' source nor the compiler is in it.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const LIMIT = 100 * 1024;
/** The boot (content/boot.ts) is what the page's first frame waits for: it stays a few KB. */
const BOOT_LIMIT = 4 * 1024;

interface Metafile {
  inputs: Record<string, unknown>;
  outputs: Record<string, { bytes: number; inputs: Record<string, unknown>; entryPoint?: string }>;
}

function output(bundle: string): { name: string; bytes: number; inputs: string[] } {
  const file = join(root, `dist/meta/${bundle}.json`);
  expect(existsSync(file), `node scripts/build.mjs writes dist/meta/${bundle}.json`).toBe(true);
  const meta = JSON.parse(readFileSync(file, "utf8")) as Metafile;
  const entries = Object.entries(meta.outputs).filter(([name]) => name.endsWith(".js"));
  const found = entries.find(([name]) => name.endsWith(`chrome/${bundle}.js`));
  expect(found, `outputs: ${entries.map(([n]) => n).join(", ")}`).toBeDefined();
  const [name, out] = found!;
  // The file the browser loads is the one measured.
  expect(readFileSync(join(root, name)).byteLength).toBe(out.bytes);
  return { name, bytes: out.bytes, inputs: Object.keys(out.inputs) };
}

describe("content script bundle", () => {
  it(`boot and rest together are at most ${LIMIT / 1024} KB minified, engine included, without zod or rule examples`, () => {
    const boot = output("content");
    const rest = output("content-ui");
    expect(rest.inputs.some((i) => i.endsWith("rules/check.ts")), "the engine's checking core is in the rest").toBe(true);
    for (const { inputs } of [boot, rest]) {
      expect(inputs.filter((i) => i.includes("zod") || i.includes(".examples."))).toEqual([]);
      expect(inputs.filter((i) => i.includes("rules/en/rules/") || i.endsWith("rules/prefixes.ts") || i.endsWith("rules/pattern.ts"))).toEqual([]);
    }
    expect(boot.bytes + rest.bytes).toBeLessThanOrEqual(LIMIT);
  });

  it(`injected with the page, the boot is at most ${BOOT_LIMIT / 1024} KB: field discovery only, no engine, no interface`, () => {
    const boot = output("content");
    expect(boot.inputs.filter((i) => i.includes("/rules/") && !i.endsWith("rules/types.ts"))).toEqual([]);
    expect(boot.inputs.filter((i) => /content\/(main|field-session|overlay|card|highlights|worker-link|message-validators)\.ts$/.test(i))).toEqual([]);
    expect(boot.bytes).toBeLessThanOrEqual(BOOT_LIMIT);
  });
});
