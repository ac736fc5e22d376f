/**
 * Settings in storage.local under "settings", validated with the schema of messages.ts. Missing
 * settings are the defaults; corrupt ones (not JSON we wrote, a newer schemaVersion, a category
 * that no longer exists) are read as the defaults too, left in place, and reported once per
 * browser session: a console warning and a notice in storage.session that the popup shows.
 */
import type { StorageArea } from "./browser-api.ts";
import { parseSettings, type Settings } from "./messages.ts";
import { DEFAULT_SETTINGS } from "./messaging.ts";
import { migrateSettings, migrateStorage } from "./migrations.ts";

export const SETTINGS_KEY = "settings";
/** storage.session key of the notice the popup shows: `{ settings: "corrupt" }`. */
export const NOTICES_KEY = "notices";

export async function loadSettings(local: StorageArea, session: StorageArea): Promise<Settings> {
  const raw = (await local.get(SETTINGS_KEY))[SETTINGS_KEY];
  return settingsFrom(raw, session);
}

/** Validated settings from a stored value; the defaults (and a notice, once) when it does not fit. */
export async function settingsFrom(raw: unknown, session: StorageArea): Promise<Settings> {
  if (raw === undefined) return DEFAULT_SETTINGS;
  // A record of the previous schema version is the seller's settings, not a corrupt one.
  const settings = parseSettings(migrateSettings(raw));
  if (settings) return settings;
  await noticeCorrupt(session);
  return DEFAULT_SETTINGS;
}

async function noticeCorrupt(session: StorageArea): Promise<void> {
  const notices = ((await session.get(NOTICES_KEY))[NOTICES_KEY] ?? {}) as Record<string, unknown>;
  if (notices.settings === "corrupt") return;
  console.warn("[outreach-guard] the stored settings are not valid; using the defaults until they are saved again");
  await session.set({ [NOTICES_KEY]: { ...notices, settings: "corrupt" } });
}

/**
 * On install and update: records an older version wrote (settings, drafts) are migrated in place
 * (migrations.ts), and defaults are stored when nothing is, so the schema version is there from the start.
 */
export async function initSettings(local: StorageArea): Promise<void> {
  await migrateStorage(local);
  const stored = await local.get(SETTINGS_KEY);
  if (stored[SETTINGS_KEY] === undefined) await local.set({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
}
