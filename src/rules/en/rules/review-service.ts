/**
 * review-service (P2, P4): review clubs, tester groups and lists, ambassador or
 * insider programs that hand out products for reviews, deal groups on Facebook,
 * Telegram or Discord, third-party review services, review swaps between
 * sellers, and asking buyers to share their Amazon profile so their reviews can
 * be monitored. "{@name}" stands for "{review-service-name}", "{%name}" for
 * "{review-incentive-name}" (see `expander`).
 */
import { ruleMaker } from "../../rule-maker.ts";
import type { RuleSpec } from "../../types.ts";
import { expander, INCENTIVE_DENIAL } from "./review-incentive.ts";

const x = expander("review-service");

export const vocabulary = x({
  /** A group that exists to review: the name alone says it. */
  "@grp": ["clubs?", "groups?", "circles?", "lists?", "squads?", "communit(y|ies)", "crews?", "panels?", "networks?", "pools?", "roster"],
  /** Free or new products, perks and rewards handed to members. */
  "@goods": ["{%val}", "(new|upcoming|unreleased) (gear|products?|items?|releases?|launches)", "products? before", "(each|every) new"],
  /** Reviewing, also without the word: "I'll post about your case". */
  "@rv": ["review|rate|(post|write|blog|talk) about"],
  "@app": ["facebook", "fb", "telegram", "discord", "whatsapp", "wechat"],
  "@profile": ["(amazon|public|reviewer|your|their) (amazon |public |reviewer ){0,2}(profile|account)s?( (link|url|page|name|id)s?)?", "(amazon|reviewer|public) (user)?(name|handle)s?", "name (that )?(appears|shows) (on|under) your (amazon )?(reviews?|profile)"],
});

/** Denials and warnings about these services (unless patterns). */
const DENIAL: readonly string[] = [
  ...INCENTIVE_DENIAL,
  "(warn|warning|careful|avoid|report|suspicious|fake|(tested|reviewed|rated|approved|recommended|certified) by)",
];

const make = ruleMaker("review-service", { unless: DENIAL });
const rule = (name: string, message: string, rest: Parameters<typeof make>[2]): RuleSpec => x(make(name, message, rest));

/** A group that hands its members products: "join our VIP testers", "our Facebook deals group". */
const MEMBER_GROUP = [
  "((review|test)(er)?s?|insiders?|ambassadors?|vip|deals?|rebates?|freebies?|beta|buyers?|customers?|friends) (rewards? )?({@grp}|programm?e?s?|channels?)",
  "(become|join|apply|sign up) ~3 (ambassadors?|insiders?|(test|review)ers?)",
  "{@app}('s)? ~3 (groups?|channels?|servers?|communit(y|ies)|chats?)",
  "(join|hop into|in|into|on) (our|the) ~2 {@app}",
  "((our|a|the) (trusted )?partners?|partner(ed|ing)|third[- ]party|agency)",
  // "a community of 12,000 verified Amazon shoppers"
  "{@grp} (of|where|whose|in which) ~5 (shoppers|buyers|customers|members)",
];
/** What the group trades: goods for a review. */
const GOODS_FOR_REVIEW = {
  pattern: [
    "{@goods} ~15 ({%any}|{%on})",
    "({%any}|screenshots?) ~15 {@goods}",
    "(in (return|exchange)|all we ask|only (thing|ask|expectation)) ~10 {%any}",
  ],
  scope: 2,
};

