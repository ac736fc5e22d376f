/**
 * One field being checked: reads its text, runs the engine, keeps the findings the
 * seller has not ignored and draws them through the rendering core (mirror or
 * ranges, then highlights). check() is the expensive step, run at most once per
 * animation frame after input; layout() only re-projects and is what scrolling,
 * resizing and moving cost.
 */
import { createChecker, detectLanguage, type LanguageGuess } from "../rules/runtime.ts";
import type { CategoryId, Channel, Finding } from "../rules/types.ts";
import type { RewriteTarget } from "./apply-rewrite.ts";
import { type Field, isTextInput, type TextInput } from "./field-discovery.ts";
import { intersect, type Rect } from "./geometry.ts";
import { FieldHighlights, type Note } from "./highlights.ts";
import type { IgnoreList } from "./ignore-list.ts";
import type { Overlay } from "./overlay.ts";
import { editableText, rangeOf, rangeRects } from "./range-boxes.ts";
import type { TextMap } from "./text-map.ts";
import { type FieldStyle, type LocalRects, projectRects, TextFieldMirror, textFieldFrame } from "./text-field-mirror.ts";

/** Longer text is not checked inline: a check must fit in a frame while typing. */
export const INLINE_LIMIT = 20_000;

/** A text's language is detected again once it changed length by this much (see #languageOf). */
const LANGUAGE_STABLE_CHARS = 200;

export interface SessionContext {
  channel: Channel;
  /** The categories the seller left on; undefined for all. */
  categories(): readonly CategoryId[] | undefined;
  overlay: Overlay;
  ignored: IgnoreList;
  label(finding: Finding): string;
  /** True once the rule catalog is installed and warmed (main.ts); until then nothing is checked. */
  engineReady(): boolean;
}

export class FieldSession {
  /** The text as last checked. */
  text = "";
  /** Findings shown (ignored ones left out). */
  findings: Finding[] = [];
  #all: Finding[] = [];
  #notes: Note[] = [];
  #highlights: FieldHighlights;
  #mirror: TextFieldMirror | null = null;
  #local: LocalRects = [];
  #map: TextMap<Node> | null = null;
  #ranges: (Range | null)[] = [];
  /** What the field held at the last check, to notice script-made changes cheaply. */
  #raw = "";
  #clippers: Element[] | null = null;

  readonly #ctx: SessionContext;
  /** Typing re-checks only the paragraphs it changed (rules/incremental.ts). */
  readonly #checker = createChecker();

  constructor(
    readonly field: Field,
    ctx: SessionContext,
  ) {
    this.#ctx = ctx;
    this.#highlights = new FieldHighlights(ctx.overlay.marks, ctx.overlay.badges, ctx.label);
  }

  get marks() {
    return this.#highlights.marks;
  }

