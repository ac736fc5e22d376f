/**
 * Helpers for tests of the extension's own pages (popup, checker, insert editor, options):
 * open one at chrome-extension://<id>/…, with its errors and any network request recorded, and
 * run axe-core in it.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "puppeteer-core";
import type { Harness } from "./harness.ts";

/** Fixed by the manifest's `key`. */
export const EXTENSION_ID = "jndpbeifnapiednaaplbncpglohdpihe";
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;

export interface ExtensionPage {
  page: Page;
  /** Page errors and console errors. */
  errors: string[];
  /** Requests that left the extension (there must be none). */
  requests: string[];
}

const opened = new Set<Page>();

/** Opens an extension page and waits until `ready` (a selector) is there. */
export async function openExtensionPage(harness: Harness, path: string, ready: string): Promise<ExtensionPage> {
  const page = await harness.browser.newPage();
  opened.add(page);
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${String(error)}`));
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warn") errors.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(EXTENSION_ORIGIN) && !url.startsWith("blob:") && !url.startsWith("data:")) requests.push(url);
  });
  await page.goto(`${EXTENSION_ORIGIN}/${path}`, { waitUntil: "load" });
  await page.waitForSelector(ready, { timeout: 10_000 });
  return { page, errors, requests };
}

/** Closes every extension page opened so far (the harness closes only its own). */
export async function closeExtensionPages(): Promise<void> {
  await Promise.all([...opened].map((p) => p.close().catch(() => {})));
  opened.clear();
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's violations on the page as it is now (WCAG 2.x A and AA rules and best practices). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through DevTools, which the page's CSP does not govern (no script element is added).
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

/** axe in the light and the dark theme. */
export async function axeBothThemes(page: Page): Promise<AxeViolation[]> {
  const out: AxeViolation[] = [];
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
    for (const v of await axeViolations(page)) out.push({ ...v, id: `${scheme}: ${v.id}` });
  }
  await page.emulateMediaFeatures([]);
  return out;
}

/** The text of every element matching `selector`, in document order. */
export async function texts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) => els.map((el) => (el.textContent ?? "").trim()));
}
