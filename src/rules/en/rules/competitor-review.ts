/**
 * competitor-review (P1, P2, P5): asking anyone to review a competitor's, another
 * brand's, a copycat's or a knockoff's product (usually negatively), or the seller
 * saying its team reviewed a competitor's listing.
 *
 * Comparing the product with others without asking for a review is fine
 * ("unlike cheaper brands, ours has a brushless motor"), and so is explaining
 * Amazon Vine.
 */
import type { RuleSpec } from "../../types.ts";

export const vocabulary = {
  /** Another seller, brand or product. */
  "competitor-ref": [
    "competitors?(?:'s?)?",
    "competitions?(?:'s)?",
    "competing (?:products?|brands?|sellers?|items?|listings?|companies|company|shops?|stores?|models?|versions?)",
    "rivals?(?:'s?)?",
    "rival (?:brands?|sellers?|products?|companies|company|shops?|stores?)",
    "(?:the )?other (?:brands?|sellers?|companies|company|stores?|shops?|manufacturers?|vendors?)(?:'s?)?",
    "another (?:brand|seller|company|store|shop|manufacturer|vendor)(?:'s)?",
    "copy-?cats?(?:'s?)?",
    "knock-?offs?(?:'s?)?",
    "(?:cheap |cheaper |low-quality |fake )?(?:imitations?|clones?|counterfeits?|dupes?|rip-?offs?)(?:'s?)?",
    "(?:cheap|cheaper|fake|inferior|lookalike|look-alike) (?:copy|copies|versions?|ones?|brands?|models?|knock-?offs?)",
  ],
  /** Their page: the place a review of somebody else's product goes. */
  "competitor-place": [
    "their (?:amazon )?(?:listings?|pages?|product pages?|product listings?|store ?fronts?|stores?|shops?|reviews?|review sections?|reviews? sections?|q&a)",
    "(?:{competitor-ref}) (?:amazon )?(?:listings?|pages?|product pages?|product listings?|store ?fronts?|stores?|shops?|reviews? sections?)",
  ],
  /** Their product page proper (not "their reviews", which buyers write too). */
  "competitor-their-page": [
    "their (?:amazon )?(?:listings?|pages?|product pages?|product listings?|store ?fronts?|review sections?|reviews? sections?)",
    "(?:{competitor-ref}) (?:amazon )?(?:listings?|pages?|product pages?|product listings?)",
  ],
  /** Words that make a rating a negative one. */
  "competitor-neg": [
    "negative",
    "bad",
    "poor",
    "low",
    "lowest",
    "terrible",
    "awful",
    "harsh",
    "brutal",
    "scathing",
    "critical",
    "angry",
    "warning",
    "honest 1-stars?",
    "honest 1 stars?",
    "1-stars?",
    "1 stars?",
    "2-stars?",
    "2 stars?",
    "0 stars?",
    "zero stars?",
  ],
  /**
   * A named product or listing after "on/for/about": "on the 'LumaGlow' ring light",
   * "on the ChargeMax cable listing", "about ZenCore's mat". The words our own
   * product or Amazon would be are excluded.
   */
  "competitor-named": [
    "(?:on|for|of|about|to|under|with) (?:the )?['\"]?(?!(?:amazon|amazon's|our|ours|this|that|these|those|my|your|yours|it|its|us|me|you|the|a|an|any|every|each|all|product|products|listing|listings|page|pages|item|items|order|orders|purchase|same|review|reviews|website|site|app|store|shop|here|there|one|ones|future|other|delivery|shipping|seller|sellers|customer|customers|service|quality|experience|first|next|last|new|main|official|original|right|wrong|correct|bottom|top|site|day|time|way)(?:['\"]|\\b))[a-z0-9][a-z0-9-]{0,24}(?:'s)?['\"]?",
  ],
  /** "reviewing ZenCore's": a possessive brand name as the thing to review. */
  "competitor-possessive": [
    "(?!(?:amazon|today|everyone|everybody|each|one|other|others|customer|customers|buyer|buyers|child|children|kid|kids|baby|dog|dogs|cat|cats|pet|pets|son|daughter|wife|husband|mom|mum|dad|mother|father|friend|friends|family|it|our|your|their|his|her|world|year|week|month|last|this|that|shop|store|seller|sellers|yesterday|tomorrow|people|someone|somebody|user|users|let|here|there|what|who|he|she|where|how|why|when)')[a-z0-9][a-z0-9-]{0,24}'s?",
  ],
  /** Posting verbs that also fit "tell the truth" and "warn" requests. */
  "competitor-tell": ["tell", "telling", "warn", "warning", "alert", "inform", "show", "know", "say so", "say it", "speak up", "talk about it", "post about it", "mention it", "call it out", "call them out"],
  /** Plainly bad ratings (not "critical" or "honest", which a seller may welcome for its own product). */
  "competitor-harsh": ["negative", "bad", "poor", "low", "terrible", "awful", "harsh", "brutal", "scathing", "angry", "1-stars?", "1 stars?", "0 stars?", "zero stars?", "2-stars?", "2 stars?"],
  /** Describing what other sellers do, not asking anything. */
  "competitor-describe": [
    "(?:some|other|many|most|shady|dishonest|unethical|certain|bad|these|those) (?:sellers|brands|companies|competitors|people|buyers|customers|shoppers|reviewers)",
    "(?:sellers|brands|companies|competitors|scammers|they) (?:who|that) (?:post|leave|write|pay|buy|ask)",
  ],
};

