/**
 * What the popup's "This page" view shows for a tab, decided from three sources: the findings
 * the worker keeps (storage.session `tab:<id>`), the content script's answer to `popup:status`
 * (nobody answering means the script is not in the page), and the tab's address with the
 * extension's access to it.
 */
import type { FindingSummary, PageStatus } from "../background/messages.ts";
import { isSellerCentral, originPattern, parseSites, SITES_KEY } from "../background/site-access.ts";
import { tabKey } from "../background/tab-findings.ts";
import type { PageApi } from "./browser.ts";
import { isObject } from "./stored.ts";

export interface PageFinding extends FindingSummary {
  frameId: number;
}

export type PageState =
  | { kind: "no-tab" }
  | { kind: "unsupported" }
  | { kind: "site-off"; origin: string | null }
  | { kind: "reload" }
  | { kind: "disabled" }
  | { kind: "no-field" }
  | { kind: "clean" }
  | { kind: "findings"; findings: PageFinding[] };

/** Every finding the worker keeps for the tab, with its frame, in frame then text order. */
export function tabFindings(record: unknown): PageFinding[] {
  if (!isObject(record) || !isObject(record.frames)) return [];
  const out: PageFinding[] = [];
  for (const [frame, findings] of Object.entries(record.frames)) {
    if (!Array.isArray(findings)) continue;
    for (const f of findings as FindingSummary[]) out.push({ ...f, frameId: Number(frame) });
  }
  return out.sort((a, b) => a.frameId - b.frameId || a.start - b.start || a.end - b.end);
}

function isPageStatus(raw: unknown): raw is PageStatus {
  return isObject(raw) && typeof raw.active === "boolean" && typeof raw.fields === "number";
}

/** The content script's status: of the top frame, or (onlyWithFields) of any frame holding a field. */
export async function askStatus(api: PageApi, tabId: number, onlyWithFields: boolean): Promise<PageStatus | undefined> {
  try {
    const reply = await api.tabs.sendMessage(tabId, { type: "popup:status", onlyWithFields }, onlyWithFields ? undefined : { frameId: 0 });
    return isPageStatus(reply) ? reply : undefined;
  } catch {
    // "Receiving end does not exist": no content script in that frame.
    return undefined;
  }
}

export async function readPageState(api: PageApi, tabId: number): Promise<PageState> {
  const tab = await api.tabs.get(tabId).catch(() => undefined);
  if (!tab) return { kind: "no-tab" };
  const key = tabKey(tabId);
  const [stored, top] = await Promise.all([api.storage.session.get(key), askStatus(api, tabId, false)]);
  const findings = tabFindings(stored[key]);
  if (findings.length > 0) return { kind: "findings", findings };
  const url = tab.url ? safeUrl(tab.url) : undefined;
  if (url && url.protocol !== "https:" && url.protocol !== "http:") return { kind: "unsupported" };
  if (!top) {
    // The address is hidden without access to the page: access is what is missing.
    if (!url) return { kind: "site-off", origin: null };
    const origin = url.origin;
    const sites = parseSites((await api.storage.local.get(SITES_KEY))[SITES_KEY]) ?? [];
    const covered = isSellerCentral(origin) || sites.some((s) => s.origin === origin);
    // getAll, not contains: contains leaves out the hosts the manifest's content scripts match.
    const granted = (await api.permissions.getAll().catch(() => ({ origins: [] as string[] }))).origins ?? [];
    const allowed = granted.includes(originPattern(origin));
    return covered && allowed ? { kind: "reload" } : { kind: "site-off", origin };
  }
  // Read by hand (no zod in the popup); settings that do not parse count as the defaults (on).
  const settings = (await api.storage.local.get("settings")).settings;
  if (isObject(settings) && settings.schemaVersion === 1 && settings.enabled === false) return { kind: "disabled" };
  if (top.fields > 0) return { kind: "clean" };
  const anyFrame = await askStatus(api, tabId, true);
  return anyFrame && anyFrame.fields > 0 ? { kind: "clean" } : { kind: "no-field" };
}

function safeUrl(href: string): URL | undefined {
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}

/** The tab of `?tabId=N`, else null (then the popup reads the active tab of its window). */
export function tabIdFromAddress(search: string): number | null {
  const raw = new URLSearchParams(search).get("tabId");
  return raw !== null && /^\d+$/.test(raw) ? Number(raw) : null;
}
