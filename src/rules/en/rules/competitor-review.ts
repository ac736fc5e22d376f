/**
 * competitor-review (P1, P2, P5): asking anyone to review a competitor's, another
 * brand's or a knockoff's product (usually negatively), or the seller saying its
 * team reviewed a competitor's listing. Comparing products without asking for a
 * review is fine, and so is explaining Amazon Vine.
 */
import type { RuleSpec } from "../../types.ts";

export const vocabulary = {
  /** Another seller, brand or product. */
  "competitor-ref": [
    "competitors?('s?)?",
    "competing (products?|brands?|sellers?|listings?)",
    "rivals?('s?)?",
    "(the )?other (brands?|sellers?|compan(y|ies))('s?)?",
    "another (brand|seller)('s)?",
    "copy-?cats?",
    "comp('s|s')",
    "knock-?offs?",
    "(cheap|cheaper|fake) (copy|copies|versions?|ones?|brands?)",
    "(imitations?|clones?|dupes?|rip-?offs?)('s|s')?|fake('s|s')",
    "(rival|competing|competitor|copycat|knock-?off) (brands?|sellers?|compan(y|ies)|makers?|manufacturers?|asins?|listings?)('s?)?",
    "(that|those|these) (other )?(brands?|sellers?|compan(y|ies)|makers?|manufacturers?)('s|s')",
  ],
  /** Their page: where a review of somebody else's product goes. */
  "competitor-place": ["(their|{competitor-ref}) (amazon )?(product )?(listings?|pages?|stores?|reviews? (sections?|pages?|tabs?))", "(listings?|pages?) (of|for) (the )?other"],
  "competitor-neg": ["negative", "bad", "poor", "low", "terrible", "awful", "harsh", "critical", "[012][- ]stars?", "zero stars?"],
  /** A named product after "on/for/about": "on the 'LumaGlow' ring light", "of ZenCore's mat". */
  "competitor-named": [
    "(on|for|of|about|with|to) (the )?'?(?!(amazon|our|ours|this|that|my|your|it|us|me|you|the|an?|any\\w*|some\\w*|higher|better|more|product|listing|page|item|order|same|review|one|other)\\b)[a-z][a-z0-9-]{0,24}('s)?'?",
  ],
};

const DESCRIBE = [
  "(some|other|many|shady) (sellers|brands|competitors) ~3 (post|leave|write|pay|buy)",
  "(competitors?|they|someone) ~3 (posted|left|wrote|paid|attacked)",
  "(we|i|our engineers|our team) ~2 (review|tested)",
  "(on|to|in|from) our (own )?(listings?|pages?|products?|store|shop|range)",
  "(thumbs|upvote)",
  "(amazon|it) (lets|allows)|your reviews (page|section|area|tab)",
  "(featured|mentioned|included|listed|ranked|quoted) in",
];

/** Ways of writing the review, including "warn / tell / say so". */
const WRITE = "({post}|wrote|written|posted|tell|warn|warning|know|say so|speak up|about it)";
const REVIEW = "({review-noun}|{review-experience}|what (you|u) (honestly |really )?think|yours|assessments?|story|experiences?|verdicts?|(honest )?(disappointment|frustrations?|complaints?))";

const IFB = "if you('ve| have)? ~1 (bought|tried|used|owned?|ordered|purchased|tested|got) (theirs|(?!today|amazon)[a-z0-9-]{2,24}'s|(the |a )?{competitor-ref})";
const B: Pick<RuleSpec, "category" | "channels" | "severity"> = { category: "competitor-review", channels: ["message", "insert"], severity: "violation" };