/** Describing what other sellers or competitors do, and gating talk about a buyer's own bad review. */
const DESCRIBE_UNLESS = [
  "{affiliated-vote}",
  "{competitor-describe} ~3 (?:post|posts|posting|leave|leaves|leaving|write|writes|writing|pay|pays|paying|buy|buys|buying|ask|asks|asking|get|gets|have|do|does|did|use|uses)",
  "(?:competitors?|rivals?|they|they've|someone|somebody) ~3 (?:posted|left|written|wrote|bought|paid|attacked|targeted|flooded|spammed)",
  "(?:on|to) our (?:own )?(?:listing|page|product|products|store|shop)",
];

const GATING_UNLESS = [
  "(?:before|instead|rather than|don't|do not|never|avoid|hate|hope|not|planning|thinking|considering|tempted|might|may|leaving a|contact us|reach out|let us know|message us|talk to us|tell us|only if|unless|if we|if our|our fault)",
  "(?:you|you've|you'd) ~2 (?:left|posted|wrote|written|gave|given|submitted)",
];

export const rules: readonly RuleSpec[] = [
  {
    id: "competitor-review/review-on-their-listing",
    category: "competitor-review",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks for a review on another brand's or a competitor's listing.",
    pattern: [
      "{post} ~4 (?:{review-noun}|{review-experience}|yours|assessments?|verdicts?|thoughts|story|stories|experiences?) ~6 (?:on|to|in|under|at) ~1 {competitor-place}",
      "{post} ~4 (?:{review-noun}|{review-experience}|yours|assessments?|verdicts?|story|stories|experiences?) ~1 (?:for|on|about) (?:them|theirs)",
      "{post} ~4 (?:{review-noun}|{review-experience}|yours|assessments?|verdicts?|story|stories|experiences?) ~1 (?:of|on|for|about) their (?:products?|items?|brand|stuff|goods|versions?|models?|knock-?offs?|copies|copy|junk)",
      "{competitor-tell} ~6 (?:on|in|under|at) ~1 {competitor-place}",
      "(?:tell|telling|share|sharing|post|posting|write|writing|spread) ~3 (?:the )?truth (?:about|on) (?:the )?(?:them|theirs|their|{competitor-ref})",
      "(?:expose|exposing|call out|calling out|warn people about|warn others about|warn buyers about) ~2 (?:them|their|theirs|{competitor-ref}) ~4 (?:in|with|on) ~2 (?:{review-noun}|their reviews)",
    ],
    unless: DESCRIBE_UNLESS,
  },
  {
    id: "competitor-review/your-review-on-their-page",
    category: "competitor-review",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks for the buyer's review on another brand's page.",
    pattern: ["(?:{review-noun}|story|stories|experiences?|warning) ~4 (?:on|to|in|under|at) ~1 {competitor-place}"],
    also: ["(?:your|yours|an honest|a real|a truthful|honest|from you)"],
    unless: [...DESCRIBE_UNLESS, "(?:read|reading|see|seeing|check|checking|look at|looking at|browse|browsing)"],
  },
  {
    id: "competitor-review/review-named-listing",
    category: "competitor-review",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks for (or reports) a review on another brand's named listing.",
    pattern: [
      "{post} ~3 (?:{review-noun}|{review-experience}) ~1 {competitor-named} ~2 (?:listings?|pages?|product pages?|store ?fronts?|stores?)",
      "(?:go|head|hop|pop|jump|navigate|come) (?:over |back )?{competitor-named} ~2 (?:listings?|pages?|product pages?|store ?fronts?|stores?) ~6 {post} ~3 (?:{review-noun}|{review-experience})",
      "(?:search|look up|find|visit) ~6 (?:and|then) ~1 {post} ~3 (?:{review-noun}|{review-experience}|yours)",
    ],
    also: ["(?:their|theirs|they|them|they're|focusing|focus on|pointing out|point out|warning|warn|expose|exposing|complaining|slamming|trashing|calling out|myself|ourselves)"],
    unless: [...DESCRIBE_UNLESS, "(?:amazon|our|this|the product|the item) (?:listing|page|product page)"],
  },
  {
    id: "competitor-review/negative-review-of-other",
    category: "competitor-review",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks for a negative review of someone else's product.",
    pattern: [
      "{post} ~3 {competitor-neg} ~2 {review-noun} ~2 {competitor-named}",
      "{post} ~3 {competitor-neg} ~2 {review-noun} ~3 (?:for|on|about|of|to) (?:them|theirs|their)",
      "(?:leave|give|rate|drop|post|hit|slap) (?:them|theirs|that brand|those guys|that seller) ~5 {competitor-neg}",
      "(?:share|document|describe|post|write|put|detail|tell|record) ~2 {competitor-harsh} ~1 (?:experiences?|story|stories|results?) {competitor-named}",
      "(?:an? )?(?:honest )?(?:1-stars?|1 stars?|0 stars?|zero stars?|1-star (?:ratings?|reviews?)|1 stars? (?:ratings?|reviews?)) ~2 (?:on|for|to) (?:their|them|theirs|{competitor-ref})",
      "(?:give|giving|leave|leaving|rate|drop|post|put|slap|hit) ~6 (?:1|0|2)[- ]stars? {competitor-named}",
      "(?:give|giving|leave|leaving|rate|rating|drop|post|slap|hit) (?:the |that |those |this )?{competitor-ref} ~3 {competitor-neg}",
      "{post} ~3 {competitor-harsh} ~2 {review-noun} ~2 (?:of|for|on|about) (?:it|them|that 1|that one|those)",
      "(?:buy|order|purchase|get) ~6 (?:and|then|to) ~2 {post} ~3 {competitor-neg} ~2 {review-noun}",
    ],
    unless: [...DESCRIBE_UNLESS, ...GATING_UNLESS],
  },
  {
    id: "competitor-review/on-their-listing-not-ours",
    category: "competitor-review",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Points the buyer's review to another brand's listing.",
    pattern: ["(?:on|in|to|under) {competitor-their-page}"],
    near: {
      pattern: [
        "{post} ~3 (?:{review-noun}|{review-experience})",
        "(?:review|rate) (?:it|them|that|that 1|that one|those) (?:honestly|truthfully|too|as well|now|today)",
      ],
      scope: 1,
    },
    unless: [
      ...DESCRIBE_UNLESS,
      "(?:check|see|read|find|compare|look at|looked at|visit|visited|browse|browsed|bought|buy|order|ordered|sold|sells|listed|lists|claims?|says|states|shows|follow|following|updates|shares|posts|news|photos|videos|instructions|manual|specs|size chart)",
    ],
  },
  {
    id: "competitor-review/reading-that-on-their-page",
    category: "competitor-review",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Nudges the buyer to tell their story on another brand's page.",
    pattern: [
      "(?:reading|hearing|seeing|read|hear|see|learn|learning|know|knowing) (?:that|this|it|about it|about that|your story|your experience|what happened|how it went) ~1 (?:{competitor-named}|on their|in their) ~2 (?:page|listing|product page|reviews?|review section)",
    ],
    near: {
      pattern: [
        "{competitor-ref}",
        "(?:previous|old|former|prior|other|earlier) ~3 (?:from|by|made by)",
        "your (?:old|previous|former|last|other) (?!order|orders|purchase|review|message|email)[a-z0-9-]{1,24}",
        "(?:switch|switching|switched) (?:over )?(?:from|to us|to our)",
        "their (?:motors?|products?|items?|version|model|brand|quality|parts?)",
      ],
      scope: "text",
    },
    unless: DESCRIBE_UNLESS,
  },
  {
    id: "competitor-review/join-their-bad-reviews",
    category: "competitor-review",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks the buyer to add a review to the bad reviews of another product.",
    pattern: [
      "{competitor-neg} ~1 {review-noun} ~2 {competitor-named} ~6 (?:write|leave|post|add|drop) (?:1|one|yours|your own|another)",
      "(?:add|adding|put|putting) (?:yours|your own|your voice|another 1|another one) ~2 (?:to|among|with) (?:the |their )?{competitor-neg} ~1 {review-noun}",
    ],
    unless: GATING_UNLESS,
  },
  {
    id: "competitor-review/sink-their-rating",
    category: "competitor-review",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks for reviews that pull down a competitor's rating.",
    pattern: [
      "(?:knock|bring|drag|pull|push|tank|sink|lower|hurt|ruin|tank|destroy|wreck|crush|kill|tanking|sinking|lowering|dragging|knocking|bringing) (?:down )?(?:their|theirs|{competitor-ref}) ~2 (?:ratings?|stars?|scores?|reviews?|star ratings?)",
      "(?:knock|bring|drag|pull|push|knocking|bringing|dragging|pulling) (?:their|{competitor-ref}) ~2 (?:ratings?|stars?|scores?|star ratings?) ~1 down",
    ],
    unless: DESCRIBE_UNLESS,
  },
  {
    id: "competitor-review/negative-review-there",
    category: "competitor-review",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks for a negative review of a competitor's product mentioned nearby.",
    pattern: ["{competitor-neg} ~2 {review-noun} ~2 (?:there|on it|on that 1|on that one|on theirs|for it|for that one|for theirs)"],
    near: { pattern: ["{competitor-ref}", "{competitor-place}"], scope: 2 },
    unless: [...DESCRIBE_UNLESS, ...GATING_UNLESS],
  },
  {
    id: "competitor-review/review-competitor-product",
    category: "competitor-review",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks the buyer to review a competing or copycat product.",
    pattern: [
      "{post} ~4 (?:{review-noun}|{review-experience}|assessments?|verdicts?|thoughts|opinions?|experiences?) ~3 (?:of|on|about|for|to|with) ~2 {competitor-ref}",
      "(?:review|reviews|reviewing|rate|rates|rating) ~3 {competitor-ref}",
    ],
    unless: [
      ...DESCRIBE_UNLESS,
      "(?:compar(?:e|es|ed|ing|ison)|than|versus|vs|against|stack up|stacks up|beats?|better|higher)",
      "(?:we|i|our team|our engineers|our staff|our testers) ~2 (?:review|reviewed|reviewing|rate|rated|test|tested|compare|compared)",
    ],
  },
  {
    id: "competitor-review/review-theirs",
    category: "competitor-review",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks the buyer to review another brand's product by name.",
    pattern: ["(?:review|reviewing|rate|rating) (?:theirs|{competitor-possessive})"],
    unless: [
      ...DESCRIBE_UNLESS,
      "(?:we|i|our team|our engineers|our staff|our testers) ~2 (?:review|reviewed|reviewing|rate|rated|test|tested)",
    ],
  },
  {
    id: "competitor-review/review-compared-to-ours",
    category: "competitor-review",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks for a review of another product measured against yours.",
    pattern: ["(?:review|reviewing|rate|rating) ~3 (?:it|that|theirs|them|that one|the other one|the old one) ~10 (?:compared (?:to|with)|next to|versus|vs|against|than) ours"],
    unless: DESCRIBE_UNLESS,
  },
  {
    id: "competitor-review/place-could-use-your-review",
    category: "competitor-review",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Steers the buyer's review to another brand's page.",
    pattern: [
      "{competitor-place} ~5 (?:could|would|needs?|deserves?|should|can) ~3 (?:your|an? honest|a real|real|honest|some) ~2 (?:story|stories|reviews?|ratings?|experiences?|feedback|voice|words|truth|warning|honesty|input|{competitor-neg})",
    ],
    unless: DESCRIBE_UNLESS,
  },
  {
    id: "competitor-review/back-to-their-order",
    category: "competitor-review",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks the buyer to go back and review a product bought from another brand.",
    pattern: [
      "(?:go|head|going|heading|pop|hop|come) back to ~1 (?:your|the|that) (?!(?:orders?|amazon|recent|latest|account|own)\\b)[a-z0-9-]{1,24} (?:order|purchase|listing|page) ~4 {post} ~3 {review-noun}",
      "{post} ~3 {review-noun} ~3 (?:of|on|for) (?:your|the|that) (?:previous|old|former|other|earlier) (?:one|brand|model|purchase|order|product|pair|set)",
    ],
    near: {
      pattern: [
        "{competitor-ref}",
        "(?:previous|old|former|prior|other|earlier) ~3 (?:from|by|made by)",
        "(?:switch|switching|switched) (?:over )?(?:from|to us|to our)",
        "their (?:motors?|products?|items?|version|model|brand|quality|parts?)",
      ],
      scope: "text",
    },
    unless: [...DESCRIBE_UNLESS, "(?:our|this) (?:product|listing|item|page)"],
  },
];
