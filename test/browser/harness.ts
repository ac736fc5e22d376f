/**
 * Browser test harness: real Chromium with the production build of the extension (dist/chrome),
 * fixture pages served at real Seller Central addresses, and the signals the tests wait on.
 *
 * Every request that is not a fixture is aborted and recorded; every page error and console
 * error is recorded. Tests assert both lists stay empty.
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer, { type Browser, type CDPSession, type ElementHandle, type Frame, type Page } from "puppeteer-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { serveFixtures } from "./fixture-server.mjs";
import { chromiumPath, extensionArgs, NO_CHROMIUM } from "./chromium.mjs";

export { ORDER_ID, ORIGIN, URLS } from "./fixture-server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const EXTENSION_DIR = join(root, "dist/chrome");

/** The browser to run: $PUPPETEER_EXECUTABLE_PATH, else a system Chromium or Chrome. */
export function findChromium(): string {
  const found = chromiumPath();
  if (!found) throw new Error(NO_CHROMIUM);
  return found;
}

interface Manifest {
  background?: { service_worker?: string };
}

function readManifest(): Manifest {
  const file = join(EXTENSION_DIR, "manifest.json");
  if (!existsSync(file)) throw new Error(`No build at ${EXTENSION_DIR}: run node scripts/build.mjs first`);
  return JSON.parse(readFileSync(file, "utf8")) as Manifest;
}

export interface Harness {
  browser: Browser;
  /** Requests that were not fixtures (all aborted). */
  foreignRequests: string[];
  /** Uncaught page errors and console errors, from every page the harness opened. */
  pageErrors: string[];
  /** Opens a fixture page by its Seller Central address and waits for the content script in `frames` frames. */
  open(url: string, options?: { frames?: number }): Promise<Page>;
  /**
   * Opens the same address in a separate browser context where the extension does not run
   * (extensions are off in incognito-like contexts): the page as it is without us.
   */
  openControl(url: string): Promise<Page>;
  /** Closes every page opened so far and forgets their requests and errors. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** Launches Chromium with the built extension; waits for its service worker when it has one. */
export async function launch(): Promise<Harness> {
  const manifest = readManifest();
  const executablePath = findChromium();
  const userDataDir = await mkdtemp(join(tmpdir(), "og-profile-"));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir,
    args: extensionArgs(EXTENSION_DIR, ["--window-size=1280,900"]),
    defaultViewport: { width: 1280, height: 900 },
  });

  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const ourPages = new Set<Page>();

  // A page the tests did not open (the extension opening a tab, say) is reported as a request.
  browser.on("targetcreated", (target) => {
    if (target.type() !== "page") return;
    void target.page().then((page) => {
      if (page && !ourPages.has(page) && target.url() !== "about:blank") foreignRequests.push(`new tab: ${target.url()}`);
    });
  });

  if (manifest.background?.service_worker) {
    // enableExtensions returns before the extension is installed: wait for its worker,
    // then for the worker to answer before anything is evaluated in it.
    const target = await browser.waitForTarget(
      (t) => t.type() === "service_worker" && t.url().startsWith("chrome-extension://"),
      { timeout: 20_000 },
    );
    const worker = await target.worker();
    if (!worker) throw new Error("The extension's service worker target has no worker");
    const deadline = Date.now() + 10_000;
    while ((await worker.evaluate("typeof chrome?.runtime?.id").catch(() => "undefined")) !== "string") {
      if (Date.now() > deadline) throw new Error("The extension's service worker never became ready");
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async function open(url: string, { frames = 1 } = {}): Promise<Page> {
    const page = await browser.newPage();
    ourPages.add(page);
    page.on("pageerror", (error) => pageErrors.push(`pageerror on ${page.url()}: ${String(error)}`));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(`console error on ${page.url()}: ${message.text()}`);
    });
    await serveFixtures(page, (u) => foreignRequests.push(u));
    const contexts = await watchContentScriptContexts(page);
    await page.goto(url, { waitUntil: "load" });
    await contexts.waitFor(frames);
    return page;
  }

  async function openControl(url: string): Promise<Page> {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    ourPages.add(page);
    page.on("pageerror", (error) => pageErrors.push(`pageerror on control ${page.url()}: ${String(error)}`));
    await serveFixtures(page, (u) => foreignRequests.push(`control: ${u}`));
    await page.goto(url, { waitUntil: "load" });
    return page;
  }

  return {
    browser,
    foreignRequests,
    pageErrors,
    open,
    openControl,
    async reset() {
      await Promise.all([...ourPages].map((p) => p.close().catch(() => {})));
      await Promise.all(browser.browserContexts().map((c) => (c === browser.defaultBrowserContext() ? undefined : c.close().catch(() => {}))));
      ourPages.clear();
      foreignRequests.length = 0;
      pageErrors.length = 0;
    },
    async close() {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One browser for the test file: launched before its first test, closed after its last;
 * pages, errors and requests are reset after each test. Call at the top of a test file.
 */
export function useBrowser(): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await launch();
  });
  afterEach(async () => {
    await harness?.reset();
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error("The browser did not start");
    return harness;
  };
}

