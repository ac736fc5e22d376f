/**
 * review-incentive (P2, P3, P4, P6, P9): anything of value offered for, or made
 * contingent on, a review (money, refunds, discounts, gift cards, free products,
 * giveaways, warranty upgrades, perks, donations per review), also for changing
 * or removing one. "Share your experience and claim your free gift" counts too.
 */
import type { RuleSpec } from "../../types.ts";

export const vocabulary = {
  /** Posting, changing or removing a review. */
  "review-incentive-post": ["{post}", "{remove}", "{change}", "(?:leave|post|write|share|give|drop|rate|review)s", "tell(?:s|ing)?", "do", "make", "upload"],
  /** A review, rating or "your experience / a few words". */
  "review-incentive-obj": ["{review-noun}", "{review-experience}", "(?:some|honest|their|your) (?:quick |short )?(?:thoughts|experience|opinions?|words)"],
  "review-incentive-any": ["{review}", "reviewers?", "{review-incentive-obj}"],
  /** Gifts, free things, perks. */
  "review-incentive-prize": [
    "(?:amazon |e-?)?gift ?(?:cards?|codes?|vouchers?)",
    "free(?! (?:to(?! you)|shipping|delivery|returns?|exchanges?|replacements?|repairs?|support|trial|updates?)\\b)",
    "(?:thank-you|thank you|small|little|special|mystery|surprise|free|a|our|your) gifts?(?! (?:sets?|wrap|wrapping|receipts?|messages?|notes?)\\b)",
    "(?:a|little|small|special) (?:thank-you|thank you|treat|something)",
    "complimentary",
    "freebies?",
    "prizes?",
    "surprise",
    "(?:lifetime|extended|extra|free|bonus) (?:warranty|guarantee)",
    "warranty (?:extension|upgrade)s?",
    "rewards?",
    "bonus(?:es)?",
    "samples?",
    "giveaways?",
    "raffles?",
    "sweepstakes",
    "(?:monthly |weekly )?(?:prize|lucky|monthly|weekly) draws?",
    "(?:a|the|our) draw(?:ing)?",
    "vip",
    "perks?",
    "(?:early|exclusive|priority) access",
    "(?:reward|loyalty|bonus|vip) points",
    "on (?:us|the house)",
    "at no (?:extra )?(?:cost|charge)",
  ],
  /** Something of value still to come. */
  "review-incentive-offer": [
    "{review-incentive-prize}",
    "vouchers?",
    "refunds?",
    "reimburse(?:ment)?",
    "(?:money|cash) ?back",
    "cash",
    "paypal",
    "venmo",
    "(?:pay|refund|reimburse) (?:you|u|them)",
    "\\$ ?\\d+",
    "[€£] ?\\d+",
    "\\d+ ?(?:\\$|usd|dollars?|bucks|euros?|pounds?)",
    "discounts?",
    "coupons?",
    "(?:promo|discount|coupon|bonus) codes?",
    "\\d+ ?%[ -]?(?:off|discount|refund|back|code)",
    "\\d+ ?percent off",
    "half (?:price|off)",
    "compensat(?:e|ion)",
    "donat(?:e|ion)s?",
    "(?:store|amazon) credits?",
    "(?:your|all|full|whole) (?:money|price|cost|amount)(?: back)?",
    "cover (?:your|the) (?:next|cost|purchase|price|order)",
  ],
  /** Also what was already given. */
  "review-incentive-reward": ["{review-incentive-offer}", "refunded", "reimbursed", "paid(?: back)?", "rewarded", "discounted"],
  /** Receiving, or the seller giving. */
  "review-incentive-get": [
    "get(?! (?:back|in touch|started|rid)\\b)",
    "gets",
    "receive",
    "claim",
    "earn",
    "win",
    "unlocks?",
    "redeem",
    "grab",
    "enjoy",
    "qualify",
    "activate",
    "extend",
    "enter",
    "keep",
    "(?:be|are|is|get) (?:automatically )?(?:added|enrolled|entered|upgraded|rewarded|refunded|reimbursed|paid|compensated)",
    "(?:we|i)(?:'ll| will| can|'d| would| then)",
    "(?:we|i) (?:send|give|offer|mail|refund|reimburse|pay|donate|credit|reward|add|gift)",
    "you(?:'ll| will)",
    "you (?:can|could|may) (?:get|receive|claim|earn|win|enjoy|keep)",
  ],
  /** The seller sending something unnamed: "we'll send you a matching rattle". */
  "review-incentive-send": ["(?:we|i)(?:'ll| will|'d| would| can)? (?:happily |also |then )?(?:send|mail|ship|give|gift|pop) (?:you|u|it|them|over|out)"],
  /** A condition that ties the reward to the review. */
  "review-incentive-if": [
    "if",
    "once",
    "after",
    "when",
    "as soon as",
    "upon",
    "in (?:exchange|return) (?:for|of)",
    "as long as",
    "(?:customers?|buyers|anyone|everyone|those|people|whoever|members|testers|reviewers|all of you) who",
    "by (?:leaving|posting|writing|sharing|giving|rating|reviewing)",
  ],
  /** The review as a bare verb: "just review it and get paid back". */
  "review-incentive-verb": ["(?:review|rate) (?:it|us|them|this|that|our|my|these|the)", "(?:just|simply|you|to) (?:review|rate) (?:and|&)"],
};

