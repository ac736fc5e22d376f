/**
 * review-gating (P7): asking for reviews only from satisfied buyers ("if you love
 * it, leave a review", "Enjoying your new X? Review it", "since you're happy with
 * it, would you mind reviewing"), or steering unhappy buyers to the seller instead
 * of, or before, a review ("if not, contact us first", "message us before writing
 * a review", YES/NO and smiley flowcharts on inserts).
 *
 * The two halves often sit in different sentences or paragraphs: rules report the
 * other half as `related`.
 *
 * Not gating: "contact us if you have any problem" alone, a neutral review request
 * beside a separate "questions? email us", "Love it? Tell a friend! Problem? Tell
 * us" (no review), a request conditioned on use ("once you've had a chance to use
 * it"), "if you ever feel like writing a review".
 */
import type { RuleSpec } from "../../types.ts";

/** Negations and hedges that turn a satisfaction word around ("not 100% happy"). */
const NOT_BEFORE =
  "(?<!(?:not|n't|never|no longer|less than|anything but|not 100%|not quite|not completely|not fully|not totally|not entirely|not so|not really|not that|not very|not too|not exactly|hardly|barely) )";

/** "we'd be happy to", "would be glad": the seller's wish. */
const NOT_SELLER = "(?<!(?:'d|would|will|'ll) be )";

/** "would you like", "feel like", "we'd love": wishes, not satisfaction. */
const NOT_WISH = "(?<!(?:'d|would|will|'ll|could|should|might|feel|feels|felt|to|you'd|we'd|i'd|would you|'d you|could you|will you|do you want to) )";

