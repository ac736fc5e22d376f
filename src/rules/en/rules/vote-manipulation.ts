/**
 * vote-manipulation (P10): asking anyone to mark reviews Helpful / Not Helpful,
 * to up- or down-vote them, or to Report abuse / flag / report a review.
 *
 * "A helpful tip", "was this helpful?" about the seller's own message and
 * "report a problem with your order" are fine: every rule needs a review nearby.
 */
import type { RuleSpec } from "../../types.ts";

export const vocabulary = {
  /** The review buttons (normalization joins "H e l p f u l" and strips zero-width characters). */
  "vote-manipulation-button": [
    "'?(?:not helpful|not useful|unhelpful|helpful|helpfull|useful|report abuse|report|thumbs up|thumbs down|thumbs-up|thumbs-down|upvote|downvote)'?",
  ],
  /** Pressing a button. */
  "vote-manipulation-press": [
    "click",
    "clicking",
    "clic",
    "tap",
    "tapping",
    "hit",
    "hitting",
    "press",
    "pressing",
    "push",
    "pushing",
    "smash",
    "select",
    "selecting",
    "choose",
    "choosing",
    "vote",
    "voting",
  ],
  /** Reviews someone else wrote. */
  "vote-manipulation-reviews": [
    "reviews?",
    "ratings?",
    "comments?",
    "feedback",
    "testimonials?",
    "reviewers?",
    "[1-5](?:-| )stars?(?: ones?)?",
    "5-star ones",
  ],
  /** Pointing at reviews that are not the buyer's own. */
  "vote-manipulation-det": [
    "the",
    "that",
    "this",
    "these",
    "those",
    "all",
    "all the",
    "every",
    "any",
    "each",
    "some",
    "their",
    "his",
    "her",
    "other",
    "fake",
    "negative",
    "bad",
    "false",
    "unfair",
    "competitor's",
    "competitors'",
  ],
  /** Labels a review can be reported or marked with. */
  "vote-manipulation-label": [
    "'?(?:not helpful|not useful|unhelpful|helpful|helpfull|useful|inappropriate|abusive|abuse|fake|spam|offensive|misleading|fraudulent|false|suspicious)'?",
  ],
};

/** A review within a sentence either way of the request. */
const REVIEW_NEAR = { pattern: ["{vote-manipulation-reviews}"], scope: 1 } as const;

