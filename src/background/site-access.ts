/**
 * Other sites where sellers write (helpdesks, email tools), added in Options. Each is an origin
 * the seller granted through `optional_host_permissions` plus the channel checked there; the
 * list lives in storage.local under "sites" (`{ schemaVersion: 1, sites: [{ origin, channel }] }`).
 *
 * The content script is registered with `scripting.registerContentScripts` for every listed
 * origin whose permission is granted, and only those: the worker re-syncs at startup, on
 * install, when the list changes and on `permissions.onAdded` / `onRemoved` (a permission can be
 * taken back from the browser's own settings). Syncs run one at a time.
 *
 * No zod here: the options page and the popup load this module, and a hand check of two fields
 * costs nothing.
 */
import { SELLER_CENTRAL_HOSTS } from "../content/hosts.ts";
import type { Channel } from "../rules/types.ts";
import type { StorageArea } from "./browser-api.ts";

export const SITES_KEY = "sites";
export const SITES_VERSION = 1;
/** Registered script ids start with this; other ids are left alone. */
const SCRIPT_PREFIX = "og-site:";

export interface Site {
  /** `https://host[:port]` (or http), no path. */
  origin: string;
  channel: Channel;
}

export interface SitesRecord {
  schemaVersion: typeof SITES_VERSION;
  sites: Site[];
}

export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  allFrames?: boolean;
  runAt?: string;
  persistAcrossSessions?: boolean;
}

export interface SiteAccessApi {
  storage: {
    local: StorageArea;
    onChanged: { addListener(fn: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void };
  };
  permissions: {
    getAll(): Promise<{ origins?: string[] }>;
    onAdded: { addListener(fn: () => void): void };
    onRemoved: { addListener(fn: () => void): void };
  };
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  };
  runtime: { onStartup: { addListener(fn: () => void): void }; onInstalled: { addListener(fn: () => void): void } };
}

/** The match pattern that covers an origin: what is requested, granted and registered. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/**
 * What the seller typed ("helpdesk.example.com", "https://mail.example.com/inbox") as an origin,
 * or undefined when it is not an http(s) address with a host. HTTPS unless http:// is written.
 */
export function siteOrigin(input: string): string | undefined {
  const text = input.trim();
  if (!text || /\s/.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return undefined;
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || !url.hostname || url.username || url.password) return undefined;
  if (!url.hostname.includes(".") && url.hostname !== "localhost") return undefined;
  return url.origin;
}

/** True for an origin the built-in content script already covers (Seller Central). */
export function isSellerCentral(origin: string): boolean {
  try {
    const url = new URL(origin);
    return url.protocol === "https:" && SELLER_CENTRAL_HOSTS.includes(url.hostname);
  } catch {
    return false;
  }
}

/** The stored list, or undefined when what is stored does not fit (corrupt, or a newer version). */
export function parseSites(raw: unknown): Site[] | undefined {
  if (raw === undefined) return [];
  if (typeof raw !== "object" || raw === null) return undefined;
  const record = raw as { schemaVersion?: unknown; sites?: unknown };
  if (record.schemaVersion !== SITES_VERSION || !Array.isArray(record.sites)) return undefined;
  const sites: Site[] = [];
  for (const item of record.sites) {
    const { origin, channel } = (item ?? {}) as { origin?: unknown; channel?: unknown };
    if (typeof origin !== "string" || siteOrigin(origin) !== origin) return undefined;
    if (channel !== "message" && channel !== "insert") return undefined;
    sites.push({ origin, channel });
  }
  return sites;
}

export function sitesRecord(sites: Site[]): SitesRecord {
  return { schemaVersion: SITES_VERSION, sites };
}

/** The content scripts that should be registered: listed sites whose permission is granted. */
export function wantedScripts(sites: readonly Site[], grantedOrigins: readonly string[]): RegisteredScript[] {
  return sites
    .filter((site) => grantedOrigins.includes(originPattern(site.origin)))
    .map((site) => ({
      id: `${SCRIPT_PREFIX}${site.origin}`,
      matches: [originPattern(site.origin)],
      js: [`site-${site.channel}.js`],
      allFrames: true,
      runAt: "document_idle",
      persistAcrossSessions: true,
    }));
}

/** Registers and unregisters so that exactly the wanted scripts are there. */
export async function syncSiteScripts(api: SiteAccessApi): Promise<void> {
  const stored = (await api.storage.local.get(SITES_KEY))[SITES_KEY];
  const sites = parseSites(stored) ?? [];
  const granted = (await api.permissions.getAll()).origins ?? [];
  const wanted = wantedScripts(sites, granted);
  const registered = (await api.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(SCRIPT_PREFIX));
  const same = (a: RegisteredScript, b: RegisteredScript) => a.id === b.id && a.js?.join() === b.js?.join() && a.matches?.join() === b.matches?.join();
  const stale = registered.filter((r) => !wanted.some((w) => same(r, w)));
  const missing = wanted.filter((w) => !registered.some((r) => same(r, w)));
  if (stale.length > 0) await api.scripting.unregisterContentScripts({ ids: stale.map((s) => s.id) });
  if (missing.length > 0) await api.scripting.registerContentScripts(missing);
}

/** The worker's side: every event that can change what should be registered leads to a sync. */
export function startSiteAccess(api: SiteAccessApi | undefined): void {
  if (!api?.scripting?.registerContentScripts || !api.permissions) return;
  let queue: Promise<void> = Promise.resolve();
  const sync = () => {
    queue = queue.then(() => syncSiteScripts(api)).catch((error: unknown) => console.warn("[outreach-guard] site scripts:", error));
  };
  api.permissions.onAdded.addListener(sync);
  api.permissions.onRemoved.addListener(sync);
  api.runtime.onStartup.addListener(sync);
  api.runtime.onInstalled.addListener(sync);
  api.storage.onChanged.addListener((changes, area) => {
    if (area === "local" && SITES_KEY in changes) sync();
  });
  // The worker also starts for other events; a sync then costs two storage reads.
  sync();
}

/** Adds (or re-channels) a site in the stored list; a corrupt list is replaced. */
export async function addSite(local: StorageArea, site: Site): Promise<void> {
  const sites = (parseSites((await local.get(SITES_KEY))[SITES_KEY]) ?? []).filter((s) => s.origin !== site.origin);
  await local.set({ [SITES_KEY]: sitesRecord([...sites, site]) });
}

export async function removeSite(local: StorageArea, origin: string): Promise<void> {
  const sites = (parseSites((await local.get(SITES_KEY))[SITES_KEY]) ?? []).filter((s) => s.origin !== origin);
  await local.set({ [SITES_KEY]: sitesRecord(sites) });
}