export const vocabulary = {
  /** The buyer is satisfied: the condition of a gated request. */
  "gating-happy": [
    `${NOT_BEFORE}${NOT_SELLER}(?:happy|happier|satisfied|satisfy|satisfied customer|pleased|delighted|thrilled|impressed|content|glad|ecstatic|stoked|over the moon)(?! to)`,
    `${NOT_BEFORE}${NOT_WISH}(?:love|loves|loved|loving|adore|adores|adored|enjoy|enjoys|enjoyed|enjoying) (?:it|them|this|that|these|those|the|your|our|its|his|her|their|every|how|what|using|wearing|having|playing|cooking|sleeping)`,
    `${NOT_BEFORE}${NOT_WISH}(?:like|likes|liked|liking|dig|digging) (?:it|them|this|that|these|those|the|your|our|its|what you|how|using|wearing)`,
    `${NOT_BEFORE}(?:a fan|hooked|smiling|worth it|worth the money|worth every penny|useful|worthwhile)`,
    `${NOT_BEFORE}(?:meets?|met|meeting|exceeds?|exceeded|exceeding|lived up to|lives up to|live up to) (?:all )?(?:of )?(?:your|the|their|his|her) (?:expectations?|needs|hopes)`,
    "(?:found|find|finds) (?:it|them|this|these|that) (?:useful|helpful|handy|valuable|worthwhile|great|perfect|amazing)",
    `${NOT_BEFORE}(?:good|great|positive|pleasant|wonderful|5-star|5 stars?|excellent|amazing|awesome|fantastic|perfect|lovely|smooth) (?:experience|time|results?)`,
    "(?:it's|it is|it was|you'd give it|you would give it|you'd rate it|you would rate it|it deserves|it's worth|it is worth|worth) (?:a )?(?:5 stars?|5-stars?|5/5|full stars|5 out of 5)",
    "(?:everything|all|things|your order|the order|the delivery|the package|your package|it all) (?:is|was|went|goes|has gone|looks|seems|arrived|turned out|worked|works)(?: all)? (?:fine|ok|okay|good|great|perfect|perfectly|well|smoothly|right|all right|alright|as expected|as described|as promised|to plan|according to plan|in good (?:condition|shape|order)|safe and sound)",
    "(?:works?|working|worked|performs?|performed|fits?|fitted) (?:well|great|perfectly|fine|as expected|as promised|like a charm|for you|the way you (?:hoped|wanted))",
    "(?:went|goes|go|going|gone) (?:smoothly|well|great|perfectly)",
    "(?:brought|brings|bring|put|puts) a smile",
    "(?:made|makes|make) (?:you|them|him|her|everyone) smile",
    "(?:made|makes|make) (?:your|his|her|their) day",
    "(?:pup|dog|doggo|puppy|cat|kitty|kitten|baby|kid|kids|child|little one|family)(?:'s|s')? day",
    "(?:earned|earn|deserve|deserved|deserves|worthy of) (?:it|them|your|a|5|our|the)",
    "(?:you're|you are|you were|you feel|you felt) (?:a )?(?:happy|satisfied|pleased) (?:customer|buyer|shopper)",
  ],
  /** A satisfaction question: "Love it?", "Happy with your purchase?", "Enjoying your new kettle?". */
  "gating-q-happy": [
    `${NOT_BEFORE}(?:happy|happier|satisfied|pleased|delighted|thrilled|impressed|content|smiling|hooked)(?! to)`,
    `${NOT_BEFORE}${NOT_WISH}(?:love|loving|loved|enjoy|enjoying|enjoyed|adore|adoring|digging)`,
    `${NOT_BEFORE}${NOT_WISH}(?:like|liking|liked) (?:it|them|this|that|these|those|the|your|our|its|what|how)`,
    `${NOT_BEFORE}(?:a fan|worth it|earn|earned|deserve|deserved|meet|meets|met|exceed|exceeded)`,
    "(?:go|went|going|gone) (?:well|smoothly|great)",
    "(?:good|great|positive|pleasant|wonderful|5-star|amazing|awesome|lovely) (?:experience|time)",
    "(?:everything|all) (?:ok|okay|good|great|perfect|fine|right|well)",
  ],
  /** The last word of a question. */
  "gating-qend": ["[a-z0-9]{1,30}\\?"],
  /** The condition word of a gated request. */
  "gating-if": ["if", "since", "as long as", "provided", "providing", "assuming", "now that", "only if", "whenever", "so long as"],
  /** Something a review can be. */
  "gating-review": [
    "reviews?",
    "reviewing",
    "review (?:us|it|them|this|the product|the item|our)",
    "rate (?:us|it|them|this|our|the product|the item)",
    "ratings?",
    "star ratings?",
    "[1-5] stars?",
    "[1-5]-stars?",
    "stars",
    "feedback",
    "testimonials?",
  ],
  /** Posting on Amazon without the word review: "share it on Amazon", "tell other parents on Amazon". */
  "gating-amazon": ["on amazon", "to amazon", "at amazon", "on the (?:product|amazon) page", "on (?:our|the) (?:amazon )?listing", "on our (?:amazon )?page"],
  /** Imperative or present posting verbs. */
  "gating-post": ["leave", "post", "write", "give", "drop", "share", "submit", "add", "publish", "rate", "review", "tell", "spread", "shout", "leaving", "posting", "writing", "giving", "sharing", "telling"],
  /** Reaching the seller. */
  "gating-contact": [
    "(?:contact|contacting|message|messaging|email|e-mail|emailing|call|calling|text|texting|ping|dm|write to|writing to|reach|reaching|notify|inform|tell|telling|talk to|speak to|speak with|talk with|chat with) (?:us|me|our|the seller|customer|support|the team|directly|first|here|at|through|via|right|personally|anytime)",
    "(?:reach|reaching) out",
    "get in touch",
    "let (?:us|me) know",
    "(?:reply|replying|respond|responding) (?:to|here|directly|first|on|via|through)",
    "(?:give|giving) (?:us|me) (?:a|the) (?:chance|opportunity)",
    "(?:hear|hearing) (?:from you|about it|about a problem|about the problem|directly)",
    "(?:send|sending|drop|dropping) (?:us|me) (?:a|an) (?:message|note|email|line|text)",
    "customer (?:service|support|care)",
    "support team",
    "(?:fill (?:in|out)|complete|take|use) (?:our|the|a|this) (?:short |quick |private )?(?:survey|form|questionnaire)",
    "our (?:feedback|contact|support|help) (?:form|page|line|desk|hotline)",
  ],
  /** The buyer is not satisfied: the branch sent to the seller. */
  "gating-unhappy": [
    "not (?:100% |completely |fully |totally |quite |entirely |so |really |that |very |too |exactly |absolutely )?(?:happy|satisfied|satisfy|pleased|right|perfect|thrilled|delighted|good|great|impressed|in love|loving it|what you expected|as expected)",
    "(?:unhappy|unsatisfied|dissatisfied|displeased)",
    "(?:if you're|if you are|if you were|if you feel|if you felt|should you be|if you're ever|if you are ever|if anyone is) (?:at all |in any way |ever |a bit |a little )?(?:disappointed|frustrated|upset)",
    "less than (?:perfect|happy|satisfied|thrilled|delighted|5 stars?|5-stars?|great|ideal|amazing)",
    "anything less than",
    "(?:could|can|should) be better",
    "(?:anything|something|things?)(?:'s| is| was| seems)? (?:not right|not perfect|not quite right|less than perfect)",
    "(?:fall|falls|fell) short",
    "not (?:love|like|enjoy) it",
    "(?:don't|do not|didn't|did not) (?:love|like|enjoy)",
    "not good",
    "no →",
    "no ->",
    "(?:[0-4] stars?|[0-4]-stars?) (?:or|and) (?:less|lower|fewer|below|under)",
    "(?:below|under|less than|fewer than) (?:[2-5] stars?|[2-5]-stars?)",
    "(?:☹|🙁|😞|😟|😠|😡|😕|😐|👎|😢|😔)",
  ],
  /** "If not, …": the other branch of a satisfaction test made just before. */
  "gating-if-not": [
    "if not(?=,| satisf| happy| pleased| 100%| completely| fully| totally| quite| so| right| perfect| thrilled| delighted)",
    "if (?:it|they|you|we) (?:doesn't|does not|didn't|did not|don't|do not|aren't|are not|isn't|is not|wasn't|was not|weren't|were not|haven't|have not|hasn't|has not)(?=,)",
    "if (?:that's|that is|this is) not (?:the case|so)",
    "(?:otherwise|if no)(?=,)",
  ],
};

