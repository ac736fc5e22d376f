/**
 * The browser benchmark (`npm run bench:browser`; not part of `npm test`): the production build
 * in real Chromium, on fixture pages at real Seller Central addresses.
 *
 * - keystroke → underline: 200 keystrokes dispatched over the DevTools protocol at the start of a
 *   5,000-character draft (so every keystroke moves every finding), each timed from the keydown
 *   event's timestamp to the MutationObserver callback that sees a [data-finding] change inside our
 *   shadow root; p50 and p95.
 * - content-script main-thread time per keystroke: a DevTools trace of the same run; every
 *   top-level script task (EvaluateScript, FunctionCall, compile) of content.js, nested work such
 *   as forced layout included, summed per keystroke (keydown to the next keydown); p95.
 * - injection to first scan, on a messaging page with 50 filled fields: from the content script's
 *   evaluation (its boot, content.js) to the end of its first animation-frame callback. The boot
 *   finds every field in its evaluation, before it touches the extension's API, so the trace sees
 *   all of that work (work in a promise callback would not show as content.js in the trace). After
 *   the frame it asks the worker for the rest (content-ui.js), which takes over the fields,
 *   connects, receives the rule catalog and checks the fields, the focused one first and the others
 *   a frame's budget at a time; reported too: the main-thread time of both parts until all of them
 *   show their findings, the longest task, and the wall time.
 *   Once on a cold browser, then WARM_SCANS times on a warm one: the median, and the range.
 *
 * - first render of the popup and the checker page (issue 5: ≤ 100 ms).
 *
 * Prints a table and writes test/bench/browser-figures.json, which the README's figures cite.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { chromiumPath, extensionArgs, NO_CHROMIUM } from "../browser/chromium.mjs";
import { waitForContentScriptRest } from "../browser/content-rest.ts";
import { fixtureFor, ORIGIN, URLS } from "../browser/fixture-server.mjs";
import { machine, writeResults } from "./results.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const EXTENSION_DIR = join(root, "dist/chrome");
const FIFTY_URL = `${ORIGIN}/messaging/bench/fifty-fields`;
const FIFTY_HTML = readFileSync(join(root, "test/bench/fifty-fields.html"), "utf8");
const MOUNT_URL = `${ORIGIN}/messaging/hostile/mount`;
const MOUNT_HTML = readFileSync(join(root, "test/fixtures/hostile-mount.html"), "utf8");
const MOUNT_FIELDS = 1000;
const PASTE_LENGTH = 1_000_000;
const KEYSTROKES = 200;
const WARM_SCANS = 7;
const DRAFT_LENGTH = 5000;
const TARGETS = { p95: 50, perKeystroke: 4, firstScan: 10, longestTask: 50, firstRender: 100 };

async function launch(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(NO_CHROMIUM);
  const userDataDir = await mkdtemp(join(tmpdir(), "og-bench-"));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir,
    args: extensionArgs(EXTENSION_DIR, ["--window-size=1280,900"]),
    defaultViewport: { width: 1280, height: 900 },
  });
  const target = await browser.waitForTarget((t) => t.type() === "service_worker" && t.url().startsWith("chrome-extension://"), { timeout: 20_000 });
  const worker = await target.worker();
  for (const deadline = Date.now() + 10_000; (await worker?.evaluate("typeof chrome?.runtime?.id").catch(() => "")) !== "string"; ) {
    if (Date.now() > deadline) throw new Error("The service worker never became ready");
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    browser,
    async close() {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Fixtures at their Seller Central addresses, the 50-field page at FIFTY_URL; nothing else. */
async function openPage(browser: Browser, foreign: string[]): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const u = request.url();
    if (u.startsWith("data:") || u.startsWith("blob:")) return void request.continue().catch(() => {});
    if (u.split("?")[0] === FIFTY_URL) return void request.respond({ status: 200, contentType: "text/html; charset=utf-8", body: FIFTY_HTML }).catch(() => {});
    if (u.split("?")[0] === MOUNT_URL) return void request.respond({ status: 200, contentType: "text/html; charset=utf-8", body: MOUNT_HTML }).catch(() => {});
    void fixtureFor(u).then((f) => {
      if (f) return request.respond({ status: f.status, contentType: f.contentType, body: f.body, headers: f.headers });
      foreign.push(u);
      return request.abort("blockedbyclient");
    }).catch(() => {});
  });
  return page;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; type?: string; frame?: string } };
}

