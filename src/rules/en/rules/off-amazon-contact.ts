/**
 * off-amazon-contact (C1), buyer messages only: external links, email
 * addresses, phone numbers, messaging-app and social handles, and asking the
 * buyer to reach the seller outside Amazon. Links to Amazon's own pages
 * (amazon.com/review/…, amazon.co.uk/…, a.co, amzn.to) are fine.
 *
 * Text is normalized (lower case) before matching. Every term keeps a fixed
 * start (a literal or a class that cannot restart inside a word) so recheck can
 * prove it linear.
 */
import type { RuleSpec } from "../../types.ts";

/** One domain label: letters and digits, inner hyphens. */
const LABEL = "[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,3}";
/** An optional path after a host; a final dot (end of sentence) stays outside. */
const PATH = "(?:/[a-z0-9_/?=&%#~+:-]*(?:\\.[a-z0-9_/?=&%#~+:-]+){0,6})?";
/** Hosts of Amazon itself, checked right where a link starts. */
const NOT_AMAZON = "(?!(?:www\\d?\\.)?(?:[a-z0-9]{1,30}\\.)?(?:amazon|amzn|a\\.co)[./])";
/** Top-level domains common in seller messages (short words like "in", "it", "to" left out on purpose). */
const TLD =
  "(?:com|net|org|co\\.uk|com\\.au|co|io|me|ly|us|uk|ca|de|fr|nl|au|cn|hk|tw|jp|shop|store|online|site|info|biz|link|page|club|xyz|tv|gg|ai|gl|gd|cc|ws|bio)";

