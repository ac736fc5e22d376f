// Per-browser differences of the one manifest.json (Dark Reader's way: one source, patches
// applied by the build). scripts/build.mjs writes dist/<target>/manifest.json with
// `manifestFor(target, manifest)`; scripts/package.mjs makes the store copies with `forStore`.
// Plain JavaScript so the build and the packaging script run it with node as it is.

/** The browsers the build writes an unpacked extension for, one folder each under dist/. */
export const TARGETS = ["chrome", "firefox"];

/**
 * Firefox's add-on id. It is permanent once the add-on is listed on addons.mozilla.org, and
 * the Firefox tests pin the add-on's moz-extension:// address to it.
 */
export const GECKO_ID = "outreach-guard@outreach-guard.app";

/** Firefox 140 is the first (ESR) release that reads `data_collection_permissions`. */
export const FIREFOX_MIN_VERSION = "140.0";

/**
 * The manifest for one browser. `manifest` is the source manifest with the build's own fields
 * filled in (version, content script matches); it is not changed.
 * @param {string} target one of TARGETS
 * @param {Record<string, any>} manifest
 * @returns {Record<string, any>}
 */
export function manifestFor(target, manifest) {
  const out = structuredClone(manifest);
  if (target === "chrome") return out;
  if (target !== "firefox") throw new Error(`Unknown build target ${target} (one of ${TARGETS.join(", ")})`);

  // Firefox MV3 runs the background as an event page: no extension service worker.
  const { service_worker: script, type } = out.background ?? {};
  if (script) out.background = { scripts: [script], ...(type ? { type } : {}) };
  // `key` pins the Chrome extension id only; Chrome's minimum version means nothing to Firefox.
  delete out.key;
  delete out.minimum_chrome_version;
  out.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      // The promise of the README in the form Firefox shows at install: nothing is collected.
      data_collection_permissions: { required: ["none"] },
    },
  };
  return out;
}

/**
 * The manifest as uploaded to a store. The Chrome Web Store gives the id itself and refuses or
 * ignores `key` in an upload; it stays only in the unpacked dist/chrome (a fixed id for tests
 * and for sellers who load the folder).
 * @param {Record<string, any>} manifest a manifest made by manifestFor
 * @returns {Record<string, any>}
 */
export function forStore(manifest) {
  const out = structuredClone(manifest);
  delete out.key;
  return out;
}