/** Negated or policy-quoting sentences (unless patterns). */
export const INCENTIVE_DENIAL: readonly string[] = [
  "(?:no|never|nothing|not|without|zero|any) ~2 {review-incentive-reward} ~4 (?:for|in exchange|in return|tied|linked|conditional|depend|based)",
  "(?:nothing|anything|no strings|not) ~3 (?:in return|in exchange)",
  "{negation} ~3 (?:need|needed|have to|required?|requirement|necessary|condition(?:al)?|contingent|tied|linked|depends?|obligat(?:ed|ion)|affects?)",
  "(?:prohibited|forbidden|banned|illegal|not allowed|violat(?:e|es|ion|ing)|incentivi[sz]ed reviews?|paid reviews?|scams?|beware|vine)",
  "(?:some|many|certain|shady|dishonest) (?:other )?(?:sellers|brands|shops|companies)",
  "against (?:the |amazon's |our )?(?:rules|polic(?:y|ies)|guidelines|terms)",
  "(?:mention|discuss)(?:es|ed|s)? ~3 {review-incentive-reward}",
  "(?:feel|are|'re|is|be|am|'m) free to",
];

/** Sentences about fixing a problem, not about a review (unless patterns). */
const PROBLEM: readonly string[] = [
  "(?:if|should|in case) ~5 (?:{unsatisfied}|broken|damaged|defective|faulty|missing|not working|leak(?:s|ing)?|returns?|anything|need)",
  "(?:if|should) ~2 (?:have|has|got) ~3 (?:questions?|comments?|concerns?|feedback|issues?|problems?)",
  "(?:once|after|when|as soon as) (?:it|they|the replacement|the new 1) ~2 (?:arrives?|arrived|comes|lands|works|fixed)",
  "(?:once|after|when|as soon as|until) (?:we|i|you|you've) (?:get|got|receive|received|process|processed|inspect|try|tried|use|used|test|tested|check) (?:it|them|this|the return|your return|the item|your order)",
  "(?:after|when|since|because) (?:we |i )?(?:read|saw|seen|noticed|came across) ~3 {review-noun}",
  "(?:don't|do not|no need to|never|instead of|before) (?:you )?{review-incentive-post}",
  "(?:even if|even though|regardless|whether or not|whether you|no matter)",
  "(?:refund|return|replace|replacement|exchange|repair) or (?:a )?(?:replace|replacement|exchange|refund|return)",
  "review (?:the|our|this|your) ~2 (?:attached|terms|instructions|manual|invoice|warranty|polic(?:y|ies)|details|guide|faq|photos?|email|tracking)",
];

