/**
 * affiliated-review (P1, P5): asking family, friends, staff, suppliers, partners or
 * investors of the seller to review its products (or to hide that tie), and the
 * seller, its family or staff reviewing them.
 *
 * Not affiliated: "family-run business", "tell a friend", "dear friend", gift notes
 * to relatives. Asking staff to vote on or report reviews is vote-manipulation.
 */
import type { RuleSpec } from "../../types.ts";

export const vocabulary = {
  "affiliated-kin": ["mom", "mum", "dad", "grand(ma|pa)", "aunt(ie)?s?", "uncles?", "cousins?", "cuz"],
  "affiliated-own": ["(my|our) (whole |own )?(family|relatives|parents|kids|friends|wife|husband|mom|mum|dad|sisters?|brothers?|aunt|uncle|cousins?)", "grand(ma|pa)"],
  /** Staff, partners and the seller's circle, addressed as a group. */
  "affiliated-role": [
    "(warehouse |office |factory )?(staff|employees?|team|crew|workers)( members?)?",
    "colleagues|co-?workers|teammates",
    "suppliers?",
    "partners?",
    "investors?",
    "shareholders?",
    "family members",
    "relatives",
    "(brand )?ambassadors?",
    "co-?op members",
    "neighbou?rs",
    "friends? (&|and|n) famil(y|ies)",
    "famil(y|ies) (&|and) friends?",
  ],
  /** Reviewing from somebody else's or a second account. */
  "affiliated-account": [
    "(personal|private|own|other|old|second|separate|spare|backup|alt|different|((wife|husband|partner|mom|mum|dad|friend|sister|brother)'s (and|&|or) (my |our |her |his )?)?(wife|husband|partner|mom|mum|dad|friend|sister|brother)'s) (amazon |buyer |customer |shopper )?(accounts?|profiles?|names?)",
  ],
  /** Anyone close to the reader. */
  "affiliated-circle": ["{affiliated-kin}|cousins|parents|famil(y|ies)|friends|relatives|room-?mates?|flat-?mates?|co-?workers|colleagues|husbands?|wife|wives|spouses?|partner|sisters?|brothers?|kids|neighbou?rs|loved ones|circle"],
  "affiliated-vote": ["helpful", "upvotes?", "votes?", "voting"],
};

/** Reviewing as quality work: "asked to review every returned unit". */
const NOT_QA = "(?! (each|every|all|any|incoming|returned|customer|your|quality|(the )?(orders?|units?|packages?|returns?|requests?|cases?|tickets?|messages?|e-?mails?|complaints?|feedback|batch(es)?|lots?|shipments?|samples?|defects?|production))\\b)";

/** A request to post a review. */
const ASK = [
  "({post}|posts|leaves|writes|publishes|dropping) ~5 ({review-noun}|{review-experience}|(their|his|her) (own |personal )?(experiences?|thoughts|opinions?))",
  // "write something about our grill brush"
  "(write|say|post) (something|a (little|bit)) ~1 (about|on) (our|my|the|this|it)",
  // "Please buy one and review it"
  "(buy|order|get|grab|purchase|try|use)(ing)? ~3 (and|then|&|to) (review|rate)",
  "(please|pls|kindly) (review|rate) (it|them)(?=[.!?,]|$| (on|once|when|after|so|by|this|today|too|honestly|for us))",
  "{post} ~2 yours",
  "{ask} ~1 (review|rate|{post} 1)",
  "reviews? ~12 (due|quota|deadline)",
  "(read|see) your ~1 reviews?",
  `(ask|asking|asked|urg(e|ing)|invit(e|ing)|expect|take|spare|find) ~4 to (review|rate)${NOT_QA}`,
  "your {review-noun} ~4 (will|would|could|can) ~2 help",
];

