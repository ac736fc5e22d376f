/**
 * review-change (P0, P6): asking a buyer to change, update, revise, reconsider,
 * remove or take down a review, rating or seller feedback, for any reason; nudges
 * ("that 1-star could use a quick edit"), raising a rating, and pressure about a
 * review the buyer already left. Plain statements of what the buyer can do are fine.
 */
import type { RuleSpec } from "../../types.ts";

export const vocabulary = {
  /** A review the buyer wrote, also without the word ("what you wrote"). */
  "review-change-noun": ["{review-noun}|fe+dba?c?k|thoughts|verdicts?|assessments?|remarks?|(what|(thing|stuff|post|bit)( that)?) (you|u) (wrote|posted|said|left|shared|put up)"],
  "review-change-det": ["your|ur|yr|that|this|the|those|these"],
  "review-change-low": ["negative|bad|low|poor|harsh|unfair|critical|[1-3][- ]stars?"],
  /** Changing, raising or removing (no past forms: "we updated the listing" is the seller's act). */
  "review-change-verb": [
    "(chang|updat|revis|rewrit|re-?rat|re-?evaluat|remov|delet|eras|rais|increas|upgrad)(e|ing)(?! on)|(amend|edit|modify|reconsider|rethink|revisit|correct|adjust|withdraw|retract|boost|bump|tweak|alter|reword|soften)(ing)?|rephras(e|ing)|(tak|ton)(e|en|ing) (it |that |this )?(down|off)|pull(ing)? (it |that |this )?down|dial(ing)? (it |that |this )?back|get rid of|undo|strike (through|out)(?= (the|your|that) (feedback|review))",
  ],
  /** Done to a review: "once it is updated". */
  "review-change-done": ["(updat|chang|revis|remov|delet|amend|correct|modifi|edit|retract|reconsider|revisit|adjust|rais|eras)ed|withdrawn|rewritten|(taken|pulled) (down|off)|gone"],
  /** "it could be withdrawn", "for your review to be updated": a request in the passive. */
  "review-change-be": ["(to |could |can |would |might |will |may )?(be|get|gets|got|being)"],
  /** Looking at it again. */
  "review-change-relook": ["(another|a 2nd|2nd|a second|second|a fresh|fresh|a new|new) (look|glance|think)"],
  /** A few more stars, without "stars": "earn a couple more". */
  "review-change-more": ["(a couple|couple|a few|few|1|2|3|1 or 2|a star or 2|some) (more|extra)|(another|an extra)(?= (1|star)\\b|[.?!,]|$)"],
  "review-change-harm": [
    // Not "it pushed our team to fix the zipper": a spur to improve, not harm.
    "(hurt|harm|damag|destroy|ruin|kill|affect|threaten|jeopardi[sz]|sink|drag|push|lower|tank|drop|cost|crush|hit)[a-z]{0,4} (our|us|my|me|the (shop|store|business)|an? (small )?(shop|store|business|seller))(?!( [a-z]+)? to (fix|improve|redesign|rethink|change)\\b)",
    "(sales|orders|revenue|rankings?) (have |has )?(fallen|fell|dropped|plummeted|halved|tanked|declined|(gone|went) down)",
    "suspen[a-z]{0,5}|account health|out of business|bankrupt[a-z]{0,3}|clos(e|ing) (down|for good)|shut(ting)? (us |it )?down|suffer[a-z]{0,3}|at risk|los(e|ing) (our|my) ([a-z]+ )?(shop|store|business|account|jobs?|income)|(very |so |really |extremely )?(harmful|damaging|devastating)",
  ],
};

const N = "{review-change-noun}";
const D = "{review-change-det}";
const V = "{review-change-verb}";
/** Hoping for it: "we would be grateful if", "would it be possible", "is there any way". */
const WISH = "({ask}|grateful|thankful|appreciate\\w*|possible|hop(e|ing)|wonder(ing)?|any (way|chance)|is there (a|any) way)";

/** The seller's own acts: "we took another look", "we gave a refund". */
const WE_DID = "(we|i)('ll| will|'ve| have)? (took|take|taking|had|looked|give|gave)";
const PRESSURE = "Puts pressure on the buyer about a review they already left.";

/** Plain statements, thanks, and sellers who cannot or will not ask. */
const STATEMENT = [
  "(?<!(if|hope|wonder(ing)?|maybe|perhaps|think) )(you|u|buyers|customers)( (can|may|are (always )?(able|free|welcome) to)(?! (simply \\w+ (it|your|the (review|comment))|ask amazon))|'re (always )?(able|free|welcome) to)",
  "(it is|it's) (also )?possible|lets? (you|u)|up to you|(you|u) asked|(your|ur) (own )?(choice|decision|call)|whether or not|no need|no obligation|not (obligated|something|asking)|thanks? (you )?for (your|updating|changing|editing|revising|removing)",
  `(we|i) (can't|cannot|can not|won't|will not|never|don't|do not|are unable to) ~1 ${V}`,
];