export const vocabulary = {
  // Links: scheme or www (any host but Amazon's), and bare host names with a known ending.
  "off-amazon-url": [
    "(?:youtu\\.be|linktr\\.ee|wa\\.me|m\\.me|goo\\.gl|tinyurl\\.com|rb\\.gy|ow\\.ly|is\\.gd|cutt\\.ly|qr\\.link)/[a-z0-9_/?=&%#~+-]{1,80}",
    `https?://${NOT_AMAZON}${LABEL}(?:\\.${LABEL}){0,4}${PATH}`, `www\\d?\\.${NOT_AMAZON}${LABEL}(?:\\.${LABEL}){1,3}${PATH}`],
  "off-amazon-domain": [`(?<![.@/_-])${NOT_AMAZON}(?:www\\d?\\.)?(?:${LABEL}\\.)?${LABEL}\\.${TLD}${PATH}`],
  // Email addresses, plain and spelled out ("jason (at) shop (dot) com").
  "off-amazon-local": ["(?!(?:at|dot)(?![a-z0-9]))[a-z0-9_]{1,40}"],
  "off-amazon-email": [`[a-z0-9]{1,40}(?:[._+-][a-z0-9]{1,40}){0,4}@${LABEL}(?:\\.${LABEL}){1,3}`],
  "off-amazon-at": ["\\(at\\)", "\\[at\\]", "\\{at\\}", "<at>", "at", "@"],
  "off-amazon-dot": ["\\(dot\\)", "\\[dot\\]", "\\{dot\\}", "<dot>", "dot"],
  "off-amazon-tld-word": ["com", "net", "org", "co", "io", "us", "uk", "ca", "de", "shop", "store"],
  // Phone numbers: North American with separators, international with +, and looser forms next to a phone word.
  "off-amazon-phone": [
    "(?:\\+?1[ .-]?)?(?:\\([2-9]\\d{2}\\)|[2-9]\\d{2})[ .-]?[2-9]\\d{2}[ .-]\\d{4}",
    "\\+\\d{1,3}[ .-]?(?:\\(\\d{1,4}\\)[ .-]?)?\\d{2,4}(?:[ .-]?\\d{2,4}){2,4}",
    // Spelled out digit by digit: "8 0 0 - 5 5 5 - 0 1 7 3".
    "(?:1 ?[.-]? ?)?\\d \\d \\d ?[.-]? ?\\d \\d \\d ?[.-]? ?\\d \\d \\d \\d",
  ],
  "off-amazon-phone-loose": ["0\\d{2,4}[ .-]?\\d{3,4}[ .-]?\\d{3,4}", "\\d{10,11}", "(?<![\\d)][ .-]?)\\d{3}[ .-]\\d{4}"],
  "off-amazon-phone-cue": [
    "call",
    "calling",
    "text",
    "texting",
    "sms",
    "phone",
    "telephone",
    "tel",
    "mobile",
    "cell",
    "whatsapp",
    "whats app",
    "wechat",
    "viber",
    "telegram",
    "hotline",
    "helpline",
    "dial",
    "ring",
    "phone number",
    "mobile number",
    "contact number",
  ],
  // Messaging apps and social networks.
  "off-amazon-app": ["(?:{off-amazon-app-name})(?!\\.[a-z])"],
  "off-amazon-app-name": [
    "whatsapp",
    "whats ?app",
    "wechat",
    "we chat",
    "weixin",
    "telegram",
    "viber",
    "kakao ?talk",
    "line app",
    "skype",
    "discord",
    "signal app",
    "instagram",
    "insta",
    "ig",
    "tiktok",
    "tik tok",
    "facebook",
    "fb",
    "facebook messenger",
    "twitter",
    "snapchat",
    "pinterest",
    "youtube",
    "linkedin",
    "threads app",
    "social media",
    "socials",
  ],
  // Verbs that reach someone.
  "off-amazon-reach": [
    "contact(?:ing)?",
    "reach(?:ing)?",
    "dm",
    "pm",
    "message",
    "messaging",
    "msg",
    "text",
    "texting",
    "call",
    "calling",
    "chat",
    "chatting",
    "talk",
    "add",
    "follow",
    "find",
    "join",
    "connect",
    "send",
    "ping",
    "write",
    "hit (?:us|me) up",
    "get in touch",
    "visit",
    "like",
    "subscribe",
    "look (?:us|me) up",
    "search",
  ],
  "off-amazon-via": ["on", "via", "through", "thru", "over", "using", "at", "in", "by", "with"],
  // A channel that leaves Amazon.
  "off-amazon-channel": [
    "phone",
    "telephone",
    "mobile",
    "cell",
    "e-?mail",
    "text",
    "text messages?",
    "sms",
    "whatsapp",
    "wechat",
    "telegram",
    "viber",
    "skype",
    "facetime",
    "zoom",
    "our (?:own )?(?:website|web site|site|web ?shop)",
  ],
  "off-amazon-us": ["us", "me", "our (?:team|office|support|staff|manager|agent|hotline|store|shop|seller|service team|customer service)"],
  // Inside Amazon: these keep a contact request compliant.
  "off-amazon-inside": [
    "amazon",
    "buyer-seller",
    "buyer seller",
    "seller central",
    "this (?:message|thread|conversation|chat|email)",
    "here",
    "the message center",
    "your orders",
    "the amazon app",
  ],
};

