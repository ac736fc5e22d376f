import type { RuleExamples } from "../../types.ts";

export const examples: Record<string, RuleExamples> = {
  "off-amazon-contact/address": {
    flags: [
      "Drivers are at [[www dot padmaster dot xyz]] for download.",
      "Download the app at [[zenlamp.cn]] today.",
      "Grab the printable manual at [[https://docs.brewmate.io/manual-v2]] before your first brew.",
      "Our size chart lives at [[www.trailknit.com/size-guide]].",
      "Full video walkthrough: [[youtu.be/Qm3xT8]]",
      "We post weekly tips in our group [[facebook.com/groups/sourdoughfriends]]",
      "Claim the extended guide here: [[bit.ly/4hGt2Lw]]",
      "JOIN US AT [[T.ME/GARDENHACKS]] FOR SEED SWAPS",
      "Pls check [[http://www.easy-fix-parts.net/faq]] for the spare part list.",
      "The wiring diagram is on [[voltcraft dot io]] under Downloads.",
      "Please send the photos to [[claims@hearthandhome.co]] so we can log it.",
      "my mail is [[tina.huang2021@163.com]]",
      "Write to [[rob (at) fixitkits (dot) com]] for the spare hinge.",
      "Contact [[sam at gmail dot com]] anytime.",
    ],
    passes: [
      "Your polka dot top ships today.",
      "Your review link, if you want it: https://www.amazon.de/review/create-review?asin=B0D1EXAMPLE",
      "You can see the order status at amazon.co.uk/your-orders.",
      "Share the item with your sister using this link: https://a.co/d/4kLmN9z",
      "Firmware v2.4.1 fixes the pairing bug on model TX-300.",
      "The kit fits 1.5 in. pipes, e.g. most sink drains.",
      "Amazon will email you the return label within a day.",
      "Point the arrow at the dot on the base, then twist to lock.",
      "Reply here with a photo and we will take a look at the seam.",
    ],
  },
  "off-amazon-contact/phone-number": {
    flags: [
      "Our technician is available at [[1-800-555-0123]] on weekdays.",
      "Text [[(312) 555-0199]] and we'll send a video.",
      "whatsapp [[+86 135 1234 5678]] for after sale",
      "Call our London office on [[020 7946 0018]].",
      "Reach me on my cell, [[555-0147]], after six.",
      "Any questions? Our line is [[646.555.0110]].",
      "Ring the parts desk at [[8 8 8 - 5 5 5 - 0 1 9 2]] after lunch.",
    ],
    passes: [
      "Your order 113-7766554-2210987 left our warehouse on 2024-03-18.",
      "Each scoop has 1,200 mg of creatine and costs $0.45.",
      "Torque the bolts to 35-40 ft-lb, then re-check after 100 miles.",
      "Per FCC Part 15, (1) the unit must not cause harmful interference and (2) must accept any interference.",
      "Input 100-240 V, 50/60 Hz; output 12 V / 2 A.",
      "Serial 4821-7730 is printed under the base.",
    ],
  },
  "off-amazon-contact/app-us": {
    flags: ["Kindly [[DM us on Instagram]] and we will ship the missing screws.", "[[hit me up on whatsapp]] bro", "[[Message us on Facebook]] for a faster answer."],
    passes: ["The watch vibrates for WhatsApp and Instagram notifications once paired.", "Message us here through Amazon if the pump stops."],
  },
  "off-amazon-contact/messaging-app": {
    flags: [
      "Please [[add my WeChat]] so I can send you the video.",
      "Our [[Telegram channel]] posts firmware tips every week.",
      "Follow our shop on TikTok [[@glowcraft.studio]]!",
      "We started a [[Facebook community]] for owners of the smoker.",
      "Send the pictures to [[my WhatsApp]] and I'll check.",
      "Shall we [[move this chat to Viber]]? It is quicker for photos.",
    ],
    passes: [
      "Your photos look great; the lighting would make them Instagram-ready.",
      "If you keep seeing Facebook ads for this lamp, they are not ours; this chat stays on Amazon.",
      "Connect the camera to your own Facebook account only if you want live streaming.",
    ],
  },
  "off-amazon-contact/call-us": {
    flags: [
      "For faster help, [[call us]] any weekday morning.",
      "PLEASE [[TEXT ME]] BEFORE YOU SEND IT BACK.",
      "if any problem plz [[email to me]] first",
      "Thanks for the photos! [[Email us]] and we will check the seal.",
    ],
    passes: [
      "If the lid still leaks, just reply to this message and we'll help.",
      "The courier will call you before delivery.",
      "Please don't call us; a reply here reaches the whole team.",
      "Call the courier if the box has not arrived by Friday.",
    ],
  },
  "off-amazon-contact/give-us-a-call": {
    flags: [
      "[[Shoot me an email]] and I'll sort out the missing part.",
      "If the seal still leaks, [[give us a call]] and we'll send a new one.",
      "Please [[drop us a quick email]] with a photo of the label.",
    ],
    passes: ["Drop us a message here on Amazon and we'll send a new one."],
  },
  "off-amazon-contact/contact-outside": {
    flags: [
      "Could we sort this out [[over a short video call]]?",
      "Please [[reply with your phone number]] so our courier can reach you.",
      "[[What's your mobile number]]? Our technician will ring you.",
      "It is quicker to [[contact us by phone]] than through messages.",
      "Please [[send us your phone number]] so the courier can reach you.",
      "Let's continue this chat [[outside Amazon]], it's easier.",
      "You'll find the warranty form on [[our official website]].",
    ],
    passes: [
      "You need your mobile number to log in to the app.",
      "We have received your phone call request; please reply here.",
      "If the image looks dark in a Zoom call, raise the brightness.",
      "You can contact us through Buyer-Seller Messaging at any time.",
      "If the swelling persists, call your doctor.",
      "This setting is called Eco Mode in the app.",
      "We'll email the invoice to you through Amazon's message center.",
    ],
  },
};
