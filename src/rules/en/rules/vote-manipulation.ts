/**
 * vote-manipulation (P10): asking anyone to mark reviews Helpful / Not Helpful,
 * to up- or down-vote them, or to Report abuse / flag / report a review.
 * "A helpful tip" and "report a problem with your order" are fine: every rule
 * needs a review within a sentence.
 */
import type { RuleSpec } from "../../types.ts";

export const vocabulary = {
  /** Helpful / Not helpful ("h.elp.ful", and "helpful!!" read as "helpfulii"). */
  "vote-manipulation-helpful": ["'?(not )?(h\\.?e\\.?l\\.?p\\.?f\\.?u\\.?l(l|i+)?|useful)|unhelpful"],
  "vote-manipulation-reviews": ["reviews?|ratings?|comments?|feedback|testimonials?|reviewers?|[1-5][- ]stars?( (reviews?|ratings?))?"],
};

const H = "{vote-manipulation-helpful}";
const R = "{vote-manipulation-reviews}";
/** Reporting a delivery problem, and the seller doing it, not asking for it. */
const UNLESS = [
  "(report|flag)(ing)? ~2 to (us|me|our|the (seller|carrier|courier)|customer|support)",
  "report (an? |any |the )?(problems?|issues?|missing|damage)",
  "(we|i)('ve| have| will)? (mark|flag|report)",
  `${H} (tips?|videos?|guides?|info)`,
  `(message|reply|response|e-?mail|chat|answer) as ~1 ${H}`,
  // What Amazon offers every shopper, told as a fact: "Amazon lets customers report it"
  "amazon (lets|allows) (customers|buyers|shoppers|anyone) (to )?(report|flag)",
];

const LABEL = `(${H}|inappropriate|abus(e|ive)|fake|spam|offensive|false)'?`;
const MARK = "(mark|vot|flag|report)(e|ing|ging)?";
const base = { category: "vote-manipulation", channels: ["message", "insert"], severity: "violation", unless: UNLESS } as const;
/** A review within a sentence of the request, or a customer's post. */
const near = { pattern: [R, "(customer|buyer|shopper|photo|video|top|best|first|\\d) posts?"], scope: 1 } as const;

export const rules: readonly RuleSpec[] = [
  {
    ...base,
    id: "vote-manipulation/press-button",
    message: "Asks someone to click Helpful, Not helpful or Report on reviews.",
    pattern: [
      `(click|clic|tap|hit|press|push|smash|select|choose|use|using)(ing|ping|ting)? ~2 '?(${H}|report( abuse)?|thumbs[- ](up|down)|upvote|downvote)'?`,
    ],
    near,
  },
  {
    ...base,
    id: "vote-manipulation/mark-it",
    message: "Asks someone to vote on, mark or report a review.",
    pattern: [
      `${MARK} (it|them|this 1|that 1|each 1|all of them|both) ~2 as ~1 ${LABEL}`,
      "(report|flag)(ing|ging)? (it|them|this 1|that 1)",
      `(mark(ing)?|vot(e|ing)) ~4 ${H}`,
      "(up|down)-?vot(e|ing)|vot(e|ing) ((it|them|those|these) )?(up|down)|thumbs?[- ]?(up|down) ((the|that|this|those|these|every|all|each|our)|on (it|them|that|this|her|his))",
      "({ask}|give|leave|add) ~6 ((helpful|useful) votes?|thumbs[- ](up|down))",
      // "give the 5-star reviews a 👍 Helpful"
      `(👍|👎) ?${H}`,
    ],
    near,
  },
  {
    ...base,
    id: "vote-manipulation/mark-review",
    message: "Asks someone to vote on, mark or report reviews.",
    pattern: [
      `${MARK} ~4 ${R} ~6 as ~1 ${LABEL}`,
      `(report|flag)(ing|ging)?( abuse (on|for|against))? ~1 (the|that|this|these|those|all|any|every|each|some|fake|false) ~2 ${R}`,
      `vot(e|ing) ~3 ${R}`,
      `${MARK} ~3 ${R} ~1 ${H}`,
      // "mark the bad ones as not helpful": only reviews have that button.
      `${MARK} ~4 as ~1 ${H}`,
    ],
  },
];
