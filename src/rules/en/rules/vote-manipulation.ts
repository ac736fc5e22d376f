/**
 * vote-manipulation (P10): asking anyone to mark reviews Helpful / Not Helpful,
 * to up- or down-vote them, or to Report abuse / flag / report a review.
 *
 * "A helpful tip", "was this helpful?" about the seller's own message and
 * "report a problem with your order" are fine: every rule needs a review nearby.
 * Word lists are written compactly (shared stems) to keep the engine bundle small.
 */
import type { RuleSpec } from "../../types.ts";

export const vocabulary = {
  /** The review buttons (normalization joins "H e l p f u l" and strips zero-width characters). */
  "vote-manipulation-button": ["'?(?:(?:not )?(?:helpfull?|useful)|unhelpful|report(?: abuse)?|thumbs[- ](?:up|down)|upvote|downvote)'?"],
  /** Pressing a button. */
  "vote-manipulation-press": ["click(?:ing)?|clic|tap(?:ping)?|hit(?:ting)?|press(?:ing)?|push(?:ing)?|smash|select(?:ing)?|choos(?:e|ing)|vot(?:e|ing)"],
  /** Reviews someone else wrote. */
  "vote-manipulation-reviews": ["reviews?|ratings?|comments?|feedback|testimonials?|reviewers?|[1-5][- ]stars?(?: ones?)?"],
  /** Pointing at reviews that are not the buyer's own. */
  "vote-manipulation-det": ["the|that|this|these|those|all(?: the)?|every|any|each|some|their|his|her|other|fake|negative|bad|false|unfair|competitors?'s?"],
  /** Labels a review can be reported or marked with. */
  "vote-manipulation-label": [
    "'?(?:(?:not )?(?:helpfull?|useful)|unhelpful|inappropriate|abusive|abuse|fake|spam|offensive|misleading|fraudulent|false|suspicious)'?",
  ],
  /** Marking, flagging, reporting. */
  "vote-manipulation-mark": ["mark(?:ing)?|vot(?:e|ing)|flag(?:ging)?|report(?:ing)?|tag(?:ging)?|label(?:l?ing)?"],
  /** Giving a vote. */
  "vote-manipulation-give": ["{ask}", "giv(?:e|ing)|leav(?:e|ing)|add(?:ing)?|drop|send"],
};

/** A review within a sentence either way of the request. */
const REVIEW_NEAR = { pattern: ["{vote-manipulation-reviews}"], scope: 1 } as const;
/** Reporting a delivery problem to the seller or carrier. */
const NOT_A_REVIEW_REPORT = [
  "(?:report|flag)(?:ing)? (?:(?:it|them|this|that) )?to (?:us|me|our|the seller|customer|support|the carrier|the courier|the post office)",
  "report (?:(?:a|an|the|any|all) )?(?:problems?|issues?|missing|damaged?|lost|delivery|defects?|bugs?|faults?|errors?|concerns?)",
];
/** The seller doing it, not asking for it. */
const WE = "(?:we|i)(?:'ve|'ll| have| will| always| also| already)?";

/** Fields every rule of the category shares. */
const base = { category: "vote-manipulation", channels: ["message", "insert"], severity: "violation", suggestion: "" } as const;

