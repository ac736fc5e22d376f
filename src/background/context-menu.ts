/**
 * "Check selected text with Outreach Guard": a context menu item on selected text in any page.
 * The selection is read with scripting.executeScript in the clicked frame, under the activeTab
 * grant the click gives (so line breaks survive: review gating is often split over paragraphs,
 * and the menu's own `selectionText` collapses them). The text goes to the checker page through
 * storage.session under a one-time key; the page's address carries only the key, never the text.
 */
import type { StorageArea } from "./browser-api.ts";

export const MENU_ID = "og-check-selection";
/** storage.session key prefix of a text waiting for the checker page. */
export const CHECKER_TEXT_PREFIX = "checker:";

interface ClickInfo {
  menuItemId: string | number;
  frameId?: number;
  selectionText?: string;
}

interface Tab {
  id?: number;
  index?: number;
}

export interface ContextMenuApi {
  contextMenus: {
    create(props: { id: string; title: string; contexts: string[] }, callback?: () => void): unknown;
    removeAll(): Promise<void>;
    onClicked: { addListener(fn: (info: ClickInfo, tab?: Tab) => void): void };
  };
  scripting: {
    executeScript(injection: { target: { tabId: number; frameIds?: number[] }; func: () => string }): Promise<Array<{ result?: unknown }>>;
  };
  storage: { session: StorageArea };
  tabs: { create(props: { url: string; index?: number }): Promise<unknown> };
  runtime: { getURL(path: string): string; onInstalled: { addListener(fn: () => void): void }; lastError?: unknown };
  i18n: { getMessage(name: string): string };
}

/** Runs in the page's frame: the selected text, from a text field too (whose selection Selection does not hold). */
export function readSelection(): string {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && /^(text|search)$/.test(active.type))) {
    const { selectionStart: s, selectionEnd: e } = active;
    if (s !== null && e !== null && e > s) return active.value.slice(s, e);
  }
  return getSelection()?.toString() ?? "";
}

/** Reads the selection, stores it and opens the checker page beside the tab. */
export async function checkSelection(api: ContextMenuApi, info: ClickInfo, tab: Tab | undefined): Promise<void> {
  let text = info.selectionText ?? "";
  if (tab?.id !== undefined && tab.id >= 0) {
    try {
      const [result] = await api.scripting.executeScript({ target: { tabId: tab.id, frameIds: [info.frameId ?? 0] }, func: readSelection });
      if (typeof result?.result === "string" && result.result.trim() !== "") text = result.result;
    } catch {
      // No access to the frame (a browser page, a PDF): the menu's own selectionText it is.
    }
  }
  const key = crypto.randomUUID();
  await api.storage.session.set({ [`${CHECKER_TEXT_PREFIX}${key}`]: { text } });
  await api.tabs.create({ url: api.runtime.getURL(`checker.html?text=${key}`), index: tab?.index === undefined ? undefined : tab.index + 1 });
}

export function startContextMenu(api: ContextMenuApi | undefined): void {
  if (!api?.contextMenus) return;
  api.runtime.onInstalled.addListener(() => {
    void api.contextMenus.removeAll().then(() => {
      api.contextMenus.create({ id: MENU_ID, title: api.i18n.getMessage("contextMenuCheck"), contexts: ["selection"] }, () => {
        // Reading lastError keeps a duplicate-id error (a second install event) out of the console.
        void api.runtime.lastError;
      });
    });
  });
  api.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    checkSelection(api, info, tab).catch((error: unknown) => console.warn("[outreach-guard] check selection:", error));
  });
}
