/**
 * review-gating (P7): asking for reviews only from satisfied buyers ("if you love
 * it, leave a review", "Enjoying your new X? Review it", "if so, review us"), or
 * steering unhappy buyers to the seller instead of, or before, a review ("if not,
 * contact us first", "message us before writing a review").
 * Not gating: "contact us if you have any problem" alone, a neutral review request
 * beside "questions? email us", "Love it? Tell a friend!", "Love it? Hate it?".
 */
import { ruleMaker } from "../../rule-maker.ts";
import type { RuleSpec } from "../../types.ts";

export const vocabulary = {
  /** The buyer is satisfied; not after a negation ("not 100% happy") or a wish ("would you like"). */
  "gating-happy":
    "(?<!(not|n't|never|than|(not|n't) (100%|quite|completely|fully|really|so)) )((happy|satisfied|pleased|delighted|thrilled|impressed|glad|a fan|worth it|useful|doing its job|does its job|(earned|deserve[sd]?) (it|them)|(earned|won|found) (a|its|their) (spot|place|home))(?! to)|(?<!('d|would|will|'ll|feel|to|(would|'d|could) you) )(lov|lik|enjoy|ador)(e|es|ed|ing|s)? (it|them|this|that|these|those|the|your|our|how)|everything you (hoped|wanted|expected)|(meets?|met|exceeds?|exceeded|lives? up to|lived up to) ((your|the) (expectations?|needs|hopes)|what you (hoped|wanted|expected|needed|were (hoping|looking) for))|(it|this|that) (was|is) an? (great|good|positive|wonderful|5[ -]star) (1|experience)|(work|fit|go|went)(s|ed|ing)? (well|great|perfectly|fine|smoothly|as expected|for you|as (it |they )?(should|intended|advertised|described|promised))|(everything|all|it)( is| was|'s| went| work(s|ed|ing)?| arrived) (fine|ok|okay|good|great|perfect|well|smoothly|right)(?! (with|by) (you|u))|(made|makes?|make) (your|their|you) ([a-z']+ ){0,4}(day|smile|easier|better|simpler|brighter|happier|nicer|cosier|cozier|comfier|smoother|safer|glow|shine|sparkle)|(brighten|improv|transform|light)(ed|s)? (up )?(your|their) ([a-z']+ ){0,2}(day|evening|morning|night|life|routine|home|space|kitchen|week|room|office|desk|walls?|house|place|garden|patio)|(good|great|positive|wonderful) (experience|time))",
  "gating-qend": "[a-z0-9]{1,30}\\?",
  "gating-ra":
    "review(s|ing)?|rate (us|it|them|this|our|the)|ratings?|[1-5][ -]stars?|stars|feedback|(on|to|at|tell) amazon|{listing}|(?<=(tell|told|telling|let|show|help|inform|for) )(the|other|fellow|your fellow) (world|shoppers|buyers|customers|parents|owners)|where you (bought|purchased|ordered|got) (it|them)",
  "gating-post": "{post}|tell(ing)?|spread|let",
  "gating-contact":
    "(contact|message|e-?mail|call|text|whatsapp|write to|reach|tell|(talk|speak) to) (us|me|our|directly|first|here|at)|reach(ing)? out|get in touch|let (us|me) know|repl(y|ying) (to us|here|directly|first)|(send|drop) (us|me) an? (message|note|line)|customer (service|support)|support (team|line|desk|inbox)|(our|the) (inbox|helpline|hotline)|hear from you|(give|allow|let) us (a|the) (chance|shot|opportunity)|let us (fix|make|sort|put)|repl(y|ying) to (this|our|my)|come (straight |directly |right )?to us|(e-?mail|contact|message|write to|reach) [a-z0-9._+-]{1,40}@[a-z0-9-]{1,40}",
  "gating-unhappy":
    "not (quite|((100%|completely|fully|totally|so|really|that) )?(happy|satisf(ied|y)|pleased|right|perfect|thrilled|good|great|impressed))|unhappy|unsatisfied|dissatisfied|disappointed|frustrated|frown(ing)?|less than (perfect|happy|satisfied|5[ -]stars?)|(could|can) be better|(don't|didn't|not) (love|like|enjoy)|(can't|cannot|can not|couldn't|won't|wouldn't|unable to) (give|leave|rate) ([a-z']+ ){0,3}(5|full)[ -]stars?|no (→|->)|👎|😞|🙁|☹|😕",
  "gating-if-not": "if not(?=,| satisf| happy| 100%| completely| quite)|if (it|they|you) (doesn't|does not|didn't|don't|aren't|isn't|wasn't)(?=,)|otherwise(?=,)",
};

