/**
 * The service worker: keeps each tab's findings (for the badge and the popup), the tab's ignore
 * list, and the settings, and tells content scripts when settings or the ignore list change.
 * Every listener is registered synchronously at start, as an MV3 worker (or a Firefox event
 * page) that was stopped is started again by the event it missed.
 */
import type { WorkerApi } from "./browser-api.ts";
import { type ContextMenuApi, startContextMenu } from "./context-menu.ts";
import { catalogCache } from "./catalog-cache.ts";
import { type CatalogReply, schemaValidators } from "./messages.ts";
import { receive, sendToTab } from "./messaging.ts";
import { migrateStorage } from "./migrations.ts";
import { initSettings, loadSettings, SETTINGS_KEY, settingsFrom } from "./settings.ts";
import { type SiteAccessApi, startSiteAccess } from "./site-access.ts";
import { TabFindings, type TabRecord, violationCount } from "./tab-findings.ts";

const BADGE_COLOR = "#b12704";
/** The part of every content script its boot asks for after the page's first frame (src/content/ui.ts). */
const CONTENT_SCRIPT_REST = "content-ui.js";

export function startWorker(api: WorkerApi): { stop(): void } {
  const tabs = new TabFindings(api.storage.session);
  const catalog = catalogCache(api.storage.session);
  const catalogReply = async (lang: string): Promise<CatalogReply | undefined> => {
    const data = await catalog(lang);
    // The schema mirrors CatalogData; messages.test.ts proves a real catalog passes it.
    return data ? { catalog: data as CatalogReply["catalog"] } : undefined;
  };

  const showCount = async (tabId: number, record: TabRecord) => {
    const n = violationCount(record);
    // A tab-specific badge: the toolbar shows the active tab's.
    await api.action.setBadgeText({ tabId, text: n > 0 ? String(n) : "" }).catch(() => {});
  };

  const stop = receive(
    {
      "content:hello": async (_message, { tabId, frameId }) => {
        // A new top document starts the tab afresh; its ignore list lasts the tab's session.
        const record = await tabs.setFrame(tabId!, frameId!, [], frameId === 0);
        await showCount(tabId!, record);
        return { settings: await loadSettings(api.storage.local, api.storage.session), ignored: record.ignored };
      },
      "content:load": async (_message, { tabId, frameId }) => {
        // Into the asking frame only; a frame that navigated meanwhile gets a copy that finds no boot and does nothing.
        await api.scripting.executeScript({ target: { tabId: tabId!, frameIds: [frameId!] }, files: [CONTENT_SCRIPT_REST] }).catch((error: unknown) => {
          console.warn("[outreach-guard] could not load the content script's checks into a frame:", error);
        });
        return undefined;
      },
      "content:catalog": async (message) => catalogReply(message.lang),
      "popup:catalog": async (message) => catalogReply(message.lang),
      "content:findings": async (message, { tabId, frameId }) => {
        await showCount(tabId!, await tabs.setFrame(tabId!, frameId!, message.findings));
        return undefined;
      },
      "content:ignore": async (message, { tabId }) => {
        const record = await tabs.addIgnored(tabId!, message.key);
        await sendToTab(api.tabs, tabId!, { type: "worker:ignored", keys: record.ignored });
        return undefined;
      },
      "popup:settings": async (message) => {
        await api.storage.local.set({ [SETTINGS_KEY]: message.settings });
        return undefined;
      },
    },
    schemaValidators,
    api.runtime,
  );

  api.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area !== "local" || !change) return;
    void (async () => {
      const settings = await settingsFrom(change.newValue, api.storage.session);
      for (const tabId of await tabs.tabs()) await sendToTab(api.tabs, tabId, { type: "worker:settings", settings });
    })();
  });

  api.tabs.onRemoved.addListener((tabId) => void tabs.remove(tabId));
  api.runtime.onInstalled.addListener(() => void initSettings(api.storage.local));
  // Records an older version wrote load in this one: migrated at every start too, since a browser
  // restart after a sideloaded update, or a profile copied over, fires no onInstalled.
  void migrateStorage(api.storage.local).catch(() => {});
  void api.action.setBadgeBackgroundColor({ color: BADGE_COLOR }).catch(() => {});
  // The context menu and user-added sites use APIs the worker's fakes in unit tests leave out.
  startContextMenu(api as Partial<WorkerApi> as unknown as ContextMenuApi);
  startSiteAccess(api as Partial<WorkerApi> as unknown as SiteAccessApi);

  return { stop };
}