/** The reader named as an insider, a relative, or asked to hide the tie. */
const INSIDER = [
  "(friends?|famil(y|ies)|relatives?) ~3 of (the|our|my) ~4 (team|staff|crew|founders?|owners?|family|company)",
  "(part|members?) of (the|our) ~2 (team|staff|crew)",
  "related to (someone|somebody|(1|one) of us|our|the owner|the founder)",
  // Not in a quoted print ("the pad reads 'Memo to coworkers'"), not "enough for all colleagues"
  "(?<!['\"])(hi|hey|hello|dear|attention|calling all|to all|(?<![a-z] )(all|every)|note to|memo to) (all )?(of )?(our |my )?{affiliated-role}",
  "^(all )?{affiliated-role}( (&|and) (their|your) famil(y|ies))? ?[:,]",
  "^((to|dear|hi|hey|hello) (our|my|all) )?(friends?|famil(y|ies)) (&|and|n) (friends?|famil(y|ies))",
  // "Family and friends receiving this first batch: …"
  "(friends?|famil(y|ies)) (&|and) (friends?|famil(y|ies)) (receiving|getting|who (got|received))",
  "(as|you're|you are) (our|my|(1|one) of (our|my|the)|an?) ~3 (suppliers?|partners?|investors?|shareholders?|employees?|co-?founders?|staff members?|ambassadors?|affiliates?|co-?owners|member-owners|co-?op members)",
  // Paid by the seller's sales, or sponsored by the seller
  "(you|u|you'll|and) (earn|get|receive|make) (a |your )?(share|cut|percent(age)?|commission) (of|on|from) ~2 (sales?|orders?|revenue|profits?)",
  "(let(ting)?|allow(ing)?) us (to )?sponsor|(we|us)( are|'re)? sponsor(ing)? (you|your)|sponsored (athletes?|players?|riders?|creators?)|sponsorship (deal|agreement|contract|terms)|as part of (the|your) (sponsorship|agreement|contract)",
  // "STAFF EDITION", "for Lumo employees only"
  "(staff|employee|internal|team) (note|memo|reminder|notice|purchase|discount|sample|unit|copy|perk|freebie|edition)|(for|to) ([a-z&'-]+ ){0,2}(staff|employees|team members|workers) only",
  "^(to|for) (all )?(of )?(our|my) ([a-z&'-]+ ){0,3}{affiliated-role}( [a-z]+){0,2}:",
  // "This unit was sent to our brand ambassadors and business partners: please …"
  "(sent|given|gifted|shipped|mailed|went|goes|reserved) (out )?(only )?(to|for) (our|my) (?!(shipping|delivery|courier|logistics|carrier|fulfil\\w*|payment|support|service)\\b)([a-z&'-]+ ){0,3}{affiliated-role}( [a-z]+){0,3}:",
  "(boss|manager|management|supervisor|the owner|hr) ~1 (says|said|wants|asks|asked|would like|expects|needs) (everyone|everybody|all of (you|us)|each of (you|us)|all (staff|employees|team members)|the (team|staff|crew)|staff|us all)",
  "(everyone|anyone|all of you|those|people|staff|you) (who|that) (works?|worked|is employed) (here|for (us|me|the (company|shop|store|brand)))",
  "(warehouse|office|staff|work|company|family|church) (group )?(chat|channel|slack|whatsapp)|team (group chat|slack|whatsapp)",
  "(payroll|side business|side hustle)",
  "(helping|helped) (me|us) (pack|ship)",
  // "since you helped design the packaging"
  "(?<!like )(you|you've) (helped|help) (design|develop|create|build|prototype|formulate) (the|our|this|it|my)",
  // Not "a Thursday pickup would work for us"
  "(?<!(ould|ill) )(work|working|worked) for (me|us)",
  "(it's|its|this is) ~1 from (the )?(gym|church|school|work|hr|accounting)",
  "(?<!['\"])(it's|this is) your (friend|neighbou?r|{affiliated-kin})",
  // Not an engraving's or a card's text: "the mug reads 'Thank you Grandma'"
  "(?<!['\"])(hi|hey|hello|dear|namaste|thanks|thank you|you and) (my )?{affiliated-kin}",
  // A personal favour, traded: "I'll return the favour"
  "(i'll|i will|and i) return the favou?r(?! with)",
  "^{affiliated-kin}( [a-z]{1,12})? ?[,!]",
  "(don't|do not|dont|never|not|without) (mention|say|tell|reveal|disclose)(ing)? ~4 (related|relatives?|family|cousins?|know each other|friends|where you work)",
  "(like|(?<!^)as|as if (you|they|she|he) (were|are|was)) an? (regular|normal|real|random|ordinary|typical|genuine|independent) (customer|buyer|shopper|user)",
  "(from|under|on|via|with|us(e|ing)) (your|their) ~1 {affiliated-account}",
  "(log|sign)\\w* (in|into|on|onto)( to)? (the|that|an?|my|our) {affiliated-account}",
  "so it ~1 (looks?|seems?) (natural|legit|real|genuine)",
];

/** "Our employees are encouraged to", "we ask all our staff to". */
const TOLD = "(our|my|all|every|each) ~1 {affiliated-role} ~3 (are|is|were|get|gets|have been|has been|been) ~1 (encouraged|asked|required|expected|invited|told|urged|paid|reminded) to";
const TELL = "(encourag|ask|requir|expect|invit|remind|urg|pay)(e|es|ed|ing|s)? (our|my|all|every|each) ~2 {affiliated-role} ~2 to";

