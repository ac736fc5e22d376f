/**
 * review-incentive (P2, P3, P4, P6, P9): anything of value offered for, or made
 * contingent on, a review (money, refunds, discounts, gift cards, free products,
 * giveaways, warranty upgrades, perks, donations per review), also for changing
 * or removing one.
 *
 * To keep the bundle small, "{@name}" below stands for "{review-incentive-name}"
 * (expanded by `x` when the module loads).
 */
import type { RuleSpec } from "../../types.ts";

/** Expands "{@name}" to "{<category>-name}" and "{%name}" to "{review-incentive-name}" in any nested spec value. */
export const expander =
  (category: string) =>
  // biome-ignore lint/suspicious/noExplicitAny: walks any spec value.
  (v: any): any =>
    typeof v === "string"
      ? v.replaceAll("@", `${category}-`).replaceAll("{%", "{review-incentive-")
      : Array.isArray(v)
        ? v.map(expander(category))
        : typeof v === "object"
          ? Object.fromEntries(Object.entries(v).map(([k, w]) => [expander(category)(k), expander(category)(w)]))
          : v;
const x = expander("review-incentive");

export const vocabulary = x({
  /** Posting, changing or removing a review. */
  "@do": ["{post}", "{remove}", "{change}", "(?:leave|post|write|share|give|drop|rate|review)s", "tell(?:s|ing)?", "do"],
  /** A review, rating or "your experience". */
  "@obj": ["{review-noun}", "{review-experience}"],
  "@any": ["{review}", "reviewers?", "{review-experience}"],
  "@free": ["free(?! (?:to(?! you)|shipping|delivery|returns?|exchanges?|replacements?|repairs?|parts?|support|trial|updates?)\\b)"],
  /** Something of value, to come or already given. */
  "@val": [
    "{@free}",
    "(?:e-?)?gift ?(?:cards?|codes?)",
    "gifts?(?! (?:sets?|wrap|wrapping|receipts?|messages?|notes?)\\b)",
    "thank-you",
    "(?:little|small|special) (?:treat|something)",
    "complimentary",
    "freebies?",
    "prizes?",
    "surprise",
    "lifetime warranty",
    "reward(?:s|ed)?",
    "paid",
    "bonus(?:es)?",
    "samples?",
    "giveaways?",
    "(?:prize|a|the|our) draw(?:ing)?",
    "vip",
    "perks?",
    "early access",
    "points",
    "on (?:us|the house)",
    "at no (?:extra )?(?:cost|charge)",
    "vouchers?",
    "refund(?:s|ed)?",
    "reimburse(?:ment|d)?",
    "(?:money|cash) ?back",
    "cash",
    "paypal",
    "pay (?:you|u|back)",
    "\\$ ?\\d+",
    "\\d+ ?(?:\\$|usd|dollars?|bucks|euros?)",
    "discount(?:s|ed)?",
    "coupons?",
    "promo codes?",
    "\\d+ ?%[ -]?(?:off|discount|refund|back|code)",
    "compensat(?:e|ion)",
    "donat(?:e|ion)s?",
    "credits?",
    "(?:full|half) (?:price|cost)",
    "cover (?:your|the) (?:next|cost)",
  ],
  /** Receiving, or the seller giving. */
  "@get": [
    "get(?! (?:back|in touch|started|rid)\\b)",
    "gets",
    "receive",
    "claim",
    "earn",
    "win",
    "unlock",
    "enjoy",
    "enter",
    "keep",
    "(?:be|are|is|get) (?:automatically )?(?:added|entered|rewarded|refunded|paid)",
    "(?:we|i)(?:'ll| will| can|'d| would| then)",
    "(?:we|i) (?:send|give|offer|mail|refund|pay|donate|reward|gift)",
    "you(?:'ll| will| can get)",
  ],
  /** The seller sending something unnamed: "we'll send you a matching rattle". */
  "@send": ["(?:we|i)(?:'ll| will|'d| would| can)? (?:happily |also |then )?(?:send|mail|ship|give|pop) (?:you|u|it|them|over|out)"],
  /** A condition that ties the reward to the review. */
  "@if": ["if", "once", "after", "when", "as soon as", "upon", "in (?:exchange|return) for", "who", "by (?:leaving|posting|writing|sharing|giving|rating)"],
  /** The review as a bare verb: "just review it and get paid back". */
  "@verb": ["(?:review|rate) (?:it|us|them|this|that|our|my|the)", "(?:just|simply|you|to) (?:review|rate) (?:and|&)", "(?:{change}|{remove}) (?:it|that|this)"],
});

