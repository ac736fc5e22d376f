/**
 * review-service (P2, P4): review clubs, tester groups and lists, ambassador or
 * insider programs that hand out products for reviews, deal groups on Facebook,
 * Telegram or Discord, third-party review services, review swaps between
 * sellers, and asking buyers to register or share their Amazon public profile so
 * their reviews can be monitored.
 */
import type { RuleSpec } from "../../types.ts";
import { INCENTIVE_DENIAL } from "./review-incentive.ts";

export const vocabulary = {
  /** A group that exists to review: the name alone says it. */
  "review-service-club": [
    "(?:reviewers?|product reviewers?|product testers?|testers?|beta testers?|early[- ]?testers?|early[- ]?reviewers?) (?:clubs?|squads?|circles?|rings?|pods?|crews?|panels?|army|lists?|communit(?:y|ies)|networks?|groups?|channels?|servers?|pools?|hubs?)",
    "(?:reviews?|review swap|review exchange|review trading|review sharing|product testing) (?:clubs?|squads?|circles?|rings?|pods?|crews?|army|communit(?:y|ies)|networks?|groups?|pools?|hubs?)",
    "(?:clubs?|groups?|panels?|lists?|circles?|communit(?:y|ies)|networks?|squads?|pools?) of (?:product |beta |amazon |verified |honest |trusted )?(?:testers|reviewers)",
  ],
  /** A group that trades products for reviews only when a review or a reward is nearby. */
  "review-service-program": [
    "(?:reviewers?|product reviewers?|testers?|product testers?|beta testers?|reviews?|product testing|review exchange) (?:programs?|programmes?|teams?|panels?|channels?|servers?)",
    "(?:insiders?|ambassadors?|brand ambassadors?|vip testers?|vip reviewers?|deal hunters?|deals?|rebates?|freebies?|freebie hunters?|testing|influencers?) (?:clubs?|groups?|circles?|programs?|programmes?|lists?|squads?|communit(?:y|ies)|crews?|panels?|channels?|networks?|teams?)",
    "vip (?:clubs?|groups?|programs?|programmes?|circles?|communit(?:y|ies)|panels?|squads?)",
    "(?:become|becoming|join|joining|apply to be|sign up to be|sign up as) (?:an? |1 of our |the |our )?(?:brand )?(?:ambassadors?|insiders?|vip testers?|testers?|reviewers?)",
    "(?:buyers?|customers?|shoppers?|vip|beta|early access|launch|preview|friends|fans?) (?:groups?|clubs?|circles?|communit(?:y|ies)|squads?|crews?|panels?|lists?|tribes?)",
  ],
  /** Social networks and chat apps. */
  "review-service-social": ["facebook", "fb", "telegram", "discord", "whatsapp", "wechat", "reddit", "slack", "viber", "kik"],
  /** Their groups. */
  "review-service-chat": ["groups?", "channels?", "servers?", "communit(?:y|ies)", "chats?", "group chats?"],
  /** Free or new products, perks and rewards handed to members. */
  "review-service-goods": [
    "{review-incentive-reward}",
    "new (?:gear|products?|items?|releases?|launches|arrivals|models|collections?|designs)",
    "products? before (?:launch|release|anyone)",
    "(?:each|every) new (?:release|product|item|launch)",
    "1 of our (?:new|latest|newest)",
  ],
  /** A profile on Amazon. */
  "review-service-profile": [
    "(?:amazon|public|reviewer|buyer|customer)(?: public)? profiles?(?: links?| urls?| pages?| names?| ids?)?",
    "(?:your|their|his|her) (?:amazon |public |reviewer )?profiles?(?: links?| urls?| pages?| names?| ids?)?",
    "(?:amazon|reviewer|public) (?:profile |account )?(?:names?|usernames?|user names?|display names?|handles?)",
  ],
};

/** Where a program's trade shows: goods with a review, or a review asked in return. */
const TRADE: readonly string[] = [
  "{review-service-goods} ~15 {review-incentive-any}",
  "{review-incentive-any} ~15 {review-service-goods}",
  "{review-incentive-any} ~3 in (?:return|exchange)",
  "(?:in return|in exchange|all we ask|all we need|only (?:thing )?we ask|we only ask|only ask|only (?:expectation|requirement|condition)) ~10 {review-incentive-any}",
];

/** Denials and warnings about these services (unless patterns). */
const DENIAL: readonly string[] = [
  ...INCENTIVE_DENIAL,
  "(?:we|i|our (?:shop|store|brand|company|team)|sellers?|amazon|this (?:shop|store|brand|company)) ~2 (?:never|not|don't|do not|won't|will not|doesn't|does not|aren't|isn't|'re not|'m not|am not|are not|no longer|neither) ~4 (?:part of|members?|join|joined|joining|use|used|using|run|running|participate|work with|working with|affiliated|involved|belong|partner|offer|have|track|monitor|ask|need|see|check|collect|access|want|sell|buy|pay|request)",
  "(?:warn|warning|warns|careful|avoid|report|reported|suspicious|fake)",
  "(?:tested|reviewed|rated|evaluated|approved|recommended|certified) by",
];

