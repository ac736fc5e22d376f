/**
 * Checking a text that changes a little at a time (a seller typing): the text is
 * cut at its paragraph breaks, and what each paragraph yields is kept, so a
 * keystroke re-checks one paragraph instead of the whole draft. The result is
 * exactly what checking the whole text gives (a test holds it to that):
 *
 * - sentences never cross a blank line, and normalization never looks past one,
 *   so a paragraph's matches are the same alone as inside the text;
 * - a rule's findings are kept per paragraph with their matches; a two-part
 *   rule's halves are joined across paragraphs on every check, with sentence and
 *   paragraph numbers as the whole text has them.
 */
import {
  type CompiledCatalog,
  checkWith,
  matchSpan,
  nearMatches,
  nearest,
  PreparedText,
  patternHits,
  ruleFilter,
  type RuleHit,
  SHARED_BUFFERS,
  settle,
} from "./check.ts";
import { PIECE_LENGTH } from "./chunks.ts";
import type { PatternMatch } from "./match.ts";
import type { CheckOptions, Finding, Span } from "./types.ts";

/** Where a paragraph ends: a line holding nothing but spaces (segment.ts starts a paragraph there too). */
const PARAGRAPH_BREAK = /\n[ \t]*\n/g;

/** What one paragraph yields, in its own offsets: kept between checks. */
interface ParagraphResult {
  /** The rules' hits, in rule order, then pattern order: `key` is rule index × KEY + pattern index. */
  hits: Array<{ key: number; hit: RuleHit }>;
  /** Per two-part rule (by index) with a second half here: those matches, each with its span. */
  nears: Map<number, NearMatch[]>;
  sentences: number;
  /** Paragraph number of each sentence. */
  paragraph: number[];
  /** Length of the normalized text, to keep matches of different paragraphs apart. */
  normalizedLength: number;
}

/** A match of a rule's second half, and the span it is reported as (`related`). */
type NearMatch = PatternMatch & { span: Span };

/** Patterns per rule stay far below this: a hit's rule and pattern fit one sortable number. */
const KEY = 1024;

/** Offsets of a paragraph inside the whole text. */
interface Placed {
  result: ParagraphResult;
  start: number;
  sentence: number;
  paragraph: number;
  normalized: number;
}

/**
 * Where the groups of a text start (not chunks.ts's pieces, which cut only very
 * long texts). A group is one or more whole paragraphs: checking one costs a
 * fixed part (every rule looks once) plus its length, so short paragraphs are
 * grouped. Where a group ends depends only on the text of its last paragraph
 * (paragraphMark), never on what came before: typing in one paragraph changes at
 * most its own group and the next one.
 */
export function groupStarts(text: string): number[] {
  const starts = [0];
  let from = 0;
  let paragraph = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m !== null; m = PARAGRAPH_BREAK.exec(text)) {
    const end = m.index + m[0].length;
    if (end >= text.length) break;
    if (end - from >= GROUP_MAX || paragraphMark(text, paragraph, m.index) % GROUP_EVERY === 0) {
      starts.push(end);
      from = end;
    }
    paragraph = end;
  }
  return starts;
}

/** Paragraphs end a group one time in this many, on average. */
const GROUP_EVERY = 2;
/** A group past this many characters ends at its next paragraph break, whatever its paragraphs say. */
const GROUP_MAX = 1024;

/**
 * A number read from a paragraph's own text: its length and a few of its
 * characters, so finding the cuts costs next to nothing per paragraph.
 */
