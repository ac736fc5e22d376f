/**
 * The explanation card of one finding: what policy it breaks, why, how to fix it,
 * the compliant rewrite, and Apply / Ignore. One card per overlay, rebuilt in place. The send
 * guard uses the same card to list the violations left, with Send anyway / Keep editing.
 * It never takes focus from the field on click (mousedown is cancelled), so Apply
 * finds the seller's field as they left it; keyboard users reach it from a finding.
 */
import type { CategoryText, Finding } from "../rules/types.ts";
import type { Rect } from "./geometry.ts";

export interface CardHandlers {
  /** Applies the rewrite; returns the reason when it could not. */
  apply(): string | null;
  ignore(): void;
  close(): void;
}

export interface GuardHandlers {
  sendAnyway(): void;
  keepEditing(): void;
}

/** One violation as the send guard lists it. */
export interface GuardItem {
  title: string;
  excerpt: string;
}

/**
 * How the card was opened: hover cards close when the pointer leaves; pinned ones on Escape or a
 * click elsewhere; the send guard's like pinned ones, or through its buttons.
 */
export type CardMode = "hover" | "pinned" | "guard";

let cardIds = 0;

export class Card {
  readonly el: HTMLElement;
  finding: Finding | null = null;
  mode: CardMode = "hover";
  #handlers: CardHandlers | null = null;
  #guard: GuardHandlers | null = null;
  #parts: Record<"title" | "message" | "policy" | "why" | "fix" | "rewrite" | "reason" | "violations", HTMLElement>;
  #applyButton: HTMLButtonElement;
  #ignoreButton: HTMLButtonElement;
  #sendButton: HTMLButtonElement;
  #keepButton: HTMLButtonElement;

