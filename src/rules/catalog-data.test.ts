import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCorpus } from "../cli/corpus.ts";
import { CATALOG_DATA_VERSION, CatalogDataError, serializeCatalog } from "./catalog-data.ts";
import { checkText as checkFromSource, compiledCatalog } from "./engine.ts";
import { categoryText, checkText, hasCatalog, installCatalog } from "./runtime.ts";
import { categoryTexts } from "./texts.ts";

const corpus = parseCorpus(readFileSync(new URL("../../test/corpus/dev.jsonl", import.meta.url), "utf8"), "dev.jsonl");

describe("a catalog as data", () => {
  const data = serializeCatalog(compiledCatalog("en"), categoryTexts("en"));

  it("survives JSON, as messages carry it", () => {
    const copy = JSON.parse(JSON.stringify(data));
    expect(copy).toEqual(JSON.parse(JSON.stringify(data)));
    expect(copy.version).toBe(CATALOG_DATA_VERSION);
  });

  it("checks every corpus text exactly as the catalog compiled from source", () => {
    installCatalog(JSON.parse(JSON.stringify(data)));
    expect(hasCatalog("en")).toBe(true);
    for (const c of corpus) {
      for (const channel of ["message", "insert"] as const) {
        expect(checkText(c.text, { channel })).toEqual(checkFromSource(c.text, { channel }));
      }
    }
  });

  it("carries what each category means, so a page shows it without carrying the texts", () => {
    installCatalog(JSON.parse(JSON.stringify(data)));
    for (const [id, text] of Object.entries(categoryTexts("en"))) expect(categoryText(id as keyof ReturnType<typeof categoryTexts>, "en")).toEqual(text);
    expect(categoryText("review-change", "de")).toBeUndefined();
  });

  it("refuses what is not a catalog with a clear error", () => {
    expect(() => installCatalog({ ...data, version: 99 })).toThrow(CatalogDataError);
    expect(() => installCatalog({ ...data, texts: undefined as unknown as typeof data.texts })).toThrow(/category texts missing/);
    expect(() => installCatalog({ ...data, terms: [["(", null, null, false]] })).toThrow(/term 0 is not a valid expression/);
    expect(() => installCatalog({ ...data, patterns: [[[999999], [], []]] })).toThrow(/no term 999999/);
  });

  it("says a catalog is missing instead of checking with none", () => {
    expect(() => checkText("Leave us 5 stars", { channel: "message", lang: "de" })).toThrow(/no catalog installed for "de"/);
  });
});
