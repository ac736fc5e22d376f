/**
 * The part of the extension API the service worker uses, typed here (no @types/chrome in this
 * project). `chrome.*` returns promises in MV3 Chrome and in Firefox, so this is the API itself,
 * not a polyfill; tests pass fakes of the same shape.
 */
import type { RuntimeApi, TabsMessagingApi } from "./messaging.ts";

export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

interface Event<F> {
  addListener(fn: F): void;
}

export interface WorkerApi {
  runtime: RuntimeApi & { onInstalled: Event<() => void> };
  tabs: TabsMessagingApi & { onRemoved: Event<(tabId: number) => void> };
  storage: {
    local: StorageArea;
    session: StorageArea;
    onChanged: Event<(changes: Record<string, StorageChange>, areaName: string) => void>;
  };
  scripting: {
    executeScript(injection: { target: { tabId: number; frameIds?: number[] }; files: string[] }): Promise<unknown>;
  };
  action: {
    setBadgeText(details: { tabId?: number; text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  };
}

/** The real API in the worker. */
export function workerApi(): WorkerApi {
  return (globalThis as unknown as { chrome: WorkerApi }).chrome;
}