const base = { category: "review-change", channels: ["message", "insert"], severity: "violation" } as const;

/** "You gave us 2 stars. Any chance we could earn a couple more?" */
const moreStars = (category: "review-change" | "positive-review-request", message: string): RuleSpec => ({
  ...base,
  category,
  id: `${category}/more-stars`,
  message,
  pattern: [
    "({ask}|earn|get|deserves?|spare|give|bump|add|see|worth) ~4 {review-change-more}(?! (days?|weeks?|months?|minutes?|hours?|details?|photos?|pictures?|info|information|questions?|units?|pieces?|packs?|items?|bottles?|boxes?|times?|orders?|sizes?|colou?rs?|words?|people|buyers|customers|reviews?|of)\\b)",
  ],
  span: [1, 1],
  near: { pattern: ["(gave|left|rated|given|posted|giving) ~3 [1-4][- ]stars?", "[1-4][- ]stars? ~2 {review-noun}"], scope: 2 },
  unless: STATEMENT,
});

export const rules: readonly RuleSpec[] = [
  {
    ...base,
    id: "review-change/change-review",
    message: "Asks the buyer to change, raise or remove a review or feedback.",
    pattern: [
      `${V} ~2 ${D} ~2 ${N}`,
      `${V} ({review-change-low} )?${N}`,
      `tak(e|ing) ${D} ~2 ${N} (off|down)`,
      `${V} ~3 (to|into) (an? )?([1-5]|more|full|higher|better) ~1 (stars?|rating)`,
      `add(ing)? ~4 stars? ~3 (to|on) ~1 ${N}`,
      "add(ing)? (another|an extra|more) stars?",
      "re-?(rat(e|ing)|review(ing)?)",
      "{ask} ~6 (better|higher) (rating|review|score|feedback)",
      `${N} ~8 (click|tap|select|press|hit)(ing|ping|ting)? (on )?'?(remove|delete|edit)`,
      `(look|glanc)(e|ing)? ~3 ${D} ~2 ${N} ~3 again`,
      `(another|2nd|second|fresh) (look|glance) at ~3 ${N}`,
      `${N} (an? )?(another|2nd|second|fresh) look`,
      // "any chance we could earn a couple more stars", "spare us a few extra stars"
      `({ask}|earn|get|deserve|spare|give|bump|add) ~4 {review-change-more} stars?`,
      // "could that comment come down?", "bring your words on the listing up to date"
      `(could|can|would|might|should) ${D} ~2 ${N} ~6 come down`,
      `${WISH} ~6 ${N} ~6 (could|can|would|might|to) ~1 come down`,
      `(bring|get|make|keep)(ing)? ~1 ${D} ~1 (${N}|words|post) ~4 up to date`,
    ],
    unless: [
      ...STATEMENT,
      WE_DID,
      // Feedback a device gives: "adjust the haptic feedback strength"
      "(haptic|tactile|touch|force|audio|audible|sound|visual|vibration|acoustic|click) feedback|feedback (strength|level|intensity|loop|sounds?|mode|volume)",
    ],
  },
  {
    ...base,
    id: "review-change/change-it",
    message: "Asks the buyer to change or remove \u201cit\u201d: the review they left.",
    pattern: [
      `({ask}|then|maybe|perhaps|consider(ing)?|open to|willing to) ~4 (${V} (it|that|them)|(tak|ton)(e|ing) (it|that|them) (down|off)|dial(ing)? (it|that|them) back)`,
      `${V} (it|that|them)(?= (now|today|asap|please|pls|for us|to reflect))`,
      // "updating it only takes a minute": not "changing it is easy" (a filter, a strap)
      "((updat|revis)(e|ing)|(edit|amend)(ing)?) (it|that)(?=( (from|in|on|via) (your orders|amazon|the (listing|review page)))? (only |just )?(takes|is (quick|easy|simple)))",
      // "any chance you could have another look at it", "we'd appreciate you taking a second look at it"
      `({ask}|appreciate|grateful|consider(ing)?|open to|willing to) ~5 ({review-change-relook} (at|over) (it|that|them)|(look|glance)(ing)? (at |over )?(it|that|them) (again|once more))`,
      // "we would be very grateful if it could be withdrawn"
      `${WISH} ~4 (it|that|they) {review-change-be} {review-change-done}`,
      // "it would be great if it reflected the current situation"
      "(if|hope) ~1 it reflect(ed|s) ~4 (whole|current) (situation|story)",
      // An imperative that opens the sentence: "Already left a review? Update it once you've tried the refill."
      "^(update|edit|change|revise|amend|reconsider|revisit) (it|that)(?=[.!?,]|$| (now|today|please|once|after|when|if|to|for|so|as))",
    ],
    span: [1, 1],
    near: { pattern: [`(your|ur|that|this) ~2 ${N}`, "what (you|u) (wrote|posted)", `(left|posted|gave|wrote) ~3 ${N}`, `${N} ~2 (you|u) (left|posted|gave|wrote)`], scope: 2 },
    // "Update it in the app": the device, not the review.
    unless: [
      ...STATEMENT,
      "app|firmware|software|settings?|default|device|driver|(?<!(earlier|older|old|previous|prior|first) )version|account|address|order|manual|guide|instructions|photos?|pictures?|video",
      WE_DID,
    ],
  },
  {
    ...base,
    id: "review-change/nudge",
    message: "Nudges the buyer to update a review, or ties something to it being changed.",
    pattern: [
      `${D} ~2 ${N} ~6 (use|need|do with|due for) ~3 (edit|update|revision|tweak|refresh)`,
      `(edit|update|change|revision|tweak)s? (to|of) ${D} ~2 ${N}`,
      `(an?|your) (updated|revised|edited|amended|corrected) ${N}`,
      `reflect ~6 (in|on) ${D} ~2 ${N}`,
      `(your|ur|that|this) ~2 ${N} ~3 (no longer|doesn't|does not|isn't|is not) ~2 (reflects?|accurate|fair)`,
      `(once|after|when|as soon as|until|if) ~4 ${N} ~6 (is|be|been|gets?|got|was|are) {review-change-done}`,
      `(once|after|when|as soon as|if) ~2 (you|u) (have |'ve )?{review-change-done} ~1 ${D} ~1 ${N}`,
      // "would it be possible for your review to be updated", "we hope the feedback can be revisited"
      `${WISH} ~6 ${N} ~4 {review-change-be} {review-change-done}`,
      // "we'd be grateful if your write-up reflected the whole story"
      `(if|hope|wish|grateful|appreciate\\w*|could|would|should|to|please|let|maybe|perhaps|so) ~3 ${D} ~2 ${N} ~6 (reflect(ed|s|ing)?|(could|would|might|should|can) (now |also |still )?tell) ~4 ((whole|full|complete|rest of the) story|outcome|resolution|fix|replacement|refund|exchange|repair|solution|how (we|it|things|everything|the (issue|problem)) ((was|were|got) )?(resolved|fixed|solved|handled|ended|sorted))`,
    ],
    unless: [...STATEMENT, "(we|i) ~2 (saw|seen|see|noticed|read)", "by amazon"],
  },
  moreStars("review-change", "Asks the buyer to raise the star rating they gave."),
  // LABELING.md: asking to raise a rating is review-change and positive-review-request.
  moreStars("positive-review-request", "Asks for more stars than the buyer gave."),
  {
    ...base,
    id: "review-change/pressure",
    message: PRESSURE,
    pattern: [
      `(your|ur) ~2 ${N} ~2 (is|was|seems) ~2 (unfair|untrue|false|wrong|inaccurate|misleading|harsh|not (fair|true))`,
      `${D} ~1 {review-change-low} ~1 ${N} ~16 {review-change-harm}`,
      `(your|ur) ~2 ${N} ~3 {review-change-harm}`,
      // "The feedback you left last week is putting our account at risk"
      // "a single 1-star rating like the one you posted can push us under"
      `(${D}|single|1) ~2 ${N} ~1 ((like|as) (the|that) 1 )?(you|u) (left|posted|gave|wrote|submitted|shared) ~8 {review-change-harm}`,
      `{review-change-harm} ~8 (from|because of|due to|by|after) ${D} ~2 ${N}`,
    ],
    unless: ["if (anything|something) (is|was|seems|goes)"],
  },
  {
    ...base,
    id: "review-change/do-that",
    message: "Asks the buyer to delete or change a review, in other words.",
    // "Old reviews stay up unless you delete them, so we'd really appreciate you doing that."
    pattern: [
      "({ask}|appreciate|grateful|thankful) ~4 (you )?(doing|to do) (that|so|this|it)",
      // "Most buyers who wrote about it have since updated their reviews; we'd appreciate it if you did the same."
      `(updat|edit|revis|chang|delet|remov)\\w* (their|his|her) ([a-z-]+ )?${N} ~12 (you )?(did|do|doing) (the same|likewise)`,
    ],
    span: [1, 1],
    also: [N, `(${V}|(delet|remov|updat|edit|revis|chang)\\w*)`],
    unless: STATEMENT,
  },
  {
    ...base,
    id: "review-change/pressure-beside",
    message: PRESSURE,
    // "About the 1-star feedback left on your order: … one negative rating can push a shop toward suspension."
    pattern: [`(a single|1|just 1|every|each) ~2 {review-change-low} ~1 ${N} ~12 {review-change-harm}`, "(jobs?|families|livelihoods?|income) ~3 (depends?|relies?|rely) on"],
    near: { pattern: [`(your|ur|the|this|that) ~1 {review-change-low} ~1 ${N} ~3 (you )?(left|posted|gave|wrote|submitted)`, `${N} (you )?(left|posted|gave) (on|for) (order|your order|us)`], scope: 2 },
    unless: STATEMENT,
  },
];
