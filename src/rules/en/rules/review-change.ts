/**
 * review-change (P0, P6): asking a buyer to change, update, edit, revise,
 * reconsider, remove, delete or take down a review, rating or seller feedback,
 * for any reason, even after the problem was solved; nudges ("that 1-star could
 * use a quick edit"), raising a rating ("bump that 2 stars up") and pressure about
 * a review the buyer already left ("your 1-star feedback could get us suspended").
 *
 * Plain statements of what the buyer can do ("it is possible to update or remove
 * the feedback you provided") and sellers saying they are not asking are fine.
 * Word lists are written compactly (shared stems) to keep the engine bundle small.
 */
import type { RuleSpec } from "../../types.ts";

export const vocabulary = {
  /** A review, rating or feedback the buyer wrote; not "the review page", "feedback form". */
  "review-change-noun": [
    "(?:(?:product|seller|customer|amazon|written|star) )?(?:reviews?|ratings?|feedback|evaluations?|testimonials?|comments?)(?! (?:pages?|section|field|box|settings|button|tab|form|link|polic(?:y|ies)|guidelines?|rules|system|process|requests?|reminders?|emails?|widget|feature|area|option|template|card|plate|label|sticker|team|club|group|program|service|sites?|screen|app|tool))",
    "[1-5][- ]stars?",
  ],
  /** Beside a "low" word, these mean a rating too ("this low score"). */
  "review-change-low-noun": ["{review-change-noun}", "scores?", "stars?", "marks?"],
  /** Pointing at one existing review. */
  "review-change-det": ["your|ur|yr|ya|that|this|the|those|these"],
  /** Words that may sit between "your" and "review" besides one free word. */
  "review-change-mod": [
    "(?:very|really|quite|so|rather|pretty|a bit|somewhat|recent|last|previous|earlier|original|old|current|latest|existing|first|honest|negative|bad|low|poor|critical|harsh|unfair|angry|unhappy|detailed|long|short|public|written|product|seller|amazon|[1-3][- ]stars?)",
  ],
  /** What makes a review one the seller dislikes. */
  "review-change-low": ["negative|bad|low|lower|poor|critical|harsh|unfair|unflattering|angry|unhappy|disappointing|terrible|awful|[1-3][- ]stars?"],
  /** Changing something already written (no past forms: "we updated the listing" is the seller's act). */
  "review-change-verb": [
    "chang(?:e|ing)|updat(?:e|ing)|edit(?:ing)?|revis(?:e|ing)|modify(?:ing)?|amend(?:ing)?|reconsider(?:ing)?|rethink(?:ing)?|revisit(?:ing)?|rewrit(?:e|ing)|re-?(?:rat(?:e|ing)|review(?:ing)?|evaluat(?:e|ing)|assess(?:ing)?|do)|correct(?:ing)?|alter(?:ing)?|adjust(?:ing)?|refresh(?:ing)?",
  ],
  /** Making a rating higher. */
  "review-change-raise": ["rais(?:e|ing)|increas(?:e|ing)|boost(?:ing)?|bump(?:ing)?|upgrad(?:e|ing)|lift(?:ing)?|improv(?:e|ing)"],
  /** Removing something written (no past forms: "Amazon removed the review" is a report). */
  "review-change-remove": [
    "remov(?:e|ing)|delet(?:e|ing)|tak(?:e|ing) (?:it |that |this |them )?(?:down|off)|withdraw(?:ing)?|retract(?:ing)?|eras(?:e|ing)|get(?:ting)? rid of|cancel(?:l?ing)?|undo|hide|unpublish|pull (?:down|off)",
  ],
  "review-change-any-verb": ["{review-change-verb}", "{review-change-raise}", "{review-change-remove}"],
  /** Past participles: "once your review has been updated". */
  "review-change-done": ["(?:updat|chang|revis|remov|delet|eras|rais|upgrad)ed|edited|modified|amended|corrected|taken down|withdrawn|retracted|gone"],
  /** Requests and nudges, for the rules about "it". */
  "review-change-ask": ["{ask}", "maybe|perhaps|how about|what about|consider(?:ing)?|willing to|open to|(?:you|u) could|(?:can|could|would) u"],
  /** Calling the review wrong. */
  "review-change-unfair": [
    "(?:is|was|seems|looks|feels|sounds|are|were|'s) (?:(?:very|really|quite|a bit|a little|so|too|totally|completely|simply) )?(?:unfair|untrue|false|wrong|inaccurate|misleading|unjust|harsh|exaggerated|a lie|lies|lying|not (?:fair|true|accurate|correct))",
  ],
  /** Harm the seller blames on the review. */
  "review-change-harm": [
    "(?:hurt(?:s|ing)?|harm(?:s|ing)?|damag(?:es?|ing)|destroy(?:s|ing)?|ruin(?:s|ing)?|kill(?:s|ing)?|affect(?:s|ing)?|hit(?:s|ting)?|threaten(?:s|ing)?|jeopardi[sz](?:es?|ing)|endanger(?:s|ing)?|sink(?:s|ing)?|drag(?:s|ging|ged)?|pull(?:s|ing|ed)?|push(?:es|ing|ed)?|lower(?:s|ing|ed)?|tank(?:s|ing|ed)?|crush(?:ing)?|cost(?:s|ing)?) (?:our|us|my|me|the (?:shop|store|business|seller)|a small)",
    "suspen(?:d(?:s|ed|ing)?|sion)|account health|shut(?:ting)? (?:(?:us|our (?:shop|store|business|account)) )?down|out of business|close (?:our|the|my) (?:shop|store|business|account)|bankrupt(?:cy)?|delist(?:ed|ing)?|deactivat(?:e|ed|ion)",
    "los(?:e|ing) (?:our|the|my) (?:shop|store|business|account|listing|buy box|jobs?|income|livelihood)|suffer(?:s|ing|ed)?|at risk|in danger|in jeopardy|devastat(?:ing|ed|es|e)",
  ],
  /** Plain statements of what the buyer can do, and leaving the choice to the buyer. */
  "review-change-statement": [
    "(?<!if |when |whenever |so |hope |hoping |wish |way |maybe |perhaps |think |wonder |wondering |remember |remember, |reminder |reminder: |forget |forget, )(?:you|u|buyers|customers|shoppers|anyone|everyone|reviewers)(?: (?:can|may|are able to|have the option to|can always|can also|always can|still can|can still|are welcome to|are free to|are always welcome to)|'re (?:able|welcome|free|always welcome) to)",
    "(?:it is|it's|it was) (?:(?:also|always|still) )?possible",
    "(?:thank you|thanks|thank u|thx|ty) (?:(?:so much|very much|a lot|again) )?for (?:updating|changing|editing|revising|removing|deleting|reconsidering|taking)",
    "(?:lets|let|allows?|enables?) (?:you|u|buyers|customers)|gives you the option|(?:(?:entirely|completely|totally|always) )?up to you|(?:your|ur) (?:own )?(?:decision|choice|call)|(?:you|u) (?:asked|wondered|wanted to know|were asking|were wondering)|whether or not",
    "no need|(?:don't|do not) need|(?:don't|do not|not) have|(?:under )?no obligation|not obligated|(?:not|never) required|not expected|not asking|(?:never|not) ask",
  ],
};

