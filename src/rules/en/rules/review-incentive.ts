/**
 * review-incentive (P2, P3, P4, P6, P9): anything of value offered for, or made
 * contingent on, a review (money, refunds, discounts, gift cards, free products,
 * giveaways, warranty upgrades, perks, donations per review), also for changing
 * or removing one.
 *
 * To keep the bundle small, "{@name}" below stands for "{review-incentive-name}"
 * (expanded by `x` when the module loads).
 */
import { ruleMaker } from "../../rule-maker.ts";
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
  "@do": ["{post}", "{remove}", "{change}", "(leave|post|write|share|give|drop|rate|review)s", "tell(s|ing)?", "do"],
  /** A review, rating or "your experience". */
  "@obj": [
    "{review-noun}",
    "{review-experience}",
    "a (few|couple( of)?|quick|short) (lines|sentences)",
    "(one|a single) (line|sentence)",
    "what you (wrote|posted|said|thought)",
    "(their|his|her|ur|yr) (honest )?(thoughts|impressions?|opinions?|experience|verdict|take|words)",
  ],
  "@any": ["{review}", "reviewers?", "{review-experience}", "rates", "(writ(e|es|ing)|wrote|written|post(s|ed|ing)?|blog(s|ged|ging)?) about (us|our)"],
  /** Saying something about the product: the review without the word. */
  "@say": [
    "(?<!(we|i) )(leav(e|es|ing)|left|writ(e|es|ing)|wrote|written|post(s|ing|ed)?|shar(e|es|ing)|submit(s|ted|ting)?|publish(es|ed|ing)?)(?! ((back )?to (us|me)|((us|me) )?((an?|the|this|our|your) )?(message|note|question|voicemail|e-?mail|line|ticket|request|return|link|listing|deal|offer|code|page))\\b)",
    "tell(s|ing)?(?! (us|me)\\b)",
    "rates?",
    "review(ing)? (it|us|them|this|that|our|my|the|your)(?! (order|return|refund|details|terms|polic\\w*|invoice|instructions|manual|account)\\b)",
    "{review-typo}",
    "talk(s|ing)? about",
    // Not a reference: "as it says on the listing".
    "(?<!(as|it) )say(s|ing)?",
    "drop(s|ping)? (a|one|some|your) (few |quick |short )?(lines?|words?|comments?|thoughts)",
    "show (us|me)",
  ],
  /** Where a review goes: "on Amazon", "on the listing", "on its Amazon page". */
  "@on": [
    // Not the checkout or the delivery status: "applied when you check out on Amazon", "shows as delivered on Amazon".
    "(?<!(out|delivered) )on amazon(\\.com)?",
    "on (its|the|our|this|that|their|your) ((amazon )?(product )?listing|(amazon (product )?|product |review )(page|store|storefront|shop|section))",
    "(in|under) (the|its|our) (amazon )?reviews?( section)?",
    "where (you|u) (bought|purchased|ordered|got|found) (it|this|them|us|the \\S+)",
  ],
  /** A reward that needs no verb of giving: "your next order ships free", "the code is yours". */
  "@gift": [
    "(is|are|'s|will be) (all |totally |completely )?(yours(?! to)|on us|on the house)",
    "(next|second|third|another|extra|bonus|2nd|3rd) (\\S+ )?(\\S+ )?(is|are|will be) free",
    "(comes?|goes|go|ships?|arrives?) (out |to you )?(free|on us|on the house)",
  ],
  "@free": ["free(?! (to(?! you)|shipping|delivery|returns?|exchanges?|replacements?|repairs?|parts?|support|trial|updates?)\\b)"],
  /** Something of value, to come or already given. */
  "@val": [
    "{@free}",
    "gift ?cards?",
    "rewards?",
    "cash",
    "freebies?",
    "thank-you",
    "(little|small|special) (treat|something)",
    "(the|our|small|little|special|mystery|surprise|bonus) gifts?(?! (box|boxes|wrap|wrapping|bags?|sets?|ideas?|receipt|message|note|options?|shop)\\b)",
    "worth (your|ur) while",
    "complimentary",
    "prizes?",
    "surprise",
    "paid",
    "bonus(es)?",
    "giveaways?",
    "vip",
    "early access",
    "(at|no) (extra )?(cost|charge)",
    "vouchers?",
    "refund(s|ed)?(?! (confirmation|receipt|request|status))",
    "(money|cash) ?back",
    "paypal",
    "\\$ ?\\d+",
    "\\d+ ?(\\$|usd|dollars?|bucks|euros?)",
    "discount(s|ed)?",
    "coupons?",
    "\\d+ ?%[ -]?(off|discount|refund|back|code|(of (the |your )?)?(money|price|cost|payment))",
    "compensat(e|ion)",
    "(full|half) (price|cost)",
    "cover (your|the) (next|cost)",
    // Named in the policy and LABELING.md; kept for held-out text even where no example needs them.
    "(prize |lucky |monthly )?draws?",
    "raffles?",
    "sweepstakes",
    "samples?",
    "(loyalty|reward|bonus) points",
    "perks?",
    "(store|account) credit",
    "(promo(tional)?|discount) codes?",
    // "then enter code THANKS15 at checkout"
    "(enter|use|apply|redeem)(ing)? (the )?(code|coupon) [a-z]+\\d+",
    "reimburs(e|ed|ement)",
    "on (us|the house)",
    "pay (you|u)( back)?",
    "half (off|price)",
    "knock(s|ing)? (off|\\S+ off|\\S+ \\S+ off)",
    "(priority|first|exclusive|insider) (access|dibs)",
    "(is|are|'s) (all )?yours(?! to)",
    "ships? (out )?free",
    "(pop|slip|tuck|throw|toss)s? (a|an|one|some|something|another|\\d+)(?! (replacement|new|spare|refund|return|label)\\b)( \\S+){0,4} in the (post|mail)",
    "(lifetime|extended|extra|longer|bonus|upgraded) (\\d+[- ](months?|years?) )?(warranty|guarantee)|warranty ((is|gets|will be|becomes|only|then) ){0,2}(goes|extends?|extension|upgrades?|increases?|doubles?|activ\\w*|unlock\\w*|kicks in)",
    "extend(s|ed|ing)? (your|the|its) (warranty|guarantee)",
    "(warranty|guarantee) ((can|will|may|be|gets?|is|then|automatically) ){0,3}(extended|upgraded|doubled|lengthened)",
    "(?<=(an|1) )(extra|bonus|free|paid) (day|afternoon) off",
    "[£€] ?\\d+|\\d+ ?(pounds?|quid)",
    // "we pay the product cost after", "i'll cover what the item costs"
    "(pay|refund|reimburse|cover) (you )?(back )?(the|your|for the) (product |item |full )?(cost|price)",
    "cover (what|whatever) ([a-z]+ ){0,2}costs?",
  ],
  /** Receiving, or the seller giving. */
  "@get": [
    "get(?! (back|in touch|started|rid)\\b)",
    "gets",
    "receiv(e|es|ed)",
    "claim",
    "unlock",
    "earn",
    "win",
    "enter",
    "(be|are|is|get) (automatically )?(added|entered|rewarded|refunded|paid|credited|issued)",
    "(go|goes|are put|is put|gets? put) (in|into)",
    "(we|i)('ll| will| can|'d| would| then)",
    "(we|i) (send|give|offer|mail|refund|pay|donate|reward|gift|reimburse|knock|credit|upgrade|extend|ship|pop|cover|return)",
    "(we|i)('d| would|'ll| will|'re| are|'m| am) (be )?(happy|glad|delighted|pleased|thrilled) to",
  ],
  /** The seller sending something unnamed: "we'll send you a matching rattle". */
  "@send": ["(we|i)('ll| will|'d| would| can)? (happily |also |then )?(send|mail|ship|give|pop) (you|u|it|them|over|out)"],
  "@prod": ["products?", "items?", "samples?", "units?"],
  "@when": ["once", "after", "when", "as soon as"],
  /** A condition that ties the reward to the review. */
  "@if": ["if", "{@when}", "keep|continue", "upon", "in (exchange|return) for", "who", "whose", "by (leav|post|writ|shar|giv|rat)ing"],
  /** The review as a bare verb: "just review it and get paid back". */
  "@verb": ["(review|rate) (it|us|them|this|that|our|my|the)", "(just|simply|you|to) (review|rate) (and|&)", "({change}|{remove}) (it|that|this)"],
});