/** A review request made only to satisfied buyers, inside one sentence. */
const HAPPY_REVIEW = [
  // "If you love it, please leave a review", "Since you're happy with it, would you mind reviewing"
  "{gating-if} ~8 {gating-happy} ~14 (?:{gating-review}|{gating-amazon})",
  // "Please leave a review if you enjoyed it"
  "(?:{gating-review}|{gating-amazon}) ~10 {gating-if} ~4 {gating-happy}",
  // "Satisfied customers, please leave a review"
  "(?:only )?(?:happy|satisfied|pleased|delighted|thrilled|content) (?:customers?|buyers?|clients?|shoppers?|users?|owners?|parents|campers|cooks|families|guests) ~10 (?:leave|post|write|share|submit|drop|rate|review|give) ~5 (?:{gating-review}|{gating-amazon})",
  // "If our bed made your pup's day, we'd love your review"
  "{gating-if} ~5 (?:made|makes|make|brought|brings|put|puts) ~3 (?:day|smile|smiles|happy|happier) ~14 (?:{gating-review}|{gating-amazon})",
];
const HAPPY_UNLESS = ["(?:good or bad|positive or negative|either way|whatever you think|or hate|or not|or no|or loathe)", "(?:have|has|had|who) (?:left|posted|written|shared|given|rated)"];

/** The unhappy branch sent to the seller: "if not, contact us first", "message us before writing a review". */
const DIVERT = [
  "(?:{gating-unhappy}|{gating-if-not}) ~12 {gating-contact}",
  "{gating-contact} ~6 first",
  "{gating-contact} ~8 (?:before|instead of|prior to|rather than) ~3 (?:{gating-post}|going) ~4 (?:{review-noun}|anything|something|1|online|publicly|on amazon)",
  "(?:before|instead of|prior to|rather than) ~3 (?:{gating-post}|going) ~4 (?:{review-noun}|anything|something|1|online|publicly|on amazon) ~8 {gating-contact}",
];

/** Sentences that ask for a review (the happy branch, or the request the diversion goes with). */
const REVIEW_ASK = [
  // Most specific first: among equally close matches the first pattern's is reported.
  "{ask} ~8 (?:{gating-review}|{gating-amazon})",
  "(?:review|rate) (?:us|it|them|this|our|the product|the item)",
  "(?:read|see|hear) (?:your|a|an) ~2 (?:reviews?|ratings?)",
  "(?:grateful|appreciate|appreciated|love|thrilled|delighted|happy|glad) ~6 (?:{gating-review}|{gating-amazon})",
  "(?:reviews?|ratings?|feedback) ~4 (?:would|will|helps?|means?|is appreciated|are appreciated|matters?|makes?|goes a long way|welcome)",
  "(?:let|letting) ~4 know ~3 (?:{gating-amazon}|{gating-review})",
  "{ask} ~3 {gating-post} ~10 (?:{gating-review}|{gating-amazon})",
  "{gating-post} ~5 (?:{gating-review}|{gating-amazon})",
  "(?:as|in|into) (?:your|a|an) (?:amazon |product )?(?:review|rating)",
];

/** A request for a new review (not a change to one already posted). */
const NEW_REVIEW_ASK = [
  "(?:review|rate) (?:us|it|them|this|our|the product|the item)",
  "(?:read|see|hear) (?:your|a|an) ~2 (?:reviews?|ratings?)",
  "{ask} ~3 {gating-post} ~10 (?:{gating-review}|{gating-amazon})",
  "{gating-post} ~5 (?:{gating-review}|{gating-amazon})",
];

