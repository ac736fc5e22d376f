/**
 * Helpers for tests of the extension's own contexts: its service worker (evaluate, console,
 * network), the content script's isolated world in a page, and the worker's per-tab state.
 */
import type { CDPSession, Page, WebWorker } from "puppeteer-core";
import type { Harness } from "./harness.ts";

/** What the tests use of `chrome` inside the worker (evaluated there; typed here). */
export interface WorkerChrome {
  storage: {
    local: { get(k: string | null): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> };
    session: { get(k: string | null): Promise<Record<string, unknown>>; remove(k: string): Promise<void> };
  };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

export interface ServiceWorker {
  worker: WebWorker;
  /** Console warnings and errors of the worker, as text. */
  console: string[];
  /** Requests the worker started (there must be none). */
  requests: string[];
}

/** The extension's service worker, with its console and network watched from now on. */
export async function serviceWorker(harness: Harness): Promise<ServiceWorker> {
  const target = await harness.browser.waitForTarget(
    (t) => t.type() === "service_worker" && t.url().startsWith("chrome-extension://"),
    { timeout: 20_000 },
  );
  const worker = await target.worker();
  if (!worker) throw new Error("The service worker target has no worker");
  const watched: ServiceWorker = { worker, console: [], requests: [] };
  worker.on("console", (message) => {
    if (message.type() === "warn" || message.type() === "error") watched.console.push(`${message.type()}: ${message.text()}`);
  });
  const session = await target.createCDPSession();
  session.on("Network.requestWillBeSent", (event) => watched.requests.push(event.request.url));
  await session.send("Network.enable");
  return watched;
}

/** Polls `check` (an expression evaluated in the worker) until it is truthy: a signal, with a deadline. */
export async function waitInWorker<T>(worker: WebWorker, check: () => Promise<T> | T, what: string, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await worker.evaluate(check);
    if (last) return last;
    await worker.evaluate(() => new Promise((r) => setTimeout(r, 25)));
  }
  throw new Error(`Timed out waiting in the service worker for ${what} (last: ${JSON.stringify(last)})`);
}

export interface TabState {
  tabId: number;
  badge: string;
  frames: Record<string, Array<{ ruleId: string; category: string; severity: string; start: number; end: number; excerpt: string }>>;
  ignored: string[];
}

/** Every tab the worker keeps (storage.session `tab:<id>`), with its badge text. */
export async function tabStates(worker: WebWorker): Promise<TabState[]> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const all = (await api.storage.session.get(null)) as Record<string, { frames: TabState["frames"]; ignored: string[] }>;
    const out: TabState[] = [];
    for (const [key, record] of Object.entries(all)) {
      if (!key.startsWith("tab:")) continue;
      const tabId = Number(key.slice(4));
      out.push({ tabId, badge: await api.action.getBadgeText({ tabId }), frames: record.frames, ignored: record.ignored });
    }
    return out;
  });
}

/** Waits until exactly one tab is kept and `accept` holds for it; returns it. */
export async function waitForTab(worker: WebWorker, accept: (tab: TabState) => boolean, what: string): Promise<TabState> {
  const deadline = Date.now() + 10_000;
  let tabs: TabState[] = [];
  while (Date.now() < deadline) {
    tabs = await tabStates(worker);
    if (tabs.length === 1 && accept(tabs[0])) return tabs[0];
    await worker.evaluate(() => new Promise((r) => setTimeout(r, 25)));
  }
  throw new Error(`Timed out waiting for ${what}; the worker keeps ${JSON.stringify(tabs)}`);
}

/** Stored settings back to the defaults, and the worker's notices cleared. */
export async function resetSettings(worker: WebWorker): Promise<void> {
  await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    await api.storage.local.set({ settings: { schemaVersion: 1, enabled: true, disabledCategories: [] } });
    await api.storage.session.remove("notices");
  });
}

/** Evaluates in the content script's isolated world of the page's main frame. */
export async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const session = await page.createCDPSession();
  const contexts: number[] = [];
  const frameId = (page.mainFrame() as unknown as { _id: string })._id;
  session.on("Runtime.executionContextCreated", ({ context }) => {
    const aux = context.auxData as { frameId?: string; type?: string } | undefined;
    if (context.origin.startsWith("chrome-extension://") && aux?.type === "isolated" && aux.frameId === frameId) contexts.push(context.id);
  });
  await session.send("Runtime.enable");
  if (contexts.length === 0) throw new Error("No content script world in the page's main frame");
  const result = await session.send("Runtime.evaluate", { expression, contextId: contexts[0], awaitPromise: true, returnByValue: true });
  await session.detach();
  if (result.exceptionDetails) throw new Error(`In the content script: ${result.exceptionDetails.text} ${result.exceptionDetails.exception?.description ?? ""}`);
  return result.result.value;
}

/** Console messages of every world of the page (content script included), from now on. */
export async function watchPageConsole(page: Page): Promise<{ messages: string[]; session: CDPSession }> {
  const session = await page.createCDPSession();
  const messages: string[] = [];
  session.on("Runtime.consoleAPICalled", (event) => {
    messages.push(`${event.type}: ${event.args.map((a) => a.value ?? a.description ?? "").join(" ")}`);
  });
  await session.send("Runtime.enable");
  return { messages, session };
}
