/**
 * Versioned records in extension storage, the settings' way (src/background/settings.ts): each
 * record carries `schemaVersion`; a missing record is the default; one that does not fit (not
 * what we wrote, or from a newer version) is read as the default, flagged `corrupt` so the page
 * can say so, and left in place until the seller saves over it.
 */
import type { StorageArea } from "./browser.ts";

export interface Loaded<T> {
  value: T;
  corrupt: boolean;
}

export async function loadRecord<T>(area: StorageArea, key: string, parse: (raw: unknown) => T | undefined, fallback: T): Promise<Loaded<T>> {
  let raw: unknown;
  try {
    raw = (await area.get(key))[key];
  } catch {
    return { value: fallback, corrupt: false };
  }
  if (raw === undefined) return { value: fallback, corrupt: false };
  const value = parse(raw);
  return value === undefined ? { value: fallback, corrupt: true } : { value, corrupt: false };
}

export function isObject(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === "object" && raw !== null && !Array.isArray(raw);
}

export function isStringArray(raw: unknown): raw is string[] {
  return Array.isArray(raw) && raw.every((x) => typeof x === "string");
}