export const rules: readonly RuleSpec[] = [
  {
    id: "vote-manipulation/press-button",
    category: "vote-manipulation",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks someone to click Helpful, Not Helpful or Report on reviews.",
    pattern: [
      "{vote-manipulation-press} ~2 {vote-manipulation-button}",
      "(?:use|using) ~2 {vote-manipulation-button} (?:button|buttons|link|links|feature|option|function|tool)",
    ],
    near: REVIEW_NEAR,
    unless: [
      "report (?:a|an|the)? ?(?:problem|issue|missing|damaged|lost|delivery|defect|bug|fault|error)",
      "(?:helpful|useful) (?:tip|tips|guide|guides|video|videos|link|links|info|information|hint|hints|trick|tricks|faq|faqs|article|articles|manual|chart|resources?|advice|instructions|steps)",
    ],
    suggestion: "",
  },
  {
    id: "vote-manipulation/mark-as",
    category: "vote-manipulation",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks someone to mark, vote or report reviews as helpful, not helpful or abusive.",
    pattern: [
      "(?:mark|marking|vote|voting|rate|flag|flagging|report|reporting|tag|tagging|label|labelling|labeling) ~5 {vote-manipulation-reviews} ~6 as {vote-manipulation-label}",
      "{vote-manipulation-reviews} ~6 (?:mark|marking|vote|voting|flag|flagging|report|reporting|tag|tagging|label|labelling|labeling) ~2 as {vote-manipulation-label}",
      "(?:mark|marking|vote|voting|flag|flagging|tag|tagging|label|labelling|labeling) ~2 '?(?:helpful|helpfull|useful|unhelpful|not helpful|not useful|fake|false)'? ~2 {vote-manipulation-reviews}",
      "(?:give|giving) (?:the|that|this|those|these|each|every|all the|our|their|his|her) ~2 {vote-manipulation-reviews} (?:a |an )?'?(?:helpful|useful|thumbs up|thumbs-up|like|vote|upvote)'?",
    ],
    unless: [
      "(?:reviews?|ratings?|comments?|feedback) (?:marked|voted|flagged|reported|labell?ed|tagged) as",
      "(?:we|i|we'll|i'll|we always|we also) (?:mark|flag|tag|label|report)",
    ],
    suggestion: "",
  },
  {
    id: "vote-manipulation/mark-it-as",
    category: "vote-manipulation",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks someone to mark a review as helpful, not helpful or abusive.",
    pattern: ["(?:mark|marking|vote|voting|flag|flagging|report|reporting|tag|tagging|label|labelling|labeling) (?:it|them|this 1|that 1|those|these|this|that|each 1|every 1|all of them|both) ~2 as {vote-manipulation-label}"],
    near: REVIEW_NEAR,
    suggestion: "",
  },
  {
    id: "vote-manipulation/report-review",
    category: "vote-manipulation",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks someone to report or flag a review.",
    pattern: [
      "(?:report|reporting|flag|flagging) ~1 {vote-manipulation-det} ~2 {vote-manipulation-reviews}",
    ],
    unless: [
      "(?:we|i|we've|i've|we'll|i'll|we have|we will|we always|we also|we already|i already) (?:report|flag|reporting|flagging)",
      "(?:report|reporting|flag|flagging) (?:it|them|this|that)? ?to (?:us|me|our|the seller|customer|support|the carrier|the courier|the post office)",
      "report (?:a|an|the|any|all)? ?(?:problems?|issues?|missing|damaged?|lost|delivery|defects?|bugs?|faults?|errors?|concerns?)",
    ],
    suggestion: "",
  },
  {
    id: "vote-manipulation/report-abuse",
    category: "vote-manipulation",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks someone to use Report abuse on reviews.",
    pattern: ["report abuse"],
    near: REVIEW_NEAR,
    unless: ["(?:we|i|we've|i've|we'll|i'll|we have|we will|we always|we also|we already|i already) ~2 report abuse"],
    suggestion: "",
  },
  {
    id: "vote-manipulation/report-it",
    category: "vote-manipulation",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks someone to report or flag a review the seller dislikes.",
    pattern: [
      "{ask} ~3 (?:report|flag) (?:it|them|this 1|that 1|those|these|this|that)",
      "(?:report|flag) (?:it|them|this 1|that 1)(?= (?:please|pls|plz|now|today|asap|for us|right away|immediately|to amazon))",
      "by (?:reporting|flagging) (?:it|them|this 1|that 1|those|these)",
    ],
    span: [1, 1],
    near: {
      pattern: [
        "(?:fake|false|unfair|negative|bad|malicious|bogus|suspicious|competitor's|[1-2](?:-| )stars?) ~2 {vote-manipulation-reviews}",
        "{vote-manipulation-reviews} ~6 (?:fake|false|unfair|lies|lying|malicious|bogus|competitor|never used)",
      ],
      scope: 1,
    },
    unless: ["(?:report|flag) (?:it|them|this|that) ?to (?:us|me|our|the seller|customer|support|the carrier|the courier|the post office)"],
    suggestion: "",
  },
  {
    id: "vote-manipulation/vote",
    category: "vote-manipulation",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks someone to up- or down-vote reviews.",
    pattern: [
      "(?:up-?vote|up-?voting|down-?vote|down-?voting|vote up|vote down)",
      "(?:vote|voting) (?:them|it|those|these|this|that|this 1|that 1|each 1|every 1|all of them) (?:up|down)",
      "(?:{ask}|give|giving|leave|leaving|add|adding|drop|send|hit|click|tap|press) ~4 (?:helpful|useful) (?:votes?|clicks?|button|buttons|marks?)",
      "(?:{ask}|give|giving|leave|leaving|add|adding|drop|send) ~4 (?:thumbs up|thumbs-up|thumbs down|thumbs-down)",
    ],
    near: REVIEW_NEAR,
    suggestion: "",
  },
  {
    id: "vote-manipulation/vote-on-reviews",
    category: "vote-manipulation",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks someone to vote on reviews or give them helpful votes.",
    pattern: [
      "(?:vote|voting) (?:on|for|against|up|down) ~2 {vote-manipulation-det} ~2 {vote-manipulation-reviews}",
      "(?:vote|voting) ~2 {vote-manipulation-det} ~2 {vote-manipulation-reviews} (?:up|down)",
      "(?:{ask}|give|giving|leave|leaving|add|adding|drop|send) ~6 (?:helpful|useful) (?:votes?|clicks?|marks?)",
      "(?:{ask}|give|giving|leave|leaving|add|adding|drop|send) ~6 (?:thumbs up|thumbs-up|thumbs down|thumbs-down)",
    ],
    also: ["{vote-manipulation-reviews}"],
    suggestion: "",
  },
];
