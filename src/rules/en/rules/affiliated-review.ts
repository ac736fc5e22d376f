/**
 * affiliated-review (P1, P5): asking family, friends, relatives, employees, helpers,
 * suppliers, partners, investors or anyone else with a stake in the seller to review
 * the seller's products, and the seller (or its family or staff) reviewing them.
 *
 * Not affiliated: a "family-run business" thank-you note, "tell a friend", "from
 * our family to yours", a buyer greeted as "my friend" or "dear friend", gift
 * messages to relatives. Asking staff or friends to vote on or report reviews is
 * vote-manipulation only.
 */
import type { RuleSpec } from "../../types.ts";

export const vocabulary = {
  /** Relatives, as the seller would address them. */
  "affiliated-kin": [
    "mom",
    "mum",
    "mommy",
    "mummy",
    "mama",
    "momma",
    "dad",
    "daddy",
    "papa",
    "grandma",
    "granny",
    "grandmother",
    "nana",
    "grandpa",
    "grandfather",
    "gramps",
    "aunt",
    "auntie",
    "aunty",
    "uncle",
    "cousin",
    "cuz",
    "coz",
  ],
  /** Greeting or thanking a relative: "Hi Mom!", "Hey cuz", "Cuz!!", "you and Dad". */
  "affiliated-kin-vocative": [
    "(?:hi|hey|hello|hiya|heya|yo|dear|dearest|thanks|thank you|thx|love you|love ya|miss you|morning) (?:my )?(?:{affiliated-kin})(?!['-])",
    "(?<=^|\\n|[.!?] )(?:{affiliated-kin}) ?!",
    "(?<=^|\\n|[.!?] )(?:cuz|coz|cousin|auntie|aunty|aunt|uncle|grandma|granny|nana|grandpa)(?: [a-z]{1,20})? ?[,!]",
    "you and (?:{affiliated-kin})",
    "(?:it's|it is|this is|love,?|love from|lots of love,?|xoxo,?|hugs,?) (?:your )?(?:favou?rite )?(?:{affiliated-kin}|niece|nephew|sister|brother|son|daughter|grandson|granddaughter|goddaughter|godson)(?!['-])",
    "(?:{affiliated-kin}) and you",
    "family (?:gotta|got to|has to|have to|must|should|needs? to) (?:support|help|back|look out for|stick together)",
    "family supports family",
  ],
  /** People with a stake in the seller, in words that only fit them. */
  "affiliated-group": [
    "(?<!our |my |the |your |their |his |her |whole |entire |small )(?:friends?(?:,| and| &| n| 'n'| or| \\+) famil(?:y|ies)(?: members?)?|famil(?:y|ies)(?:,| and| &| n| 'n'| or| \\+) friends?)",
    "(?<!our |my |the |your |their |his |her |whole |entire |small )(?:family members?|relatives|staff members?|team members|co-?workers|colleagues)",
    "(?:ask|asking|asked|invite|inviting|invited|beg|begging|encourage|encouraging|encouraged|calling on|urge|urging|remind|reminding|reminded|require|requiring) (?:our|my|all|all of our|all our|all my|every|each) (?:whole |entire |warehouse |office |factory |sales |support |packing |shipping )?(?:family|family members|relatives|kids|children|friends|staff|staff members|employees|employee|team|team members|team member|crew|workers|colleagues|co-?workers|suppliers|partners|investors|shareholders) to",
    "(?:ask|asking|asked|invite|inviting|invited|encourage|encouraging|encouraged|urge|urging|remind|reminding|reminded|require|requiring) the (?:warehouse|office|factory|sales|support|packing|shipping) (?:staff|team|crew|workers)",
    "(?:all|every|any|dear|calling all) (?:warehouse |office |factory |sales |support |packing |shipping |whole |entire )?(?:staff|employees?|team members?|teammates|colleagues|co-?workers|crew|workers)",
    "everyone (?:in|at|on) (?:the|our) (?:warehouse |packing |office |sales |support |shipping |whole |production )?(?:office|warehouse|shop|store|factory|company|team|crew|staff),? (?:should|must|needs to|please|is asked|is expected|has to|is required|will need)",
    "(?:dear|all|any|every|calling all|early) (?:investors?|shareholders?)",
    "friends? of (?:the|our|my) (?:family|founders?|owners?|team)",
    "(?:all|every|dear|calling all|to all) (?:of )?(?:my|our) (?:family members?|relatives|friends and family|friends & family|family and friends|cousins|aunts and uncles)",
  ],
  /** Phrases that name the reader as an insider (single terms; see INSIDER below for the rest). */
  /** Phrases that name the reader as a relative or friend of the seller. */
  "affiliated-insider": [
    "(?:you're|you are|are you|if you're|if you are) (?:a )?(?:friend or family|family or friend|family member|relative)",
    "related to (?:someone|anyone|somebody|the owner|the founder|one of us|a member of|our (?:team|staff|founder|owner|family|company))",
    "(?:a )?relatives? of (?:the owner|the founder|one of us|a member of|our (?:team|staff|founder|owner|family|company))",
    "friends? of (?:the|our|my) (?:family|founders?|owners?|team)",
    "(?:you're|you are|as|since you're|because you're) my (?:best|oldest|closest|childhood|college|school) (?:friend|buddy|pal|mate)",
    "(?:you're|you are|as) my (?:bestie|bff)",
  ],
  /** The reader works for, supplies or invests in the seller. */
  "affiliated-insider-work": [
    "(?:if|whether|since|as|because) you(?:'re| are| have been|'ve been)? (?:working|work|worked|helping|helped) (?:for|with|at|alongside) (?:me|us|our|the company)",
    "(?:since|as|because) you(?:'ve| have)? (?:been )?helping (?:me|us) (?:pack|ship|make|build|sew|pour|run|out|with)",
    "(?:helping|helped|working|worked|volunteering|volunteered|packing|sewing|pouring) (?:with )?(?:me|us) (?:out )?(?:at|in) (?:the|our|my) (?:workshop|shop|warehouse|store|booth|stall|studio|office|kitchen|garage|factory|market stall|craft fair)",
    "(?:helping|helped|volunteering|volunteered) (?:out )?(?:at|in) (?:the|our|my) (?:workshop|warehouse|booth|stall|studio|market stall|craft fair)",
    "(?:covering|covered|working|worked|taking) (?:my|our) shifts?",
    "(?:helping|helped) (?:me|us) (?:pack|ship|label|make|build|sew|pour|run the shop|with the shop|with orders|with shipping)",
    "(?:partners?|suppliers?|vendors?|investors?|shareholders?|co-?owners?) (?:of|in|to) (?:our|my|the) (?:company|business|brand|shop|store|startup)",
    "(?:my|our) (?:little )?(?:side business|side hustle|side project|side gig)",
    "f ?& ?f",
    "(?:as|you're|you are) (?:our|my|(?:1|one) of our|(?:1|one) of my) (?:early |longtime |long-time |valued |trusted |first |main |new |biggest |original )?(?:packaging |parts |fabric |raw material )?(?:(?:manufacturing|production|logistics|shipping|sourcing|business|wholesale|fulfil?ment|factory|packaging|design|marketing|retail|distribution) partners?|suppliers?|vendors?|investors?|shareholders?|co-?founders?|business partners?|employees?|staff members?|team members?|manufacturers?|distributors?|factory partners?|angel investors?|backers? and investors?)",
    "(?:as|you're|you are) an? (?:employee|staff member|team member|investor|shareholder|co-?founder)(?![-])",
    "(?:employee|employees'?|staff|friends and family|friends & family|f&f) (?:discount|purchase|price|pricing|code|order|account)s?",
    "(?:through|via|on|in|with) (?:the |your |next month's |next )?(?:payroll|paycheck|paycheque|pay ?slip|salary|wages)",
  ],
  /** Staff memos and greetings to staff, partners or neighbours. */
  "affiliated-insider-greeting": [
    "(?:note|memo|message|letter|thank you|thanks|shout-?out|reminder|notice) (?:to|for) (?:all )?(?:of )?(?:our|my) (?:suppliers|partners|vendors|investors|shareholders|staff|employees|team members|crew|workers|colleagues|co-?workers|friends and family|friends & family|family and friends|relatives)",
    "(?:hi|hey|hello|dear|howdy) (?:all |my |our )?neighbou?rs",
    "(?<=^|\\n|[.!?] )(?:friends?|famil(?:y|ies))(?:,| and| &| n| or| \\+) (?:friends?|famil(?:y|ies)) ?[:,!-]",
    "dear (?:suppliers?|vendors?|investors?|shareholders?|colleagues?|co-?workers?|staff|employees?|team members?|teammates)",
    "(?:staff|employee|internal) (?:note|memo|notice|announcement|reminder|message|email|purchase|only)",
    "team (?:memo|reminder|notice|announcement|huddle)",
    "(?:hi|hey|hello|dear|to|attention|reminder to|reminder for|note to|note for|calling) everyone (?:in|at|on) (?:the|our) (?:warehouse |packing |office |sales |support |shipping |whole |production )?(?:office|warehouse|shop|store|factory|company|team|crew|staff)",
    "(?:calling all|dear|hey|hi|hello|attention|to all|to our|to my|all our|all my|my dear|our dear) (?:friends?|famil(?:y|ies)) (?:and|&|n|or|\\+) (?:friends?|famil(?:y|ies))",
    "(?:note|memo|message|reminder|announcement|shout-?out|notice) (?:to|for) all (?:our |the )?(?:warehouse |office |whole |entire )?(?:staff|employees|team|crew|workers|colleagues|team members)",
    "(?:memo|reminder) (?:to|for) (?:our |the )?(?:staff|employees|crew|workers)",
    "(?:hi|hey|hello|dear|attention|calling all|good morning) (?:all |our |my )?(?:warehouse|office|factory|sales|support|packing|shipping|fulfil?ment|production|whole|entire) (?:team|staff|crew|folks|gang|squad)",
    "(?:hi|hey|hello|dear|attention|calling all|good morning) (?:all )?(?:staff|employees|team members|teammates|colleagues|co-?workers|crew)",
  ],
  /** "Hey, it's Kim from HR", "it's your neighbour Tom". */
  "affiliated-insider-intro": [
    "(?<=^|\\n|[.!?] |[,!] |hi |hey |hello |hiya )(?:it's|this is) [a-z]{1,20} (?:from|in) (?:accounting|hr|payroll|legal|finance|the office|work|down the hall|the lab|your building|our building|the 3rd floor|upstairs|downstairs)",
    "(?<=^|\\n|[.!?] |[,!] |hi |hey |hello |hiya )(?:it's|this is) (?!(?:perfect|great|ideal|good|nice|made|designed|built|shipped|sourced|crafted|available|handmade|fresh|straight|direct|easy|safe|tough|fine|ready|sent|packed|coming|back|all)\\b)[a-z]{1,20} from (?:the )?(?:gym|church|school|work|college|uni|class|book club|yoga|yoga class|choir|next door|down the street|across the street)",
    "(?:it's|this is) your (?:friend|neighbou?r|co-?worker|colleague|classmate|teammate|gym buddy|old roommate|roommate)",
  ],
  /** Asking not to reveal something (what: affiliated-hidden). */
  "affiliated-conceal-neg": [
    "(?:don't|do not|dont|never|no need to|without|not|please don't) (?:mention(?:ing)?|say(?:ing)?|tell(?:ing)?|reveal(?:ing)?|disclos(?:e|ing)|admit(?:ting)?|let on|say anything|mention anything|bring(?:ing)? up|stat(?:e|ing)|specify(?:ing)?|put|includ(?:e|ing))",
  ],
  /** Reviewing as someone else, or from a second account. */
  "affiliated-conceal": [
    "like (?:a |an )?(?:regular|normal|ordinary|random|typical|everyday|average|independent|unbiased) (?:customer|buyer|shopper|person|reviewer|user)",
    "as (?:if|though) you (?:were|are|found|bought|'re) (?:a|an|just)",
    "(?:pretend|pretending|posing) (?:to be |like |as )?(?:a |an |you're a |you are a )?(?:regular |normal |random |real |independent |unbiased )?(?:customer|buyer|shopper|stranger|reviewer)",
    "as an? (?:unbiased|independent|anonymous|neutral|random) (?:buyer|customer|shopper|reviewer|person)",
    "(?:from|with|using|under|on|via) (?:your|their|his|her) (?:own |personal |private |individual |separate |home )(?:amazon )?(?:accounts?|profiles?|names?|logins?)",
    "(?:from|with|using|under|on|via) (?:your|their|his|her) own personal (?:amazon )?(?:accounts?|profiles?|names?|logins?)",
    "(?:from|with|using|under|on|via|through) (?:your|their|his|her) (?:husband's|wife's|partner's|spouse's|mom's|mum's|dad's|friend's|sister's|brother's|son's|daughter's|roommate's|family's|other|second|spare|alt|backup) (?:amazon )?(?:accounts?|profiles?|logins?|emails?)",
    "(?:from|with|using|under|on|via|through) (?:another|a second|a different|a separate|an alt|an alternate|a spare|a new|a friend's|a family member's) (?:amazon )?(?:accounts?|profiles?|logins?|emails?)",
    "not (?:from|with|using|under|on|via) (?:the|our) (?:company|business|store|shop|seller|brand) (?:account|profile)",
    "keep (?:it|this|that) (?:between us|on the down ?low|hush-hush|hush hush)",
    "so (?:it|that it|they|the review|the reviews|it all|everything) (?:looks?|seems?|appears?) (?:legit|natural|organic|real|genuine|authentic|independent|unbiased|normal)",
    "(?:won't|doesn't|don't|wouldn't|does not|will not) (?:look|seem|appear) (?:fake|suspicious|staged|planted|connected|linked|related)",
    "so amazon (?:doesn't|does not|won't|will not|can't|cannot|don't) (?:flag|detect|notice|link|connect|remove|delete|catch|see)",
  ],
  /** What the concealment is about. */
  "affiliated-hidden": [
    "related",
    "relatives?",
    "family",
    "cousins?",
    "sisters?",
    "brothers?",
    "siblings?",
    "twins?",
    "in-laws?",
    "married",
    "dating",
    "roommates?",
    "neighbou?rs?",
    "co-?workers?",
    "colleagues?",
    "(?:my|your|his|her) (?:mom|mum|dad|mother|father|daughter|son|aunt|uncle|niece|nephew|wife|husband|spouse|partner|boss|employer|grandma|grandpa|grandson|granddaughter|friend|best friend)",
    "know each other",
    "know me",
    "knew each other",
    "friends",
    "we're friends",
    "i'm your",
    "i asked",
    "we asked",
    "i sent",
    "i told",
    "where you work",
    "you work",
    "work (?:for|at|with) (?:us|me|the company|our)",
    "employee",
    "staff",
    "the connection",
    "our connection",
    "the relationship",
    "our relationship",
    "you got it from me",
    "it came from me",
    "who you are",
    "that you're",
    "that you are",
    "you're my",
    "you are my",
  ],
  /** The seller's own people, as the subject of a posted review. */
  "affiliated-own-people": [
    "(?:my|our) (?:whole |entire |own )?(?:family|relatives|parents|kids|children|friends|staff|employees|team|workers|crew|wife|husband|partner|mom|mum|dad|mother|father|grandma|grandpa|aunt|uncle|cousins?|in-laws|mother-in-law|father-in-law|sister-in-law|brother-in-law|sister|brother|sisters|brothers|son|daughter|sons|daughters|neighbou?rs|roommates?|co-?founders?|investors)",
    "grandma",
    "granny",
    "grandpa",
    "mom and dad",
    "mum and dad",
  ],
  /** Posting verbs, with the third-person forms the shared {post} lacks. */
  "affiliated-post": [
    "{post}",
    "posts",
    "leaves",
    "writes",
    "gives",
    "shares",
    "drops",
    "submits",
    "adds",
    "rates",
    "wrote",
    "written",
    "gave",
    "given",
    "submitted",
    "submitting",
    "shared",
    "dropped",
    "dropping",
    "added",
    "adding",
    "putting",
    "put up",
    "publishing",
    "published",
  ],
  /** The seller's relatives and friends (not staff: "our team reviewed your request" is fine). */
  "affiliated-own-kin": [
    "(?:my|our) (?:whole |entire |own )?(?:family|relatives|parents|kids|children|friends|best friend|wife|husband|partner|mom|mum|dad|mother|father|grandma|grandpa|aunt|uncle|cousins?|in-laws|mother-in-law|father-in-law|sister-in-law|brother-in-law|sisters?|brothers?|sons?|daughters?|neighbou?rs|roommates?)",
    "grandma",
    "granny",
    "grandpa",
    "(?:mom|mum) and dad",
  ],
  "affiliated-posted": ["left", "posted", "written", "wrote", "submitted", "added", "dropped", "put up", "leaving", "posting", "writing"],
  "affiliated-review-word": ["(?:product )?reviews?", "\\d[- ]stars? (?:reviews?|ratings?)", "ratings?"],
  /** Voting or reporting, which is vote-manipulation, not a review. */
  "affiliated-vote": ["helpful", "not helpful", "upvotes?", "thumbs ?ups?", "votes?", "voting", "report abuse", "report (?:it|them|those|these|that|the)"],
};

