/**
 * The last moment to catch a violation: a click on the composer's Send. A capture-phase click
 * listener on the window (main.ts) asks inspect() about every click; when the click goes to a
 * send control whose composer still holds violations the seller has not confirmed, the click is
 * stopped and the card asks. release() (Send anyway) confirms exactly this text (a hash of it,
 * in memory) and repeats the click once; a later click with the same text passes, so a page that
 * ignores synthetic clicks still sends on the seller's own click. Nothing here touches the draft.
 */
import type { Finding } from "../rules/types.ts";
import { hashText } from "./ignore-list.ts";

/** What the guard needs of a field being checked (FieldSession has it). */
export interface GuardedField {
  readonly field: Element;
  readonly text: string;
  readonly findings: readonly Finding[];
}

export interface Blocked<S extends GuardedField> {
  /** The send control the click went to. */
  control: Element;
  /** What was clicked (the innermost element), where the click is repeated. */
  target: Element;
  /** The composer's fields holding unconfirmed violations. */
  fields: S[];
  violations: Finding[];
}

/** "Send" in Seller Central's languages; a label holding one of these words (and short) is a send control. */
const SEND_WORDS = new Set([
  "send", "submit", "senden", "absenden", "envoyer", "enviar", "invia", "inviare", "verzenden", "versturen",
  "skicka", "wyślij", "gönder", "إرسال", "ارسال", "भेजें", "भेजे", "送信", "发送", "傳送",
]);
/** Labels holding one of these are not a send ("Don't send", "Cancel sending"). */
const NOT_WORDS = new Set(["cancel", "don't", "dont", "not", "abbrechen", "annuler", "cancelar", "annulla", "annuleren", "avbryt", "anuluj", "iptal", "キャンセル"]);

const CONTROL = "button, [role=button], input[type=submit], input[type=button], kat-button";
/** Send controls known by structure, whatever their label says. */
const SEND_STRUCTURE = ".ayb-contact-form-send-button, [class*=send-button]";
const DIALOG = "dialog, [role=dialog], [role=alertdialog], [aria-modal=true]";

export function isSendLabel(label: string): boolean {
  const text = label.normalize("NFKC").toLowerCase().replace(/[‘’]/gu, "'").trim();
  if (text === "" || text.length > 40) return false;
  // Japanese and Chinese write no spaces: "送信する", "メッセージを送信".
  if (/送信|发送|傳送/u.test(text) && !/キャンセル|取消/u.test(text)) return true;
  const words = text.split(/[\s.,:;!?·…"“”()[\]]+/u).filter(Boolean);
  if (words.length > 4 || words.some((w) => NOT_WORDS.has(w))) return false;
  return words.some((w) => SEND_WORDS.has(w));
}

function labelOf(el: Element): string {
  const own = el.getAttribute("aria-label") || el.getAttribute("label");
  if (own) return own;
  if (el instanceof HTMLInputElement) return el.value;
  return el.textContent ?? "";
}

/** The send control among the first elements a click went through, by structure or label. */
export function sendControlOf(path: readonly EventTarget[]): Element | null {
  for (const node of path.slice(0, 8)) {
    if (!(node instanceof Element) || !node.matches(CONTROL)) continue;
    if (node.matches(SEND_STRUCTURE) || isSendLabel(labelOf(node))) return node;
  }
  return null;
}

function parentOf(node: Node): Node | null {
  return node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
}

function composedContains(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) if (n === ancestor) return true;
  return false;
}

/**
 * The fields of the control's composer: those under its nearest ancestor (below <body>) that
 * holds any checked field. A control inside a dialog that holds no field (Amazon's "Review
 * message" confirmation) has no composer and is never guarded.
 */
export function composerFields<S extends GuardedField>(control: Element, fields: Iterable<S>): S[] {
  const all = [...fields];
  const body = control.ownerDocument.body;
  for (let node = parentOf(control); node && node !== body && node instanceof Element; node = parentOf(node)) {
    const inside = all.filter((s) => composedContains(node, s.field));
    if (inside.length > 0) return inside;
    if (node.matches(DIALOG)) return [];
  }
  return [];
}

const isViolation = (f: Finding) => f.severity === "violation";

export class SendGuard<S extends GuardedField> {
  readonly #confirmed = new Set<string>();
  #replaying = false;

  /**
   * The click to stop, or null to let it through. `refresh` brings a field's findings up to
   * date first (a check waiting for the next frame, a script-made change).
   */
  inspect(event: Event, fields: Iterable<S>, refresh: (field: S) => void): Blocked<S> | null {
    if (this.#replaying) return null;
    const path = event.composedPath();
    const control = sendControlOf(path);
    if (!control) return null;
    const composer = composerFields(control, fields);
    for (const f of composer) refresh(f);
    const pending = composer.filter((f) => f.findings.some(isViolation) && !this.#confirmed.has(hashText(f.text)));
    if (pending.length === 0) return null;
    return { control, target: path[0] as Element, fields: pending, violations: pending.flatMap((f) => f.findings.filter(isViolation)) };
  }

  /** Send anyway: confirms the fields' exact texts and repeats the click once. */
  release(blocked: Blocked<S>): void {
    for (const f of blocked.fields) this.#confirmed.add(hashText(f.text));
    const target = blocked.target.isConnected ? blocked.target : blocked.control;
    if (!target.isConnected || !(target instanceof HTMLElement)) return;
    this.#replaying = true;
    try {
      target.click();
    } finally {
      this.#replaying = false;
    }
  }
}