const DENIAL = INCENTIVE_DENIAL;
const REPLACE = "(?:replacement|replace|new 1|new unit|resend|reship|again)";
const DENIAL_OR_PROBLEM = [...DENIAL, ...PROBLEM];
const INSIDE = "(?:enjoy|included|includes|inside|in the box|in your (?:package|box)|comes with|enclosed|with (?:every|each|your) (?:order|purchase)|prime)";
const R = "review-incentive";
const MEMBERS =
  "(?:testers?|ambassadors?|insiders?|members?|participants|reviewers?|squad|club|crew|circle|panel|group|community|vips) ~3 (?:get|gets|receive|receives|are sent|will (?:get|receive)|earn|earns|enjoy|can get|score) ~6 (?:{review-incentive-reward}|new (?:gear|products?|items?|releases?|launches|arrivals|models|collections?)|products? before|(?:each|every) new|1 of our|our (?:latest|newest|new|upcoming))";
const C = ["message", "insert"] as const;
const rule = (id: string, message: string, rest: Omit<RuleSpec, "id" | "category" | "channels" | "severity" | "message">): RuleSpec => ({
  id: `${R}/${id}`,
  category: R,
  channels: C,
  severity: "violation",
  message,
  ...rest,
});

export const rules: readonly RuleSpec[] = [
  rule("review-then-reward", "Offers something of value for posting, changing or removing a review.", {
    pattern: [
      "(?:{review-incentive-post}|{review-incentive-if}|screenshots?) ~6 {review-incentive-obj} ~12 {review-incentive-get} ~8 {review-incentive-reward}",
      "{review-incentive-verb} ~8 {review-incentive-get} ~6 {review-incentive-reward}",
      "{review-incentive-verb} ~8 {review-incentive-send}",
      "(?:{review-incentive-post}|{review-incentive-if}) ~6 (?:(?:product |photo |video )?reviews?|ratings?|\\d stars?|on amazon(?! messag)) ~12 {review-incentive-send}",
      "(?:tell|let|show|share|post|say) ~4 (?:on amazon(?! messag)|in a review) ~10 {review-incentive-get} ~8 {review-incentive-reward}",
      "(?:{review-incentive-post}|{review-incentive-verb}) ~6 (?:if|when|once) (?:we|i) ~5 {review-incentive-reward}",
      "{review-incentive-post} ~4 {review-incentive-obj} ~6 (?:for|in (?:exchange|return) for|and (?:receive|get)|to (?:get|receive|win|earn|claim|enter)|=|->|→) ~6 {review-incentive-reward}",
      "(?:buy|order|try|test|use)(?:s|ed)? ~4 (?:review|rate)(?:s|d)? ~3 {review-incentive-get} ~6 {review-incentive-reward}",
      "{review-incentive-obj} ~4 (?:=|earns?|gets? you|wins?|unlocks?|qualif(?:y|ies)|(?:is|are) eligible|gives you|is worth|->|→) ~6 {review-incentive-reward}",
      "(?:reward|compensat)(?:e|es|s|ing)? ~3 {review-noun}",
      "(?:pay|pays|paying|paid) (?:you |u )?(?:for|per) ~2 {review-noun}",
    ],
    unless: DENIAL_OR_PROBLEM,
  }),
  rule("reward-if-review", "Makes a reward, refund or payment conditional on a review.", {
    pattern: [
      "{review-incentive-offer} ~10 {review-incentive-if} ~8 (?:{review-incentive-any}|on amazon)",
      "{review-incentive-prize} ~8 (?:and|&|then|in (?:return|exchange))(?: you| all you do is| you just| you simply| just)? ~2 (?:{post}|review|rate|test) ~4 {review-incentive-obj}",
      "{review-incentive-offer} ~8 (?:for|to thank you for) ~1 (?:your|a|an|the|each|every|any|1|leaving|posting|writing|sharing|giving|rating|reviewing|updating|changing|removing|deleting|honest|positive|good) ~2 {review-incentive-any}",
    ],
    unless: DENIAL_OR_PROBLEM,
  }),
  rule("reward-as-thanks", "Gives a reward as thanks for a review.", {
    pattern: [
      "(?:thank-you|thank you|thanks|token of (?:our )?(?:appreciation|gratitude)|reward|appreciation) for ~2 (?:sharing|leaving|writing|posting|giving|reviewing|rating|taking the time to) ~5 {review-incentive-any}",
      "(?:as (?:a|an|our|my) (?:small |little |special )?(?:thank-you|thank you|thanks|token|reward|gesture)|to thank you|in appreciation) ~4 for ~3 {review-incentive-any}",
    ],
    also: ["{review-incentive-reward}", "(?:as an?|to thank you|in appreciation|here's|here is|please accept|accept this|enjoy|receive|claim|redeem)"],
    unless: DENIAL_OR_PROBLEM,
  }),
  rule("reward-as-thanks-near", "Promises a reward as thanks, next to a review request.", {
    pattern: [
      "{review-incentive-offer} ~8 (?:as (?:a |our |my )?(?:small |little |special )?(?:thanks|thank you|thank-you|reward|token|gesture)|for your (?:time|trouble|help|effort))",
      "(?:as (?:a |our |my )?(?:small |little |special )?(?:thanks|thank you|thank-you|reward|token|gesture)|to (?:thank|reward) you) ~8 {review-incentive-offer}",
      "(?:reward|compensate)s? (?:you|u|them|customers|buyers|reviewers) ~3 (?:with|for|by)",
    ],
    near: { pattern: "{review-incentive-post} ~4 {review-incentive-obj}", scope: 1 },
    unless: [...DENIAL_OR_PROBLEM, "(?:for|on) (?:your|the|this) (?:purchase|order|business|support|patience|trust|loyalty)", "for (?:choosing|shopping|buying|ordering|being)"],
  }),
  rule("donation-per-review", "Ties a donation or other reward to each review.", {
    pattern: ["(?:for|per|with) (?:each|every) ~4 {review-incentive-any}", "per {review-noun}"],
    also: ["(?:donat(?:e|es|ed|ing|ion|ions)|charity|shelter|trees?|plant|{review-incentive-reward})"],
    unless: DENIAL,
  }),
  rule("free-product-review", "Offers free or discounted products, or member perks, to people who review them.", {
    pattern: [
      "(?:free|discounted|complimentary|refunded|reimbursed|no-cost) (?:products?|items?|goods|gadgets|gear|stuff|samples?|units?|merch)",
      "(?:products?|items?|goods|gear|stuff|samples?|units?|it|they)(?: is| are| will be|'s|'re| comes?)(?: totally| completely| 100%)? (?:on us|free of charge|free(?! (?:from|of|to)\\b)|complimentary|at no (?:cost|charge)|on the house)",
      "(?:{review-incentive-offer}|free) ~5 to (?:try|test|keep)(?: it| them)? (?:and|&) (?:review|rate)",
      "(?:products?|items?|samples?|units?) to (?:review|test|try) (?:for free|free|at no cost|on us)",
      MEMBERS,
    ],
    also: ["{review-incentive-any}"],
    unless: [...DENIAL, INSIDE],
  }),
  rule("free-products-near-review", "Promises free products or member perks next to the reviews expected for them.", {
    pattern: ["free (?:products|gear|stuff|items|goods|gadgets|merch|samples)", MEMBERS],
    near: { pattern: "{review-incentive-any}", scope: 2 },
    unless: [...DENIAL, INSIDE],
  }),
  rule("in-return-review", "Asks for a review in return for something given.", {
    pattern: ["(?:in return|in exchange|in turn|all we ask|all we need|only (?:thing )?we ask|we only ask|only (?:expectation|requirement|condition|catch|ask)|the catch) ~10 {review-incentive-any}"],
    near: { pattern: ["{review-incentive-reward}", "new (?:gear|products?|items?|releases?)", "products? before"], scope: 2 },
    unless: DENIAL,
  }),
  rule("claim-gift-steps", "Announces a gift or reward next to the review steps that unlock it.", {
    pattern: [
      "(?:get|gets|claim|receive|unlock|redeem|collect|win|activate|grab|request|for your|to get|want|wanna) ~4 {review-incentive-prize}",
      "(?:send|email|forward|share|show|dm|message|reply with|attach|upload|submit) ~3 (?:links?|screenshots?|proof|urls?) ~8 {review-incentive-get} ~8 {review-incentive-reward}",
      "(?:send|email|forward|share|show|dm|message|reply with|attach|upload|submit) ~3 (?:links?|screenshots?|proof|urls?) ~8 {review-incentive-send}",
      "{review-incentive-offer} ~10 (?:once|after|when|as soon as) (?:it's|it is|that's|it has been|you've|you have|it) ~1 (?:done|updated|removed|deleted|changed|edited|posted|live|up|gone|complete|published)",
      "(?:once|after|when|as soon as) (?:it's|it is|that's|it has been|you've|you have|it) ~1 (?:done|updated|removed|deleted|changed|edited|posted|live|up|gone|complete|published) ~8 {review-incentive-get} ~6 {review-incentive-offer}",
      "{review-incentive-get} ~6 {review-incentive-offer} ~3 (?:after|afterwards|later|once done|when done)",
    ],
    near: { pattern: ["{review-incentive-post} ~4 {review-incentive-obj}", "{review-noun}"], scope: 3 },
    unless: [...DENIAL_OR_PROBLEM, INSIDE],
  }),
  rule("reward-once-review-live", "Promises a gift once the review is live.", {
    pattern: [
      "(?:once|after|when|as soon as) ~4 {review-incentive-obj} ~6 (?:live|posted|up|published|online|visible|approved)",
      "(?:once|after|when|as soon as) (?:you've|you have|you) (?:posted|left|written|shared|submitted|reviewed|rated)",
    ],
    near: { pattern: "{review-incentive-prize}", scope: 1 },
    unless: DENIAL_OR_PROBLEM,
  }),
  rule("offer-near-change", "Offers money or a reward next to a request to change or remove a review.", {
    pattern: [
      "(?:we(?:'ll| will| can| could|'d| would| are|'re)|i(?:'ll| will| can|'d| would|'m)|happy to|glad to|willing to|ready to|let us) ~4 (?:{review-incentive-offer}|compensate|reimburse|pay (?:you|u) back|send (?:you )?the money)",
    ],
    near: { pattern: "(?:{change}|{remove}) ~4 {review-noun}", scope: 1 },
    unless: [...DENIAL_OR_PROBLEM, REPLACE],
  }),
  rule("change-it-for-reward", "Offers a reward for changing or removing a review mentioned just before.", {
    pattern: ["(?:{change}|{remove}) (?:it|that|this|them) ~12 {review-incentive-get} ~8 {review-incentive-reward}", "(?:{change}|{remove}) (?:it|that|this|them) ~12 {review-incentive-send}"],
    near: { pattern: "{review-noun}", scope: 1 },
    unless: [...DENIAL_OR_PROBLEM, REPLACE],
  }),
  rule("pay-back-for-review", "Offers to pay back or reimburse the buyer next to a review request.", {
    pattern: ["(?:pay (?:you|u|them)(?: guys)? back|(?:reimburse|paypal|venmo) (?:you|u|them)|send (?:you|them) the money|cover (?:the|your) (?:cost|purchase|price))"],
    near: { pattern: "{review-incentive-post} ~4 {review-incentive-obj}", scope: 1 },
    unless: [...DENIAL_OR_PROBLEM, "(?:return|shipping|postage|label|damaged|defective|broken)"],
  }),
];
