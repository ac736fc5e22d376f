/**
 * The one element we add to a page: <outreach-guard> on documentElement, with an open
 * shadow root holding all our UI in layers (mirrors, finding marks, badges, cards).
 * No node goes inside a field and no attribute or style onto a page element. If the
 * page removes the element (frameworks re-render <html>'s children), it is put back.
 */
import { OVERLAY_TAG } from "./field-discovery.ts";
import { OVERLAY_CSS } from "./overlay-style.ts";

/**
 * Put-backs the watcher makes within a second. A page that removes every element it did not
 * add would otherwise fight it forever in microtasks and freeze; past the limit the watcher
 * leaves the page alone, and the content script's next tick tries again.
 */
const REATTACH_PER_SECOND = 10;

export class Overlay {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly mirrors: HTMLElement;
  readonly marks: HTMLElement;
  readonly badges: HTMLElement;
  readonly cards: HTMLElement;
  #watcher: MutationObserver;
  #reattached = 0;
  #windowStart = 0;

  readonly #doc: Document;

  constructor(
    doc: Document,
    wrap: (fn: () => void) => () => void,
  ) {
    this.#doc = doc;
    this.host = doc.createElement(OVERLAY_TAG);
    this.root = this.host.attachShadow({ mode: "open" });
    adoptStyles(this.root, doc);
    const layer = () => this.root.appendChild(doc.createElement("div"));
    this.mirrors = layer();
    this.marks = layer();
    this.badges = layer();
    this.cards = layer();
    this.#watcher = new MutationObserver(wrap(() => this.#putBack()));
  }

  /** Appends (or re-appends) the overlay as the last child of <html>. */
  /** Whether the watcher that puts us back is observing (attach() is called once a field). */
  #watching = false;

  attach(): void {
    const html = this.#doc.documentElement;
    if (!html) return;
    if (this.host.parentNode === html && this.#watching) return;
    if (this.host.parentNode !== html) html.appendChild(this.host);
    this.#watcher.disconnect();
    this.#watcher.observe(html, { childList: true });
    this.#watching = true;
  }

  /** The page removed us: back in, unless it keeps doing so (see REATTACH_PER_SECOND). */
  #putBack(): void {
    if (this.host.parentNode === this.#doc.documentElement) return;
    const now = performance.now();
    if (now - this.#windowStart > 1000) {
      this.#windowStart = now;
      this.#reattached = 0;
    }
    if (++this.#reattached > REATTACH_PER_SECOND) {
      this.#watcher.disconnect();
      return;
    }
    this.attach();
  }

  detach(): void {
    this.#watcher.disconnect();
    this.#watching = false;
    this.host.remove();
  }

  /** True when an event happened inside our UI rather than the page. */
  owns(event: Event): boolean {
    return event.composedPath().includes(this.host);
  }
}

function adoptStyles(root: ShadowRoot, doc: Document): void {
  const view = doc.defaultView ?? window;
  try {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(OVERLAY_CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Engines without constructable sheets in content scripts: a <style> in our own
    // shadow root (a strict CSP may block it, the underlines then lose their look only).
    const style = doc.createElement("style");
    style.textContent = OVERLAY_CSS;
    root.append(style);
  }
}