export const rules: readonly RuleSpec[] = [
  {
    ...base,
    id: "vote-manipulation/press-button",
    message: "Asks someone to click Helpful, Not Helpful or Report on reviews.",
    pattern: [
      "{vote-manipulation-press} ~2 {vote-manipulation-button}",
      "(?:use|using) ~2 {vote-manipulation-button} (?:buttons?|links?|feature|option|function|tool)",
    ],
    near: REVIEW_NEAR,
    unless: [
      ...NOT_A_REVIEW_REPORT,
      "(?:helpful|useful) (?:tips?|guides?|videos?|links?|info|information|hints?|tricks?|faqs?|articles?|manual|chart|resources?|advice|instructions|steps)",
    ],
  },
  {
    ...base,
    id: "vote-manipulation/mark-as",
    message: "Asks someone to mark, vote or report reviews as helpful, not helpful or abusive.",
    pattern: [
      "(?:{vote-manipulation-mark}|rate) ~5 {vote-manipulation-reviews} ~6 as {vote-manipulation-label}",
      "{vote-manipulation-reviews} ~6 {vote-manipulation-mark} ~2 as {vote-manipulation-label}",
      "{vote-manipulation-mark} ~2 '?(?:(?:not )?(?:helpfull?|useful)|unhelpful|fake|false)'? ~2 {vote-manipulation-reviews}",
      "giv(?:e|ing) (?:the|that|this|those|these|each|every|all the|our|their|his|her) ~2 {vote-manipulation-reviews} (?:an? )?'?(?:helpful|useful|thumbs[- ]up|like|vote|upvote)'?",
    ],
    unless: ["(?:reviews?|ratings?|comments?|feedback) (?:marked|voted|flagged|reported|labell?ed|tagged) as", `${WE} (?:mark|flag|tag|label|report)`],
  },
  {
    ...base,
    id: "vote-manipulation/mark-it-as",
    message: "Asks someone to mark a review as helpful, not helpful or abusive.",
    pattern: ["{vote-manipulation-mark} (?:it|them|this 1|that 1|those|these|this|that|each 1|every 1|all of them|both) ~2 as {vote-manipulation-label}"],
    near: REVIEW_NEAR,
  },
  {
    ...base,
    id: "vote-manipulation/report-review",
    message: "Asks someone to report or flag a review.",
    pattern: ["(?:report|flag)(?:ing|ging)? ~1 {vote-manipulation-det} ~2 {vote-manipulation-reviews}"],
    unless: [`${WE} (?:report|flag)`, ...NOT_A_REVIEW_REPORT],
  },
  {
    ...base,
    id: "vote-manipulation/report-abuse",
    message: "Asks someone to use Report abuse on reviews.",
    pattern: ["report abuse"],
    near: REVIEW_NEAR,
    unless: [`${WE} ~2 report abuse`],
  },
  {
    ...base,
    id: "vote-manipulation/report-it",
    message: "Asks someone to report or flag a review the seller dislikes.",
    pattern: [
      "{ask} ~3 (?:report|flag) (?:it|them|this 1|that 1|those|these|this|that)",
      "(?:report|flag) (?:it|them|this 1|that 1)(?= (?:please|pls|plz|now|today|asap|for us|right away|immediately|to amazon))",
      "by (?:reporting|flagging) (?:it|them|this 1|that 1|those|these)",
    ],
    span: [1, 1],
    near: {
      pattern: [
        "(?:fake|false|unfair|negative|bad|malicious|bogus|suspicious|competitor's|[12][- ]stars?) ~2 {vote-manipulation-reviews}",
        "{vote-manipulation-reviews} ~6 (?:fake|false|unfair|lies|lying|malicious|bogus|competitor|never used)",
      ],
      scope: 1,
    },
    unless: NOT_A_REVIEW_REPORT,
  },
  {
    ...base,
    id: "vote-manipulation/vote",
    message: "Asks someone to up- or down-vote reviews.",
    pattern: [
      "(?:up|down)-?vot(?:e|ing)|vote (?:up|down)",
      "vot(?:e|ing) (?:them|it|those|these|this|that|this 1|that 1|each 1|every 1|all of them) (?:up|down)",
      "(?:{vote-manipulation-give}|hit|click|tap|press) ~4 (?:helpful|useful) (?:votes?|clicks?|buttons?|marks?)",
      "{vote-manipulation-give} ~4 thumbs[- ](?:up|down)",
    ],
    near: REVIEW_NEAR,
  },
  {
    ...base,
    id: "vote-manipulation/vote-on-reviews",
    message: "Asks someone to vote on reviews or give them helpful votes.",
    pattern: [
      "vot(?:e|ing) (?:on|for|against|up|down) ~2 {vote-manipulation-det} ~2 {vote-manipulation-reviews}",
      "vot(?:e|ing) ~2 {vote-manipulation-det} ~2 {vote-manipulation-reviews} (?:up|down)",
      "{vote-manipulation-give} ~6 (?:helpful|useful) (?:votes?|clicks?|marks?)",
      "{vote-manipulation-give} ~6 thumbs[- ](?:up|down)",
    ],
    also: ["{vote-manipulation-reviews}"],
  },
];
