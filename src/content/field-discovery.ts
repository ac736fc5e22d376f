/**
 * Finds the fields a seller writes in: textareas, text inputs and contenteditable
 * editors, in the document and inside open shadow roots at any depth (Seller
 * Central's kat-textarea keeps its real <textarea> in one), including fields that
 * appear later. A document-level MutationObserver cannot see into shadow roots, so
 * every open shadow root found is observed too, and composed focusin/input events
 * (composedPath()[0] is the real field) catch whatever observation missed.
 * Never descends into frames: each frame runs its own instance.
 */

export type TextInput = HTMLTextAreaElement | HTMLInputElement;
export type Field = TextInput | HTMLElement;

/** Input types that hold free text; passwords, emails, numbers, hidden and the rest are never read. */
const TEXT_INPUT_TYPES = new Set(["text", "search"]);


export const OVERLAY_TAG = "outreach-guard";

export function isTextInput(el: Element): el is TextInput {
  return el.localName === "textarea" || el.localName === "input";
}

/** A field the seller can type free text into, and that we may read. */
export function isCheckableField(el: Element): el is Field {
  if (el.localName === "textarea" || el.localName === "input") {
    const input = el as TextInput;
    if (input.disabled || input.readOnly) return false;
    if (el.localName === "input" && !TEXT_INPUT_TYPES.has((input as HTMLInputElement).type)) return false;
    // Card numbers can sit in type=text fields; their autocomplete token says so.
    return !/\bcc-/.test(el.getAttribute("autocomplete") ?? "");
  }
  return el instanceof HTMLElement && el.isContentEditable && editingHost(el) === el;
}

/** The contenteditable root holding a node (the element input events name), or null. */
export function editingHost(node: Node): HTMLElement | null {
  let el: Element | null = node instanceof Element ? node : node.parentElement;
  if (!(el instanceof HTMLElement) || !el.isContentEditable) return null;
  while (el.parentElement instanceof HTMLElement && el.parentElement.isContentEditable) el = el.parentElement;
  return el as HTMLElement;
}

/** The field an event is about: the innermost target, through shadow roots. */
export function fieldOfEvent(event: Event): Field | null {
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return null;
  if (isTextInput(target)) return isCheckableField(target) ? target : null;
  const host = editingHost(target);
  return host && isCheckableField(host) ? host : null;
}

/**
 * Reports every checkable field under the roots it watches, now and as they appear.
 * Custom elements that attach their shadow root after insertion are looked at again
 * a few times (content scripts cannot await customElements definitions).
 */
export class FieldDiscovery {
  #observer: MutationObserver;
  #observed = new WeakSet<Node>();
  #pendingHosts = new Map<Element, number>();
  #retryTimer = 0;

  readonly #onField: (field: Field) => void;

  constructor(
    onField: (field: Field) => void,
    wrap: (fn: () => void) => () => void,
  ) {
    this.#onField = onField;
    this.#observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === "attributes") {
          if (record.target instanceof Element) this.scan(record.target);
          continue;
        }
        for (const node of record.addedNodes) if (node instanceof Element) this.scan(node);
      }
    });
    this.#retry = wrap(() => this.#retryPending());
  }

  /** Starts watching a document (or shadow root) and reports its fields. */
  watch(root: Document | ShadowRoot): void {
    if (this.#observed.has(root)) return;
    this.#observed.add(root);
    this.#observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ["contenteditable"] });
    this.scan(root);
  }

  stop(): void {
    this.#observer.disconnect();
    clearTimeout(this.#retryTimer);
    this.#pendingHosts.clear();
  }

  /** Reports fields in a subtree and watches the open shadow roots inside it. */
  scan(root: Document | ShadowRoot | Element): void {
    if (root instanceof Element) this.#visit(root);
    // An index loop: a NodeList's iterator costs more than the visit on a big page.
    const all = root.querySelectorAll("*");
    for (let i = 0, n = all.length; i < n; i++) this.#visit(all[i]);
  }

  #visit(el: Element): void {
    // Our own overlay is not the page: never watch or scan it.
    if (el.localName === OVERLAY_TAG) return;
    // Textareas, inputs and contenteditable roots; cheaper than el.matches() on every element of a big page.
    const name = el.localName;
    if ((name === "textarea" || name === "input" || el.hasAttribute("contenteditable")) && isCheckableField(el)) this.#onField(el);
    if (el.shadowRoot) this.watch(el.shadowRoot);
    else if (el.localName.includes("-") && !this.#pendingHosts.has(el)) {
      this.#pendingHosts.set(el, 0);
      if (!this.#retryTimer) this.#retryTimer = window.setTimeout(this.#retry, 250);
    }
  }

  /** Looks again at custom elements that had no shadow root yet. */
  readonly #retry: () => void;

  #retryPending(): void {
    this.#retryTimer = 0;
    for (const [el, tries] of this.#pendingHosts) {
      if (el.shadowRoot) {
        this.#pendingHosts.delete(el);
        this.watch(el.shadowRoot);
      } else if (tries >= 3 || !el.isConnected) this.#pendingHosts.delete(el);
      else this.#pendingHosts.set(el, tries + 1);
    }
    if (this.#pendingHosts.size > 0) this.#retryTimer = window.setTimeout(this.#retry, 1000);
  }
}
