/**
 * Stored records written by the previous schema version, brought to the current one. Settings
 * and drafts are the seller's: a record from an older version is migrated, never dropped or
 * read as the defaults. The worker rewrites them in place when the extension is installed or
 * updated (settings.ts initSettings), and the settings loader migrates on read as well, so a
 * record read before that (a worker woken by an event) is not mistaken for a corrupt one.
 *
 * Version 0 is the shape before records carried `schemaVersion` (no release wrote it; it is
 * accepted so the migration path exists and is tested before a version 2 needs it):
 * - settings v0: `{ enabled?: boolean, disabledCategories?: string[] }`, no schemaVersion;
 *   missing fields take the defaults.
 * - drafts v0: a bare array of drafts `[{ id, text, name?, channel?, updated? }]`; a missing
 *   name is "", channel "insert", updated 0.
 * Anything else is returned unchanged for the current parser to accept or reject.
 */

const isObject = (raw: unknown): raw is Record<string, unknown> => typeof raw === "object" && raw !== null && !Array.isArray(raw);

/** Settings v0 → v1; a record that is not v0 comes back as it is. */
export function migrateSettings(raw: unknown): unknown {
  if (!isObject(raw) || "schemaVersion" in raw) return raw;
  const known = Object.keys(raw).every((k) => k === "enabled" || k === "disabledCategories");
  const typed = (raw.enabled === undefined || typeof raw.enabled === "boolean") && (raw.disabledCategories === undefined || Array.isArray(raw.disabledCategories));
  // Not v0 either: left as it is, for the loader to report as corrupt.
  if (!known || !typed) return raw;
  return {
    schemaVersion: 1,
    enabled: raw.enabled ?? true,
    disabledCategories: raw.disabledCategories ?? [],
  };
}

/** Drafts v0 (a bare array) → v1 `{ schemaVersion: 1, drafts }`; anything else comes back as it is. */
export function migrateDrafts(raw: unknown): unknown {
  if (!Array.isArray(raw) || !raw.every((d) => isObject(d) && typeof d.id === "string" && typeof d.text === "string")) return raw;
  return {
    schemaVersion: 1,
    drafts: raw.map((d) => ({ id: d.id, name: d.name ?? "", text: d.text, channel: d.channel ?? "insert", updated: d.updated ?? 0 })),
  };
}

export const MIGRATIONS: Record<string, (raw: unknown) => unknown> = {
  settings: migrateSettings,
  drafts: migrateDrafts,
};

/**
 * Rewrites every record of storage.local that an older version wrote; records already current
 * (or not ours to judge) are not touched. Returns the keys it rewrote.
 */
export async function migrateStorage(local: {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}): Promise<string[]> {
  const stored = await local.get(Object.keys(MIGRATIONS));
  const changed: Record<string, unknown> = {};
  for (const [key, migrate] of Object.entries(MIGRATIONS)) {
    if (stored[key] === undefined) continue;
    const next = migrate(stored[key]);
    if (next !== stored[key]) changed[key] = next;
  }
  if (Object.keys(changed).length > 0) await local.set(changed);
  return Object.keys(changed);
}
