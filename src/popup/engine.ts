/**
 * The engine in the extension pages: the checking core, with the rule catalog
 * the worker compiled (as the content script gets it), so opening the popup
 * neither loads the rules' source nor spends tens of milliseconds compiling them.
 * `useCatalog()` re-renders a component once the catalog is installed.
 */
import { useEffect, useState } from "preact/hooks";
import { send } from "../background/messaging.ts";
// The build's zod-free validators (as in the content script): the popup stays without zod.
import { validators } from "../content/message-validators.ts";
import type { CatalogData } from "../rules/catalog-data.ts";
import { hasCatalog, installCatalog } from "../rules/runtime.ts";

export { checkText, createChecker, detectLanguage, hasCatalog, ruleSpec } from "../rules/runtime.ts";

let loading: Promise<boolean> | null = null;

/** Asks the worker for the catalog once; true when it is installed. */
export function loadCatalog(lang = "en"): Promise<boolean> {
  if (hasCatalog(lang)) return Promise.resolve(true);
  loading ??= send({ type: "popup:catalog", lang }, validators).then((reply) => {
    if (!reply) {
      loading = null;
      console.warn("[outreach-guard] the rule catalog did not arrive");
      return false;
    }
    installCatalog(reply.catalog as CatalogData);
    return true;
  });
  return loading;
}

/** True once the catalog is installed; the component renders again then. */
export function useCatalog(lang = "en"): boolean {
  const [ready, setReady] = useState(hasCatalog(lang));
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadCatalog(lang).then((ok) => live && ok && setReady(true));
    return () => {
      live = false;
    };
  }, [ready, lang]);
  return ready;
}