const TRACE_CATEGORIES = ["devtools.timeline", "v8.execute", "disabled-by-default-devtools.timeline", "v8"];
const SCRIPT_TASKS = new Set(["EvaluateScript", "FunctionCall", "v8.compile", "v8.compileModule", "V8.CompileCode"]);

/** Both parts of the content script: the boot the browser injects, the rest the worker injects after the first frame. */
const isContentScript = (url: string | undefined) => url !== undefined && (url.endsWith("/content.js") || url.endsWith("/content-ui.js"));

/** The main-thread intervals in which the content script (content.js, content-ui.js) ran (nested events merged): [start, end] in µs. */
function contentScriptIntervals(events: TraceEvent[]): Array<[number, number]> {
  const ours = events
    .filter((e) => e.ph === "X" && SCRIPT_TASKS.has(e.name) && isContentScript(e.args?.data?.url))
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [s, e] of ours) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

function timeIn(intervals: Array<[number, number]>, from: number, to: number): number {
  let total = 0;
  for (const [s, e] of intervals) total += Math.max(0, Math.min(e, to) - Math.max(s, from));
  return total;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A 5,000-character draft: a seller's long reply with a few violations in it. */
function draft(): string {
  const corpus = readFileSync(join(root, "test/corpus/dev.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { text: string; label: string; channel: string });
  const clean = corpus.filter((c) => c.label === "ok" && c.channel === "message").map((c) => c.text);
  const parts = ["Please leave us a 5-star review.", "Write to help@kettleco.com if anything is wrong."];
  let text = "";
  for (let i = 0; text.length < DRAFT_LENGTH; i++) {
    text += `${clean[i % clean.length]}\n\n`;
    if (i === 6 || i === 14) text += `${parts[i === 6 ? 0 : 1]}\n\n`;
  }
  return text.slice(0, DRAFT_LENGTH);
}

async function keystrokes(browser: Browser, foreign: string[]) {
  const page = await openPage(browser, foreign);
  await page.goto(URLS.contactBuyer, { waitUntil: "load" });
  const field = await page.waitForSelector(".contact-buyer-text-area kat-textarea >>> textarea");
  if (!field) throw new Error("no field");
  const text = draft();
  // The replica caps messages at 4,000 characters as Contact Buyer does; the benchmark's draft is longer.
  await page.$eval(".contact-buyer-text-area kat-textarea", (el) => el.setAttribute("maxlength", "20000"));
  // The draft arrives as one paste would: native setter, one composed input event.
  await field.evaluate((el, t) => {
    const textarea = el as HTMLTextAreaElement;
    textarea.focus();
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(textarea, t);
    textarea.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true, inputType: "insertFromPaste" }));
    textarea.setSelectionRange(0, 0);
  }, text);
  await page.waitForFunction(() => (document.querySelector("outreach-guard")?.shadowRoot?.querySelectorAll("[data-finding]").length ?? 0) > 0, { polling: "raf", timeout: 20_000 });
  await page.evaluate(() => {
    const bench = { keydowns: [] as number[], changes: [] as number[] };
    (window as unknown as { bench: typeof bench }).bench = bench;
    addEventListener("keydown", (e) => bench.keydowns.push(e.timeStamp), true);
    const root = document.querySelector("outreach-guard")!.shadowRoot!;
    // A finding whose offsets moved is a new [data-finding] element (or, were it reused, new data-start/end).
    const isFinding = (n: Node) => n instanceof Element && n.hasAttribute("data-finding");
    new MutationObserver((records) => {
      if (records.some((r) => r.type === "attributes" || [...r.addedNodes].some(isFinding))) bench.changes.push(performance.now());
    }).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-start", "data-end"] });
  });
  await field.focus();
  await field.evaluate((el) => (el as HTMLTextAreaElement).setSelectionRange(0, 0));
  const focused = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.localName);
  if (focused !== "textarea") throw new Error(`the draft's field is not focused (${focused})`);

  const typed = "Hello Jordan, thank you for your patience while we sort this out; the replacement ships today by courier and should arrive well before the weekend. ".repeat(2).slice(0, KEYSTROKES);
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.type(typed[i]);
    await page.waitForFunction(
      (n: number) => {
        const b = (window as unknown as { bench: { keydowns: number[]; changes: number[] } }).bench;
        return b.keydowns.length > n && b.changes.some((t) => t >= b.keydowns[n]);
      },
      { polling: "raf", timeout: 10_000 },
      i,
    ).catch(async (error) => {
      const state = await page.evaluate(() => (window as unknown as { bench: unknown }).bench);
      const value = await field.evaluate((el) => (el as HTMLTextAreaElement).value.slice(0, 40));
      throw new Error(`keystroke ${i} (${JSON.stringify(typed[i])}) never moved a finding: ${JSON.stringify(state).slice(0, 400)} ${JSON.stringify(value)}: ${error}`);
    });
  }
  const trace = JSON.parse(new TextDecoder().decode((await page.tracing.stop())!)) as { traceEvents: TraceEvent[] };
  const { keydowns, changes } = await page.evaluate(() => (window as unknown as { bench: { keydowns: number[]; changes: number[] } }).bench);
  const latencies = keydowns.map((k) => changes.find((t) => t >= k)! - k);

  // Per keystroke in the trace: from each keydown dispatch to the next.
  const events = trace.traceEvents;
  const downs = events
    .filter((e) => e.name === "EventDispatch" && e.args?.data?.type === "keydown")
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const intervals = contentScriptIntervals(events);
  const perKey = downs.map((t, i) => timeIn(intervals, t, downs[i + 1] ?? Number.POSITIVE_INFINITY) / 1000);
  const finalText = await field.evaluate((el) => (el as HTMLTextAreaElement).value);
  if (finalText !== typed + text) throw new Error("the draft is not what was typed");
  await page.close();
  return { latencies, perKey, keydownsInTrace: downs.length };
}