/** The reader named as an insider, in words that need a gap. */
const INSIDER = [
  "{affiliated-insider}",
  "{affiliated-insider-work}",
  "{affiliated-insider-greeting}",
  "{affiliated-insider-intro}",
  "(?:part|members?|1|one) of (?:the|our|my) ~2 (?:team|staff|crew|family|company)",
  "(?:friends?|famil(?:y|ies)|relatives)(?:,| and| &| n| or| \\+)? ~1 (?:friends?|famil(?:y|ies)|members?) (?:of|at) (?:the|our|my) ~2 (?:team|staff|crew|founders?|owners?|company|brand|shop|store|makers?|startup)",
  "(?:are|if|whether|since) you ~3 (?:on|in|with) (?:the|our|my) ~2 (?:team|staff|crew)",
  "(?:staff|employee|team member|internal|friends and family|friends & family) ~2 (?:purchase|discount|order|pricing)",
];

/** Asking not to reveal the tie, or reviewing as somebody else. */
const CONCEAL = ["{affiliated-conceal-neg} ~4 {affiliated-hidden}", "{affiliated-conceal}"];

/** A request to post a review. */
const REVIEW_ASK = [
  "{affiliated-post} ~5 (?:{review-noun}|reviews)",
  "(?:read|see|hear|get|getting|reading|seeing) (?:your|an? honest|a|some|more) ~1 (?:{review-noun}|reviews)",
  "{ask} ~1 (?:review|reviewing|rate|rating)",
  "(?:ask|asking|asked|request|requesting|require|requiring) (?:that )?(?:you|each of you|all of you|everyone|every team member|each employee) (?:to )?(?:review|rate)",
  "{affiliated-post} ~2 yours",
  "(?:asking|ask|asked|encourage|encouraging|encouraged|urge|urging|invite|inviting|invited|remind|reminding|expect|expecting|expected|required|requiring|need|want) ~5 to (?:review|rate)",
  "(?:need|needs|want|wants|looking for|aiming for|hoping for|goal is) ~3 (?:\\d+ )?(?:more |new )?(?:reviews|ratings)",
  "(?:{review-noun}) ~2 (?:from|by) (?:you|each of you|all of you|everyone|every 1|both of you)",
  "{post} ~3 {review-experience} ~3 (?:on|at) (?:amazon|the listing|our listing|our page|the product page)",
  "(?:your|a|an) (?:honest |quick |short |little )?(?:review|rating) ~3 (?:counts|matters|helps|would help|would mean|means|will help|could help)",
];

