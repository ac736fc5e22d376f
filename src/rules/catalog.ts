/** Every language the engine covers. Adding one is adding data: a folder like en/. */
import { en } from "./en/index.ts";
import type { LanguageCatalog } from "./types.ts";

export const CATALOGS: Readonly<Record<string, LanguageCatalog>> = { en };
