/**
 * positive-review-request (P9): asking for a positive, good or five-star review or
 * rating ("leave us a ★★★★★ review", "we hope it's 5 stars", "tap the fifth star"),
 * asking to raise a rating, and dictating what the review should say.
 * Fine: "honest review", "good or bad", "1 to 5 stars", "five-star quality",
 * thanks for a five-star review already posted, quoting Amazon's rules.
 */
import { ruleMaker } from "../../rule-maker.ts";
import type { RuleSpec } from "../../types.ts";

export const vocabulary = {
  "pos-review": "({positive}|kind) (amazon |product |star )?(reviews?|ratings?|feedback|comments?|evaluations?|testimonials?|write-?ups?|words|marks?|scores?)|(favou?rable|glowing|positive|stellar|rave|shining) 1",
  /** A top rating; "5-star hotel" is not one. */
  "pos-stars":
    "5[ -]stars|5[ -]star(?! ?[a-z])|5 star(?= for| on)|(?<=(with|us) )5 star(?= and)|5[ -]st([*@]| [01] stars )rs?|5/5|5 out of 5|full (5 )?stars?(?= (for|on|to|from|please|rating)\\b|[!.?,]|$)|(5th|fifth|last) star|(highest|max) (rating|stars)|perfect 5(\\.0)?|5-out-of-5|full (house|set|row|hand) of stars|full 5(?=[ -]stars?| (on|for|please|from) |[!.?,])|all 5 (of )?((the|those|these|your) )?([a-z]+ )?stars",
  "pos-target": "{pos-review}|{pos-stars}",
  "pos-hope": "hop(e|ing|efully)|prefer(ably|red)?|ideally|wish|goal|aim(ing)?|target|count(ing)? on|expect|nothing (less than|but)|(?<!('d|would) )love",
};

const UNLESS = [
  "whatever|any (stars?|rating)|anywhere|up to you|your choice|feel free|either way|good,? or bad|positive or negative",
  "[01]([ -]stars?)? (to|or|and|-|through) ~1 5",
  "(5|positive|good|great|glowing)([ -]stars?)? (or|to|nor) ~1 ([0-4]|bad|negative|critical|low|not|mixed)",
  "(not|never|nor|no need|[a-z]{2,6}n't)(?! forget) ~4 {pos-target}",
  "not (just|only|necessarily) ~3 {positive}",
  // "the glowing reviews on our page", but not "give us the good comment"
  "(?<!((give|leave|write|post|drop|send) (us|me)|rate (it|us) with) )(the|our|these|those) {pos-review}",
  "(is|are)( not|n't) (something|required|needed)",
  // already given
  "(thanks?|thank you|thx|ty) (so much |again )?for ~3 {pos-target}",
  "(saw|seen|read|noticed|received|got) (your|the|that|those) ~2 {pos-target}",
  "(customers|buyers|guests|people|others) (always |often |have )?(leave|left|give|gave|rate|rated|love)",
  "(rated|average|has|have|[0-4]\\.\\d out of) ~3 {pos-stars}",
];

const rule = ruleMaker("positive-review-request");
const MSG = "Asks for a positive or 5-star review.";
const SAYS = "Tells the buyer what the review should say.";
const D = "((mention|highlight|emphasi[sz])(e|es|s|ing|ed|d)?|describe (it|them) as|point(s|ed|ing)? out|talk(s|ed|ing)? about|tell (people|others|everyone|shoppers|buyers|readers) about|(say|state|write|note)(s|ing)? (that|how|'[a-z]+)|praise|(use|include) (the )?(key ?)?(words?|phrases?))";

/** "leave us a five-star review": the qualifier and its article are the span, "an honest review" the rewrite. */
const A_POSITIVE_REVIEW = "an? ({positive}|kind) (amazon |product |star )?review";
const ASK_FOR_ONE = [`({post}|tap|click|select|choose|pick|hit) ~3 ${A_POSITIVE_REVIEW}`, `{ask} ~7 ${A_POSITIVE_REVIEW}`];