export const rules: readonly RuleSpec[] = [
  rule("review-club", "Invites the buyer into a review club or tester list.", {
    pattern: ["((review|test)ers?|review|product testing|rebate) {@grp}", "{@grp} of ~4 (testers|reviewers)"],
    // In-house quality control: "our product testing group in the factory checks every tenth unit"
    unless: [...DENIAL, "{@grp} (in|at) (the|our) (factory|lab|plant)"],
  }),
  rule("member-program", "Offers a group trading products for reviews.", { pattern: MEMBER_GROUP, near: GOODS_FOR_REVIEW }),
  // LABELING.md: a group that trades products for reviews is review-service and review-incentive.
  x(ruleMaker("review-incentive", { unless: DENIAL })("group-trade", "Offers a group's free or discounted products for reviews.", { pattern: MEMBER_GROUP, near: GOODS_FOR_REVIEW })),
  rule("third-party-service", "Uses a third-party service that supplies reviews.", {
    pattern: [
      "(services?|agenc(y|ies)|compan(y|ies)|platforms?|(web)?site|partners?|apps?) ~5 (connects?|match(es)?|provides?|supplies|finds?|sends?|pairs?|recruits?) ~6 (reviewers?|reviews|testers|(buyers|shoppers|customers|people|users) who {@rv})",
      "(review|rating) (services?|agenc(y|ies)|farms?)|(promis|guarante)(e|es|ed|ing)( (us|you|me))? (\\d+|dozens of|hundreds of)( [a-z0-9-]+)? (reviews|ratings)",
      "(recruit(s|ing)?|looking for|seeking|hiring|wanted|become|register|sign up|apply) ~4 (reviewers?|testers?)",
      "(reviewers|testers) (wanted|needed)",
    ],
  }),
  rule("review-swap", "Proposes a review swap between sellers.", {
    pattern: [
      "(swap|trad|exchang)(e|ing)? ~2 (reviews|ratings)",
      // "every member reviews the others' products"
      "(?<=(member|seller)s? )(review|rate)s? the (others'?|other (members|sellers)'?) (products?|listings?)",
      "((reviews?|ratings?) (swaps?|exchanges?|trad(es?|ing)|(for|4) reviews?)|r4r|review (each other|1 another)|(review|rate) (mine|yours))",
      "(buyers|customers|shoppers|followers) ~2 (review|rate) (your|yours|their|theirs|mine|ours)",
      "(leave|give|post|write|do|return) ~2 ({review-noun}|same|favou?r) ~2 (on|for|to) (yours|your (listing|product|store|shop)s?)",
      // "I'll review your phone stand if you review my cable organiser"
      "{@rv} (your|yours) ~4 (if|and|when|once|in (exchange|return)|after) ~2 (you|u) ({@rv} (mine|my|ours|our)|do the same)",
      "((you|u) {@rv}|^{@rv}) (mine|my|ours|our) ~4 (and|then|&|if|in (exchange|return)|after) ~2 (i|we)('ll| will| can)? ({@rv} (yours|your)|do the same)",
      // Review chains in seller groups: "drop your ASIN below, buy the one above yours"
      "((drop|post|share|list|comment|add) (your|ur) asins?|(the )?(1|one|person|seller|listing) (above|below|before|after) (yours|urs))",
    ],
  }),
  rule("profile-sharing", "Asks for the buyer's Amazon profile to monitor reviews.", {
    pattern: [
      "(share|send|link|provide|drop|paste|submit|register|add|need|require|ask for|tell (us|me)|reply with|verify|check|see|track|sign up with|signup with|join with|apply with|enrol+ with) ~4 {@profile}",
      // "keep your Amazon profile public so our team can see your reviews"
      "(keep|make|set|leave|switch|turn) ~4 {@profile} ~3 (public|visible|open)",
      "(sign up|register|join|apply|enrol+) ~6 with ~1 {@profile}",
    ],
    near: { pattern: ["{%any}", "(track|monitor|verif|keep tabs|eligib)\\w*", "{@goods}", "(see|view|follow|read) (your|their) posts"], scope: 2 },
    unless: [...DENIAL, "(instagram|facebook|tiktok|social media|shipping|address|payment|password|settings|parcels?|packages?|deliver(y|ies)|tracking number|warranty)",
      // "check your Amazon account for the refund": where the money shows up, not monitoring.
      "account (for|to see) (the |your )?(refund|credit)"],
  }),
];
