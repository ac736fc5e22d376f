/**
 * What the engine weighs. A content script carries only the checking core
 * (runtime.ts) and receives the rule catalog compiled from the worker; the
 * engine that compiles the catalog from source (engine.ts: command line,
 * worker, extension pages) carries the rules themselves. Issue 2's target for
 * the latter is 60 KB; it measures about 106 KiB, most of it the catalog's own
 * text (the rules and their vocabulary), so this guard stops growth while the
 * target stays open. History: 78 to 79 KiB for the pair index and the token table
 * (checks 10-15 % faster); 79 to 110 KiB on 2026-11-26 for rules written against
 * about 1,800 texts from writers who never saw the rules (recall on them 0.73 before), which
 * raised recall on sets not yet used for fixing from 0.755 to 0.80, 0.89 to 0.94,
 * 0.776 to 0.853 and 0.744 to 0.840, no clean text flagged; and for false-alarm
 * fixes found by a red team. Compressing the catalog into the bundle was rejected:
 * store reviewers read a compressed blob as obfuscation.
 */
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

async function bundle(contents: string) {
  const result = await build({
    stdin: { contents, resolveDir: new URL(".", import.meta.url).pathname, loader: "ts" },
    bundle: true,
    minify: true,
    // Extension scripts are UTF-8; escaping every non-ASCII character would only add bytes.
    charset: "utf8",
    format: "esm",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  return { bytes: result.outputFiles[0].contents.byteLength, inputs: Object.keys(result.metafile.inputs) };
}

const noZodNoExamples = (inputs: string[]) => inputs.filter((i) => i.includes("zod") || i.includes(".examples.") || i.includes("schema"));

describe("engine bundle", () => {
  it("with its catalog compiled from source is at most 110 KiB minified, without zod or rule examples", async () => {
    const { bytes, inputs } = await bundle('export { checkText } from "./engine.ts"; export { detectLanguage } from "./language.ts";');
    expect(inputs.some((i) => i.endsWith("rules/review-change.ts"))).toBe(true);
    expect(noZodNoExamples(inputs)).toEqual([]);
    expect(bytes).toBeLessThanOrEqual(110 * 1024);
  });

  it("as a content script carries it (checking core and incremental checker, no rules, no compiler) is at most 28 KiB", async () => {
    const { bytes, inputs } = await bundle('export { checkText, createChecker, installCatalog } from "./runtime.ts"; export { detectLanguage } from "./language.ts";');
    expect(inputs.filter((i) => i.includes("/en/") || i.endsWith("prefixes.ts") || i.endsWith("pattern.ts"))).toEqual([]);
    expect(noZodNoExamples(inputs)).toEqual([]);
    expect(bytes).toBeLessThanOrEqual(28 * 1024);
  });
});
