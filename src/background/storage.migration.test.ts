/**
 * Records written by the previous schema version (v0: migrations.ts) load in the current one:
 * settings through the worker's loader and drafts through the editor's parser, after the
 * worker's in-place migration on install or update. Current and corrupt records are left alone.
 */
import { describe, expect, it } from "vitest";
import { parseDrafts } from "../popup/drafts.ts";
import type { StorageArea } from "./browser-api.ts";
import { parseSettings } from "./messages.ts";
import { DEFAULT_SETTINGS } from "./messaging.ts";
import { migrateDrafts, migrateSettings, migrateStorage } from "./migrations.ts";
import { initSettings, loadSettings, NOTICES_KEY } from "./settings.ts";

/** storage.local / storage.session in memory, values copied in and out as the browser does. */
function memoryArea(initial: Record<string, unknown> = {}): StorageArea & { data: Record<string, unknown>; writes: number } {
  const data: Record<string, unknown> = structuredClone(initial);
  const area = {
    data,
    writes: 0,
    async get(keys: string | string[] | null) {
      const wanted = keys === null ? Object.keys(data) : typeof keys === "string" ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items: Record<string, unknown>) {
      area.writes++;
      for (const [k, v] of Object.entries(items)) data[k] = structuredClone(v);
    },
    async remove(keys: string | string[]) {
      for (const k of typeof keys === "string" ? [keys] : keys) delete data[k];
    },
  };
  return area;
}

const SETTINGS_V1 = { schemaVersion: 1, enabled: false, disabledCategories: ["marketing"] };
const DRAFT_V1 = { id: "d1", name: "Thank-you card", text: "Thanks for your order!", channel: "insert", updated: 1_700_000_000_000 };

describe("settings v0 → v1", () => {
  it.each([
    ["everything", { enabled: false, disabledCategories: ["marketing"] }, SETTINGS_V1],
    ["only enabled", { enabled: false }, { schemaVersion: 1, enabled: false, disabledCategories: [] }],
    ["only categories", { disabledCategories: ["off-amazon-contact"] }, { schemaVersion: 1, enabled: true, disabledCategories: ["off-amazon-contact"] }],
    ["an empty record", {}, DEFAULT_SETTINGS],
  ])("%s", async (_, v0, v1) => {
    expect(parseSettings(migrateSettings(v0))).toEqual(v1);
    const local = memoryArea({ settings: v0 });
    const session = memoryArea();
    // Read before any migration (a worker woken by an event): the seller's settings, no notice.
    expect(await loadSettings(local, session)).toEqual(v1);
    expect(session.data[NOTICES_KEY]).toBeUndefined();
    // On install or update the record is rewritten in the current version.
    await initSettings(local);
    expect(local.data.settings).toEqual(v1);
  });

  it("current, newer and corrupt records are not touched; corrupt ones still read as the defaults with a notice", async () => {
    expect(migrateSettings(SETTINGS_V1)).toBe(SETTINGS_V1);
    for (const raw of [{ schemaVersion: 2, enabled: false, disabledCategories: [] }, { enabled: "no" }, { enabled: false, theme: "dark" }, "on", null, [1]]) {
      expect(migrateSettings(raw)).toBe(raw);
      const local = memoryArea({ settings: raw });
      const session = memoryArea();
      expect(await loadSettings(local, session)).toEqual(DEFAULT_SETTINGS);
      expect(session.data[NOTICES_KEY]).toEqual({ settings: "corrupt" });
      await initSettings(local);
      expect(local.data.settings).toEqual(raw);
    }
  });
});

describe("drafts v0 → v1", () => {
  it("a bare array of drafts becomes the v1 record the editor loads, every text unchanged", () => {
    const v0 = [
      { id: "d1", name: "Thank-you card", text: "Thanks for your order!", channel: "insert", updated: 1_700_000_000_000 },
      { id: "d2", text: "Line one\nLine two — ünïcödé 🙂" },
    ];
    const loaded = parseDrafts(migrateDrafts(v0));
    expect(loaded).toEqual({
      schemaVersion: 1,
      drafts: [DRAFT_V1, { id: "d2", name: "", text: "Line one\nLine two — ünïcödé 🙂", channel: "insert", updated: 0 }],
    });
  });

  it("current and corrupt records are not touched", () => {
    const v1 = { schemaVersion: 1, drafts: [DRAFT_V1] };
    expect(migrateDrafts(v1)).toBe(v1);
    expect(parseDrafts(migrateDrafts(v1))).toEqual(v1);
    // A v0 array with a draft that has no text is not made up into one: the parser rejects it.
    const broken = [{ id: "x" }];
    expect(migrateDrafts(broken)).toBe(broken);
    expect(parseDrafts(migrateDrafts(broken))).toBeUndefined();
    expect(migrateDrafts("text")).toBe("text");
  });
});

describe("migrateStorage (the worker, on install and update)", () => {
  it("rewrites only the records an older version wrote, and nothing else in storage", async () => {
    const local = memoryArea({
      settings: { enabled: false },
      drafts: [{ id: "d2", text: "Hello" }],
      checklist: { schemaVersion: 1, ticked: ["p1"] },
      sites: { schemaVersion: 1, sites: [] },
    });
    expect(await migrateStorage(local)).toEqual(["settings", "drafts"]);
    expect(local.data).toEqual({
      settings: { schemaVersion: 1, enabled: false, disabledCategories: [] },
      drafts: { schemaVersion: 1, drafts: [{ id: "d2", name: "", text: "Hello", channel: "insert", updated: 0 }] },
      checklist: { schemaVersion: 1, ticked: ["p1"] },
      sites: { schemaVersion: 1, sites: [] },
    });
    // A second run (the next update) finds nothing to do and writes nothing.
    const writes = local.writes;
    expect(await migrateStorage(local)).toEqual([]);
    expect(local.writes).toBe(writes);
  });

  it("a fresh install stores the defaults; current records are kept as they are", async () => {
    const fresh = memoryArea();
    await initSettings(fresh);
    expect(fresh.data).toEqual({ settings: DEFAULT_SETTINGS });
    const current = memoryArea({ settings: SETTINGS_V1, drafts: { schemaVersion: 1, drafts: [DRAFT_V1] } });
    await initSettings(current);
    expect(current.data).toEqual({ settings: SETTINGS_V1, drafts: { schemaVersion: 1, drafts: [DRAFT_V1] } });
    expect(current.writes).toBe(0);
  });
});