export const rules: readonly RuleSpec[] = [
  rule("positive-review", MSG, {
    pattern: ASK_FOR_ONE,
    span: [1, 1],
    unless: UNLESS,
    suggestion: "an honest review",
  }),
  rule("ask-positive", MSG, {
    pattern: [
      "({post}|tap|click|select|choose|pick|hit|show (us|me)) ~4 {pos-target}",
      "{ask} ~8 {pos-target}",
      "{pos-target} ~2 (please|pls|plz|🙏|preferred|ideally|appreciated)",
      "your {pos-target} ~3 (keeps?|helps?|supports?|lets?)",
      "{pos-hope} ~5 {pos-target}",
      "{pos-target} ~10 (would|will|could|'d|means?|goes?) ~3 (mean|help|make|be|do|brighten|support|a lot|the world|so much|lift|boost|a long way|put us)",
      "{pos-target} (from you|of yours) ~3 (helps?|means?|keeps?|supports?|lifts?|boosts?)",
      // "5 stars = 1 happy team", "anything under 5 stars counts as a fail for us"
      "{pos-target} (=|→|->|equals?) ~3 (happy|smil\\w*|joy|love|grateful|thanks|help|world|made|makes?)",
      "(anything|ratings?|reviews?) (less|lower|under|below)( than)? ({pos-stars}|5) ~6 (?<!(not|n't) )(fail|disaster|negative|bad|hurt|harm|kill|damag)\\w*",
      "{pos-target} ~10 (helps?|keeps?|supports?) (us|our|a small|small|tiny|little|brands like)",
      "help (us|me) ~3 (reach|get to|hit|keep|stay at|achieve|maintain) ~3 {pos-target}",
      "{review-noun} ~4 (sings?|singing|full of|sing) ~2 praises?",
      "(sings?|singing|sing) ~2 praises? ~4 (on amazon|(on|to) {listing})",
      "show ~2 (some |a little |a bit of )?love ~3 (on|to) (amazon|{listing})",
      "(grateful|appreciated?|advance) ~4 {pos-target}",
      "(did|have|if|think|hope) ~3 (earn(ed)?|deserved?|worth(y of)?) ~3 {pos-target}",
      "(rate|rating|review) ~3 (highly|positively|favou?rably)",
      // "it'd be wonderful to see a 5-star review", "only a 5-star rating counts", "5 stars is what we aim for"
      "be ~2 {positive} to see ~3 {pos-target}(?<!marks?|scores?)",
      "only (an? )?{positive} (reviews?|ratings?) counts?",
      "5[ -]stars? (is|are) what we ~1 {pos-hope}",
      // "we'd be thrilled if yours sounded as delighted"
      "{ask} ~1 if yours sound\\w* ~2 ({positive}|delighted|happy)",
      // "a screenshot of your 5-star review"
      "(screenshots?|proof|photos?|pictures?|links?) of ~2 your ~1 {pos-target}",
    ],
    // A scale key: "1 star = unhappy, 5 stars = happy"
    unless: [...UNLESS, ...ASK_FOR_ONE, "[0-4]([ -]stars?)? (=|→|->|equals?)", "(set|adjust) ~2 (brightness|volume|speed)"],
  }),
  rule("positive-experience", MSG, {
    pattern: [
      "(shar(e|ing)|tell(ing)?|post(ing)?|spread(ing)?|leav(e|ing)) ~4 (({positive}|kind|happy) (experiences?|words|things)|how (great|good|much ([a-z']+ ){0,2}(lov|enjoy|ador)(e|es|ed|s)?))",
      // "tell the world on Amazon how amazing it is", "help shoppers discover how great it is"
      "(tell|show) ~3 (the world|(the )?(amazon )?community|everyone|others|other [a-z]+|fellow [a-z]+|shoppers|buyers|people|them) ~3 (how|that it's|it's|it is) ({positive}|amazing|wonderful|fantastic|brilliant|the best)",
      // Not "let us know how great it was" nor "see how good it looks": others are to be told.
      "(help|let) ~2 (shoppers|buyers|others|other [a-z]+|fellow [a-z]+|people|everyone) (discover|see|know|find out) how ({positive}|amazing|wonderful|fantastic|brilliant)",
      "(tell|show) (the world|everyone|others|other [a-z]+|fellow [a-z]+) how (soft|comfy|cosy|cozy|easy|quick|fast|strong|sturdy|well|much|beautiful|durable|quiet|bright|warm|sharp|handy)",
    ],
    also: ["amazon|{review}|others|everyone|(other|fellow) [a-z]+|(product|item|amazon) page|listing"],
    unless: UNLESS,
  }),
  rule("raise-rating", "Asks to raise a rating.", {
    pattern: [
      "(more|extra|another|higher|better|add (an?|[12]|another|a few|a couple of)) (star )?(stars?|ratings?|score)",
      "(bump|nudge|push) ~4 {review-noun} ~2 up",
      "(bump|nudg|push)\\w{0,3} ~3 up ~4 (stars?|notch(es)?)",
      "(rais|increas|boost|improv|upgrad|lift)(e|ing)? ~4 {review-noun}",
      "{change} ~6 (to|into) (a )?([45]|{pos-stars}|something (higher|better))",
    ],
    also: ["{ask}|help|could|can|would|maybe|consider|how about|even"],
    unless: [...UNLESS, "(we|we're|we are|we've been|i) ~2 (working|trying|plan|improv(e|ing))", "than", "any {review-noun} is welcome"],
  }),
  rule("dictate-content", SAYS, {
    pattern: [
      `{review-noun} ~6 ${D}`,
      `${D} ~10 (in|on|into|for) (your|the|an?) ~2 {review-noun}`,
      `${D} ~10 (when|while|once|as) (you )?{post} ~2 {review-noun}`,
      `(when|while|once|if) you ~1 {post} ~4 (amazon|{review-noun}|{review-experience}|{listing}) ~10 (${D}|(say|write|put) (it|the|its|it's|that))`,
      `(when|while|once|as) you (review|rate) ~4 ${D}`,
      `(when|once|if) you (write|post) about it(?=,| on amazon) ~10 ${D}`,
      `${D} ~10 (when|while|once|as|if) (you )?{post} ~4 (amazon|{listing})`,
      "(write|say|state|put) ~1 in (your|the|a) ~2 {review-noun} (that|how)",
      "(copy|paste) ~8 ({review-noun}|amazon)",
      // "update your review to reflect our excellent service"
      "{review-noun} ~4 reflect ~3 (our|the|how) ({positive}|excellent|outstanding|fantastic|wonderful|amazing) (service|support|quality|experience|help|care|product)",
      "(here's|here is|below is|we wrote) ~3 review",
      "(suggested|sample|pre-?written|template|draft) reviews?",
      "(what you|those|these|that|this|it|the same) ~4 as (an?|your) ~2 {review-noun}",
    ],
    also: ["{ask}|(if|when|while|once) you|could|should|can|just|feel free|helps?|easy|appreciated?"],
    unless: [
      "whatever|anything|what you (think|liked)|your (own|experience|thoughts|opinion)|honest|freely|order (number|id)|links?|url|profile|(review|rating) (button|form|page)|receipt",
      "(reviews|reviewers|customers|buyers|many|most|people) ((?!that |which )[a-z]+ ){0,2}(mention|say|said|praise|note|highlight|describe)(s|d|ed)?",
      // what the buyer already wrote: "as you mentioned in your review"
      "(?<!if )(you|u) (mentioned|highlighted|pointed out|described)",
    ],
  }),
  // "A headline like 'Best buy ever' helps": wording handed to the buyer beside a review request.
  rule("suggested-wording", SAYS, {
    pattern: ["(an?|the|your|our) (headline|title|wording|phrase|caption|sentence) (like|such as)", "feel free to (borrow|copy|reuse|use) (it|this|that|ours|our (wording|words|text|headline|title))"],
    near: { pattern: "{review}|reviewers?", scope: 1 },
  }),
];