/**
 * Content scripts run in an isolated world whose origin is the extension's. Counting those
 * worlds tells when the content script is running in a page's frames, without fixed sleeps.
 */
async function watchContentScriptContexts(page: Page): Promise<{ waitFor(frames: number): Promise<void> }> {
  const session: CDPSession = await page.createCDPSession();
  const frames = new Set<string>();
  const waiters: Array<() => void> = [];
  session.on("Runtime.executionContextCreated", (event) => {
    const context = event.context;
    const aux = context.auxData as { frameId?: string; type?: string } | undefined;
    if (context.origin.startsWith("chrome-extension://") && aux?.type === "isolated" && aux.frameId) {
      frames.add(aux.frameId);
      for (const wake of waiters.splice(0)) wake();
    }
  });
  await session.send("Runtime.enable");
  return {
    async waitFor(count: number) {
      const deadline = Date.now() + 15_000;
      while (frames.size < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`The content script started in ${frames.size} of ${count} frame(s) of ${page.url()}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
  };
}

// ---------------------------------------------------------------------------------------
// Fields

/** The real field behind a selector; `>>>` pierces open shadow roots (`kat-textarea >>> textarea`). */
export async function field(frame: Frame | Page, selector: string): Promise<ElementHandle<Element>> {
  const handle = await frame.waitForSelector(selector, { timeout: 10_000 });
  if (!handle) throw new Error(`No field ${selector}`);
  return handle;
}

/** Focuses the field, puts the caret at the end and types `text` key by key. */
export async function typeInto(page: Page, handle: ElementHandle<Element>, text: string): Promise<void> {
  await focusAtEnd(handle);
  await page.keyboard.type(text);
}

/**
 * Pastes `text` at the caret the way a seller does: the text goes on the clipboard and
 * Ctrl+V inserts it (one `insertFromPaste` input event).
 */
export async function pasteInto(page: Page, handle: ElementHandle<Element>, text: string): Promise<void> {
  await focusAtEnd(handle);
  const frame = handle.frame;
  await frame.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.down("Control");
  await page.keyboard.press("KeyV", { commands: ["paste"] });
  await page.keyboard.up("Control");
}

/** Inserts `text` at the caret in one input event (IME commit, autocomplete, dictation). */
export async function insertText(page: Page, handle: ElementHandle<Element>, text: string): Promise<void> {
  await focusAtEnd(handle);
  await page.keyboard.sendCharacter(text);
}

export async function focusAtEnd(handle: ElementHandle<Element>): Promise<void> {
  await handle.evaluate((el) => {
    (el as HTMLElement).focus();
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
      // email and number inputs have no selection API; focus puts their caret at the end.
      if (el instanceof HTMLTextAreaElement || /^(text|search|url|tel|password)$/.test(el.type)) {
        el.setSelectionRange(el.value.length, el.value.length);
      }
    } else {
      const selection = el.ownerDocument.getSelection();
      selection?.selectAllChildren(el);
      selection?.collapseToEnd();
    }
  });
}

export async function undo(page: Page): Promise<void> {
  await page.keyboard.down("Control");
  await page.keyboard.press("KeyZ", { commands: ["undo"] });
  await page.keyboard.up("Control");
}

/** The field's text exactly: value for textarea and input, text content for an editable element. */
export async function fieldText(handle: ElementHandle<Element>): Promise<string> {
  return handle.evaluate((el) =>
    el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el.textContent ?? ""),
  );
}

/** Replaces the field's whole text as a seller would: select all, then type. */
export async function retype(page: Page, handle: ElementHandle<Element>, text: string): Promise<void> {
  await handle.evaluate((el) => {
    (el as HTMLElement).focus();
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) el.select();
    else el.ownerDocument.getSelection()?.selectAllChildren(el);
  });
  if (text === "") await page.keyboard.press("Backspace");
  else await page.keyboard.type(text);
}

// ---------------------------------------------------------------------------------------
// The overlay's stable hooks (README "Stable hooks")

export interface ShownFinding {
  category: string;
  rule: string;
  start: number;
  end: number;
  /** The box, in the frame's viewport coordinates. */
  rect: { left: number; top: number; right: number; bottom: number; width: number; height: number };
  /** The part of the box not clipped away by an overflow-clipping ancestor in the overlay (empty: width 0). */
  visible: { left: number; top: number; right: number; bottom: number; width: number; height: number };
}

/**
 * Waits until the overlay shows exactly these findings (rule and span). Typing shows the findings
 * of every prefix of the text on the way: a count alone can be met by a prefix's finding (the one
 * of "… leave us a 5-star" before " review" is typed). On timeout it returns what is shown, so the
 * caller's assertion prints the difference.
 */
export async function waitForShownFindings(
  frame: Frame | Page,
  expected: ReadonlyArray<Pick<ShownFinding, "category" | "rule" | "start" | "end">>,
  { timeout = 10_000 }: { timeout?: number } = {},
): Promise<ShownFinding[]> {
  const key = (list: ReadonlyArray<Pick<ShownFinding, "category" | "rule" | "start" | "end">>) =>
    JSON.stringify(list.map(({ category, rule, start, end }) => [category, rule, start, end]));
  const want = key(expected);
  const until = Date.now() + timeout;
  for (;;) {
    const shown = await findings(frame);
    if (key(shown) === want || Date.now() > until) return shown;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every `[data-finding]` inside the <outreach-guard> overlays of a frame, in text order. */
export async function findings(frame: Frame | Page): Promise<ShownFinding[]> {
  return frame.evaluate(() => {
    const out: ShownFinding[] = [];
    const visit = (root: ParentNode) => {
      for (const el of root.querySelectorAll<HTMLElement>("*")) {
        if (el.hasAttribute("data-finding")) {
          const r = el.getBoundingClientRect();
          let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
          for (let a: Element | null = el.parentElement ?? (el.getRootNode() as ShadowRoot).host; a; ) {
            const style = getComputedStyle(a);
            if (style.overflowX !== "visible" || style.overflowY !== "visible" || style.display === "none") {
              const c = a.getBoundingClientRect();
              if (style.display === "none") [left, top, right, bottom] = [0, 0, 0, 0];
              else [left, top, right, bottom] = [Math.max(left, c.left), Math.max(top, c.top), Math.min(right, c.right), Math.min(bottom, c.bottom)];
            }
            const root = a.getRootNode();
            a = a.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
          }
          const width = Math.max(0, right - left);
          const height = Math.max(0, bottom - top);
          out.push({
            category: el.dataset.category ?? "",
            rule: el.dataset.rule ?? "",
            start: Number(el.dataset.start),
            end: Number(el.dataset.end),
            rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height },
            visible:
              width > 0 && height > 0 ? { left, top, right, bottom, width, height } : { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 },
          });
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    for (const host of document.querySelectorAll("outreach-guard")) if (host.shadowRoot) visit(host.shadowRoot);
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  });
}

/**
 * Waits until the overlay of `frame` shows findings for which `accept` holds (by default:
 * exactly `count` of them). Polls on animation frames: a signal, not a sleep.
 */
export async function waitForFindings(
  frame: Frame | Page,
  count: number,
  { timeout = 10_000 }: { timeout?: number } = {},
): Promise<ShownFinding[]> {
  try {
    await frame.waitForFunction(
      (n: number) => {
        let seen = 0;
        const visit = (root: ParentNode) => {
          for (const el of root.querySelectorAll("*")) {
            if (el.hasAttribute("data-finding")) seen++;
            if (el.shadowRoot) visit(el.shadowRoot);
          }
        };
        for (const host of document.querySelectorAll("outreach-guard")) if (host.shadowRoot) visit(host.shadowRoot);
        return seen === n;
      },
      { timeout, polling: "raf" },
      count,
    );
  } catch (error) {
    const shown = await findings(frame).catch(() => []);
    throw new Error(`Expected ${count} finding(s), the overlay shows ${JSON.stringify(shown)}: ${String(error)}`);
  }
  return findings(frame);
}

/** Waits until an overlay element matching `selector` exists and is rendered; returns its text. */
export async function waitForOverlay(
  frame: Frame | Page,
  selector: string,
  { timeout = 10_000 }: { timeout?: number } = {},
): Promise<string> {
  // Polled: waitForSelector's mutation observer does not see changes inside our shadow root, so a
  // card that appears after its first look would be missed until some other page mutation.
  const handle = await frame.waitForFunction(
    (sel: string) => {
      const el = document.querySelector("outreach-guard")?.shadowRoot?.querySelector(sel) as HTMLElement | null | undefined;
      return el && !el.closest("[hidden]") && el.getClientRects().length > 0 ? el : null;
    },
    { polling: 50, timeout },
    selector,
  );
  const element = handle.asElement() as ElementHandle<Element> | null;
  if (!element) throw new Error(`No ${selector} in the overlay`);
  return element.evaluate((el) => el.textContent ?? "");
}

/** The overlay elements matching `selector` (piercing the overlay's shadow root). */
export async function overlayAll(frame: Frame | Page, selector: string): Promise<ElementHandle<Element>[]> {
  return frame.$$(`outreach-guard >>> ${selector}`);
}

/**
 * Waits for the frame to render twice. Checks are coalesced to one animation frame after
 * input, so after two more frames whatever a check shows is in the DOM. Used only to prove
 * an absence (no finding, no note) where no positive signal can exist.
 */
export async function settle(frame: Frame | Page): Promise<void> {
  await frame.evaluate(
    () =>
      new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))),
  );
}

/** Moves the mouse over the centre of a finding's box (frame coordinates are turned into page ones). */
export async function hoverFinding(page: Page, frame: Frame | Page, finding: ShownFinding): Promise<void> {
  // A frame that moves (another frame loading above it pushes it down) would send the pointer
  // next to the finding: wait until its place holds for a frame.
  let offset = await frameOffset(frame);
  for (let tries = 0; tries < 50; tries++) {
    await settle(page);
    const again = await frameOffset(frame);
    if (again.x === offset.x && again.y === offset.y) break;
    offset = again;
  }
  await page.mouse.move(
    offset.x + finding.rect.left + finding.rect.width / 2,
    offset.y + finding.rect.top + finding.rect.height / 2,
    { steps: 4 },
  );
}

/** Where a frame's viewport starts in the page's. */
export async function frameOffset(frame: Frame | Page): Promise<{ x: number; y: number }> {
  if (!("parentFrame" in frame) || !frame.parentFrame()) return { x: 0, y: 0 };
  const element = await frame.frameElement();
  if (!element) return { x: 0, y: 0 };
  // The frame's content box: its border box less border and padding.
  const box = await element.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return {
      x: r.left + Number.parseFloat(s.borderLeftWidth) + Number.parseFloat(s.paddingLeft),
      y: r.top + Number.parseFloat(s.borderTopWidth) + Number.parseFloat(s.paddingTop),
    };
  });
  const parent = await frameOffset(frame.parentFrame()!);
  return { x: parent.x + box.x, y: parent.y + box.y };
}

export interface Card {
  title: string;
  policy: string;
  why: string;
  fix: string;
  rewrite: string;
}

/** Waits for the explanation card and reads its parts. */
export async function readCard(frame: Frame | Page): Promise<Card> {
  await waitForOverlay(frame, "[data-card]");
  const part = async (name: string) => {
    const handle = await frame.$(`outreach-guard >>> [data-card] [data-part="${name}"]`);
    return handle ? handle.evaluate((el) => (el.textContent ?? "").trim()) : "";
  };
  return {
    title: await part("title"),
    policy: await part("policy"),
    why: await part("why"),
    fix: await part("fix"),
    rewrite: await part("rewrite"),
  };
}

/** Clicks a card button (`apply`, `ignore`, …). */
export async function clickCardAction(frame: Frame | Page, action: string): Promise<void> {
  await waitForOverlay(frame, `[data-card] [data-action="${action}"]`);
  const button = await frame.$(`outreach-guard >>> [data-card] [data-action="${action}"]`);
  if (!button) throw new Error(`No ${action} button on the card`);
  // A seller can only press what is inside the viewport of the frame the card is in.
  const where = await button.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: innerWidth, height: innerHeight };
  });
  if (where.top < 0 || where.left < 0 || where.bottom > where.height || where.right > where.width) {
    throw new Error(
      `The card's ${action} button (x ${where.left.toFixed(0)}..${where.right.toFixed(0)}, y ${where.top.toFixed(0)}..${where.bottom.toFixed(0)}) lies outside its frame's ${where.width}×${where.height} viewport`,
    );
  }
  await button.click();
}

// ---------------------------------------------------------------------------------------
// Geometry

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where characters [start, end) of a one-line textarea or input are drawn, computed from the
 * field's own computed font (canvas text metrics), padding, border, scroll offsets and the
 * scale of any CSS transform, without touching the page's DOM.
 */
export async function textareaSpanBox(handle: ElementHandle<Element>, start: number, end: number): Promise<Box> {
  return handle.evaluate(
    (el, s, e) => {
      const field = el as HTMLTextAreaElement;
      const style = getComputedStyle(field);
      const rect = field.getBoundingClientRect();
      const scaleX = rect.width / field.offsetWidth;
      const scaleY = rect.height / field.offsetHeight;
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      context.letterSpacing = style.letterSpacing === "normal" ? "0px" : style.letterSpacing;
      const before = context.measureText(field.value.slice(0, s)).width;
      const span = context.measureText(field.value.slice(s, e)).width;
      const lineHeight = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.2;
      const x0 = Number.parseFloat(style.borderLeftWidth) + Number.parseFloat(style.paddingLeft) - field.scrollLeft;
      const y0 = Number.parseFloat(style.borderTopWidth) + Number.parseFloat(style.paddingTop) - field.scrollTop;
      return {
        left: rect.left + (x0 + before) * scaleX,
        right: rect.left + (x0 + before + span) * scaleX,
        top: rect.top + y0 * scaleY,
        bottom: rect.top + (y0 + lineHeight) * scaleY,
      };
    },
    start,
    end,
  );
}

/** Where characters [start, end) of an editable element's text are drawn, from a DOM Range. */
export async function editableSpanBox(handle: ElementHandle<Element>, start: number, end: number): Promise<Box> {
  return handle.evaluate(
    (el, s, e) => {
      const doc = el.ownerDocument;
      const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const range = doc.createRange();
      let offset = 0;
      let setStart = false;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = (node as Text).length;
        if (!setStart && s <= offset + length) {
          range.setStart(node, s - offset);
          setStart = true;
        }
        if (setStart && e <= offset + length) {
          range.setEnd(node, e - offset);
          break;
        }
        offset += length;
      }
      const r = range.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    },
    start,
    end,
  );
}

/** The field's box on screen (frame viewport coordinates). */
export async function fieldBox(handle: ElementHandle<Element>): Promise<Box> {
  return handle.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
}

// ---------------------------------------------------------------------------------------
// The page's own DOM

/**
 * A serialization of the page's DOM (open shadow roots included), leaving out <outreach-guard>
 * elements, which are counted instead: where they are is part of the snapshot. The contents of
 * elements matching `skip` (an editable field whose text the test checks apart) are left out.
 */
export async function pageSnapshot(frame: Frame | Page, skip?: string): Promise<string> {
  return frame.evaluate((skipSelector: string | null) => {
    const lines: string[] = [];
    const visit = (node: Node, depth: number) => {
      const pad = " ".repeat(depth);
      if (node instanceof Element) {
        if (node.localName === "outreach-guard") {
          lines.push(`${pad}[outreach-guard under ${node.parentNode === document.documentElement ? "html" : "elsewhere"}]`);
          return;
        }
        const attrs = [...node.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
        lines.push(`${pad}<${node.localName} ${attrs.join(" ")}>`);
        if (skipSelector && node.matches(skipSelector)) return;
        if (node.shadowRoot) {
          lines.push(`${pad} #shadow-root adopted=${node.shadowRoot.adoptedStyleSheets.length}`);
          for (const child of node.shadowRoot.childNodes) visit(child, depth + 2);
        }
      } else if (node.nodeType === Node.TEXT_NODE) {
        lines.push(`${pad}#text ${JSON.stringify((node as Text).data)}`);
      } else if (node.nodeType === Node.COMMENT_NODE) {
        lines.push(`${pad}#comment ${JSON.stringify((node as Comment).data)}`);
      }
      for (const child of node.childNodes) visit(child, depth + 1);
    };
    lines.push(`document adopted=${document.adoptedStyleSheets.length}`);
    visit(document.documentElement, 0);
    return lines.join("\n");
  }, skip ?? null);
}

/** The snapshot of a page without any overlay: what the page alone would show. */
export function withoutOverlay(snapshot: string): string {
  return snapshot
    .split("\n")
    .filter((line) => !line.includes("[outreach-guard under"))
    .join("\n");
}
