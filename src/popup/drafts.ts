/**
 * The insert editor's drafts, in storage.local under "drafts":
 * `{ schemaVersion: 1, drafts: [{ id, name, text, channel, updated }] }`, newest first.
 * They never leave the browser; export writes a .txt file through a download.
 */
import { migrateDrafts } from "../background/migrations.ts";
import type { Channel } from "../rules/types.ts";
import { isObject } from "./stored.ts";

export const DRAFTS_KEY = "drafts";
export const DRAFTS_VERSION = 1;
/** A draft longer than this is not stored (storage.local has a 10 MB quota for everything). */
export const DRAFT_MAX = 200_000;

export interface Draft {
  id: string;
  name: string;
  text: string;
  channel: Channel;
  /** ms since the epoch */
  updated: number;
}

export interface DraftsRecord {
  schemaVersion: typeof DRAFTS_VERSION;
  drafts: Draft[];
}

export function newDraft(now: number, id: string = crypto.randomUUID()): Draft {
  return { id, name: "", text: "", channel: "insert", updated: now };
}

/** The stored drafts, a record of the previous schema version migrated first (migrations.ts). */
export function parseDrafts(stored: unknown): DraftsRecord | undefined {
  const raw = migrateDrafts(stored);
  if (!isObject(raw) || raw.schemaVersion !== DRAFTS_VERSION || !Array.isArray(raw.drafts)) return undefined;
  const drafts: Draft[] = [];
  for (const d of raw.drafts) {
    if (!isObject(d)) return undefined;
    const { id, name, text, channel, updated } = d;
    if (typeof id !== "string" || typeof name !== "string" || typeof text !== "string" || typeof updated !== "number") return undefined;
    if (channel !== "message" && channel !== "insert") return undefined;
    drafts.push({ id, name, text, channel, updated });
  }
  return { schemaVersion: DRAFTS_VERSION, drafts };
}

/** The record with `draft` put first (replacing the draft of the same id). */
export function saveDraft(record: DraftsRecord, draft: Draft): DraftsRecord {
  return { schemaVersion: DRAFTS_VERSION, drafts: [draft, ...record.drafts.filter((d) => d.id !== draft.id)] };
}

export function deleteDraft(record: DraftsRecord, id: string): DraftsRecord {
  return { schemaVersion: DRAFTS_VERSION, drafts: record.drafts.filter((d) => d.id !== id) };
}

/** A file name for the export: the draft's name made safe, or a dated default. */
export function exportFileName(draft: Draft): string {
  const base = draft.name
    .normalize("NFKC")
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 80);
  return `${base || `insert-${new Date(draft.updated).toISOString().slice(0, 10)}`}.txt`;
}

/** A draft's title in the list: its name, else its first line, else the placeholder. */
export function draftTitle(draft: Draft, untitled: string): string {
  return draft.name.trim() || draft.text.trim().split("\n")[0].slice(0, 60) || untitled;
}