async function firstScan(browser: Browser, foreign: string[]) {
  const page = await openPage(browser, foreign);
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  await page.goto(FIFTY_URL, { waitUntil: "load" });
  await page.waitForFunction(() => (document.querySelector("outreach-guard")?.shadowRoot?.querySelectorAll("[data-count]").length ?? 0) === 10, { polling: "raf", timeout: 20_000 });
  const trace = JSON.parse(new TextDecoder().decode((await page.tracing.stop())!)) as { traceEvents: TraceEvent[] };
  const events = trace.traceEvents;
  const injection = events.find((e) => e.name === "EvaluateScript" && e.args?.data?.url?.endsWith("/content.js"));
  if (!injection) throw new Error("no content script evaluation in the trace");
  const frames = events.filter((e) => e.name === "FireAnimationFrame" && e.ph === "X" && e.pid === injection.pid && e.tid === injection.tid);
  const intervals = contentScriptIntervals(events.filter((e) => e.pid === injection.pid && e.tid === injection.tid));
  // The first animation frame in which the boot ran after injection ends its first scan of the fields.
  const scan = frames
    .filter((f) => f.ts > injection.ts)
    .sort((a, b) => a.ts - b.ts)
    .find((f) => timeIn(intervals, f.ts, f.ts + (f.dur ?? 0)) > 0);
  if (!scan) throw new Error("no first scan in the trace");
  const end = scan.ts + (scan.dur ?? 0);
  const fields = await page.evaluate(() => document.querySelectorAll("textarea, kat-textarea").length);
  await page.close();
  // Everything until the trace stopped: every field checked and underlined.
  const last = intervals.at(-1)?.[1] ?? end;
  return {
    fields,
    mainThreadMs: timeIn(intervals, injection.ts, end) / 1000,
    scanMs: timeIn(intervals, scan.ts, end) / 1000,
    allCheckedMainThreadMs: timeIn(intervals, injection.ts, last) / 1000,
    longestTaskMs: Math.max(...intervals.filter(([s]) => s >= injection.ts).map(([s, e]) => e - s)) / 1000,
    wallMs: (last - injection.ts) / 1000,
  };
}

/** The longest main-thread task of the renderer that ran content.js (RunTask / ThreadControllerImpl::RunTask), in ms. */
function longestTask(events: TraceEvent[], pid: number, tid: number, from: number): number {
  const tasks = events.filter((e) => e.ph === "X" && e.pid === pid && e.tid === tid && e.ts >= from && (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask"));
  return Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000));
}

/**
 * A 1 MB paste into Contact Buyer's message box (its cap lifted), as a seller pastes: clipboard
 * and Ctrl+V. Traced from just before the paste until the "too long" note shows and 60 more
 * frames rendered (several content-script ticks over the 1 MB field): the content script's
 * longest task, its total time, and the longest task of the page's main thread (the browser's
 * own editing of a 1 MB textarea included).
 */