/** Negated or policy-quoting sentences (unless patterns). */
export const INCENTIVE_DENIAL: readonly string[] = x([
  "(?:no|never|nothing|not|without|any) ~2 {@val} ~4 (?:for|in exchange|in return|tied|linked|conditional|depend|based)",
  "(?:nothing|anything|no strings|not) ~3 (?:in return|in exchange)",
  "{negation} ~3 (?:need|needed|have to|required?|condition(?:al)?|contingent|tied|linked|depends?|obligat(?:ed|ion)|affects?)",
  "(?:prohibited|forbidden|banned|illegal|not allowed|violat(?:e|es|ion|ing)|incentivi[sz]ed reviews?|paid reviews?|scams?|beware|vine|(?:some|many|shady) (?:other )?sellers|against (?:the |amazon's |our )?(?:rules|polic(?:y|ies)|guidelines|terms))",
  "(?:mention|discuss)(?:es|ed|s)? ~3 {@val}",
  "(?:feel|are|'re|is|be|am|'m) free to",
]);

/** Denials, and sentences about fixing a problem, not about a review (unless patterns). */
const NOT: readonly string[] = [
  ...INCENTIVE_DENIAL,
  ...x([
    "(?:if|should|in case) ~5 (?:{unsatisfied}|broken|damaged|defective|faulty|missing|not working|leak(?:s|ing)?|returns?|anything|need)",
    "(?:if|should) ~2 (?:have|has|got) ~3 (?:questions?|comments?|concerns?|feedback|issues?|problems?)",
    "(?:once|after|when|as soon as) (?:it|they|the replacement) ~2 (?:arrives?|arrived|comes|works|fixed)",
    "(?:once|after|when|as soon as|until) (?:we|i|you|you've) (?:get|got|receive|received|process|processed|inspect|try|tried|use|used|test|tested|check) (?:it|them|this|the return|your return|the item|your order)",
    "(?:after|when|since|because) (?:we |i )?(?:read|saw|seen|noticed|came across) ~3 {review-noun}",
    "(?:don't|do not|no need to|never|instead of|before) (?:you )?{@do}",
    "(?:even if|even though|can still|regardless|whether or not|whether you|no matter|included|inside|in the box|comes with|enclosed|with (?:every|each|your) (?:order|purchase)|prime)",
    "(?:refund|return|replace|replacement|exchange|repair) or (?:a )?(?:replace|replacement|exchange|refund|return)",
    "review (?:the|our|this|your) ~2 (?:attached|terms|instructions|manual|invoice|warranty|polic(?:y|ies)|details|guide|faq|photos?|email|tracking)",
  ]),
];

const rule = (id: string, message: string, rest: Omit<RuleSpec, "id" | "category" | "channels" | "severity" | "message">): RuleSpec =>
  x({ id: `review-incentive/${id}`, category: "review-incentive", channels: ["message", "insert"], severity: "violation", message, unless: NOT, ...rest });