  constructor(layer: HTMLElement) {
    const doc = layer.ownerDocument;
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K, part?: string, text?: string) => {
      const el = doc.createElement(tag);
      if (part) el.dataset.part = part;
      if (text) el.textContent = text;
      return el;
    };
    const titleId = `og-card-title-${++cardIds}`;
    this.el = make("div");
    this.el.dataset.card = "";
    this.el.setAttribute("role", "dialog");
    this.el.setAttribute("aria-labelledby", titleId);
    this.el.hidden = true;
    this.#parts = {
      title: make("h2", "title"),
      message: make("p", "message"),
      policy: make("blockquote", "policy"),
      why: make("p", "why"),
      fix: make("p", "fix"),
      rewrite: make("div", "rewrite"),
      reason: make("p", "apply-reason"),
      violations: make("ul", "violations"),
    };
    this.#parts.title.id = titleId;
    this.#applyButton = make("button", undefined, "Apply");
    this.#applyButton.dataset.action = "apply";
    this.#ignoreButton = make("button", undefined, "Ignore");
    this.#ignoreButton.dataset.action = "ignore";
    this.#sendButton = make("button", undefined, "Send anyway");
    this.#sendButton.dataset.action = "send-anyway";
    this.#keepButton = make("button", undefined, "Keep editing");
    this.#keepButton.dataset.action = "keep-editing";
    for (const b of [this.#applyButton, this.#ignoreButton, this.#sendButton, this.#keepButton]) b.type = "button";
    const actions = make("div");
    actions.className = "actions";
    actions.append(this.#applyButton, this.#ignoreButton, this.#keepButton, this.#sendButton);
    const p = this.#parts;
    this.el.append(p.title, p.message, p.violations, p.policy, p.why, p.fix, p.rewrite, p.reason, actions);
    layer.append(this.el);

    this.el.addEventListener("mousedown", (e) => e.preventDefault());
    this.#applyButton.addEventListener("click", () => {
      const reason = this.#handlers?.apply() ?? null;
      if (reason) this.disableApply(reason);
    });
    this.#ignoreButton.addEventListener("click", () => this.#handlers?.ignore());
    this.#sendButton.addEventListener("click", () => this.#guard?.sendAnyway());
    this.#keepButton.addEventListener("click", () => this.#guard?.keepEditing());
    this.el.addEventListener("keydown", (e) => {
      if (e.key !== "Escape") return;
      if (this.#guard) this.#guard.keepEditing();
      else this.#handlers?.close();
    });
  }

  get isOpen(): boolean {
    return !this.el.hidden;
  }

  open(finding: Finding, text: CategoryText, anchor: Rect | undefined, handlers: CardHandlers, mode: CardMode): void {
    const same = this.isOpen && this.finding === finding;
    this.finding = finding;
    this.#handlers = handlers;
    this.#guard = null;
    this.#show("finding");
    this.mode = same && this.mode === "pinned" ? "pinned" : mode;
    if (!same) {
      const p = this.#parts;
      p.title.textContent = text.title;
      p.message.textContent = finding.message;
      p.policy.textContent = `“${text.policy}”`;
      setLabelled(p.why, "Why: ", text.why);
      setLabelled(p.fix, "How to fix: ", text.fix);
      // Without a rewrite, the disabled Apply says so once (its reason); no empty rewrite box above it (#show).
      if (finding.suggestion === undefined) p.rewrite.textContent = "";
      else if (finding.suggestion === "") setLabelled(p.rewrite, "Rewrite: ", "delete these words.");
      else setLabelled(p.rewrite, "Write instead: ", finding.suggestion);
      p.reason.hidden = true;
      p.reason.textContent = "";
      this.#applyButton.disabled = false;
    }
    this.el.hidden = false;
    this.position(anchor);
  }

  /** The send guard's card: the violations left in the composer, Send anyway and Keep editing. */
  openGuard(items: readonly GuardItem[], anchor: Rect | undefined, handlers: GuardHandlers): void {
    this.finding = null;
    this.#handlers = null;
    this.#guard = handlers;
    this.mode = "guard";
    this.#show("guard");
    const p = this.#parts;
    const n = items.length;
    p.title.textContent = n === 1 ? "This message breaks a review policy" : `This message breaks review policies ${n} times`;
    p.message.textContent = "Amazon may block it or restrict your messaging. Send it anyway?";
    p.violations.replaceChildren(
      ...items.map((item) => {
        const li = this.el.ownerDocument.createElement("li");
        setLabelled(li, `${item.title}: `, `“${item.excerpt}”`);
        return li;
      }),
    );
    this.el.hidden = false;
    this.position(anchor);
  }

  #show(kind: "finding" | "guard"): void {
    const guard = kind === "guard";
    const p = this.#parts;
    for (const el of [p.policy, p.why, p.fix, this.#applyButton, this.#ignoreButton]) el.hidden = guard;
    p.rewrite.hidden = guard || this.finding?.suggestion === undefined;
    for (const el of [p.violations, this.#sendButton, this.#keepButton]) el.hidden = !guard;
    if (guard) p.reason.hidden = true;
  }

  /** Shows why Apply cannot work here and turns it off. */
  disableApply(reason: string): void {
    this.#applyButton.disabled = true;
    this.#parts.reason.textContent = reason;
    this.#parts.reason.hidden = false;
  }

  /**
   * Puts the card below the finding, or above it when there is no room, inside the viewport. In
   * a frame too small for it, the card is as tall as the frame allows and scrolls, its buttons
   * staying in view.
   */
  position(anchor: Rect | undefined): void {
    if (!anchor || !this.isOpen) return;
    const view = this.el.ownerDocument.defaultView;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    const { offsetWidth: w, offsetHeight: h } = this.el;
    let top = anchor.top + anchor.height + 6;
    if (top + h > vh - 8 && anchor.top - h - 6 >= 8) top = anchor.top - h - 6;
    // Neither below nor above: as low as it fits (it may cover the finding rather than leave the frame).
    else if (top + h > vh - 8) top = vh - 8 - h;
    const left = Math.max(8, Math.min(anchor.left, vw - w - 8));
    this.el.style.left = `${left}px`;
    this.el.style.top = `${Math.max(8, top)}px`;
  }

  /** Moves keyboard focus into the card (from a focused finding). */
  focusFirstButton(): void {
    if (this.#guard) this.#keepButton.focus();
    else (this.#applyButton.disabled ? this.#ignoreButton : this.#applyButton).focus();
  }

  close(): void {
    if (this.el.hidden) return;
    this.el.hidden = true;
    this.finding = null;
    this.#handlers = null;
    this.#guard = null;
  }
}

function setLabelled(el: HTMLElement, label: string, text: string): void {
  const strong = el.ownerDocument.createElement("span");
  strong.className = "label";
  strong.textContent = label;
  el.replaceChildren(strong, text);
}
