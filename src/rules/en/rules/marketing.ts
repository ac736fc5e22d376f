/**
 * marketing (C2), buyer messages only: sales and discounts, coupons for a
 * future purchase, cross-selling, launches and early access, "follow us",
 * newsletters and VIP or loyalty lists. A discount already applied to this
 * order, or a free replacement, is fine.
 */
import { ruleMaker } from "../../rule-maker.ts";
import type { RuleSpec } from "../../types.ts";

export const vocabulary = {
  "marketing-off": [
    "\\d+ ?(%|percent)[ -]?(off|discount|code|coupon)",
    // Not money the seller took off, nor a banner quoted: "we've taken £5 off the delivery"
    "(?<!(took|taken) |['\"])[a-z]{0,2}[$£€] ?\\d+(\\.\\d\\d)? off",
    "half[- ](price|off)",
    "bogo",
    "\\d+-for-\\d+|[23] for 1(?![\\d.]| (min|sec|hour|day|week|month|year|h\\b|m\\b))",
    "buy \\d+,? get \\d+",
    // "get the 3rd free", "saves you 30%"
    "get (the|a|your) (\\d+(st|nd|rd|th)|third|fourth|fifth) (\\S+ )?free(?! of)",
    "sav(e|es|ing) you (up to )?\\d+ ?(%|percent)(?! ((on|of|more) )?(your |the )?(energy|power|electric\\w*|heating|water|bills?|battery|time|space|fuel))",
  ],
  "marketing-deal": ["{marketing-off}|codes?|coupons?|vouchers?|discounts?|store credit|free shipping|deals?"],
  "marketing-launch": [
    "launch(es|ed|ing)?|just (dropped|landed|arrived|launched|released)|went live|(is|are|now) (now )?(live|available|out(?! of| for)|here|in stock)|coming (soon|next)|debut\\w*|releas(es|ed|ing)",
  ],
  /** Buying more of what runs out: "back in stock, in case you're running low". */
  "marketing-more": ["in stock|restock(ed|ing)?|refills?|spares?|stock up|supplies|(order|grab|get|buy) more"],
  "marketing-season": ["spring|summer|fall|autumn|winter|holiday|christmas"],
  "marketing-line": [
    "matching|other|new|latest|companion|products?|items?|collections?|lines?|range|sets?|kits?|bundles?|styles?|colou?rs?|scents?|flavou?rs?",
  ],
};

const rule = ruleMaker("marketing");

const NOT_PAID = "(applied|deducted|you paid|price (difference|adjustment)|refund\\w*|invoice|receipt|charged|partial|compensat\\w+|inconvenience|expired|ended|is over)";

