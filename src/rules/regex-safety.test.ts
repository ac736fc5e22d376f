/**
 * Linear time: recheck must prove every regular expression the engine runs safe
 * (not "unknown", not vulnerable): every term of every catalog, and the
 * normalization, segmentation and piece-splitting expressions.
 */
import { check } from "recheck";
import { describe, expect, it } from "vitest";
import { CATALOGS } from "./catalog.ts";
import { PIECE_BREAKS } from "./chunks.ts";
import { compileCatalog } from "./engine.ts";
import { normalizationExpressions } from "./normalize.ts";
import { SEGMENTATION_EXPRESSIONS } from "./segment.ts";

process.env.RECHECK_BACKEND ??= "native";

function expressions(): Array<[string, RegExp]> {
  const all = new Map<string, [string, RegExp]>();
  const engine: RegExp[] = [...SEGMENTATION_EXPRESSIONS, ...PIECE_BREAKS];
  for (const catalog of Object.values(CATALOGS)) {
    const compiled = compileCatalog(catalog);
    engine.push(...normalizationExpressions(compiled.normalization));
    for (const term of compiled.terms.terms) all.set(`${term.re.source}/${term.re.flags}`, [`${catalog.lang} term ${term.source.slice(0, 80)}`, term.re]);
  }
  for (const re of engine) all.set(`${re.source}/${re.flags}`, [`engine ${re.source.slice(0, 80)}`, re]);
  return [...all.values()];
}

async function inBatches<T, R>(items: T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return results;
}

describe("regular expressions", () => {
  it("are all proven safe by recheck", { timeout: 600_000 }, async () => {
    const list = expressions();
    const verdicts = await inBatches(list, 4, async ([name, re]) => {
      // A fixed seed keeps the fuzz checker's verdicts the same from run to run.
      const result = await check(re.source, re.flags, { timeout: 60_000, randomSeed: 0 });
      return { name, status: result.status, complexity: result.status === "vulnerable" ? result.complexity.type : undefined };
    });
    expect(verdicts.filter((v) => v.status !== "safe")).toEqual([]);
    expect(verdicts.length).toBeGreaterThan(10);
  });
});
