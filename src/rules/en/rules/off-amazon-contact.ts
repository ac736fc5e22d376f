/**
 * off-amazon-contact (C1), buyer messages only: links, email addresses and
 * phone numbers outside Amazon, messaging apps and social handles, and asking
 * the buyer to reach the seller outside Amazon. Amazon's own links are fine.
 */
import { ruleMaker } from "../../rule-maker.ts";
import type { RuleSpec } from "../../types.ts";

/** One domain label. */
const L = "[a-z0-9]{1,40}(-[a-z0-9]{1,40}){0,3}";
/** An optional path; a final dot stays outside. */
const P = "(/[a-z0-9_/?=&%#~+:@-]*(\\.[a-z0-9_/?=&%#~+:-]+){0,6})?";
/** Amazon's own hosts. */
const NA = "(?!(www\\d?\\.)?([a-z0-9]{1,30}\\.)?(amazon|amzn|a\\.co)[./])";

export const vocabulary = {
  "off-amazon-app": [
    "(whats ?app|wechat|weixin|telegram|viber|kakao ?talk|skype|discord|insta(gram)?|ig|tik ?tok|facebook|fb|twitter|snapchat|pinterest|youtube|linkedin|social media|socials)(?!\\.[a-z])",
  ],
  "off-amazon-ch": ["(tele)?phone|mobile|cell|e-?mail|text|sms|whats ?app|wechat|telegram|viber|skype|facetime|zoom|our (own )?(web ?)?site"],
};

const rule = ruleMaker("off-amazon-contact");
const OUTSIDE = "Asks the buyer to contact the seller outside Amazon.";
const APPS = "Sends the buyer to a messaging app or social network.";
const CALL_US = "(call|phone|ring|text|sms|e-?mail)( to)? (us|me|our (team|office|support))";
/** "DM us on Instagram", "hit me up on WhatsApp": replying here reaches the seller as well. */
const APP_US = "(dm|pm|message|contact|text|call|ping|chat with|reach|hit) (us|me)( up)? (on|via|over|through|in) {off-amazon-app}";
const APP_UNLESS = ["your ~1 {off-amazon-app}", "{off-amazon-app} (notifications|won't|doesn't|can't|keeps)"];
/** Contact that stays inside Amazon, or is declined. */
const INSIDE = [
  "(through|via|on|in|using|with|within|use) ~2 (amazon|buyer-? ?seller|seller central|this (message|thread|chat)|here|the message center)",
  "(don't|do not|no need to|never) ~3 (call|e-?mail|text|contact)",
];

