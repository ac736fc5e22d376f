import type { RuleExamples } from "../../types.ts";

export const examples: Record<string, RuleExamples> = {
  "review-gating/if-happy-review": {
    flags: [
      "[[If you're happy with the kettle, please leave us a review on Amazon]].",
      "[[If you love your new mat, we'd be grateful for a quick review]].",
      "[[IF YOU LIKE IT PLEASE LEAVE REVIEW]], IF NOT PLEASE MESSAGE US",
      "Leave a [[review if you loved it]]!",
      "[[If the charger lives up to your expectations, we'd appreciate a rating on Amazon]].",
      "[[Satisfied customers, please leave a review]] :)",
      "[[Since you liked the lamp so much, would you consider writing a review]]?",
      "[[If your dog loves it, tell other dog owners on Amazon]]!",
    ],
    passes: [
      "Once you've tried the grinder for a week, would you leave an honest review?",
      "If you ever feel like reviewing the pillow, only honest words please.",
      "If you have a moment, we'd love your honest review.",
      "If you'd like to share your experience, here is the link to the review page.",
      "Whether you love it or not, please leave an honest review.",
      "If you feel like it, you can leave a review on Amazon.",
      "If you have any questions, we're happy to help. We'd appreciate an honest review.",
    ],
  },
  "review-gating/divert-and-happy-review": {
    flags: [
      "[[If you are pleased with the blender, kindly share a review]]. If not, please message us first.",
      "Hi Ava,\n\n[[If everything went well, a review on Amazon]] would mean a lot.\n\nIf something isn't right, please tell us before posting anything.",
    ],
    passes: [
      "Please leave an honest review. If you have any problems, contact us anytime.",
      "If it doesn't arrive by Monday, let us know. Your honest review helps other buyers.",
    ],
  },
  "review-gating/happy-question": {
    flags: [
      "[[LOVE IT?]] REVIEW IT!",
      "[[Loving your new blanket?]] Tell other shoppers on Amazon!",
      "Are you [[satisfied with the headphones?]] Please take a minute to rate them on Amazon.",
      "[[Happy with your order?]] Let the world know on Amazon ⭐",
    ],
    passes: [
      "Love it? Show a friend! Issue? Write to us.",
      "How are you enjoying the blender so far? We'd love an honest review when you have a minute.",
      "Would you like a replacement? Just reply here. Reviews help other shoppers too.",
      "Love it or hate it? Either way, leave an honest review.",
    ],
  },
  "review-gating/if-so-review": {
    flags: [
      "Hope you're loving the new pan! [[If so, would you leave a review]]?",
      "We hope the vacuum is working great. [[If it is, could you leave a quick review]]?",
      "Happy with the grinder?\n[[YES → Please review]] it on Amazon\nNO → Email help@shop.example",
    ],
    passes: [
      "Did the parcel reach you? If not, please let us know so we can open a claim.",
      "Is the size right? If so, enjoy! If you want to leave an honest review, the link is in Your Orders.",
    ],
  },
  "review-gating/if-not-contact": {
    flags: [
      "If you're satisfied, a review would help us a lot. [[If not, reach out]] to us and we'll make it right.",
      "If the lamp meets your needs, please rate it on Amazon. [[If it doesn't, please tell us]] here.",
    ],
    passes: [
      "Is the size right? If not, reply here and we'll exchange it. Honest feedback on Amazon is always welcome.",
      "Did your package arrive? If not, please contact us so we can file a claim.",
    ],
  },
  "review-gating/praised-then-asked": {
    flags: [
      "Hi Liam, [[glad you like]] the color! If you have a second, a review on Amazon would help us a lot.",
      "[[Thanks so much for the kind words]]! Could you leave a review on Amazon too?",
    ],
    passes: [
      "So glad to hear the parcel arrived safely! Enjoy the jacket.",
      "Thank you for the kind message about our packaging! Have a lovely weekend.",
      "Hi Liam, glad you like the color! Let us know if you have any questions.",
    ],
  },
  "review-gating/contact-before-review": {
    flags: [
      "Please reach out to us first [[before writing a negative review]].",
      "Problem with your order? Contact us [[BEFORE leaving a review]] and we will fix it fast.",
      "[[Instead of leaving a bad review]], message us and we'll make it right.",
      "If anything is off, please email us [[before you post anything]].",
    ],
    passes: [
      "If your item arrived damaged, please contact us before returning it.",
      "Before you write your review, take a photo of the planter in the sun.",
    ],
  },
  "review-gating/rather-hear-than-review": {
    flags: ["Honestly, we'd [[rather hear it from you first than see it in a review]]."],
    passes: ["We'd rather you took your time: leave a review whenever you're ready."],
  },
  "review-gating/contact-first": {
    flags: [
      "Please leave an honest review on Amazon. If there is any issue, [[contact us first]] so we can help.",
      "If you have any problem, [[message us first]]. Otherwise, please leave a review on Amazon!",
    ],
    passes: [
      "Questions about setup? Contact our support team first; they reply within an hour. Please leave an honest review too.",
      "If the product is damaged, contact us first before opening a return. Honest reviews are welcome.",
    ],
  },
  "review-gating/unhappy-question-contact-first": {
    flags: ["[[Not satisfied?]] Email us first: help@shop.example", "[[Not quite right?]] Please message us before you post a review."],
    passes: ["Not the right size? Exchanges are free within 30 days.", "Any problems? Message us and we'll sort it out."],
  },
  "review-gating/unhappy-contact": {
    flags: [
      "Rate us on Amazon if you can! [[Unhappy with anything, call us]]: 555-0100.",
      "Please review us on Amazon.\n[[Not 100% happy with the fit, email us]] at fit@shop.example.",
    ],
    passes: [
      "If you're not completely satisfied, please contact us for a free replacement.",
      "If it doesn't arrive on time, message us. Your honest review helps other buyers.",
    ],
  },
  "review-gating/no-negative-review": {
    flags: [
      "If you have a problem, [[don't leave a bad review]], just contact us and we fix it.",
      "[[Please don't leave a review yet]]! Reach out to us first and we'll make it right.",
    ],
    passes: [
      "Please don't hesitate to leave a negative review if we let you down; we read every one.",
      "We will never ask you to avoid negative reviews. Contact us anytime for help.",
    ],
  },
};