export const rules: readonly RuleSpec[] = [
  {
    id: "competitor-review/review-their-product",
    ...B,
    message: "Asks for a review of another brand's or a competitor's product.",
    pattern: [
      `${WRITE} ~6 (on|to|in|under|at) ~1 {competitor-place}`,
      `({post}|in (a|an|your)) ~4 ${REVIEW} ~2 (for|on|of|about|to) ~2 (them|theirs|their(?! (own |amazon )?(accounts?|profiles?|orders?))|{competitor-ref})`,
      // "writing a review on the cheaper knockoff", "sharing your disappointment with their pump"
      `({post}|tell|warn) ~4 ${REVIEW} ~2 (for|on|of|about|to) ~2 {competitor-ref}`,
      `({post}|tell|warn) ~4 ${REVIEW} ~2 with (their|theirs) (?!(support|team|service|staff|friends|family|help|customer)\\b)[a-z][a-z-]{1,20}`,
      // "go to their listing and tell people the quality is bad"
      "(go|head|visit|pop|hop|jump|browse)(ing)? ~4 {competitor-place} ~3 (and|to) ~2 (warn|review|rate|(tell|let) (people|others|(other )?(shoppers|buyers|customers)|everyone)( know)?)",
      `(go|head|visit|pop|hop|jump|browse)(ing)? ~4 {competitor-place} ~3 (and|to) ~2 {post} ~3 ${REVIEW}`,
      "truth (about|on) (the )?(them|their|{competitor-ref})",
      // "your thoughts on their product page could help others avoid it"
      "(your|an? honest) ({review-noun}|thoughts|experience|story|take|verdict) (on|under|in) ~1 {competitor-place} ~5 (could|would|will|might|can) ~3 (help|warn|save|spare|stop|protect)",
      "{competitor-place} ~5 (could|would|needs?|deserves?|should) ~3 (your|an? honest|honest|some|hear) ~2 (story|reviews?|experiences?|warning|{competitor-neg}|from you|about it)",
      "((review|reviewing|rate)|({post}|posted|wrote|written) (an? |my |our |your )?(honest )?(reviews?|ratings?) (on|of|for|about)) (theirs|(?!(today|yesterday|amazon|everyone|mom|dad)\\b)[a-z0-9-]{2,24}'s)",
      "(review|rate) (the |a )?{competitor-ref}",
      // "review the product you replaced", "rate the one you switched from"
      "(review|rate) (the|that|your) ~2 (you|u)( have|'ve| had| just)? (replaced|ditched|switched from|swapped out|gave up on|upgraded from|moved on from|used before|had before)(?! (it|them) with)",
      "(knock|bring|drag|pull|tank|sink|lower|hurt) (down )?(their|{competitor-ref}) ~2 (ratings?|stars?|scores?)",
      // "buy the rival charger and tell everyone it overheated"
      `(buy|order|get|try|grab)(ing)? ~2 {competitor-ref} ~2 (and|then|&) ~2 (${WRITE}|review|rate)`,
      // A campaign: "flood the comp's listing with bad takes", "a few 1-star hits on the X listing"
      "(flood|bomb|spam|swarm|hammer)(ing)? ~2 (?<!(our|my) )(listings?|pages?)",
      "[012][- ]stars? (hits?|bombs?|attacks?|blitz|raids?)|review[- ]?bomb(ing)?",
      // "review what you really think of it compared to ours": the product reviewed is not ours.
      "(review|rate) ~8 (compar(e|es|ed|ing)|next|side by side|stack(ed|ing|s)? up) ~2 (to|with|against) ours",
      // "review it and mention how ours stacks up against it"
      "(review|rate) it ~8 ours ~1 (stacks up|compares|measures up) (to|with|against) (it|them|theirs)",
      "{post} ~3 {review-noun} ~8 (compar(e|es|ed|ing)|next|side by side|stack(ed|ing|s)? up) ~2 (to|with|against) ours",
      // "share on the AquaPure filter page how much faster ours is"
      "(on|under) (the|their) ([a-z0-9-]+ ){1,3}(page|listing|reviews) how (much )?([a-z]+er|better|worse) ours",
      // "go to the page of KitchenPro knife and write they are bad quality"
      "(page|listing) (of|for) ~4 (and|&) ~2 (write|say|post|tell|leave) ~4 {competitor-neg}",
    ],
    unless: DESCRIBE,
  },
  {
    id: "competitor-review/negative-review-of-other",
    ...B,
    message: "Asks for a negative review of someone else's product.",
    pattern: [
      "({post}|document|describe) ~3 {competitor-neg} ~2 ({review-noun}|experiences?) ~2 ({competitor-named}|(of|for|on|about) (it|them))",
      "(leave|give|rate|drop|post|hit) (them|theirs|(the )?{competitor-ref}) ~4 {competitor-neg}",
      "write (them|{competitor-ref}) ~2 {competitor-neg} {review-noun}",
      // "pop over to the KidzFun listing and give it 1 star"
      "(?<!(the|product) )(listing|page) ~3 (and|to) ~2 (give|leave|rate|drop) ~2 [012][- ]stars?(?! (or|reviews?|ratings?)\\b|,? \\d)",
      "[012][- ]stars? ((on|for|to) (their|them|theirs|{competitor-ref})|{competitor-named})",
      "{competitor-neg} ~1 {review-noun} ~2 {competitor-named} ~6 (write|leave|post|add) (1|yours|your own)",
      "{post} ~3 {review-noun} {competitor-named} ~4 (explain|explaining|describing|saying) (why|how) (it|they) (cracked|broke|failed|leaked|stopped|died|fell)",
      "(add|put) (yours|your own|another) ~2 (to|among) (the |their )?{competitor-neg} ~1 {review-noun}",
    ],
    unless: [
      ...DESCRIBE.slice(0, 4),
      "(before|instead|don't|never|not|only if|unless|hope|message us|contact us)",
      "(you|you've) ~2 (left|posted|wrote|gave|given|rated)",
    ],
  },
  {
    id: "competitor-review/review-there",
    ...B,
    message: "Asks for a review \u201cthere\u201d: on the other brand's page the buyer bought from.",
    // "You bought the cheap copy from another brand … please write a review there so others know"
    pattern: [
      // "in a review on that listing", "sharing that story where other Zeno buyers will see it"
      "({post}|please|warn\\w*|describ\\w*|in (a|an|your)) ~4 ({review-noun}|story|experiences?) ~1 ((over )?there|on (that|the other|the same|its) (product |amazon )?(page|listing)|where (other )?(?!(amazon|potential|future|new|fellow|prime|online|other)\\b)[a-z0-9-]+ (shoppers|buyers) (will |can |could |would )?(see|read|find))",
      "{review-noun} ~1 ((over )?there|on (that|its) (product |amazon )?(page|listing)) ~3 (warn\\w*|tell|let|so|point\\w* out|call\\w* out|expos\\w*)",
      // "would want to hear about that on its product page", "its review section deserves to hear from you"
      "(hear|know|warn\\w*) ~4 (on|in|under) (its|that) (amazon )?(product )?(page|listing|reviews? (section|page|tab)|review section)",
      "(its|that) (amazon )?(product )?(page|listing|reviews? (section|page|tab)|review section) ~4 (deserves?|needs?|could use|would (love|welcome)) ~3 (hear|your|honest)",
    ],
    near: {
      pattern: [
        "(bought|purchased|ordered|got|tried|used|using|owned|had) ~3 {competitor-ref}",
        // "a cheaper dupe let you down", "the knockoff listing under ASIN … is stealing our design"
        "{competitor-ref} ~2 (let (you|u) down|failed|broke|fooled|(listings?|pages?|asins?) (under|is|are|keeps?|has))",
        "(still|you|u) (have|has|own|kept|got|mentioned|said|told us) ~2 {competitor-ref}",
        "switch(ing|ed)? (to us|to our|from)",
        "the same mistake",
        "still (have|own|got|use) (the|that|your|their) ~2 (set|model|version|unit|brand)",
      ],
      scope: 2,
    },
    unless: [...DESCRIBE, "your orders|orders? page|(?<!not )ours", "(once|when|after) ~2 (tried|used|tested)"],
  },
  {
    id: "competitor-review/steered-negative",
    ...B,
    message: "Asks for a review and tells the reviewer to dwell on how bad the product is: someone else's product.",
    // "Could you review the ArmorShell case? Just be honest about how flimsy it is."
    pattern: ["(review|rate) (the |a )?(?!(it|them|us|our|ours|my|this|your|order|purchase|product|item)\\b)[a-z][a-z0-9-]*", "{post} ~3 {review-noun}"],
    near: {
      pattern: "(honest|mention|say|note|point out|describe|stress|highlight|tell (them|everyone|people|others|shoppers)) ~3 how (flimsy|cheap|cheaply|bad|badly|poor|poorly|terrible|awful|fragile|weak|useless|shoddy|junky|overpriced|unreliable)",
      scope: 1,
    },
    unless: DESCRIBE,
  },
  {
    id: "competitor-review/seller-reviewed-theirs",
    ...B,
    message: "Says the seller reviewed competitors' products on Amazon.",
    pattern: [
      // "Look for our verdicts under their listings."
      "(our|my) ~2 ({review-noun}|verdicts?|thoughts|takes?) ~3 (on|under|in|at) ~1 {competitor-place}",
      // "Our team has personally reviewed every rival yoga mat on Amazon"
      "(we|i|team|staff|employees)( have|'ve| has| personally| also| all){0,3} (reviewed|rated) (every|each|all|the|many|several|\\d+|their|those|these|some)( of the)? ~1 {competitor-ref} ~4 (on amazon|on their)",
    ],
  },
  {
    id: "competitor-review/review-named-listing",
    ...B,
    message: "Asks for (or reports) a review on another brand's listing.",
    pattern: ["({post}|wrote|written|posted) ~3 ({review-noun}|{review-experience}) ~1 {competitor-named} ~4 (listings?|pages?)"],
    also: ["(their|theirs|they|them|focusing|pointing out|warning|myself|ours (is|'s) (the |far )?(better|best|superior)|than theirs)"],
    unless: DESCRIBE,
  },
  {
    id: "competitor-review/on-their-listing-not-ours",
    ...B,
    message: "Points the buyer's review to another brand's listing.",
    pattern: ["(on|in|to|under) {competitor-place}"],
    near: { pattern: ["{post} ~3 ({review-noun}|{review-experience})", "(review|rate) (it|them) (honestly|too|now)"], scope: 1 },
    unless: [...DESCRIBE, "(check|see|read|find|compare|look|visit|bought|buy|sells?|lists?|claims?|says)"],
  },
  {
    id: "competitor-review/if-you-bought-theirs",
    ...B,
    message: "Asks buyers of another brand's product to review it.",
    pattern: [`${IFB} ~12 {post} ~4 ({review-noun}|{review-experience})`, `${IFB} ~8 [012][- ]stars?`],
    unless: ["(us|our|ours)"],
  },
  {
    id: "competitor-review/previous-brand",
    ...B,
    message: "Asks for a review of a product bought from another brand.",
    pattern: [
      "back to your (?!orders?\\b)[a-z0-9-]{1,24} (order|listing|page) ~4 {post} ~3 {review-noun}",
      "(reading|hearing|seeing|read|hear|see) (that|this|it|about it|your story) ~1 ({competitor-named}|on their) ~2 (page|listing)",
    ],
    near: {
      pattern: [
        "{competitor-ref}",
        "your (old|previous|former) (?!order)[a-z0-9-]{1,24}",
        "switch(ing|ed)? (from|to us|to our)",
        "their (motors?|products?|model|brand)",
      ],
      scope: "text",
    },
    unless: DESCRIBE,
  },
];