export const rules: readonly RuleSpec[] = [
  rule("address", "Gives a link or email address outside Amazon.", {
    pattern: [
      `https?://${NA}${L}(\\.${L}){0,4}${P}`,
      `(?<![.@/_-])${NA}(www\\d?\\.)?(${L}\\.)?${L}\\.(com|net|org|co\\.uk|com\\.au|co|io|me|ly|us|uk|ca|de|fr|au|be|ee|gg|gl|gd|cn|hk|jp|eu|nl|app|top|cc|shop|store|online|site|info|biz|link|club|xyz|tv|ai|bio)${P}`,
      "(?!amazon(?![a-z0-9]))[a-z0-9_]{2,40} ~0 (\\(dot\\)|\\[dot\\]|dot) ~0 (com|net|org|shop|store|io|co|de|uk|cn|hk|eu|info|cc)(?!-)",
      // "www dot shop dot xyz": any domain once it starts with www.
      "www ~0 (\\(dot\\)|\\[dot\\]|dot) ~0 [a-z0-9-]{2,40} ~0 (\\(dot\\)|\\[dot\\]|dot) [a-z]{2,6}",
      `[a-z0-9]{1,40}([._+-][a-z0-9]{1,40}){0,4}@${L}(\\.${L}){1,3}`,
      "(?!(at|dot)(?![a-z0-9]))[a-z0-9_]{1,40} ~0 (\\(at\\)|\\[at\\]|at) ~0 [a-z0-9_]{1,40} ~0 (\\(dot\\)|\\[dot\\]|dot) ~0 (com|net|org|co|io|de|uk|shop)",
    ],
    sharedExceptions: false,
  }),
  rule("phone-number", "Gives a phone number.", {
    pattern: [
      "(\\+?1[ .-]?)?(\\([2-9]\\d{2}\\)|[2-9]\\d{2})[ .-]?[2-9]\\d{2}[ .-]\\d{4}",
      "\\+\\d{1,3}[ .-]?(\\(\\d{1,4}\\)[ .-]?)?\\d{2,4}([ .-]?\\d{2,4}){2,4}",
      "(1 ?[.-]? ?)?\\d \\d \\d ?[.-]? ?\\d \\d \\d ?[.-]? ?\\d \\d \\d \\d",
      "(call(ing)?|text(ing)?|sms|(tele)?phone|tel|mobile|cell|whats ?app|wechat|viber|telegram|hotline|dial|ring|(contact )?number) ~5 (0\\d{2,4}[ .-]?\\d{3,4}[ .-]?\\d{3,4}|\\d{10,11}|(?<![\\d)][ .-]?)\\d{3}[ .-]\\d{4})",
    ],
    span: [1, 1],
    sharedExceptions: false,
  }),
  // "DM us on Instagram": replying here reaches the seller as well. The rewrite follows the words' case (check.ts matchCase).
  rule("app-us", APPS, {
    pattern: APP_US,
    unless: APP_UNLESS,
    suggestion: "reply to this message",
  }),
  rule("messaging-app", APPS, {
    pattern: [
      "({contact}|add|find|search|look (us )?up|join|chat|talk|ping|send|connect|hit (us|me) up) ~5 {off-amazon-app}",
      "(our|my) ~2 {off-amazon-app}",
      // "Let's continue this conversation on Telegram."
      "(continue|move|switch|take|carry on) (this |our |the )?(conversation|chat|discussion) (on|to|onto|via|over( to)?) {off-amazon-app}",
      // "Skype: shop_support"
      "{off-amazon-app}: @?(?!(we|our|us|i|you|please|not|no|the|an?|it|this|that)\\b)[a-z0-9][a-z0-9_.-]{1,29}",
      "{off-amazon-app} ~1 (ids?|handles?|accounts?|numbers?|groups?|channels?|pages?|profile|communit(y|ies)|live|me|us)",
      "(dm|pm|inbox) (us|me)",
      "an? (dm|direct message)",
      "@[a-z_][a-z0-9_]{1,29}(\\.[a-z0-9_]{1,30}){0,2}",
    ],
    unless: [APP_US, ...APP_UNLESS],
  }),
  // "Call us", "text me": the whole request is the span, and replying here is the compliant way to the same help.
  rule("call-us", OUTSIDE, {
    pattern: CALL_US,
    unless: INSIDE,
    suggestion: "reply to this message",
  }),
  // "Shoot me an email", "give us a call": the same request, the same rewrite.
  rule("give-us-a-call", OUTSIDE, {
    pattern: "(give|send|drop|shoot) (us|me) an? ~1 (call|ring|buzz|text|e-?mail)",
    unless: INSIDE,
    suggestion: "reply to this message",
  }),
  rule("contact-outside", OUTSIDE, {
    pattern: [
      // Not the buyer's device: "message us if the app crashes on your phone", "the buttons on the mobile app".
      "({contact}|talk|speak|connect|chat|(continue|carry on) (this|it|things|the conversation|our conversation)) ~5 (by|via|over|through|on(?! (your|the) (phone|mobile))|using|at) ~1 {off-amazon-ch}",
      "(our|my) ~2 ((phone|mobile|cell|contact|direct|personal) (numbers?|no)|e-?mail|web ?site|site|web ?page|home ?page|blog|online (store|shop)|web ?shop|e-?shop)",
      "(toll-? ?free|hotline|helpline|support line)",
      "(send|give|share|provide|leave|tell|include|drop|text|(we|i) (need|require)|ask for|(reply|respond|write back|get back)( to (us|me|this))? with|what('s| is)) ~3 (your|ur) ~1 ((e-?mail|phone|mobile|cell)(?!'s| (model|case|app|size))( number| address)?|whats ?app|wechat|contact (details|info|number)|(bank|paypal)( account)? (details|e-?mail))",
      // "arrange the replacement over a quick phone call", "hop on a video call"
      "(over|via|by|through|hop on|jump on|set up|schedule|book|arrange|have) (a |an )?(quick |short |brief |5-minute |10-minute |free )?((tele)?phone|video|zoom|facetime|whats ?app|skype|teams|voice) (call|chat)",
      "(outside|off) (of )?(amazon|the platform)",
      // "what's the best address to reach you?"
      "(best|preferred|good|right) (e-?mail |phone |contact )?(address|number|e-?mail) ~3 (reach|contact|text|call|e-?mail|get hold of) (you|u)",
      "google ~3 (our|my) ~1 (web ?site|site|brand|company|shop|store|name)",
    ],
    unless: INSIDE,
  }),
];
