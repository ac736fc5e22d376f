/**
 * The languages the catalog has rules for, as a list apart from the rules: the
 * content script's language check needs the list without loading the rules
 * (catalog.test.ts keeps it equal to the catalogs).
 */
export const CATALOG_LANGUAGES: readonly string[] = ["en"];