export const rules: readonly RuleSpec[] = [
  rule("review-for-reward", "Offers something of value for posting, changing or removing a review.", {
    pattern: [
      "(?:{@do}|{@if}|screenshots?|links?|proof) ~6 {@obj} ~12 {@get} ~8 {@val}",
      "{@verb} ~12 {@get} ~8 {@val}",
      "(?:{@do}|{@if}|{@verb}) ~6 (?:reviews?|ratings?|\\d stars?|on amazon) ~12 {@send}",
      "{@verb} ~12 {@send}",
      "(?:products?|items?|samples?|units?) to (?:review|test|try) ~1 (?:free|at no cost|on us)",
      "{@val} ~10 {@if} ~8 (?:{@any}|on amazon)",
      "(?:{@free}|at no cost|on us|complimentary) ~4 (?:and|&|then) ~3 (?:{post}|test) ~4 {@obj}",
      "{@val} ~8 for ~2 {@any}",
      "{@obj} ~4 (?:=|earns?|gets? you|wins?|unlocks?|qualif(?:y|ies)|eligible|gives you|worth|->|→|for|and (?:get|receive)|to (?:get|win|claim|enter)) ~6 {@val}",
      "(?:testers?|reviewers?) ~3 (?:gets?|receives?|earns?|enjoy|score|are sent) ~6 (?:{@val}|new|newest|latest|before)",
      "(?:buy|order|try|test)s? ~4 (?:review|rate) ~3 {@get} ~6 {@val}",
      "(?:rewards?|compensates?|pay|pays|paying) (?:you |u )?(?:for|per|every|each) ~2 {review-noun}",
    ],
  }),
  rule("reward-as-thanks", "Gives a reward as thanks for a review.", {
    pattern: "(?:thank-you|thank you|thanks|token|reward|appreciation) ~4 for ~3 {@any}",
    also: ["{@val}", "(?:as an?|to thank you|in appreciation|here's|here is|please accept|accept this|enjoy|receive|claim|redeem)"],
  }),
  rule("donation-per-review", "Ties a donation or other reward to each review.", {
    pattern: ["(?:for|per|with) (?:each|every) ~4 {@any}", "per {review-noun}"],
    also: ["(?:donat(?:e|es|ed|ing|ion)|charity|trees?|plant|{@val})"],
    unless: INCENTIVE_DENIAL,
  }),
  rule("reward-near-review", "Promises free products, gifts or perks next to the review expected for them.", {
    pattern: [
      "{@val} ~8 (?:as|for your) ~3 (?:thanks|thank you|thank-you|reward|token|gesture|time|trouble|effort)",
      "(?:free|discounted|complimentary) (?:products?|items?|goods|gadgets|gear|stuff|samples?|units?|merch)",
      "(?:products?|items?|samples?|units?|it|they) ~3 (?:free of charge|free(?! (?:from|of|to)\\b)|complimentary|at no (?:cost|charge)|on (?:us|the house))",
      "(?:screenshots?|links?|proof) ~8 {@get} ~8 {@val}",
      "(?:ambassadors?|insiders?|members?|panel|club|squad|vips) ~3 (?:gets?|receives?|earns?|enjoy|score|are sent) ~6 (?:{@val}|new|newest|latest|before)",
      "(?:get|claim|receive|unlock|redeem|collect|win|grab|want|activate) ~4 (?:lifetime|{@free}|gifts?|prizes?|bonus|rewards?|gift cards?|freebies?|surprise)",
      "{@val} ~10 (?:once|after|when|as soon as) (?:it's|it is|that's|it|you've) ~1 (?:done|updated|removed|deleted|changed|edited|posted|live|up|gone|published)",
    ],
    near: { pattern: "{@any}", scope: 3 },
  }),
  rule("review-near-reward", "Asks for a review in return for something given.", {
    pattern: [
      "(?:in return|in exchange|in turn|all we ask|all we need|we only ask|only (?:thing|expectation|requirement|condition|catch|ask)|the catch) ~10 {@any}",
      "(?:once|after|when|as soon as) ~4 {@obj} ~6 (?:live|posted|up|published|online|visible|approved)",
      "(?:once|after|when|as soon as) (?:you've|you have|you) (?:posted|left|written|shared|submitted|reviewed|rated)",
    ],
    near: { pattern: ["{@val}", "new (?:gear|products?|items?|releases?)"], scope: 2 },
  }),
  rule("offer-near-change", "Offers money or a reward next to a request to post, change or remove a review.", {
    pattern: [
      "(?:we(?:'ll| will| can|'d| would| are|'re)|i(?:'ll| will| can|'d| would|'m)|happy to|glad to|willing to|ready to) ~4 (?:{@val}|reimburse|pay (?:you|u) back|send (?:you )?the money)",
      "(?:pay (?:you|u|them) back|(?:reimburse|paypal|venmo) (?:you|u|them))",
    ],
    near: { pattern: "{@do} ~4 {@obj}", scope: 1 },
    unless: [...NOT, "(?:shipping|postage|label|damaged|defective|broken|replacement|replace|new 1|new unit|resend|reship|again)"],
  }),
];