/** Negated or policy-quoting sentences (unless patterns). */
export const INCENTIVE_DENIAL: readonly string[] = x([
  "(prohibited|forbidden|banned|illegal|not allowed|violat(es?|ion|ing)|incentivi[sz]ed|paid reviews?|scams?|beware|vine|(some|many|shady) (other )?sellers|against (the |amazon's |our )?(rules|polic(y|ies)|guidelines|terms))",
]);

/** Denials, and sentences about fixing a problem, not about a review (unless patterns). */
const NOT: readonly string[] = [
  ...INCENTIVE_DENIAL,
  ...x([
    "(if|should|in case) ~5 ({unsatisfied}|broken|damaged|defective|faulty|missing|not working|leak(s|ing)?|returns?|anything|need)",
    "(if|should) ~2 (have|has|got) ~3 (questions?|comments?|concerns?|feedback|issues?|problems?)",
    "({@when}|until) (we|i|you|you've) (get|got|receiv|process|inspect|tri|try|us|test|check)(e|ed|d)? (it|them|this|(the|your) (return|item|order))",
    "(even (if|though)|can still|regardless|whether|no matter|included|inside|in the box|comes with|enclosed|with (every|each|your) (order|purchase)(?! (number|id|no|#))|prime)",
    "(read|see|check|browse)(ing)? (the |our |all |other )?(\\d+ )?(reviews|ratings)",
    "review (the|our|this|your) ~2 (attached|terms|instructions|manual|invoice|warranty|polic(y|ies)|details|guide|faq|photos?|email|tracking)",
  ]),
];