const ASK_UNLESS = [
  "{affiliated-vote}",
  "(?:your|their) (?:own )?(?:friends|family|relatives|co-?workers|colleagues|loved ones)",
];

/** Talk about another brand's listing: that is competitor-review, not the seller's own. */
const COMPETITOR_UNLESS = ["their (?:amazon )?(?:listings?|pages?|product pages?|product listings?|stores?|shops?)", "{competitor-ref}", "{competitor-named} ~2 (?:listings?|pages?|product pages?)"];

export const rules: readonly RuleSpec[] = [
  {
    id: "affiliated-review/insider-asked",
    category: "affiliated-review",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks someone with a stake in the seller (family, staff, supplier, investor) to review its product.",
    pattern: REVIEW_ASK,
    near: { pattern: INSIDER, scope: "text" },
    unless: ASK_UNLESS,
  },
  {
    id: "affiliated-review/group-asked",
    category: "affiliated-review",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks family, friends, staff or partners of the seller to review its product.",
    pattern: REVIEW_ASK,
    also: ["{affiliated-group}"],
    unless: [
      ...ASK_UNLESS,
      "(?:share|sharing|tell|telling|recommend|recommending|gift|gifting|show|showing) (?:it |this |them |us |the word |the love )?(?:with|to)",
      "spread(?:ing)? the word",
      "(?:gift|gifts|gifting|for|with|to|share|tell|show|recommend) (?:all |all of )?(?:your |our |the )?(?:friends|family|loved ones|relatives|colleagues|co-?workers)",
      "famil(?:y|ies)[- ](?:run|owned|business|businesses|shop|workshop|company|brand|farm|bakery|kitchen|operated|made)",
      "(?:from|to) our family",
      "(?:our|my) (?:staff|employees|team|crew|workers|factory) (?:would|will|are|is|were|was|read|reads|loves?|appreciates?|check|checks|packed|made|thanks?)",
    ],
  },
  {
    id: "affiliated-review/asked-to-hide-relationship",
    category: "affiliated-review",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks for a review while hiding the reviewer's tie to the seller.",
    pattern: REVIEW_ASK,
    near: { pattern: CONCEAL, scope: "text" },
    unless: ASK_UNLESS,
  },
  {
    id: "affiliated-review/relative-asked",
    category: "affiliated-review",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks a relative of the seller to review its product.",
    pattern: REVIEW_ASK,
    near: { pattern: ["{affiliated-kin-vocative}"], scope: "paragraph" },
    unless: ASK_UNLESS,
  },
  {
    id: "affiliated-review/own-people-reviewed",
    category: "affiliated-review",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Says the seller's family or staff reviewed its product.",
    pattern: [
      "{affiliated-own-people} ~8 {affiliated-posted} ~4 {affiliated-review-word}",
      "{affiliated-own-kin} ~8 (?:reviewed|rated) (?:it|this|them|the|our|my|us)",
    ],
    unless: [
      ...COMPETITOR_UNLESS,
      "{affiliated-vote}",
      "(?:you|customers?|buyers?|shoppers?|people|users|others)(?:'ve| have)? ~2 {affiliated-posted}",
      "(?:repl(?:y|ies|ied|ying)|respond(?:s|ed|ing)?|responses?|answer(?:s|ed|ing)?|read|reading|check(?:s|ed|ing)?|monitor(?:s|ed|ing)?)",
    ],
  },
  {
    id: "affiliated-review/seller-reviews-own",
    category: "affiliated-review",
    channels: ["message", "insert"],
    severity: "violation",
    message: "The seller says it reviews its own product.",
    pattern: [
      "{post} ~4 {affiliated-review-word} ~8 (?:from|with|using|under|on|via) (?:my|our) (?:own |personal |private |other |second |alt |alternate |backup |spare |separate |wife's |husband's |partner's |mom's |mum's |dad's |friend's |sister's |brother's )?(?:amazon )?(?:accounts?|profiles?)",
      "(?:from|with|using|under|on|via) (?:my|our) (?:own |personal |private |other |second |alt |alternate |backup |spare |separate |wife's |husband's |partner's |mom's |mum's |dad's |friend's |sister's |brother's )?(?:amazon )?(?:accounts?|profiles?) ~6 {post} ~4 {affiliated-review-word}",
      "(?:i|we|i'll|we'll|i've|we've|i'm|we're|i'd|we'd) ~2 (?:reviewed|rated|review|rate|reviewing|rating) ~6 (?:from|with|using|under|on|via) (?:my|our) (?:own |personal |private |other |second |alt |alternate |backup |spare |separate |wife's |husband's |partner's |mom's |mum's |dad's |friend's |sister's |brother's )?(?:amazon )?(?:accounts?|profiles?)",
      "(?:second|another|alt|alternate|extra|separate|spare|backup|fake|multiple|several) (?:amazon )?(?:accounts?|profiles?) ~5 (?:review|reviews|reviewing|rate|rating)",
      "(?:i|we|i'll|we'll|i've|we've|i'm|we're) ~3 (?:post|posted|posting|write|wrote|written|writing|leave|left|leaving|add|added|adding) ~4 {affiliated-review-word} ~3 (?:of|for|on|to) (?:our|my) (?:own )?(?:product|products|listing|listings|item|items|page|brand|store|shop)",
    ],
    unless: [...COMPETITOR_UNLESS, "{affiliated-vote}", "(?:repl(?:y|ies|ied|ying)|respond(?:s|ed|ing)?|responses?|answer(?:s|ed|ing)?)"],
  },
];