const BEFORE_WORD = "(before|instead of|rather than|don't|do not)";
/** "before writing a review": after a contact request, the part that steers away from reviewing. */
const REVIEW_LATER = "{gating-post} ~4 ({review-noun}|anything|1|online|publicly|negative)";
const BEFORE = `${BEFORE_WORD} ~3 ${REVIEW_LATER}`;

const rule = ruleMaker("review-gating");
const Q = "({gating-happy}|(is|was) everything (great|perfect)|worth|hooked|smiling|grinning|beaming|obsessed|in love)";
const ONLY_HAPPY = "Asks for reviews only from satisfied buyers.";
const DIVERTS = "Sends unhappy buyers to the seller, not to a review.";
const NEW_ASK = ["(review|rate) (us|it|them)|tell amazon", "{gating-post} ~5 {gating-ra}", "(→|->|=>|👉) ~2 amazon"];
const ASK = [...NEW_ASK, "as (your|an?) (amazon )?(review|rating)", "({ask}|grateful|appreciated?|love) ~8 {gating-ra}", "(?<!honest (amazon )?)(reviews?|ratings?|feedback) ~4 (would|will|helps?|means?|matters?|makes?)"];
const PROBLEM = "{gating-unhappy}|{gating-if-not}|problems?|issues?|wrong|trouble|concerns?|defect\\w*|damaged|broken";
const US_FIRST = "(contact|message|e-?mail|call|text|whatsapp|write to|reach out to|reach|get in touch with|(talk|speak) to) ~0 us first";
const RETURN = "return\\w{0,3}|send(ing)? (it|them) back|hesitate|first (use|time|thing)|before us(e|ing)";

