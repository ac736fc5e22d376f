/** The categories of LABELING.md; findings carry exactly these ids. */
export const CATEGORY_IDS = [
  "review-change",
  "review-incentive",
  "positive-review-request",
  "review-gating",
  "affiliated-review",
  "competitor-review",
  "review-service",
  "vote-manipulation",
  "off-amazon-contact",
  "marketing",
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

/** `message`: buyer-seller message or template. `insert`: packaging insert, card, thank-you note. */
export type Channel = "message" | "insert";
export const CHANNELS: readonly Channel[] = ["message", "insert"];

export type Severity = "violation" | "advice";

export interface Span {
  start: number;
  end: number;
  excerpt: string;
}

export interface Finding extends Span {
  ruleId: string;
  category: CategoryId;
  severity: Severity;
  message: string;
  /** A compliant replacement for exactly `excerpt`. */
  suggestion?: string;
  /** Other spans of the same finding, e.g. the unhappy-path half of review gating. */
  related?: Span[];
}

export interface CheckOptions {
  channel: Channel;
  lang?: string;
  categories?: readonly CategoryId[];
}

/**
 * Where the second half of a two-part rule may be found, relative to the sentence
 * of the first half.
 */
export type NearScope = "sentence" | "paragraph" | "text" | number;

/**
 * A rule as written in the catalog. Patterns use the rule language of pattern.ts:
 * terms (regular expressions over normalized text, with {vocabulary} macros)
 * separated by word gaps `~N`.
 */
export interface RuleSpec {
  id: string;
  category: CategoryId;
  channels: readonly Channel[];
  severity: Severity;
  message: string;
  /** One or more alternative patterns; each is matched inside one sentence. */
  pattern: string | readonly string[];
  /** Term indexes (of the matching pattern) the highlighted span runs from and to. */
  span?: readonly [number, number];
  /** Patterns that must also match in the same sentence, anywhere. */
  also?: readonly string[];
  /** A second half that must match elsewhere: its span is reported as `related`. */
  near?: { pattern: string | readonly string[]; scope: NearScope };
  /** A match is dropped when any of these patterns matches in the same sentence. */
  unless?: readonly string[];
  /** Set to false where the language's shared negation and policy-quoting exceptions must not apply. */
  sharedExceptions?: boolean;
  suggestion?: string;
}

export interface RuleExamples {
  /** Texts the rule must flag; the expected span is marked with [[ and ]]. */
  flags: readonly string[];
  /** Near-misses: no finding of the rule's category may appear. */
  passes: readonly string[];
}

export interface CategoryText {
  title: string;
  /** The policy sentence the category breaks, quoted. */
  policy: string;
  /** Where the quote sits in the policy: P0..P10 or C1..C2. */
  policyRef: string;
  why: string;
  fix: string;
}

export interface LanguageCatalog {
  lang: string;
  name: string;
  vocabulary: Readonly<Record<string, string | readonly string[]>>;
  /** Shared exceptions: negation and policy quoting, applied to every rule unless it opts out. */
  exceptions: readonly string[];
  rules: readonly RuleSpec[];
  /** Number words read as digits by normalization ("five" → "5"). */
  numberWords: Readonly<Record<string, string>>;
  /**
   * Single letters that are words ("a", "i"): spaced letters they start are read as that word
   * and the rest ("a r e v i e w" is "a review"), when the rest is long enough to be a word.
   */
  letterWords: readonly string[];
  /** Words that end in a period without ending the sentence ("mr", "e.g"). */
  abbreviations: readonly string[];
}

/** What the interface shows about the policy, per language (kept out of the engine's bundle). */
export interface LanguageTexts {
  categories: Readonly<Record<CategoryId, CategoryText>>;
  /** One line for each checklist item of categories.ts. */
  checklist: Readonly<Record<string, { title: string; explanation: string }>>;
}