async function longPaste(browser: Browser, foreign: string[]) {
  const page = await openPage(browser, foreign);
  await page.goto(URLS.contactBuyer, { waitUntil: "load" });
  await page.$eval(".contact-buyer-text-area kat-textarea", (el) => el.setAttribute("maxlength", "2000000"));
  const field = await page.waitForSelector(".contact-buyer-text-area kat-textarea >>> textarea");
  if (!field) throw new Error("no field");
  const sentence = "Thanks for your order! Your kettle ships today and should arrive by Thursday. Please leave us a 5-star review.\n";
  const text = sentence.repeat(Math.ceil(PASTE_LENGTH / sentence.length)).slice(0, PASTE_LENGTH);
  await field.focus();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  const started = Date.now();
  await page.keyboard.down("Control");
  await page.keyboard.press("KeyV", { commands: ["paste"] });
  await page.keyboard.up("Control");
  await page.waitForFunction(() => document.querySelector("outreach-guard")?.shadowRoot?.querySelector('[data-note="too-long"]'), { polling: "raf", timeout: 30_000 });
  const noteMs = Date.now() - started;
  await page.evaluate(() => new Promise<void>((resolve) => {
    let n = 0;
    const step = () => (++n >= 60 ? resolve() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  }));
  const trace = JSON.parse(new TextDecoder().decode((await page.tracing.stop())!)) as { traceEvents: TraceEvent[] };
  const length = await field.evaluate((el) => (el as HTMLTextAreaElement).value.length);
  if (length !== PASTE_LENGTH) throw new Error(`the paste left ${length} characters, not ${PASTE_LENGTH}`);
  await page.close();
  const events = trace.traceEvents;
  const ours = events.filter((e) => isContentScript(e.args?.data?.url));
  const where = ours[0] ?? events.find((e) => e.name === "EventDispatch" && e.args?.data?.type === "paste");
  if (!where) throw new Error("no content script or paste in the trace");
  const intervals = contentScriptIntervals(events.filter((e) => e.pid === where.pid && e.tid === where.tid));
  return {
    characters: PASTE_LENGTH,
    noteMs,
    contentScriptLongestTaskMs: Math.max(0, ...intervals.map(([s, e]) => (e - s) / 1000)),
    contentScriptTotalMs: intervals.reduce((sum, [s, e]) => sum + (e - s) / 1000, 0),
    mainThreadLongestTaskMs: longestTask(events, where.pid, where.tid, 0),
  };
}

/** Resolves once the page has rendered `n` more frames. */
function frames(page: Page, n: number): Promise<void> {
  return page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let seen = 0;
        const step = () => (++seen >= count ? resolve() : requestAnimationFrame(step));
        requestAnimationFrame(step);
      }),
    n,
  );
}

/**
 * 1,000 fields with a violation each mounted, checked and removed, three times, on the hostile
 * mount page: the wall time until all are checked, the content script's longest task from the
 * mount to a few frames after the removal, and the JS heap (all worlds of the page, after a
 * forced GC) and listener count before, while mounted and after each removal.
 */
async function mountCycles(browser: Browser, foreign: string[]) {
  const page = await openPage(browser, foreign);
  await page.goto(MOUNT_URL, { waitUntil: "load" });
  const session = await page.createCDPSession();
  const counters = async () => {
    await session.send("HeapProfiler.collectGarbage");
    const heap = await session.send("Runtime.getHeapUsage");
    const dom = await session.send("Memory.getDOMCounters");
    return { heapMb: round(heap.usedSize / 2 ** 20), nodes: dom.nodes, listeners: dom.jsEventListeners };
  };
  const count = (selector: string) => page.evaluate((s) => document.querySelector("outreach-guard")?.shadowRoot?.querySelectorAll(s).length ?? 0, selector);
  // The baseline counts the idle content script whole: its boot and the rest the worker injects.
  await waitForContentScriptRest(page);
  const baseline = await counters();
  const cycles: Array<{ checkedMs: number; longestTaskMs: number; mounted: Awaited<ReturnType<typeof counters>>; removed: Awaited<ReturnType<typeof counters>> }> = [];
  for (let i = 0; i < 3; i++) {
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    const started = Date.now();
    await page.evaluate((n) => (window as unknown as { mount(n: number): void }).mount(n), MOUNT_FIELDS);
    await page.waitForFunction((n) => (document.querySelector("outreach-guard")?.shadowRoot?.querySelectorAll("[data-count]").length ?? 0) === n, { polling: 100, timeout: 120_000 }, MOUNT_FIELDS);
    const checkedMs = Date.now() - started;
    // Traced on through a second of frames and the removal: work that comes after every field shows
    // its findings (a ResizeObserver round, the tick's clean-up) counts too.
    await frames(page, 60);
    const mounted = await counters();
    await page.evaluate(() => (window as unknown as { unmount(): void; kept: unknown }).unmount());
    await page.evaluate(() => ((window as unknown as { kept: unknown }).kept = null));
    await page.waitForFunction(() => (document.querySelector("outreach-guard")?.shadowRoot?.querySelectorAll("[data-finding], [data-count], .mirror").length ?? 0) === 0, { polling: 100, timeout: 30_000 });
    await frames(page, 30);
    const trace = JSON.parse(new TextDecoder().decode((await page.tracing.stop())!)) as { traceEvents: TraceEvent[] };
    const ours = trace.traceEvents.filter((e) => isContentScript(e.args?.data?.url));
    const intervals = ours[0] ? contentScriptIntervals(trace.traceEvents.filter((e) => e.pid === ours[0].pid && e.tid === ours[0].tid)) : [];
    if ((await count("[data-finding]")) !== 0) throw new Error("findings left after removal");
    cycles.push({ checkedMs, longestTaskMs: round(Math.max(0, ...intervals.map(([s, e]) => (e - s) / 1000))), mounted, removed: await counters() });
  }
  await page.close();
  return { fields: MOUNT_FIELDS, baseline, cycles };
}