export const rules: readonly RuleSpec[] = [
  rule("if-happy-review", ONLY_HAPPY, {
    pattern: [
      "(if|since|once(?= you)|as long as|so long as|now that|whenever|assuming|provided|given that|in case|should) ~8 {gating-happy} ~14 {gating-ra}",
      "{gating-ra} ~10 (if|since|only|once(?= you)) ~8 {gating-happy}",
      "(happy|satisfied|pleased) (customer|buyer|client|shopper|user|owner)s? ~10 {gating-post} ~5 {gating-ra}",
      // "We only want reviews from customers who are completely satisfied."
      "(only|just) ~4 {gating-ra} (from|by) ~6 {gating-happy}",
      // "Only customers who are fully satisfied are encouraged to share their opinion on the product page."
      "only (customers|buyers|clients|shoppers|those|people|users|owners) (who|that) ~3 {gating-happy} ~10 {gating-ra}",
      // "Only leave a review if you can give us 5 stars."
      "(only|just) ~6 if ~3 (give|leave|rate|post)\\w* ~4 ({pos-stars}|(5|full|top)[ -]?(stars?|marks))",
    ],
    unless: ["good or bad|positive or negative|both|either way|whatever|if yours \\w+ as|or (hate|not|no)|(have|has|who) (left|posted|written)|(guide|instructions|chart|manual) on {listing}"],
  }),
  // "Happy customers are our best advertising. If that's you, a review would be lovely."
  rule("if-that-is-you", ONLY_HAPPY, {
    pattern: "if (that's|you('re| are)) ~1 (you|1) ~10 ({review-noun}|rate|stars)",
    near: { pattern: "(happy|satisfied|pleased|delighted) (customer|buyer|client|shopper)s?", scope: 1 },
  }),
  rule("happy-question", ONLY_HAPPY, {
    pattern: [
      `${Q} ~8 {gating-qend}`,
      `(${Q}|no (problems?|issues?|complaints?|troubles?)|all good)\\?`,
      "(mentioned|said|told us|wrote|hear|heard|know) (that )?you('re| are| were|'ve been)? ~3 {gating-happy}",
      // a buyer who just praised the product
      "(thanks?|thank you|glad|happy) ~4 (kind|lovely|nice|sweet|wonderful|glowing|great|positive) (words|message|note|comments?|feedback)",
      // "😍 → leave a review": a happy face pointing at the review
      "^(😍|😊|🙂|😀|😃|😄|😁|🥰|👍|❤️?) ?(→|->|=>|👉)",
    ],
    near: { pattern: ASK, scope: 2 },
    unless: ["how|why|what (do|did|is|are|was|would)|or (not|hate|no)|good or bad|either way|any questions?"],
  }),
  rule("if-so-review", ONLY_HAPPY, {
    pattern: ["(if (so|yes)|if (it|they|you|we|that) (did|does|do|is|was|are|has|have)(?=[,;]| then)) ~10 {gating-ra}", "(yes|yeah) (→|->|:|-) ~4 {gating-ra}"],
    near: {
      pattern: ["{gating-happy}", "(hope|hoping|trust) ~6 (well|fine|great|good|love|like|enjoy|happy|fits?|works?)", "(did|does|is|are|was) ~10 {gating-qend}"],
      scope: 2,
    },
  }),
  // "Please don't leave a negative review", "we kindly request you not to post a bad rating"
  rule("no-bad-review", "Asks the buyer not to leave a negative review.", {
    pattern: ["(?<!(we|i|they|who|buyers|customers) )(don't|do not|not to|never) ~3 ({post}|rate) ~2 (an? |any )?((negative|bad|low|poor) ({review-noun}|1)|[1-3][ -]stars?)", "avoid (negative|bad|low|poor) {review-noun}"],
    unless: ["worry|hesitate|afraid|feel free|have to"],
  }),
  rule("unhappy-contact", DIVERTS, { pattern: "({gating-unhappy}|{gating-if-not}) ~12 {gating-contact}", near: { pattern: ASK, scope: "text" }, unless: [RETURN] }),
  // "Not thrilled? Skip Amazon and come to us": leaving Amazon out is the steering itself.
  rule("unhappy-skip-amazon", DIVERTS, { pattern: "(skip|bypass|avoid|go around) (the )?amazon", near: { pattern: "{gating-unhappy}|{gating-if-not}|{unsatisfied}", scope: 1 } }),
  // "Sleeping well? Review us. Restless? Write to us first."
  rule("us-first-beside-review", DIVERTS, { pattern: US_FIRST, span: [1, 1], near: { pattern: ASK, scope: "text" }, unless: [RETURN], suggestion: "us" }),
  // "contact us first": without "first" the buyer is offered help, not steered away from reviewing.
  rule("us-first", DIVERTS, { pattern: US_FIRST, span: [1, 1], near: { pattern: PROBLEM, scope: 1 }, unless: [RETURN], suggestion: "us" }),
  // "Drop us a line first": the offer of help stays, "first" (the steering) goes.
  rule("contact-first", DIVERTS, { pattern: "{gating-contact} ~6 first", span: [1, 1], near: { pattern: PROBLEM, scope: 1 }, unless: [RETURN, US_FIRST], suggestion: "" }),
  // "Contact us before leaving a review": the contact request stays, the clause after it goes.
  rule("contact-before-review", DIVERTS, {
    pattern: `{gating-contact} ~8 (before|instead of|rather than) ~3 ${REVIEW_LATER}`,
    span: [1, 3],
    unless: [RETURN],
    suggestion: "",
  }),
  // "Instead of a bad review, message us", "contact us, don't post anything": no deletion leaves a clean sentence.
  rule("review-later-contact", DIVERTS, {
    pattern: [
      `{gating-contact} ~8 (don't|do not) ~3 ${REVIEW_LATER}`,
      `${BEFORE} ~8 {gating-contact}`,
      "{gating-contact} ~8 (instead of|rather than) (an? |the |any )?((bad|negative|low|poor|critical|harsh) )?({review-noun}|amazon)",
      "rather ~2 hear ~8 (than|before) ~6 {review-noun}",
    ],
    unless: [RETURN],
  }),
];