export const rules: readonly RuleSpec[] = [
  {
    id: "off-amazon-contact/link",
    category: "off-amazon-contact",
    channels: ["message"],
    severity: "violation",
    message: "Links to a website outside Amazon. Buyer messages may only link to Amazon's own pages.",
    pattern: [
      "{off-amazon-url}",
      "{off-amazon-domain}",
      "(?!amazon(?![a-z0-9]))[a-z0-9_]{2,40} ~0 (?:dot|\\(dot\\)|\\[dot\\]) ~0 (?:com|net|org|shop|store|io|co)(?!-)",
    ],
    suggestion: "",
    sharedExceptions: false,
  },
  {
    id: "off-amazon-contact/email-address",
    category: "off-amazon-contact",
    channels: ["message"],
    severity: "violation",
    message: "Gives an email address. Buyer messages must keep the conversation inside Amazon's messaging.",
    pattern: [
      "{off-amazon-email}",
      "{off-amazon-local} ~0 {off-amazon-at} ~0 {off-amazon-local} ~0 {off-amazon-dot} ~0 {off-amazon-tld-word}",
    ],
    suggestion: "",
    sharedExceptions: false,
  },
  {
    id: "off-amazon-contact/phone-number",
    category: "off-amazon-contact",
    channels: ["message"],
    severity: "violation",
    message: "Gives a phone number. Buyer messages must keep the conversation inside Amazon's messaging.",
    pattern: ["{off-amazon-phone}", "{off-amazon-phone-cue} ~5 {off-amazon-phone-loose}"],
    span: [1, 1],
    suggestion: "",
    sharedExceptions: false,
  },
  {
    id: "off-amazon-contact/messaging-app",
    category: "off-amazon-contact",
    channels: ["message"],
    severity: "violation",
    message: "Sends the buyer to a messaging app or social network. Buyer messages must keep the conversation inside Amazon.",
    pattern: [
      "{off-amazon-reach} ~5 {off-amazon-via} ~2 {off-amazon-app}",
      "(?:contact|add|dm|pm|ping|message|text|call|follow|find) ~1 {off-amazon-app}",
      "(?:our|my) ~2 {off-amazon-app}",
      "{off-amazon-app} ~1 (?:ids?|handles?|usernames?|user names?|accounts?|numbers?|no|groups?|channels?|contacts?|pages?|profile|communit(?:y|ies)|fan ?page|live|shop|store|me|us|dm|dms|inbox)",
      "(?:dm|pm|inbox|direct message) ~0 (?:us|me)",
      "send (?:us|me) an? ~0 (?:dm|pm|direct message)",
      "@[a-z_][a-z0-9_]{1,29}(?:\\.[a-z0-9_]{1,30}){0,2}",
    ],
    unless: ["(?:your|the buyer's|customer's) (?:own )?{off-amazon-app} (?:notifications?|messages|app|feed|stories|reels|videos?|accounts?|profile)"],
    suggestion: "",
  },
  {
    id: "off-amazon-contact/contact-outside",
    category: "off-amazon-contact",
    channels: ["message"],
    severity: "violation",
    message: "Asks the buyer to contact the seller outside Amazon (phone, email, text, website). Keep the conversation in Amazon's messaging.",
    pattern: [
      "(?:call|phone|ring|text|sms|whatsapp|wechat|telegram|viber|skype|facetime|e-?mail) ~0 (?:to |with )?{off-amazon-us}",
      "(?:give|send|drop|shoot) ~0 (?:us|me) ~0 an? ~1 (?:call|ring|buzz|text|sms|e-?mail|whatsapp|phone call)",
      "(?:contact(?:ing)?|reach(?:ing)?|message|messaging|get in touch with|talk(?:ing)? (?:to|with)|speak(?:ing)? (?:to|with)|connect(?:ing)? with|chat(?:ting)? with) ~5 (?:by|via|over|through|on|using|at) ~1 {off-amazon-channel}",
      "(?:our|my) ~2 (?:phone|telephone|mobile|cell|whatsapp|wechat|contact|direct|personal) ~0 (?:numbers?|no)",
      "(?:our|my) ~2 (?:e-?mail|e-?mail address|email inbox)",
      "(?:visit|check|see|go to|head to|browse) ~2 (?:our|my) ~1 (?:official |own )?(?:site|blog)",
      "(?:our|my) ~1 (?:official )?(?:website|web site|webpage|web page|homepage|home page|online (?:store|shop)|web ?shop|e-?shop|shopify (?:store|shop)|independent (?:store|site))",
      "(?:toll-free|toll free|hotline|helpline|customer service line|support line)",
      "(?:send|give|share|provide|leave|tell) ~3 (?:your|ur) ~1 (?:e-?mail(?: address)?|phone(?: number)?|mobile(?: number)?|cell(?: number)?|whatsapp|wechat(?: id)?|telegram|contact (?:details|info|information|number))",
      "(?:outside|off) (?:of )?(?:amazon|the (?:amazon )?platform)",
      "google ~3 (?:our|my|the) ~1 (?:website|site|brand|company|shop|store|name)",
      "search ~4 (?:on|in) google",
    ],
    unless: [
      "(?:through|via|on|in|using|with|inside|within) ~2 {off-amazon-inside}",
      "(?:amazon|carrier|courier|ups|fedex|usps|dhl|driver) ~3 (?:will|may|might|should|can) ~2 (?:call|email|e-mail|text|contact)",
      "(?:don't|do not|no need to|never|not) ~3 (?:call|phone|email|e-mail|text|contact)",
      "(?:doctor|pharmacist|physician|poison control|vet|veterinarian|electrician|plumber|installer|bank|911|emergency)",
    ],
    suggestion: "reply to this message",
  },
];