const make = ruleMaker("review-incentive", { unless: NOT });
const rule = (name: string, message: string, rest: Parameters<typeof make>[2]): RuleSpec => x(make(name, message, rest));

export const rules: readonly RuleSpec[] = [
  rule("review-for-reward", "Offers something of value for a review.", {
    pattern: [
      "({@do}|{@if}|screenshots?|links?|proof) ~6 {@obj} ~12 {@get} ~8 {@val}",
      "{@verb} ~12 {@get} ~8 {@val}",
      "to (activate|unlock|redeem|qualify for|enter) ~6 {@val} ~10 ({@any}|{@on})",
      "({@do}|{@if}|{@verb}) ~6 (reviews?|ratings?|\\d stars?) ~12 {@send}",
      "{@say} ~8 {@on} ~12 {@send}",
      "{@prod} to (review|test|try) ~1 (free|at no cost|on us)",
      // "we'd be happy to send you our products regularly for review"
      "(send|ship|give) (you|u) ~2 (our|new|latest|free) ~1 {@prod} ~3 for ~2 (reviews?|testing(?! (the|it)))",
      "{@val} ~10 {@if} ~8 ({@any}|{@on})",
      "({@free}|at no cost|on us|complimentary) ~4 (and|&|then) ~3 ({post}|test) ~4 {@obj}",
      "{@val} ~8 (?<!thank(s| you) )for ~2 {@any}",
      "{@obj} ~4 (=|earns?|gets? you|enters? you|puts? you|wins?|unlocks?|qualif(y|ies)|eligible|gives you|worth|->|→|(?<![;:] )for|and (get|receive)|to (get|win|claim|enter)) ~6 {@val}",
      "(buy|order|try|test)s? ~4 (review|rate) ~3 {@get} ~6 {@val}",
      "(testers?|reviewers?) ~5 (gets?|receives?|earns?|enjoy|score|are sent|qualify) ~8 ({@val}|free|new|newest|latest|before)",
      "{@say} ~8 {@on} ~12 ({@get}|{@send}) ~12 {@val}",
      "({@say}|snap|screenshots?) ~8 {@on} ~14 (for|to (get|claim|receive|win|unlock|earn|enter|grab|collect|redeem)|and (get|receive|claim|win|enjoy|unlock|grab|score|collect|redeem|pick up|snag|bag|choose|pick|select)) ~6 {@val}",
      "({@do}|{@if}|{@verb}|{@say}) ~6 {@obj} ~10 {@gift}",
      "{@say} ~8 {@on} ~10 {@gift}",
      "({@do}|{@if}|{@verb}|{@say}|screenshots?) ~6 {@obj} ~6 (and|&|then) ~6 {@val}",
      "{@say} ~8 {@on} ~6 (and|&|then) ~6 {@val}",
      "(rewards?|compensates?|pay|pays|paying) (you |u )?(for|per|every|each) ~2 {review-noun}",
      // "the warranty becomes valid once your review is confirmed"
      "(warranty|guarantee) ~3 (valid|effective|active|starts|begins) ~2 {@if} ~3 ({@any}|{@on})",
    ],
    // An exchange: "once you tell us what you think of the fit, we'll send a new size"
    unless: [...NOT, "tell (us|me) what you think of the (fit|size|sizing)(?! (on|in) )"],
  }),
  rule("reward-as-thanks", "Gives a reward as thanks for a review.", {
    pattern: "(thank(-you| you|s)|token|reward|appreciation) ~4 for ~3 {@any}",
    also: ["{@val}", "(as an?|to thank you|in appreciation|here('s| is)|accept|enjoy|receive|claim|redeem)"],
  }),
  rule("donation-per-review", "Ties a donation or reward to each review.", {
    pattern: ["(for|per|with) (each|every)( (customer|buyer|shopper|person|one|1) (who|that))? ~4 ({@any}|{@obj})", "per {review-noun}"],
    also: ["(donat(e[sd]?|ing|ion)|charity|trees?|plant|{@val})"],
    unless: INCENTIVE_DENIAL,
  }),
  rule("reward-near-review", "Promises free products or perks for a review.", {
    pattern: [
      "{@val} ~8 (as|for your(?! order)) ~3 (thank(s|-you| you)|reward|token|gesture|time|trouble|effort)",
      "(free|discounted|complimentary) ({@prod}|goods|gadgets|gear|stuff|merch)",
      "({@prod}|it|they) ~3 (free of charge|free(?! (from|of|to|and (only |just )?takes?|and (easy|quick|simple|anonymous|fast))\\b)|complimentary|at no (cost|charge)|on (us|the house))",
      "(screenshots?|links?|proof) ~8 {@get} ~8 {@val}",
      // A headline: "FREE GIFT! Leave a review on Amazon …"
      "^({@free}|bonus|surprise|mystery) (gifts?|samples?|items?|products?)(?! (wrap\\w*|box(es)?|bags?|sets?|cards?|receipts?)\\b)",
      "(screenshots?|links?|proof) ~8 (and|&|then) ~6 {@val} ~2 {@gift}",
      "(ambassadors?|insiders?|members?|panel|club|squad|vips) ~3 (gets?|receives?|earns?|enjoy|score|are sent) ~6 ({@val}|new|newest|latest|before)",
      "(get|claim|receive|unlock|redeem|collect|win|grab|want|activate) ~4 (lifetime|{@free}|gifts?|prizes?|bonus|rewards?|freebies?|surprise)",
      "{@val} ~10 {@when} (it's|it is|that's|it|you've) ~1 (done|updated|removed|deleted|changed|edited|posted|live|up|gone|published)",
    ],
    near: { pattern: ["{@any}", "{@on}"], scope: 3 },
    // A sale: "Buy 2 get 1 free on all our diyas on Amazon".
    unless: [...NOT, "buy \\d+ get \\d+"],
  }),
  rule("review-near-reward", "Asks for a review in return for something given.", {
    pattern: [
      "(in (return|exchange|turn)|all we (ask|need)|we only ask|only (thing|expectation|requirement|condition|catch|ask)|the catch) ~10 {@any}",
      "(entry|entries|to (enter|qualify|activate|unlock)|to (receive|claim|get|redeem) (it|this|that|them|yours)|to be eligible|how to (enter|claim|win|qualify|activate)|step (1|one)) ~10 ({@any}|{@on})",
      "{@when} ~4 {@obj} ~6 (live|posted|up|published|online|visible|approved)",
      // Not "once you've posted the parcel back".
      "{@when} (you've|you have|you) (posted|left|written|shared|submitted|reviewed|rated)(?! (the |it )?(parcel|package|back)\\b)",
    ],
    near: { pattern: ["{@val}", "new (gear|products?|items?|releases?)"], scope: 2 },
  }),
  rule("reward-for-doing-so", "Rewards those who post a review, referred to as \"doing so\".", {
    pattern: "(who|anyone|everyone|those) ~1 (do|does|did|done) (so|that|this) ~8 ({@get}|{@send}) ~8 {@val}",
    near: { pattern: ["{@any}", "{@on}"], scope: 1 },
  }),
  rule("simple-step", "Makes a review the one step to a reward offered next to it.", {
    pattern: "(simply|just|all you (need to|have to|must) do( is)?|all it takes is) ~1 {@say} ~6 ({@obj}|{@on})",
    near: {
      pattern: [
        "(upgrade|claim|unlock|win|want|grab|earn|score|enter) ~6 {@val}",
        "(get|receive|enjoy) ~4 ({@free}|gifts?|prizes?|bonus|rewards?|freebies?|surprise)",
        "{@val} ~4 (at no (extra )?(cost|charge)|on (us|the house)|free of charge|for free|(is|are) yours)",
      ],
      scope: 1,
    },
  }),
  rule("offer-near-change", "Offers money next to a review request.", {
    pattern: [
      "((we|i)('ll| will| can|'d| would| are|'re|'m)|(happy|glad|willing|ready) to) ~4 ({@val}|reimburse|pay (you|u) back|send (you )?the money)",
      "(pay (you|u|them) back|(reimburse|paypal|venmo) (you|u|them))",
    ],
    near: { pattern: "{@do} ~4 {@obj}", scope: 1 },
    unless: [...NOT, "(shipping|postage|label|damaged|defective|broken|replacement|replace|new (1|unit|size)|resend|reship|again)"],
  }),
];