export const rules: readonly RuleSpec[] = [
  rule("sale", "Announces a sale or discount.", {
    pattern: [
      "{marketing-off}",
      "(flash|{marketing-season}|black friday|cyber monday|prime day|clearance|huge|store-?wide|special|limited[- ]time|latest|current|weekly|today's|wholesale|bulk|factory) (sales?|deals?|offers?|discounts?|promo(tion)?s?|prices?|pricing|restocks?)",
      "(on sale|stock up|shop now|(today|this week(end)?) only|grab (yours|one|them) now|don't miss (out|our)|price drop)",
      "while ~2 lasts?",
      "(back|available|offered|priced|yours) ~2 (for|at) a limited time",
      "(offer|deal|sale|promo(tion)?|discount|coupon) (is )?(valid|ends|runs|good) (until|till|through|thru)|limited[- ]time only|restock(ed)? alert|back by popular demand|before (they|it|stocks?) (sells?|runs?) out",
      "(buy|order|get|add) ~6 save (\\d+ ?(%|percent)|[a-z]{0,2}[$£€] ?\\d+(?! in))",
      // "grab 2 more and get free shipping"
      "(buy|order|add|grab|pick up) ~2 (more|another|extra|additional) ~5 free (shipping|delivery)",
      "(running|having|holding) ~3 (sales?|promos?)",
      // "at a lower price per pod", "for a limited-time price"
      "(at|for) (a |an |the )?(lower|lowest|better|best|reduced|discounted|special|great|unbeatable|introductory|bargain) (prices?|pricing)",
    ],
    unless: [
      NOT_PAID,
      "in (exchange|return) for ~3 {review-noun}",
      // "we took 15% off this order", "you got it at a great price", "while the charge lasts"
      "(took|taken|knocked) ~5 this (order|purchase)",
      "you (got|bought) (it|them) (at|for)|(charge|battery|warranty) lasts?|(order|purchase) was (placed|made) before",
    ],
  }),
  rule("future-coupon", "Offers a discount on a future purchase.", {
    pattern: [
      "{marketing-deal} ~8 (next|future|another|repeat) ~1 (orders?|purchases?|buys?|visits?|shopping|refills?|time)",
      // "your next order ships free"
      "(next|future|another|repeat) (orders?|purchases?|refills?) ~2 (ships?|comes?|goes) ~1 free",
      "{marketing-deal} ~8 (in|from|at) (our|my) (amazon )?(store|shop|storefront)",
      "(use|enter|apply|redeem|claim) ~3 (code|coupon|voucher) ~4 (\\d+ ?%|off|discount|free|save)",
      "(here('s| is)|enjoy|get|receive) ~4 (coupons?|vouchers?|(promo|discount|coupon) codes?)",
    ],
    unless: [NOT_PAID, "(pairing|reset|access|error|serial|tracking|warranty|pin) codes?|next time you (reset|pair|set up|restart)"],
  }),
  rule("cross-sell", "Promotes other products (cross-selling).", {
    pattern: [
      // Not the seller's own errand: "we'll look into the photo on our brand page"
      "(?<!(we|i)('ll)? )(check|look|find|shop|browse|explore|discover) ~6 (in|at|on|from) (our|my) (amazon )?(storefront|brand (store|page)|store|shop)",
      "you('ll|'d| might| may| will| would) also (love|like|enjoy|want) ~1 our",
      "you('ll|'d| might| may| will| would) (also )?(love|like|enjoy|want|adore) ~2 (matching|companion|coordinating)",
      "(check out|browse|explore|visit|discover|shop|search|keep an eye on|find more in|look at|(look|see)(?= (our|my) )) ~3 (our|my|the) ~2 (amazon )?(storefront|brand store|store|shop|brand|collection|catalog(ue)?|other \\w+)",
      "(comes?|available) in \\d+ (more|other|new) (colou?rs|sizes|styles|scents|flavou?rs)",
      // "Refill pods now come in a 3-pack", "now sold as a value bundle"
      "(now|also) (comes?|available|sold|offered) (in|as) ~2 (\\d+-?packs?|bundles?|multi-?packs?|value (packs?|size)|family size|bulk)",
      "(refills?|spares?|extra (pods|filters|heads|pads|cartridges|blades)) ~6 now (comes?|available|sold|offered|in stock)",
      // "back in stock, in case you're running low", "running low on wipes, grab more" (one sentence)
      "{marketing-more} ~8 ((you('re| are)? )?(running|getting)|you run) low",
      "(running|getting) low ~8 {marketing-more}",
      "(pairs?|goes?|looks?|matches) ~2 with ~2 our",
      "our ~4 ((pairs?|complements?)( perfectly| nicely| beautifully| great| so well| well)?|(go|goes) (perfectly|nicely|beautifully|great|so well|well)) with (it|them|your|this|that)",
      "complete (the|your) (set(?!-)|look|collection|outfit)",
      "welcome to (buy|purchase|shop|browse)",
      "we (also |now )?(sell|carry|make|offer) ~4 (matching|other|complementary|companion)",
      "(many|other|more) ~3 (colou?rs|products?|items|styles|designs|models|sizes) ~4 in (our|my) (amazon )?(store|shop|storefront)",
      "we (also|now) (produce|manufacture|sell|carry(?! out)|stock|have (matching|complementary|companion|similar))",
      "(customers|buyers|shoppers|people) who ~6 (also (bought|purchased|love|loved|like|liked|enjoy|buy|get)|(also|usually|often|typically|tend to) (grab|add|pick up|buy|order|bought|purchased|pair))",
    ],
    unless: ["(app|firmware|polic(y|ies)|replace(ment)?)|you already (own|have)"],
  }),
  rule("new-product", "Announces a new product or early access.", {
    pattern: [
      "our ~3 (new|newest|latest|upcoming|matching|companion|{marketing-season}) ~5 {marketing-launch}",
      "(new|newest|latest) ~2 {marketing-line} ~3 ({marketing-launch}|arriv\\w*|drops?)",
      "new arrivals?",
      // "our shop have new product"
      "(our|my) (shop|store|storefront) (now )?(have|has|got) ~2 (new|more|many|other) ~2 ({marketing-line}|designs?|models?)",
      "(announc\\w*|introduc\\w*|unveil\\w*) ~3 (launch|new|newest|latest)",
      "(early|first|exclusive|vip|priority|advance) access",
      "pre-?orders? (now|today|yours|open|are open)",
      "{marketing-launch} ~3 (in|at|on|to) (our|my) (amazon )?(storefront|brand store|store|shop)",
      "be (the )?first to (know|try|see|get)",
      "stay tuned ~3 (our|more|new|upcoming|next)",
    ],
    unless: ["(replacement|parcel|package|tracking|firmware|software|app|manual|version|update|team,|staff,)|on your new arrival|{marketing-line} you (chose|picked|ordered|selected)"],
  }),
  rule("follow-us", "Asks the buyer to follow the brand or subscribe.", {
    pattern: [
      "follow (us|me(?! through)|our (page|account|store|shop|brand|channel|blog|{off-amazon-app}))",
      "find us on ~1 {off-amazon-app}",
      "(like|subscribe to) ~1 (us|our) ~2 (page|channel|list|blog|{off-amazon-app})",
      "(sign up|subscribe|join|register|opt in) ~4 (newsletter|(mailing|e-?mail|sms|vip|our) list)",
      "(?<!(to|n't) )subscribe to our ~3 (box|plan|club)",
      "(?<!(any|no) )newsletters?",
      "subscribe (while|now|today|here|for)",
      "(tag us|use (our |the )?hashtag)",
    ],
    unless: ["(don't|do not) (have|send|run) (a |any )?newsletters?"],
  }),
  rule("vip-perks", "Offers VIP or loyalty perks.", {
    pattern: [
      "(vip|loyalty|rewards?|insiders?) ~1 (list|club|program(me)?|members?(hip)?|perks|points|pricing|tier|benefits|status)",
      "(exclusive|members?-only|insider) (deals|offers|discounts|coupons|savings|pricing|prices|perks|sales)",
      "free shipping (for life|forever)",
    ],
    unless: ["(testers?|reviewers?|review) ~2 (group|club|list|program|panel)"],
  }),
];
