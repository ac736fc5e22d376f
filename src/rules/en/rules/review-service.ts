/**
 * review-service (P2, P4): review clubs, tester groups and lists, ambassador or
 * insider programs that hand out products for reviews, deal groups on Facebook,
 * Telegram or Discord, third-party review services, review swaps between
 * sellers, and asking buyers to share their Amazon profile so their reviews can
 * be monitored. "{@name}" stands for "{review-service-name}", "{%name}" for
 * "{review-incentive-name}" (see `expander`).
 */
import type { RuleSpec } from "../../types.ts";
import { expander, INCENTIVE_DENIAL } from "./review-incentive.ts";

const x = expander("review-service");

export const vocabulary = x({
  /** A group that exists to review: the name alone says it. */
  "@club": [
    "(?:reviewers?|testers?|review|review (?:swap|exchange)|product testing) (?:clubs?|squads?|circles?|rings?|pods?|crews?|panels?|army|lists?|communit(?:y|ies)|networks?|groups?|pools?|hubs?)",
  ],
  /** Free or new products, perks and rewards handed to members. */
  "@goods": ["{%val}", "new (?:gear|products?|items?|releases?|launches|arrivals|models|collections?|designs)", "products? before", "(?:each|every) new", "1 of our (?:new|latest|newest)"],
  "@profile": ["(?:amazon|public|reviewer|buyer|customer|your|their) (?:amazon |public |reviewer )?(?:profiles?|accounts?)(?: links?| urls?| pages?| names?| ids?)?", "(?:amazon|reviewer|public) (?:names?|usernames?|handles?)"],
});

/** Denials and warnings about these services (unless patterns). */
const DENIAL: readonly string[] = [
  ...INCENTIVE_DENIAL,
  "(?:never|not|don't|do not|won't|aren't|isn't|'re not|'m not|no longer|neither) ~4 (?:part of|members?|join|use|used|using|run|participate|work with|affiliated|involved|belong|partner|track|monitor|check|collect|access|sell|buy|pay|need|ask|see)",
  "(?:warn|warning|careful|avoid|report|suspicious|fake|(?:tested|reviewed|rated|approved|recommended|certified) by)",
];

const rule = (id: string, message: string, rest: Omit<RuleSpec, "id" | "category" | "channels" | "severity" | "message">): RuleSpec =>
  x({ id: `review-service/${id}`, category: "review-service", channels: ["message", "insert"], severity: "violation", message, unless: DENIAL, ...rest });

export const rules: readonly RuleSpec[] = [
  rule("review-club", "Invites the buyer into a review club, reviewer list or tester group.", {
    pattern: ["{@club}", "(?:clubs?|groups?|panels?|lists?|circles?|communit(?:y|ies)|networks?|squads?|pools?|army|database|roster) of ~4 (?:testers|reviewers)"],
  }),
  rule("member-program", "Invites the buyer into a program, partner or deal group that trades products for reviews.", {
    pattern: [
      "(?:reviewers?|testers?|reviews?|insiders?|ambassadors?|vip|deals?|rebates?|freebies?|influencers?|testing|beta|early access|launch|buyers?|customers?|fans?|friends) (?:clubs?|groups?|circles?|programs?|programmes?|lists?|squads?|communit(?:y|ies)|crews?|panels?|channels?|servers?|networks?|teams?|tribes?)",
      "(?:become|join|apply to be|sign up (?:to be|as)) ~2 (?:ambassadors?|insiders?|testers?|reviewers?)",
      "(?:facebook|fb|telegram|discord|whatsapp|wechat|reddit|slack)(?:'s)? ~3 (?:groups?|channels?|servers?|communit(?:y|ies)|chats?)",
      "(?:join|hop into|jump into|in|into|on) (?:our|the) ~2 (?:facebook|fb|telegram|discord|whatsapp|wechat)",
      "(?:discord\\.gg|t\\.me|chat\\.whatsapp\\.com|(?:facebook|fb)\\.com/groups)",
      "(?:partner of ours|(?:our|a|the) (?:trusted |review |testing )?partners?|partnered|partnering|third[- ]party|affiliates?|agency)",
    ],
    near: {
      pattern: [
        "{@goods} ~15 {%any}",
        "{%any} ~15 {@goods}",
        "(?:in return|in exchange|all we ask|all we need|we only ask|only (?:thing|ask|expectation|requirement|condition)) ~10 {%any}",
        "{%verb}",
      ],
      scope: 2,
    },
  }),
  rule("third-party-service", "Uses or promotes a third-party service that supplies reviewers or reviews.", {
    pattern: [
      "(?:services?|agenc(?:y|ies)|compan(?:y|ies)|platforms?|website|site|partners?|apps?|networks?|firm|vendor|provider) ~5 (?:connects?|match(?:es)?|provides?|supplies|finds?|sends?|delivers?|pairs?|links?|brings?|recruits?|guarantees?) ~6 (?:reviewers?|reviews|testers|ratings|to (?:review|test))",
      "(?:reviews?|reviewer|rating) (?:services?|agenc(?:y|ies)|providers?|vendors?|marketplace|farms?|brokers?)",
      "(?:rebates?|refund|freebies?|deals?|cashback) (?:sites?|websites?|platforms?|apps?|programs?|groups?|services?)",
      "(?:recruit(?:s|ing)?|looking for|seeking|hiring|searching for|wanted|become|register|sign up|join us|apply) ~4 (?:reviewers?|testers?)",
      "(?:reviewers|testers) (?:wanted|needed)",
      "(?:buy|buying|bought|purchas(?:e|ing)|sell|selling|sells) (?:amazon |verified |5-star |5 star |positive |fake |paid )?(?:reviews|ratings)",
      "partner(?:s|ed|ing)? (?:with|up with) ~6 (?:reviewers?|testers?|review)",
    ],
  }),
  rule("review-swap", "Proposes a review swap: sellers sending buyers to review each other's products.", {
    pattern: [
      "(?:swap|swapping|trade|trading|exchange|exchanging) ~2 (?:reviews|ratings)",
      "(?:(?:reviews?|ratings?) (?:swaps?|exchanges?|trades?|trading|for reviews?|4 reviews?)|r4r|review (?:each other|1 another)|(?:review|rate) (?:mine|yours))",
      "(?:buyers|customers|shoppers|followers|audience|fans) ~2 (?:to )?(?:review|rate) (?:your|yours|their|theirs|mine|ours|each other's)",
      "(?:leave|give|post|write|do|return) ~2 (?:{review-noun}|the same|same|favou?r) ~2 (?:on|for|to) (?:yours|your (?:listing|product|store|shop|item|brand)s?)",
    ],
  }),
  rule("profile-sharing", "Asks the buyer to share their Amazon profile so their reviews can be monitored.", {
    pattern: [
      "(?:share|send|link|give|provide|drop|paste|submit|connect|register|add|forward|tell|email|message|dm|reply with|verify) ~4 {@profile}",
      "(?:check|see|monitor|track|look at|view|confirm|verify|follow|watch) ~3 {@profile}",
    ],
    near: { pattern: ["{%any}", "(?:track|monitor|verif|keep tabs|eligib)\\w*", "{@goods}"], scope: 2 },
    unless: [...DENIAL, "(?:instagram|facebook|tiktok|linkedin|twitter|youtube|pinterest|social media|shipping|address|payment|password|settings)"],
  }),
];
