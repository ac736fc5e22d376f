/** The engine ships inside the content script: its bundle stays small and free of zod and examples. */
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const LIMIT = 60 * 1024;

describe("engine bundle", () => {
  it(`is at most ${LIMIT / 1024} KB minified, without zod or rule examples`, async () => {
    const result = await build({
      entryPoints: [new URL("./index.ts", import.meta.url).pathname],
      bundle: true,
      minify: true,
      format: "esm",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => i.includes("zod") || i.includes(".examples.") || i.includes("schema"))).toEqual([]);
    expect(result.outputFiles[0].contents.byteLength).toBeLessThanOrEqual(LIMIT);
  });
});