export const rules: readonly RuleSpec[] = [
  {
    id: "review-service/review-club",
    category: "review-service",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Invites the buyer into a review club, reviewer list or tester group.",
    pattern: ["{review-service-club}", "(?:clubs?|groups?|panels?|lists?|circles?|communit(?:y|ies)|networks?|squads?|pools?|army|database|roster) of ~4 (?:testers|reviewers)"],
    unless: DENIAL,
  },
  {
    id: "review-service/member-program",
    category: "review-service",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Runs an insider, ambassador or deal program that trades products or perks for reviews.",
    pattern: ["{review-service-program}"],
    near: {
      pattern: TRADE,
      scope: 3,
    },
    unless: DENIAL,
  },
  {
    id: "review-service/social-deal-group",
    category: "review-service",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Points the buyer to a social-media group or channel that trades deals or products for reviews.",
    pattern: [
      "{review-service-social}(?:'s)? ~3 {review-service-chat}",
      "(?:join|hop into|hop in|jump into|come to|in|into|on) (?:our|the) (?:private |exclusive |vip |secret )?{review-service-social}",
      "(?:discord\\.gg|t\\.me|chat\\.whatsapp\\.com|(?:facebook|fb)\\.com/groups)",
    ],
    near: { pattern: [...TRADE, "{review-incentive-verb}"], scope: 2 },
    unless: DENIAL,
  },
  {
    id: "review-service/third-party-service",
    category: "review-service",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Uses or promotes a third-party service that supplies reviewers or reviews.",
    pattern: [
      "(?:services?|agenc(?:y|ies)|company|companies|platforms?|website|site|partners?|apps?|networks?|marketplace|firm|vendor|provider) ~5 (?:connects?|connecting|match(?:es)?|matching|provides?|providing|supplies|supplying|finds?|sends?|delivers?|pairs?|links?|brings?|recruits?|guarantees?) ~6 (?:reviewers?|reviews|testers|ratings|to (?:review|test))",
      "(?:reviews?|reviewer|rating) (?:services?|agenc(?:y|ies)|providers?|vendors?|marketplace|farm|farms|brokers?)",
      "(?:rebate|rebates|refund|freebie|freebies|deal|deals|cashback) (?:sites?|websites?|platforms?|apps?|programs?|programmes?|groups?|services?)",
      "(?:recruit|recruits|recruiting|looking for|seeking|hiring|searching for|wanted) ~2 (?:amazon |product |verified |new |honest )?(?:reviewers|testers)",
      "(?:amazon |product )?(?:reviewers|testers) (?:wanted|needed)",
      "(?:buy|buying|bought|purchase|purchasing|sell|selling|sells) (?:amazon |verified |5-star |5 star |positive |fake |paid )?(?:reviews|ratings)",
      "partner(?:s|ed|ing)? (?:with|up with) ~6 (?:reviewers?|testers?|review)",
      "(?:register|registering|sign up|signing up|enrol|enroll|apply|signup) ~2 (?:as|to be|to become|to join as) (?:an? |1 of our )?(?:amazon |verified |product )?(?:reviewers?|testers?)",
      "(?:become|becoming|join us as) (?:an? |1 of our )(?:amazon |verified |product |official |beta )?(?:reviewers?|testers?)",
    ],
    unless: DENIAL,
  },
  {
    id: "review-service/partner-offer",
    category: "review-service",
    channels: ["message", "insert"],
    severity: "violation",
    message: "A partner or third party hands out free or discounted products for reviews.",
    pattern: ["(?:partner of ours|(?:our|a|the) (?:trusted |review |testing )?partners?|partnered|partnering|third[- ]party|affiliates?|agency)"],
    near: { pattern: TRADE, scope: 1 },
    unless: DENIAL,
  },
  {
    id: "review-service/review-swap",
    category: "review-service",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Proposes a review swap: sellers sending buyers to review each other's products.",
    pattern: [
      "(?:swap|swaps|swapping|trade|trades|trading) ~2 (?:reviews|ratings)",
      "(?:exchange|exchanging) (?:reviews|ratings) (?:with|between|among)",
      "(?:reviews?|ratings?) (?:swaps?|exchanges?|trades?|trading|for reviews?|4 reviews?)",
      "r4r",
      "review (?:each other|1 another)",
      "(?:my|our) (?:buyers|customers|shoppers|followers|audience|fans|subscribers) ~2 (?:to )?(?:review|rate) (?:your|yours|theirs|each other's)",
      "(?:your|their) (?:buyers|customers|shoppers|followers|audience|fans|subscribers) ~2 (?:to )?(?:review|rate) (?:my|our|mine|ours|each other's)",
      "(?:review|rate) (?:mine|yours)",
      "(?:i|we)(?:'ll| will| can)? (?:leave|give|post|write|do|return) ~2 (?:{review-noun}|the same|same|favou?r) ~2 (?:on|for|to) (?:yours|your (?:listing|listings|product|products|store|shop|item|items|brand))",
      "(?:send|sends|sending|direct|directs|refer|refers|point|points) ~3 (?:buyers|customers|shoppers) ~2 to (?:review|rate) (?:their|your|each other's|theirs)",
    ],
    unless: DENIAL,
  },
  {
    id: "review-service/profile-sharing",
    category: "review-service",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks the buyer to share or link their Amazon profile so their reviews can be monitored.",
    pattern: [
      "(?:share|send|link|give|provide|drop|show|paste|submit|connect|register|add|forward|include|tell|email|message|dm|reply with|verify) ~4 (?:{review-service-profile}|(?:amazon|reviewer|buyer) accounts?(?: names?| ids?| links?)?)",
      "(?:we|we'll|we will|we can|we'd|so we|so that we|to|i) ~3 (?:check|see|monitor|track|look at|view|confirm|verify|follow|watch|visit) ~3 {review-service-profile}",
    ],
    near: { pattern: ["{review-incentive-any}", "(?:track|tracking|monitor|monitoring|verify|verification|keep tabs|eligible|eligibility)", "{review-service-goods}"], scope: 2 },
    unless: [...DENIAL, "(?:instagram|facebook|tiktok|linkedin|twitter|youtube|pinterest|social media|shipping|address|payment|password|settings)"],
  },
];
