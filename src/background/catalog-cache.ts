/**
 * The compiled rule catalog the worker hands content scripts. Compiling takes
 * tens of milliseconds, so it happens here, off the seller's page, once per
 * worker start at most: the result is kept in memory and in storage.session,
 * which outlives a stopped worker and is emptied when the extension reloads or
 * updates (so it never holds a stale catalog).
 */
import { CATALOG_DATA_VERSION, type CatalogData, serializeCatalog } from "../rules/catalog-data.ts";
import { compiledCatalog } from "../rules/engine.ts";
import type { StorageArea } from "./browser-api.ts";
import { categoryTexts } from "../rules/texts.ts";

const key = (lang: string) => `catalog:${lang}`;

export function catalogCache(session: StorageArea): (lang: string) => Promise<CatalogData | undefined> {
  const memory = new Map<string, CatalogData>();
  return async (lang) => {
    const known = memory.get(lang);
    if (known) return known;
    const items: Record<string, unknown> = await session.get(key(lang)).catch(() => ({}));
    const stored = items[key(lang)] as CatalogData | undefined;
    if (stored?.version === CATALOG_DATA_VERSION && stored.lang === lang) {
      memory.set(lang, stored);
      return stored;
    }
    let data: CatalogData;
    try {
      data = serializeCatalog(compiledCatalog(lang), categoryTexts(lang));
    } catch (error) {
      // A language without rules: the content script is told nothing and stays quiet.
      console.warn("[outreach-guard]", (error as Error).message);
      return undefined;
    }
    memory.set(lang, data);
    await session.set({ [key(lang)]: data }).catch(() => {});
    return data;
  };
}
