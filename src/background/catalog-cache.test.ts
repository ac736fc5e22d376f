import { describe, expect, it } from "vitest";
import { CATALOG_DATA_VERSION } from "../rules/catalog-data.ts";
import type { StorageArea } from "./browser-api.ts";
import { catalogCache } from "./catalog-cache.ts";

function memoryArea(): StorageArea & { items: Record<string, unknown>; writes: number } {
  const area = {
    items: {} as Record<string, unknown>,
    writes: 0,
    async get(k: string | string[] | null) {
      const keys = k === null ? Object.keys(area.items) : typeof k === "string" ? [k] : k;
      return Object.fromEntries(keys.filter((x) => x in area.items).map((x) => [x, area.items[x]]));
    },
    async set(items: Record<string, unknown>) {
      area.writes++;
      Object.assign(area.items, items);
    },
    async remove() {},
  };
  return area;
}

describe("catalogCache", () => {
  it("compiles once, keeps the result for a restarted worker, and says nothing for a language without rules", async () => {
    const session = memoryArea();
    const first = await catalogCache(session)("en");
    expect(first?.version).toBe(CATALOG_DATA_VERSION);
    expect(session.writes).toBe(1);
    // A restarted worker (a new cache) reads storage.session instead of compiling.
    const restarted = catalogCache(session);
    expect(await restarted("en")).toEqual(first);
    expect(session.writes).toBe(1);
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(await restarted("xx")).toBeUndefined();
    } finally {
      console.warn = warn;
    }
  });

  it("ignores a stored catalog of another format version", async () => {
    const session = memoryArea();
    session.items["catalog:en"] = { version: CATALOG_DATA_VERSION + 1, lang: "en" };
    const data = await catalogCache(session)("en");
    expect(data?.version).toBe(CATALOG_DATA_VERSION);
  });
});
