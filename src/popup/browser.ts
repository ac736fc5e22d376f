/**
 * The part of the extension API the extension pages use, typed here (the project has no
 * @types/chrome). `chrome.*` returns promises in MV3 Chrome and Firefox. Unit tests of the
 * pages' logic pass fakes of these shapes; the pages themselves read `pageApi()`.
 */
import type { StorageArea, StorageChange } from "../background/browser-api.ts";

export type { StorageArea, StorageChange };

export interface TabInfo {
  id?: number;
  url?: string;
  windowId?: number;
}

export type StorageListener = (changes: Record<string, StorageChange>, area: string) => void;

export interface PageApi {
  i18n: { getMessage(name: string, substitutions?: string | string[]): string };
  runtime: { id?: string; getURL(path: string): string; openOptionsPage(): Promise<void> };
  storage: {
    local: StorageArea;
    session: StorageArea;
    onChanged: { addListener(fn: StorageListener): void; removeListener(fn: StorageListener): void };
  };
  tabs: {
    query(q: { active: boolean; currentWindow: boolean }): Promise<TabInfo[]>;
    get(tabId: number): Promise<TabInfo>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
    create(props: { url: string }): Promise<TabInfo>;
    update(tabId: number, props: { active: boolean }): Promise<TabInfo>;
    reload(tabId: number): Promise<void>;
  };
  permissions: {
    contains(p: { origins: string[] }): Promise<boolean>;
    request(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
    getAll(): Promise<{ origins?: string[] }>;
  };
}

/** The real API in an extension page. */
export function pageApi(): PageApi {
  return (globalThis as unknown as { chrome: PageApi }).chrome;
}