/** A review the buyer already left, or one the seller calls bad. */
const EXISTING = [
  "{review-change-det} ~2 {review-change-low} ~1 {review-change-low-noun}",
  "(?:your|ur|yr|that|this) [1-3][- ]stars?",
  "{review-change-noun} (?:you|u) (?:left|posted|wrote|gave|submitted|shared|put up|made)",
  "(?:you|u) (?:left|posted|wrote|gave|submitted|put up) ~3 {review-change-low-noun}",
  "(?:your|ur) (?:recent|last|previous|earlier|existing|current|original|latest|old|first) ~1 {review-change-noun}",
  "(?:your|ur|yr) ~1 {review-change-noun} ~2 {review-change-unfair}",
  "(?:left|posted|gave|wrote|submitted) (?:(?:us|me) )?an? ~1 {review-change-low} ~1 {review-change-low-noun}",
  "already (?:left|posted|wrote|gave|submitted) ~2 {review-change-noun}",
];
/** "Remove it" about something other than a review. */
const NOT_A_REVIEW_IT = [
  "(?:it|this|that|them) (?:to|with|from|before|after|if|when|carefully|gently|slowly) ~1 (?:us|me|our|the|box|package|packaging|seller|customer|support|carrier|courier|use|washing|cleaning|charging)",
];
const STATEMENT = ["{review-change-statement}"];
/** Plain statements, and electrical and other technical ratings. */
const NOT_A_REQUEST = [
  ...STATEMENT,
  "(?:power|voltage|wattage|amp|ampere|ip|temperature|fire|energy|efficiency|load|weight|pressure|waterproof|water resistance|insulation|spf|uv|noise|decibel|speed|torque|heat|safety|age|tog|comfort|ul|wind|credit|octane) ratings?",
];
/** Words that say a changed review would be welcome. */
const WELCOME = "(?:appreciated|mean|helps?|great|wonderful|amazing|lovely|nice|welcomed?|grateful|fantastic|huge|awesome|make|lot|world)";

