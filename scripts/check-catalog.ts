/** Run by the build: every language's catalog must pass its schema and compile. */
import { CATALOGS } from "../src/rules/catalog.ts";
import { validateCatalog } from "../src/rules/catalog.schema.ts";
import { examplesByLanguage } from "../src/rules/examples.ts";

export const problems: string[] = Object.values(CATALOGS).flatMap((catalog) =>
  validateCatalog(catalog, examplesByLanguage[catalog.lang] ?? {}).map((p) => `${catalog.lang}: ${p}`),
);