/** "If so, please leave a review", "YES → review us": the second half of a satisfaction test. */
const IF_SO = [
  "(?:if so|if yes|if that's the case|if that is the case|if that's so|if that's true|if that's right|if (?:it|they|you|we) (?:did|does|do|is|was|are|were|has|have)(?=[,;]| then)) ~10 (?:{gating-review}|{gating-amazon}|review|rate)",
  "(?:yes|yep|yeah) (?:→|->|-|:|>|=>) ~4 (?:{gating-review}|{gating-amazon}|review|rate)",
];

/** "How …?", "… or not?": open questions, not satisfaction tests. */
const OPEN_QUESTION = ["(?:how|why|which|who|where|what (?:do|did|does|is|are|was|were|would|could|can|about)|or not|or hate|or no|or not so much|or meh|good or bad|either way|any questions?)"];

export const rules: readonly RuleSpec[] = [
  {
    id: "review-gating/if-happy-review",
    category: "review-gating",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks for a review only if the buyer is satisfied: every buyer must be asked the same way.",
    pattern: HAPPY_REVIEW,
    unless: HAPPY_UNLESS,
    suggestion: "",
  },
  {
    // Same finding as if-happy-review when the unhappy branch is also there: reported as related.
    // (The engine keeps one finding per span; this id sorts first, so the one with `related` wins.)
    id: "review-gating/divert-and-happy-review",
    category: "review-gating",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks only satisfied buyers for a review and sends the others to the seller.",
    pattern: HAPPY_REVIEW,
    unless: HAPPY_UNLESS,
    near: { pattern: DIVERT, scope: "text" },
    suggestion: "",
  },
  {
    id: "review-gating/happy-question",
    category: "review-gating",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks satisfied buyers for a review (\"Love it? Review us\"): every buyer must be asked the same way.",
    pattern: ["{gating-q-happy} ~8 {gating-qend}", "{gating-q-happy}\\?"],
    near: { pattern: REVIEW_ASK, scope: 2 },
    unless: OPEN_QUESTION,
    suggestion: "",
  },
  {
    id: "review-gating/if-so-review",
    category: "review-gating",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks for a review only if the buyer is satisfied (\"Hope all went well! If so, …\"): every buyer must be asked the same way.",
    pattern: IF_SO,
    near: {
      pattern: ["{gating-happy}", "{gating-q-happy}", "(?:did|does|do|is|are|was|were|has|have) ~10 {gating-qend}", "(?:did|was|is|has|have) ~3 (?:well|smoothly|fine|ok|okay|right|perfect|great|good)", "(?:hope|hoping|trust) ~6 (?:well|smoothly|fine|ok|okay|perfect|great|good|love|like|enjoy|happy|everything you|what you (?:wanted|expected|hoped|needed))"],
      scope: 2,
    },
    suggestion: "",
  },
  {
    id: "review-gating/if-not-contact",
    category: "review-gating",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Sends buyers who are not satisfied to the seller, next to a review request made to the satisfied ones.",
    pattern: ["{gating-if-not} ~12 {gating-contact}"],
    near: { pattern: [...HAPPY_REVIEW, ...IF_SO], scope: 2 },
    suggestion: "",
  },
  {
    id: "review-gating/praised-then-asked",
    category: "review-gating",
    channels: ["message"],
    severity: "violation",
    message: "Asks a buyer who just praised the product for a review: Amazon counts that as review gating too.",
    pattern: [
      "(?:glad|happy|thrilled|delighted|pleased|great|wonderful|good|nice|lovely|excited|awesome|fantastic|amazing) (?:to (?:hear|know|read|see) )?(?:that )?(?:you|you're|you are|your kids|your family|your dog|your cat|your little one) ~2 (?:love|loves|loving|loved|like|likes|liked|liking|enjoy|enjoys|enjoying|enjoyed|adore|adores|happy|satisfied|pleased|thrilled|delighted|a fan)",
      "(?:thank|thanks|appreciate|grateful) ~4 (?:kind|lovely|nice|sweet|wonderful|glowing|great|positive|warm|generous|amazing|awesome|encouraging) (?:words|message|note|email|comments?|compliments?|reply|response)",
    ],
    unless: ["(?:hope|hoping|wish|trust)"],
    near: { pattern: REVIEW_ASK, scope: 2 },
    suggestion: "",
  },
  {
    id: "review-gating/contact-before-review",
    category: "review-gating",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Steers unhappy buyers to the seller before or instead of a review.",
    pattern: [
      "(?:before|instead of|prior to|rather than|in place of|ahead of) ~3 (?:{gating-post}|going) ~4 (?:{review-noun}|anything|something|1|online|publicly|on amazon|a word|negative|bad|low)",
      "(?:before|instead of|prior to|rather than|in place of) ~2 (?:rating|reviewing|you rate|you review|{review-noun})",
    ],
    also: ["{gating-contact}"],
    unless: ["(?:before|prior to) (?:returning|you return|sending (?:it|them) back|you send (?:it|them) back|shipping (?:it|them) back)"],
    suggestion: "",
  },
  {
    id: "review-gating/rather-hear-than-review",
    category: "review-gating",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Tells buyers the seller would rather hear complaints than read them in a review.",
    pattern: ["(?:rather|prefer to|prefer) ~2 (?:hear|talk|speak|know|learn|fix|solve) ~8 (?:than|instead of|before) ~6 {review-noun}"],
    suggestion: "",
  },
  {
    id: "review-gating/contact-first",
    category: "review-gating",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Sends unhappy buyers to the seller first while asking for reviews: the review request must not depend on satisfaction.",
    pattern: ["{gating-contact} ~6 first"],
    also: ["(?:{gating-unhappy}|{gating-if-not}|problems?|issues?|wrong|trouble|concerns?|defect|defective|damaged|broken|complaints?)"],
    near: { pattern: NEW_REVIEW_ASK, scope: "text" },
    unless: ["(?:return|returning|returned|send (?:it|them) back|sending (?:it|them) back|first (?:use|time|wash|charge|install)|before (?:first|using|use|installing|assembly|assembling|washing))"],
    suggestion: "",
  },
  {
    id: "review-gating/unhappy-question-contact-first",
    category: "review-gating",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Sends unhappy buyers to the seller first (\"Not happy? Contact us first\"): that steers them away from reviews.",
    pattern: ["{gating-unhappy}\\?", "{gating-unhappy} ~6 {gating-qend}"],
    near: { pattern: ["{gating-contact} ~6 first", "{gating-contact} ~8 (?:before|instead of|prior to|rather than) ~3 (?:{gating-post}|going) ~4 (?:{review-noun}|anything|something|1|online|publicly|on amazon)", "(?:before|instead of|prior to|rather than) ~3 (?:{gating-post}|going) ~4 (?:{review-noun}|anything|something|1|online|publicly|on amazon) ~8 {gating-contact}"], scope: 1 },
    suggestion: "",
  },
  {
    id: "review-gating/unhappy-contact",
    category: "review-gating",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Sends unhappy buyers to the seller while asking the others for reviews.",
    pattern: ["{gating-unhappy} ~12 {gating-contact}"],
    near: { pattern: NEW_REVIEW_ASK, scope: "text" },
    suggestion: "",
  },
  {
    id: "review-gating/no-negative-review",
    category: "review-gating",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks buyers not to post a negative review and to contact the seller instead.",
    pattern: [
      "(?:don't|do not|dont|please don't|never|avoid|no need to|instead of|rather than) ~4 (?:bad|negative|low|poor|neutral|critical|harsh|unfair|angry|1 stars?|1-stars?|2 stars?|2-stars?|3 stars?|3-stars?) (?:amazon |product |seller )?(?:reviews?|ratings?|feedback|comments?|evaluations?|scores?|stars?)",
      // "Don't leave a review yet, contact us", "hold off on posting a review"
      "(?:don't|do not|dont|please don't) ~2 {gating-post} ~3 (?:{review-noun}|anything) ~2 (?:yet|just yet|right away|immediately|until|before|first)",
      "(?:hold off|wait) ~3 (?:{gating-post}|on) ~3 (?:{review-noun}|anything)",
    ],
    near: { pattern: ["{gating-contact}"], scope: 2 },
    unless: [
      "(?:worry|worried|hesitate|afraid|scared|shy|fear|feel free|free to|welcome to|up to you)",
      "amazon(?:'s)? (?:doesn't|does not|don't|do not|prohibits?|forbids?|policy|policies|rules|guidelines|won't)",
      "(?:policy|policies|rules|guidelines|allowed|permitted)",
      "(?:we|i) ~2 (?:never|don't|do not|won't|will not|wouldn't|would not) ~2 (?:ask|tell|pressure|want|request)",
    ],
    sharedExceptions: false,
    suggestion: "",
  },
];