const NOT_OURS = ["{affiliated-vote}", "their (?!reviews?\\b|own\\b)[a-z]{2,20}", "pointing out", "{competitor-ref}"];

const B: Pick<RuleSpec, "category" | "channels" | "severity"> = { category: "affiliated-review", channels: ["message", "insert"], severity: "violation" };

export const rules: readonly RuleSpec[] = [
  {
    id: "affiliated-review/insider-asked",
    ...B,
    message: "Asks someone tied to the seller (family, friend, staff, partner) to review, or to hide that tie.",
    pattern: ASK,
    near: { pattern: INSIDER, scope: "text" },
    unless: [
      "{affiliated-vote}",
      // Telling of a review somebody left: "Someone left a fake 1-star on my listing"
      "(someone|somebody|a (customer|buyer|competitor)) ~1 (left|posted|wrote)",
      "(your|their|with|tell|share) (own )?(friends|family|relatives|loved ones|colleagues|co-?workers)",
      "famil(y|ies)[- ](run|owned|business|made)",
    ],
  },
  {
    id: "affiliated-review/own-people-reviewed",
    ...B,
    message: "Says the seller's family or staff review its product.",
    pattern: [
      "(ask|asking|asked|require|requiring|urge|urging) (all|every|each) ~2 {affiliated-role} ~2 to (review|rate)",
      // "Our employees are encouraged to review our products"
      ...[TOLD, TELL].flatMap((who) => [`${who} {review-verb}${NOT_QA}`, `${who} (leave|post|write|drop|submit|publish) ~3 ({review-noun}|{review-experience})`]),
      "({affiliated-own}|(my|our) (whole )?(staff|employees|team)) ~8 (left|posted|written|wrote|submitted|added|gave|given|dropped) ~4 ((\\d[- ]stars? )?reviews?|ratings?)",
      "{affiliated-own} ~8 (reviewed|rated) (it|this|them|the|our|my)",
      // "My sister and two friends bought it, and I've asked them to each leave a review"
      "{affiliated-own} ~14 (asked|ask|asking|told|get|got|getting|had) (them|her|him) ~3 to ~2 {post} ~3 {review-noun}",
    ],
    unless: [...NOT_OURS, "(repl(y|ies|ied)|respond(s|ed)?|read|check(s|ed)?)", "(you|customers|buyers|people) ~2 (left|posted)"],
  },
  {
    id: "affiliated-review/circle-asked",
    ...B,
    message: "Asks the reader to get relatives, friends or colleagues to review.",
    // "Ask your mom, your roommate, anyone who loves you, to tell Amazon shoppers about us"
    pattern: [
      `(ask|get|invite|encourage|recruit|rope in|beg)(ing|s)? (all )?(of )?(your|our) ~3 {affiliated-circle} ~10 to ~4 ({review-verb}|vouch|tell amazon|{post}( up| us)?( an?| some| their| 1)? ({review-noun}|words|a few words|\\d[- ]stars?|{review-experience}))`,
      // "Could your family members also write reviews for us?"
      // "Could your wife and your brother each write one?"
      "(could|can|would|will|might) (all )?your ~1 {affiliated-circle} ~4 {post} ~3 ({review-noun}|{review-experience}|(?<=(write|leave|post) )1(?! \\w))",
    ],
    unless: ["feel free|if (they|you)|whether|yourself"],
  },
  {
    id: "affiliated-review/seller-reviews-own",
    ...B,
    message: "The seller or its staff review its own product, or use extra accounts to do so.",
    pattern: [
      "{post} ~4 ({review-noun}|1) ~6 (from|under|on|via|with|using) (my|our|her|his|a) ~1 {affiliated-account}",
      "{review} ~6 (from|under|on|via|with|using) (my|our|her|his|a) ~1 {affiliated-account}",
      "(extra|second|fake|multiple|alt|spare|several|\\d) (amazon )?accounts? ~3 {review-verb}",
      "(i|we)('ll|'ve)? ~3 {post} ~4 reviews? ~3 (on|of|for) (our|my) own (listings?|products?|pages?|items?|brand|store|shop)",
      // "I've left my own review on the listing", "we reviewed it ourselves on Amazon"
      "(i|we)('ll|'ve| have| also)? ~2 ({post}|left|posted|wrote|written|added|given|submitted) (my|our) own ~2 (reviews?|ratings?|\\d[- ]stars?|write-?ups?)",
      "(i|we)('ve| have| also)? ~1 (reviewed|rated) (it|them|this|that|our|my|the) ~3 (myself|ourselves)",
    ],
    unless: [...NOT_OURS, "(repl(y|ies|ied)|respond(s|ed)?)"],
  },
];