  #rawText(): string {
    return isTextInput(this.field) ? this.field.value : (this.field.textContent ?? "");
  }

  /** The field's text as the engine sees it (offsets of findings refer to it). */
  readText(): string {
    if (isTextInput(this.field)) return this.field.value;
    this.#map = editableText(this.field);
    return this.#map.text;
  }

  /** True when the field's text changed without an input event (a script set it). */
  changedSilently(): boolean {
    return this.#rawText() !== this.#raw;
  }

  /** Runs the engine on the field's text and draws; `geometry: false` leaves measuring to a batch (main.ts). */
  check(geometry = true): void {
    this.compute();
    this.draw(geometry);
  }

  /**
   * Runs the engine on the field's text and keeps the findings, drawing nothing: a batch
   * (main.ts) reads every field's geometry before any of our elements change.
   */
  compute(): void {
    this.#raw = this.#rawText();
    const text = this.readText();
    this.text = text;
    this.#notes = [];
    let findings: Finding[] = [];
    if (text.length > INLINE_LIMIT) this.#notes.push({ kind: "too-long" });
    // Until the worker's catalog arrives there is nothing to check with (main.ts checks again then).
    else if (text.trim() !== "" && this.#ctx.engineReady()) {
      const language = this.#languageOf(text);
      // Not an all-clear: text the English catalog cannot read is said to be unchecked.
      if (!language.supported) this.#notes.push({ kind: "language", language: language.name });
      else findings = this.#checker(text, { channel: this.#ctx.channel, categories: this.#ctx.categories() });
    }
    this.#all = findings;
    this.#clippers = null;
    this.#applyIgnored();
  }

  /** The findings shown: the engine's, less those the seller ignored. */
  #applyIgnored(): void {
    this.findings = this.#all.filter((f) => !this.#ctx.ignored.has(f));
  }

  /**
   * The text's language, detected again only when the text grew or shrank by more than a
   * sentence or two, or changed at both ends: typing a word never changes it, and detection on a
   * long draft costs a good part of a keystroke's budget.
   */
  #languageOf(text: string): LanguageGuess {
    const last = this.#language;
    const head = text.slice(0, 64);
    const tail = text.slice(-64);
    // Typing changes one end at most; a text replaced by another (a paste over all) changes both.
    const same = last && Math.abs(text.length - last.length) < LANGUAGE_STABLE_CHARS && (head === last.head || tail === last.tail);
    if (same && text.length >= LANGUAGE_STABLE_CHARS) return last.guess;
    const guess = detectLanguage(text);
    this.#language = { length: text.length, head, tail, guess };
    return guess;
  }

  #language: { length: number; head: string; tail: string; guess: LanguageGuess } | null = null;

  /** Re-applies the ignore list (after Ignore) without re-running the engine. */
  refilter(geometry = true): void {
    this.#applyIgnored();
    this.draw(geometry);
  }

  /** Shows the findings kept by compute() or refilter(); `geometry: false` leaves measuring to a batch (main.ts). */
  draw(geometry = true): void {
    this.#highlights.show(this.findings, this.#notes);
    if (!geometry) return;
    this.measure();
    this.layout();
  }

  /** The expensive geometry step: after a check or when the field's size changed. */
  measure(): void {
    this.measureWrite();
    this.measureRead();
  }

  /**
   * Reads the field's style for its mirror (textareas and inputs with findings): batched across
   * fields. Reading 45 computed properties on every keystroke costs more than the check itself,
   * so the last reading is kept while the field's box and attributes stay the same, and dropped
   * on every tick (staleStyle) in case the page restyled it otherwise.
   */
  measureStyle(): FieldStyle | null {
    if (!isTextInput(this.field) || this.findings.length === 0) return null;
    const f = this.field;
    const key = `${f.offsetWidth} ${f.offsetHeight} ${f.clientWidth} ${f.clientHeight} ${f.className} ${f.getAttribute("style") ?? ""}`;
    if (!this.#style || key !== this.#styleKey) {
      this.#style = TextFieldMirror.styleOf(f);
      this.#styleKey = key;
    }
    return this.#style;
  }

  /** The next measure reads the field's style again. */
  staleStyle(): void {
    this.#style = null;
  }

  #style: FieldStyle | null = null;
  #styleKey = "";

  /** Writes the mirror: the first half of measure(), batched across fields. */
  measureWrite(style: FieldStyle | null = this.measureStyle()): void {
    if (!style || !isTextInput(this.field)) return;
    this.#mirror ??= new TextFieldMirror(this.#ctx.overlay.mirrors);
    this.#mirror.sync(this.field, this.text, style);
  }

  /** Reads where the findings are: the second half of measure(). */
  measureRead(): void {
    if (isTextInput(this.field)) {
      this.#local = this.findings.length === 0 || !this.#mirror ? [] : this.#mirror.read(this.findings);
    } else {
      const map = this.#map;
      const doc = this.field.ownerDocument;
      this.#ranges = map ? this.findings.map((f) => rangeOf(map, f.start, f.end, doc)) : [];
    }
  }

  /** Re-projects findings and the badge to where the field is now. */
  layout(): void {
    this.layoutWrite(this.layoutRead());
  }

  /** Where the boxes go now (reads only): the first half of layout(), batched across fields. */
  layoutRead(): { rects: Rect[][]; area: Rect | null } | null {
    if (!this.#highlights.hasContent()) return null;
    if (!this.field.isConnected) return { rects: [], area: null };
    if (isTextInput(this.field)) {
      const frame = textFieldFrame(this.field);
      const area = this.#visibleArea(frame.clip);
      return { rects: projectRects(frame, this.#local).map((list) => clipAll(list, area)), area };
    }
    // An editable <body> (iframe editors) fills its frame; its own box is only as tall as its text.
    const doc = this.field.ownerDocument;
    const box = this.field === doc.body ? { left: 0, top: 0, width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight } : this.field.getBoundingClientRect();
    const area = this.#visibleArea(box);
    return { rects: this.#ranges.map((r) => (r ? clipAll(rangeRects(r), area) : [])), area };
  }

  /** Puts the boxes there (writes only). */
  layoutWrite(placement: { rects: Rect[][]; area: Rect | null } | null): void {
    if (placement) this.#highlights.place(placement.rects, placement.area);
  }

  /** The part of the field no scrolling ancestor or the viewport hides. */
  #visibleArea(box: Rect): Rect | null {
    const view = this.field.ownerDocument.defaultView;
    let area = intersect(box, { left: 0, top: 0, width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 });
    this.#clippers ??= clippingAncestors(this.field);
    for (const el of this.#clippers) {
      if (!area) break;
      area = intersect(area, el.getBoundingClientRect());
    }
    return area;
  }

  hit(x: number, y: number) {
    return this.#highlights.hit(x, y);
  }

  /** The finding the caret sits in, for a click that placed it there. */
  findingAtCaret(): Finding | null {
    if (!isTextInput(this.field)) return null;
    const { selectionStart: s, selectionEnd: e } = this.field;
    if (s === null || s !== e) return null;
    return this.findings.find((f) => f.start <= s && s <= f.end) ?? null;
  }

  /** The field as Apply edits it. */
  target(): RewriteTarget {
    const field = this.field;
    const doc = field.ownerDocument;
    return {
      read: () => this.readText(),
      focus: () => field.focus({ preventScroll: true }),
      select: (start, end) => (isTextInput(field) ? selectInInput(field, start, end) : this.#selectInEditable(start, end)),
      exec: (command, value) => doc.execCommand(command, false, value),
    };
  }

  #selectInEditable(start: number, end: number): boolean {
    const map = this.#map ?? editableText(this.field);
    const range = rangeOf(map, start, end, this.field.ownerDocument);
    const selection = this.field.ownerDocument.getSelection();
    if (!range || !selection) return false;
    selection.removeAllRanges();
    selection.addRange(range);
    return true;
  }

  /** Shows nothing until destroyed (its field left the page). */
  hide(): void {
    this.layoutWrite({ rects: [], area: null });
  }

  destroy(): void {
    this.#highlights.remove();
    this.#mirror?.remove();
    this.#mirror = null;
  }
}

function selectInInput(field: TextInput, start: number, end: number): boolean {
  field.setSelectionRange(start, end);
  return field.selectionStart === start && field.selectionEnd === end;
}

function clipAll(rects: Rect[], area: Rect | null): Rect[] {
  if (!area) return [];
  const out: Rect[] = [];
  for (const r of rects) {
    const visible = intersect(r, area);
    if (visible) out.push(visible);
  }
  return out;
}

/**
 * Ancestors that clip the field (overflow other than visible), through shadow roots
 * and slots. <html> and <body> are left to the viewport: their boxes are often not
 * where their content is.
 */
function clippingAncestors(field: Element): Element[] {
  const out: Element[] = [];
  const doc = field.ownerDocument;
  let node: Node | null = field.assignedSlot ?? field.parentNode;
  while (node) {
    if (node instanceof ShadowRoot) {
      node = node.host;
      continue;
    }
    if (!(node instanceof Element) || node === doc.body || node === doc.documentElement) break;
    const cs = getComputedStyle(node);
    if (cs.overflowX !== "visible" || cs.overflowY !== "visible") out.push(node);
    node = node.assignedSlot ?? node.parentNode;
  }
  return out;
}
