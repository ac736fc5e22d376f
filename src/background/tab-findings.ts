/**
 * Each tab's findings and ignore list, in storage.session under `tab:<id>`:
 * `{ frames: { [frameId]: FindingSummary[] }, ignored: string[] }`.
 *
 * storage.session lives in memory only (never written to disk, cleared when the browser
 * closes) and only extension pages and the worker can read it. It holds counts, categories,
 * rule ids, offsets and the flagged excerpts (at most 160 characters each, for the popup's
 * list); no other seller text. Ignore-list entries are hashes.
 *
 * The worker can be stopped at any time (and Firefox runs it as an event page), so nothing
 * lives only in its memory; updates of one tab are queued so that two messages arriving
 * together cannot overwrite each other's read-modify-write.
 */
import type { StorageArea } from "./browser-api.ts";
import type { FindingSummary } from "./messages.ts";

export interface TabRecord {
  frames: Record<string, FindingSummary[]>;
  ignored: string[];
}

/** Enough for any session; the oldest keys go first beyond it. */
const IGNORED_MAX = 1000;

export const tabKey = (tabId: number) => `tab:${tabId}`;

export class TabFindings {
  readonly #session: StorageArea;
  readonly #queues = new Map<number, Promise<unknown>>();

  constructor(session: StorageArea) {
    this.#session = session;
  }

  async read(tabId: number): Promise<TabRecord> {
    const stored = (await this.#session.get(tabKey(tabId)))[tabKey(tabId)] as TabRecord | undefined;
    return { frames: stored?.frames ?? {}, ignored: stored?.ignored ?? [] };
  }

  /** Runs `change` on the tab's record after every earlier change of that tab, and stores it. */
  update(tabId: number, change: (record: TabRecord) => void): Promise<TabRecord> {
    const previous = this.#queues.get(tabId) ?? Promise.resolve();
    const next = previous
      .catch(() => {})
      .then(async () => {
        const record = await this.read(tabId);
        change(record);
        await this.#session.set({ [tabKey(tabId)]: record });
        return record;
      });
    this.#queues.set(tabId, next);
    void next.finally(() => {
      if (this.#queues.get(tabId) === next) this.#queues.delete(tabId);
    });
    return next;
  }

  setFrame(tabId: number, frameId: number, findings: FindingSummary[], resetOthers = false): Promise<TabRecord> {
    return this.update(tabId, (record) => {
      if (resetOthers) record.frames = {};
      if (findings.length === 0) delete record.frames[frameId];
      else record.frames[frameId] = findings;
    });
  }

  addIgnored(tabId: number, key: string): Promise<TabRecord> {
    return this.update(tabId, (record) => {
      if (record.ignored.includes(key)) return;
      record.ignored.push(key);
      if (record.ignored.length > IGNORED_MAX) record.ignored.splice(0, record.ignored.length - IGNORED_MAX);
    });
  }

  async remove(tabId: number): Promise<void> {
    await (this.#queues.get(tabId) ?? Promise.resolve()).catch(() => {});
    await this.#session.remove(tabKey(tabId));
  }

  /** Every tab with a record (a content script said hello there). */
  async tabs(): Promise<number[]> {
    const all = await this.#session.get(null);
    return Object.keys(all)
      .filter((k) => k.startsWith("tab:"))
      .map((k) => Number(k.slice(4)));
  }
}

/** What the badge shows: violation findings over all frames of the tab. */
export function violationCount(record: TabRecord): number {
  let n = 0;
  for (const findings of Object.values(record.frames)) for (const f of findings) if (f.severity === "violation") n++;
  return n;
}