function paragraphMark(text: string, from: number, to: number): number {
  let h = Math.imul(to - from, 0x01000193);
  for (const i of [from, from + 1, (from + to) >> 1, to - 2, to - 1]) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function checkParagraph(language: CompiledCatalog, text: string, options: CheckOptions): ParagraphResult {
  // Nothing kept refers to the matcher's entry arrays: it may borrow the shared ones.
  const prepared = new PreparedText(text, language, SHARED_BUFFERS);
  const runs = ruleFilter(options);
  const hits: ParagraphResult["hits"] = [];
  const nears: ParagraphResult["nears"] = new Map();
  language.rules.forEach((rule, r) => {
    if (!runs(rule)) return;
    rule.patterns.forEach((pattern, k) => {
      for (const hit of patternHits(prepared, rule, language.exceptions, pattern)) hits.push({ key: r * KEY + k, hit });
    });
    const matches = nearMatches(prepared, rule);
    if (matches.length > 0) nears.set(r, matches.map((m) => ({ ...m, span: matchSpan(prepared, m) })));
  });
  const { segments, norm } = prepared.matcher;
  return { hits, nears, sentences: segments.starts.length, paragraph: segments.paragraph, normalizedLength: norm.text.length };
}

/** A match moved from its paragraph's numbering into the whole text's. */
function placeMatch(m: PatternMatch, at: Placed): PatternMatch {
  return { sentence: m.sentence + at.sentence, bounds: m.bounds.map(([s, e]) => [s + at.normalized, e + at.normalized]) };
}

function placeNear(m: NearMatch, at: Placed): NearMatch {
  return { ...placeMatch(m, at), span: { ...m.span, start: m.span.start + at.start, end: m.span.end + at.start } };
}

function shifted(f: Finding, by: number): Finding {
  return { ...f, start: f.start + by, end: f.end + by };
}

/**
 * A checker that remembers, between calls, what each paragraph of the last texts
 * it checked yielded. One per field: typing re-checks the paragraph typed in.
 */
export class IncrementalChecker {
  #catalog: CompiledCatalog | null = null;
  /** The channel and categories what is kept was checked for. */
  #context = "";
  #kept = new Map<string, ParagraphResult>();
  #fresh = true;

  check(language: CompiledCatalog, text: string, options: CheckOptions): Finding[] {
    // A text checked in pieces (chunks.ts) is past anything typed inline: checked whole, nothing kept.
    if (text.length > 2 * PIECE_LENGTH) return checkWith(language, text, options);
    const context = `${options.channel} ${options.categories?.join(",") ?? "*"}`;
    if (language !== this.#catalog || context !== this.#context) {
      this.#catalog = language;
      this.#context = context;
      this.#kept.clear();
      this.#fresh = true;
    }
    // The first check is of the whole text, which is quicker than by group when nothing is
    // kept yet (a page's fields are checked once when it loads, most never typed in).
    if (this.#fresh) {
      this.#fresh = false;
      return checkWith(language, text, options);
    }
    const kept = new Map<string, ParagraphResult>();
    const placed: Placed[] = [];
    const starts = groupStarts(text);
    let sentence = 0;
    let paragraph = 0;
    let normalized = 0;
    for (let i = 0; i < starts.length; i++) {
      const group = text.slice(starts[i], starts[i + 1] ?? text.length);
      const result = kept.get(group) ?? this.#kept.get(group) ?? checkParagraph(language, group, options);
      kept.set(group, result);
      placed.push({ result, start: starts[i], sentence, paragraph, normalized });
      sentence += result.sentences;
      paragraph += (result.paragraph.at(-1) ?? -1) + 1;
      // One more than the length, so a match ending a paragraph never touches one starting the next.
      normalized += result.normalizedLength + 1;
    }
    // Only what this text holds is kept: memory follows the field, not its history.
    this.#kept = kept;
    // Hits grouped by rule and pattern, paragraphs in text order in each: the order a whole-text check finds them in.
    const groups = new Map<number, Array<[Placed, RuleHit]>>();
    for (const p of placed) {
      for (const { key, hit } of p.result.hits) {
        const group = groups.get(key);
        if (group) group.push([p, hit]);
        else groups.set(key, [[p, hit]]);
      }
    }
    let paragraphOf: number[] | undefined;
    let nearOf = -1;
    let near: NearMatch[] = [];
    const all: Finding[] = [];
    for (const key of [...groups.keys()].sort((a, b) => a - b)) {
      const r = Math.floor(key / KEY);
      const rule = language.rules[r];
      if (rule.near && nearOf !== r) {
        // The rule's second halves anywhere in the text, numbered as the whole text numbers them.
        nearOf = r;
        near = placed.flatMap((p) => (p.result.nears.get(r) ?? []).map((m) => placeNear(m, p)));
        paragraphOf ??= placed.flatMap((p) => p.result.paragraph.map((n) => n + p.paragraph));
      }
      for (const [p, hit] of groups.get(key) as Array<[Placed, RuleHit]>) {
        const finding = shifted(hit.finding, p.start);
        if (rule.near) {
          const other = nearest(near, paragraphOf as number[], rule.near.scope, placeMatch(hit.match, p));
          if (!other) continue;
          finding.related = [{ ...other.span }];
        }
        all.push(finding);
      }
    }
    return settle(all);
  }
}