/** Fields every rule of the category shares. */
const base = { category: "review-change", channels: ["message", "insert"], severity: "violation", suggestion: "" } as const;

export const rules: readonly RuleSpec[] = [
  {
    ...base,
    id: "review-change/remove-review",
    message: "Asks the buyer to remove, delete or take down a review or feedback.",
    pattern: [
      "{review-change-remove} ~1 {review-change-det} ~1 {review-change-noun}",
      "{review-change-remove} ~1 {review-change-det} {review-change-mod} ~1 {review-change-noun}",
      "{review-change-remove} ~3 (?:from|in|(?<!based |depending )on) {review-change-det} ~1 {review-change-noun}",
      "{review-change-remove} (?:{review-change-mod} )?{review-change-noun}",
    ],
    unless: NOT_A_REQUEST,
  },
  {
    ...base,
    id: "review-change/change-review",
    message: "Asks the buyer to change, update, edit, revise or reconsider a review or feedback.",
    pattern: [
      "{review-change-verb} ~1 {review-change-det} ~1 {review-change-noun}",
      "{review-change-verb} ~1 {review-change-det} {review-change-mod} ~1 {review-change-noun}",
      "{review-change-verb} (?:or|and|and/or|/|&) {review-change-any-verb} ~1 {review-change-det} ~2 {review-change-noun}",
      "{review-change-verb} ~3 (?:in|of|(?<!based |depending )on) {review-change-det} ~1 {review-change-noun}",
      "{review-change-verb} (?:{review-change-mod} )?{review-change-noun}",
      "re-?(?:rat(?:e|ing)|review(?:ing)?)",
    ],
    unless: NOT_A_REQUEST,
  },
  {
    ...base,
    id: "review-change/raise-rating",
    message: "Asks the buyer to raise the rating they gave.",
    pattern: [
      "{review-change-raise} ~1 (?:your|ur|yr|that|this|those) ~2 {review-change-noun}",
      "(?:raise|bump|upgrade|lift|boost) (?:the|a) ~2 {review-change-noun}",
      "(?:{review-change-verb}|{review-change-raise}) ~3 (?:up )?(?:to|into) (?:(?:a|an|the) )?(?:[1-5] ?-?stars?|(?:more|full|all) stars|higher (?:rating|score|review|stars?)|better (?:rating|score|review))",
      "(?:add|adding|give|giving|spare|bump|raise|throw in) ~3 (?:another|an extra|extra|more|additional|a (?:few|couple) more|some more|[1-4] more) ~1 (?:[1-5] )?stars?",
      "bump (?:it|that|this|them) up",
      "{ask} ~6 (?:(?:a|an|the) )?(?:better|higher|improved) (?:rating|review|score|star rating|feedback|evaluation)",
    ],
    unless: NOT_A_REQUEST,
  },
  {
    ...base,
    id: "review-change/change-it",
    message: "Asks the buyer to change or remove \u201cit\u201d, next to a review the buyer already left.",
    pattern: [
      "(?:{review-change-ask}|then) ~4 (?:{review-change-any-verb} (?:it|this|that|them|yours|ur 1|your 1)|tak(?:e|ing) (?:it|this|that|them) (?:down|off))",
      "{review-change-remove} (?:it|this|that|them)(?= (?:now|today|asap|immediately|right away|please|pls|plz|for us))",
    ],
    span: [1, 1],
    near: { pattern: EXISTING, scope: 2 },
    unless: [...STATEMENT, ...NOT_A_REVIEW_IT],
  },
  {
    ...base,
    id: "review-change/remove-it",
    message: "Asks the buyer to remove or take down \u201cit\u201d, right after mentioning their review.",
    pattern: ["{review-change-ask} ~4 (?:{review-change-remove} (?:it|this|that|them)|tak(?:e|ing) (?:it|this|that|them) (?:down|off))"],
    span: [1, 1],
    near: { pattern: ["(?:your|ur|yr|that|this) ~1 {review-change-noun}"], scope: 1 },
    unless: [...STATEMENT, ...NOT_A_REVIEW_IT],
  },
  {
    ...base,
    id: "review-change/click-remove",
    message: "Walks the buyer through removing or editing their review or feedback.",
    pattern: ["(?:click(?:ing)?|tap(?:ping)?|select(?:ing)?|choos(?:e|ing)|press(?:ing)?|hit(?:ting)?) (?:on )?'?(?:remove|delete|edit|update|revise|(?:remove|edit) (?:your )?feedback|(?:edit|delete) (?:your )?review)'?"],
    also: ["(?:your|ur|the|that|this) ~1 {review-change-noun}"],
    unless: STATEMENT,
  },
  {
    ...base,
    id: "review-change/look-again",
    message: "Asks the buyer to take another look at a review they left: a request to change it.",
    pattern: [
      "(?:tak|hav|giv)(?:e|ing) (?:an? )?(?:another|2nd|second|fresh|new|closer|quick second|last) (?:look|glance|read|thought) (?:at|to) {review-change-det} ~2 {review-change-noun}",
      "(?:look|glanc)(?:e|ing)? (?:again|once more|1 more time) at {review-change-det} ~2 {review-change-noun}",
      "giv(?:e|ing) {review-change-det} ~2 {review-change-noun} (?:an? )?(?:another|2nd|second|fresh|new|quick second) (?:look|glance|read|thought|chance)",
    ],
    unless: [
      ...STATEMENT,
      "(?:we|i)(?:'ll| will| are| am|'re|'m|'ve| have| always| did)? (?:take|taking|took|had|give|giving|gave) (?:an? )?(?:another|2nd|second|fresh|new|closer|last) (?:look|glance|read)",
      "(?:we|i)(?:'ve| have)? (?:looked|read) ~1 again",
    ],
  },
  {
    ...base,
    id: "review-change/nudge",
    message: "Nudges the buyer to update a review (\u201cthat 1-star could use a quick edit\u201d).",
    pattern: [
      "{review-change-det} ~2 {review-change-noun} ~6 (?:use|needs?|do with|deserves?|benefit from|due for|ready for|worth) ~3 (?:edit|update|revision|refresh|tweak|rethink|re-?rate|adjustment|upgrade|bump|(?:second|2nd|another|fresh) look|correction)",
      "(?:edit|revision|tweak|changes?|adjustment|correction|addendum|amendment|follow-up|update) (?:to|of) {review-change-det} ~2 {review-change-noun}",
      `(?:an?|your|ur|the) (?:updated|revised|amended|edited|corrected|changed|re-?rated) ~1 {review-change-noun} ~4 (?:would|will|could|might|means?) ~3 ${WELCOME}`,
      "{ask} ~6 (?:an?|your|ur) (?:updated|revised|amended|edited|corrected|re-?rated) ~1 {review-change-noun}",
      `(?:review|rating|feedback) (?:update|edit|change|revision|tweak|correction) ~4 (?:would|will|could|might|means?) ~3 ${WELCOME}`,
      "{ask} ~6 (?:review|rating|feedback) (?:update|edit|change|revision|tweak|correction)",
      "(?:post|add|writ|leav|drop|put)(?:e|ing|ping|ting)? ~2 (?:an? )?(?:(?:quick|short|small|brief) )?(?:update|edit|follow-up|addendum|ps) (?:on|to|in|under) {review-change-det} ~1 {review-change-noun}",
      "{ask} ~6 (?:an? )?(?:follow-?up|follow up|second) (?:review|rating)",
      "(?:your|ur|yr|that|this) ~2 {review-change-noun} ~3 (?:no longer|doesn't|does not|don't|do not|may not|might not|isn't|is not) ~2 (?:reflects?|represents?|match(?:es)?|accurately|fair|true|appl(?:y|ies)|valid|accurate)",
      "reflect(?:ing|ed)? ~6 (?:in|on|by) {review-change-det} ~2 {review-change-noun}",
      "(?:fix(?:es)?|resolution|outcome|replacement|solution|result|refund|new 1|improvement) ~4 (?:mentioned|noted|shown|included|added|reflected) (?:in|on|to) {review-change-det} ~2 {review-change-noun}",
    ],
    unless: [
      ...NOT_A_REQUEST,
      "(?:we|i) (?:noticed|saw|see|have seen|just saw|spotted|read|have read)",
      "(?:before|when|once|after) (?:you|u) (?:write|post|leave|submit|share)",
    ],
  },
  {
    ...base,
    id: "review-change/once-changed",
    message: "Ties something to a review being updated or removed.",
    pattern: [
      "(?:once|after|when|as soon as|if|until|the moment|after that) ~4 {review-change-noun} ~1 (?:is|has been|have been|gets|get|got|was|are|been|'s|is being) ~1 {review-change-done}",
      "(?:once|after|when|as soon as|the moment) ~3 (?:the|your|ur) (?:updated|edited|revised|changed|amended|corrected) {review-change-noun}",
      "screenshot ~4 (?:updated|edited|revised|changed|amended|corrected|deleted|removed) {review-change-noun}",
      "(?:once|after|when|as soon as|the moment|if) ~2 (?:you|u) (?:(?:have|'ve|had) )?{review-change-done} ~1 {review-change-det} ~1 {review-change-noun}",
    ],
    unless: ["by amazon|amazon (?:removed|deleted|took down|has removed)"],
  },
  {
    ...base,
    id: "review-change/pressure",
    message: "Puts pressure on the buyer about a review or feedback they already left.",
    pattern: [
      "(?:your|ur|yr) ~1 {review-change-noun} ~2 {review-change-unfair}",
      "{review-change-det} ~2 {review-change-low} ~1 {review-change-low-noun} ~10 {review-change-harm}",
      "(?:your|ur|yr) ~1 {review-change-noun} ~2 (?:is|are|has been|have been|has|have|was|were|'s|keeps?) ~2 {review-change-harm}",
      "{review-change-noun} (?:you|u) (?:left|posted|wrote|gave|submitted) ~10 {review-change-harm}",
      "(?:you|u) (?:left|posted|wrote|gave|submitted) ~3 {review-change-low-noun} ~10 {review-change-harm}",
      "{review-change-harm} ~8 (?:from|because of|due to|by|with|over|after) {review-change-det} ~2 {review-change-low} ~1 {review-change-low-noun}",
      "{review-change-harm} ~8 (?:from|because of|due to|by|with|over|after) {review-change-det} ~2 {review-change-noun} (?:you|u) (?:left|posted|wrote|gave)",
    ],
  },
];