const round = (n: number) => Math.round(n * 100) / 100;

const EXTENSION_ORIGIN = "chrome-extension://jndpbeifnapiednaaplbncpglohdpihe";
const PAGE_RUNS = 5;

/**
 * First render of an extension page: from navigation start to the first paint of its rendered
 * content (#app filled), median of a few openings. The popup needs no engine to render its
 * first tab; the checker renders before the rule catalog arrives and checks when it does.
 */
async function firstRender(browser: Browser, path: string): Promise<{ medianMs: number; runs: number[] }> {
  const runs: number[] = [];
  for (let i = 0; i < PAGE_RUNS; i++) {
    const page = await browser.newPage();
    await page.goto(`${EXTENSION_ORIGIN}/${path}`, { waitUntil: "domcontentloaded" });
    await page.waitForFunction(() => (document.getElementById("app")?.childElementCount ?? 0) > 0, { polling: "raf", timeout: 20_000 });
    // The frame after the content appeared is the one that painted it.
    const ms = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
    runs.push(ms);
    await page.close();
  }
  const sorted = [...runs].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)], runs };
}

async function main() {
  const { browser, close } = await launch();
  const foreign: string[] = [];
  try {
    const version = await browser.version();
    const keys = await keystrokes(browser, foreign);
    const scan = await firstScan(browser, foreign);
    // Then on a warm browser (the worker has the catalog ready), several times: one load on
    // this shared 2-core machine varies by half, so the median of WARM_SCANS is reported.
    const warm: Array<Awaited<ReturnType<typeof firstScan>>> = [];
    for (let i = 0; i < WARM_SCANS; i++) warm.push(await firstScan(browser, foreign));
    const byScan = [...warm].sort((a, b) => a.mainThreadMs - b.mainThreadMs);
    const scanAgain = byScan[Math.floor(byScan.length / 2)];
    const paste = await longPaste(browser, foreign);
    const mount = await mountCycles(browser, foreign);
    const popupRender = await firstRender(browser, "popup.html");
    const checkerRender = await firstRender(browser, "checker.html");
    const figures = {
      date: new Date().toISOString().slice(0, 10),
      browser: version,
      keystrokes: KEYSTROKES,
      draftLength: DRAFT_LENGTH,
      keystrokeToUnderlineMs: { p50: round(percentile(keys.latencies, 50)), p95: round(percentile(keys.latencies, 95)), max: round(Math.max(...keys.latencies)) },
      contentScriptPerKeystrokeMs: { p50: round(percentile(keys.perKey, 50)), p95: round(percentile(keys.perKey, 95)), keydownsInTrace: keys.keydownsInTrace },
      firstScanWarmMs: { median: round(scanAgain.mainThreadMs), min: round(byScan[0].mainThreadMs), max: round(byScan[byScan.length - 1].mainThreadMs), runs: WARM_SCANS },
      firstScan: [scan, scanAgain].map((s) => ({
        fields: s.fields,
        mainThreadMs: round(s.mainThreadMs),
        scanMs: round(s.scanMs),
        allCheckedMainThreadMs: round(s.allCheckedMainThreadMs),
        longestTaskMs: round(s.longestTaskMs),
        wallMs: round(s.wallMs),
      })),
      longPaste: {
        characters: paste.characters,
        noteMs: paste.noteMs,
        contentScriptLongestTaskMs: round(paste.contentScriptLongestTaskMs),
        contentScriptTotalMs: round(paste.contentScriptTotalMs),
        mainThreadLongestTaskMs: round(paste.mainThreadLongestTaskMs),
      },
      mountAndRemove: mount,
      firstRenderMs: { popup: round(popupRender.medianMs), checker: round(checkerRender.medianMs) },
      targets: TARGETS,
      networkRequests: foreign,
    };
    const rows: Array<[string, string, string]> = [
      ["keystroke → underline p50 / p95 (max)", `${figures.keystrokeToUnderlineMs.p50} / ${figures.keystrokeToUnderlineMs.p95} ms (${figures.keystrokeToUnderlineMs.max})`, `p95 ≤ ${TARGETS.p95} ms`],
      ["content script per keystroke p50 / p95", `${figures.contentScriptPerKeystrokeMs.p50} / ${figures.contentScriptPerKeystrokeMs.p95} ms`, `p95 ≤ ${TARGETS.perKeystroke} ms`],
      ...figures.firstScan.flatMap((s, i): Array<[string, string, string]> => [
        i === 0
          ? [`injection → first scan, ${s.fields} fields (cold browser)`, `${s.mainThreadMs} ms main thread`, `≤ ${TARGETS.firstScan} ms`]
          : [
              `injection → first scan, ${s.fields} fields (warm, median of ${WARM_SCANS})`,
              `${s.mainThreadMs} ms main thread (${figures.firstScanWarmMs.min}–${figures.firstScanWarmMs.max})`,
              `≤ ${TARGETS.firstScan} ms`,
            ],
        [`  … all fields checked (${i === 0 ? "cold" : "that warm run"})`, `${s.allCheckedMainThreadMs} ms main thread, longest task ${s.longestTaskMs} ms, ${s.wallMs} ms wall`, ""],
      ]),
      [`1 MB paste: content script's longest task (total)`, `${figures.longPaste.contentScriptLongestTaskMs} ms (${figures.longPaste.contentScriptTotalMs} ms); note after ${paste.noteMs} ms`, `≤ ${TARGETS.longestTask} ms`],
      [`1 MB paste: longest main-thread task (the browser's own paste included)`, `${figures.longPaste.mainThreadLongestTaskMs} ms`, ""],
      ...mount.cycles.map((c, i): [string, string, string] => [
        `${mount.fields} fields mounted → all checked → removed (cycle ${i + 1})`,
        `all checked after ${c.checkedMs} ms wall; content script's longest task, mount to removal, ${c.longestTaskMs} ms`,
        `≤ ${TARGETS.longestTask} ms task`,
      ]),
      [
        `JS heap / listeners: before; mounted; after removal ×3`,
        `${mount.baseline.heapMb} MB / ${mount.baseline.listeners}; ${mount.cycles[0].mounted.heapMb} MB / ${mount.cycles[0].mounted.listeners}; ${mount.cycles.map((c) => `${c.removed.heapMb} MB / ${c.removed.listeners}`).join(", ")}`,
        "back to the first cycle's",
      ],
      ["popup / checker page: first render (median)", `${figures.firstRenderMs.popup} / ${figures.firstRenderMs.checker} ms`, `≤ ${TARGETS.firstRender} ms`],
      ["network requests", String(foreign.length), "0"],
    ];
    const width = Math.max(...rows.map((r) => r[0].length));
    console.log(`Outreach Guard browser benchmark — ${version}, ${KEYSTROKES} keystrokes into a ${DRAFT_LENGTH}-character draft\n`);
    for (const [what, measured, target] of rows) console.log(`${what.padEnd(width)}  ${measured.padEnd(48)}  ${target}`);
    writeFileSync(join(root, "test/bench/browser-figures.json"), `${JSON.stringify(figures, null, 2)}\n`);
    writeResults(join(root, "bench/RESULTS.md"), {
      id: "browser",
      title: "Browser (`npm run bench:browser`)",
      command: "npm run bench:browser",
      machine: machine(version),
      rows,
      notes: [`Raw figures: test/bench/browser-figures.json. ${KEYSTROKES} keystrokes into a ${DRAFT_LENGTH}-character draft on Contact Buyer; the first scan on a messaging page with 50 filled fields, once on a cold browser and ${WARM_SCANS} times on a warm one (median, range).`],
    });
    console.log("\nwritten to test/bench/browser-figures.json and bench/RESULTS.md");
  } finally {
    await close();
  }
}

await main();
