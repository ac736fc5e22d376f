import type { RuleExamples } from "../../types.ts";

export const examples: Record<string, RuleExamples> = {
  "review-gating/if-happy-review": {
    flags: [
      "[[Only buyers who are fully satisfied are asked to share a few words on the product page]].",
      "[[Should the rug meet your expectations, a rating on Amazon]] would be welcome.",
      "[[If the clock has earned a spot on your shelf, we'd be grateful for a review]].",
      "[[If you're happy with the kettle, please leave us a review on Amazon]].",
      "[[If you love your new mat, we'd be grateful for a quick review]].",
      "We [[only hope for reviews from buyers who are truly delighted]] with the grill.",
      "[[IF YOU LIKE IT PLEASE LEAVE REVIEW]], IF NOT PLEASE MESSAGE US",
      "Leave a [[review if you loved it]]!",
      "[[If the charger lives up to your expectations, we'd appreciate a rating on Amazon]].",
      "[[Satisfied customers, please leave a review]] :)",
      "[[Since you liked the lamp so much, would you consider writing a review]]?",
      "[[If your dog loves it, tell other dog owners on Amazon]]!",
      "[[If the heater is doing its job, we'd welcome a review]]!",
      "[[Ratings are welcome only from buyers who are fully satisfied]] with the fit.",
      "[[Provided the heater is working as it should, would you post a quick review on Amazon]]?",
      "[[Happy buyers are what keep us going, so if you're one, a rating]] would mean a lot.",
      "[[If the kettle has made your mornings a little easier, we'd love a review on Amazon]].",
      "[[If the pillow lived up to what you were hoping for, we'd welcome a review]] from you.",
      "[[In case the cream brightened up your morning routine, a few words on the listing]] would be lovely.",
      "[[Rate it on Amazon only if it was a great experience]]; anything else, email us.",
      "[[If you're glad you bought it, let other shoppers]] know!",
      "[[If u love the mug, leave us a r e v i e w]] 🙂",
      "Please [[only post a rating if you can give the lamp 5 stars]].",
    ],
    passes: [
      "Should the rug arrive damaged, a photo helps us send a new one fast.",
      "We only publish reviews from verified buyers, whether happy or not.",
      "Once you've tried the grinder for a week, would you leave an honest review?",
      "If you ever feel like reviewing the pillow, only honest words please.",
      "If you have a moment, we'd love your honest review.",
      "If you'd like to share your experience, here is the link to the review page.",
      "Whether you love it or not, please leave an honest review.",
      "If you feel like it, you can leave a review on Amazon.",
      "Provided the battery is charged, the vacuum runs for an hour; honest reviews are welcome.",
      "Happy customers tell us the handle is the best part, if that helps you choose a size.",
      "If the lamp lived up to what you hoped, great! Spare bulbs are in the box.",
      "In case the cream leaves your skin dry, use a little less each morning.",
      "If you have any questions, we're happy to help. We'd appreciate an honest review.",
    ],
  },
  "review-gating/happy-question": {
    flags: [
      "[[Smiling?]] Tell other shoppers on Amazon. Not quite? Tell us.",
      "Did the lunchbox [[make your mornings simpler?]] We'd appreciate a quick review!",
      "You [[told us you're delighted]] with the rug, great news! Could you leave a rating on Amazon too?",
      "[[LOVE IT?]] REVIEW IT!",
      "[[Loving your new blanket?]] Tell other shoppers on Amazon!",
      "Are you [[satisfied with the headphones?]] Please take a minute to rate them on Amazon.",
      "[[Happy with your order?]] Let the world know on Amazon ⭐",
      "Is [[everything working fine?]] A quick rating would mean so much to our workshop.",
      "Think it's [[worth it?]] Tell Amazon!",
      "[[Thanks so much for the kind words]]! Could you leave a review on Amazon too?",
      "Did the rack [[make your tiny kitchen tidier and easier?]] Then we'd be delighted to read your review.",
      "Did the mask [[make your skin glow?]] Then a rating on Amazon would be lovely.",
      "[[Pleased with the fit?]] 👉 Amazon. Not quite right? Reply here.",
    ],
    passes: [
      "Smiling? Good. Questions? Tell us any time at the number below.",
      "Sorry to hear you're not happy with the rug. Would you still be willing to leave a review?",
      "You said the lamp arrived late, we apologize. Would you consider leaving a review?",
      "We hope this planner makes your week easier. Honest reviews of any kind are welcome.",
      "Love it? Show a friend! Issue? Write to us.",
      "How are you enjoying the blender so far? We'd love an honest review when you have a minute.",
      "Would you like a replacement? Just reply here. Reviews help other shoppers too.",
      "Love it or hate it? Either way, leave an honest review.",
      "Adore it? Can't stand it? Either way, your honest rating helps other buyers.",
      "Thank you for the kind message about our packaging! Have a lovely weekend.",
    ],
  },
  "review-gating/if-so-review": {
    flags: [
      "Hope you're loving the new pan! [[If so, would you leave a review]]?",
      "We hope the vacuum is working great. [[If it is, could you leave a quick review]]?",
      "Hope the jacket fits! [[If it does, could you post a review]]?",
      "Happy with the grinder?\n[[YES → Please review]] it on Amazon\nNO → Email help@shop.example",
    ],
    passes: [
      "Did the parcel reach you? If not, please let us know so we can open a claim.",
      "Is the size right? If so, enjoy! If you want to leave an honest review, the link is in Your Orders.",
    ],
  },
  "review-gating/unhappy-contact": {
    flags: [
      "If you're satisfied, a review would help us a lot. [[If not, reach out]] to us and we'll make it right.",
      "Rate us on Amazon if you can! [[Unhappy with anything, call us]]: 555-0100.",
      "Tell other buyers what you think! If you're [[disappointed, our support line]] is open 9 to 5.",
      "Please review us on Amazon.\n[[Not 100% happy with the fit, email us]] at fit@shop.example.",
    ],
    passes: [
      "If you're not completely satisfied, please contact us for a free replacement.",
      "If it doesn't arrive on time, message us. Your honest review helps other buyers.",
      "Is the size right? If not, reply here and we'll exchange it. Honest feedback on Amazon is always welcome.",
      "Please leave an honest review. If you have any problems, contact us anytime.",
    ],
  },
  "review-gating/unhappy-skip-amazon": {
    flags: [
      "Not totally pleased? [[Skip Amazon]] and write to our owner directly.",
      "If something is wrong, please [[bypass Amazon]] and come straight to us.",
    ],
    passes: [
      "Unhappy with the delivery time? Amazon handles shipping for this order, so please contact them.",
      "Skip the queue: the quick-start card gets the speaker paired in a minute.",
    ],
  },
  "review-gating/us-first-beside-review": {
    flags: [
      "Tell Amazon how the duvet sleeps! Restless nights? Message [[us first]] and we'll sort it.",
      "Please rate us on Amazon. Anything to say about the fit? Email [[us first]].",
    ],
    passes: [
      "Please leave an honest review. To return the item, contact us first so we can send a label.",
      "Please leave an honest review when you can. Questions? Our help page has the answers.",
    ],
  },
  "review-gating/us-first": {
    flags: [
      "Please leave an honest review on Amazon. If there is any issue, contact [[us first]] so we can help.",
      "Not satisfied? Email [[us first]]: help@shop.example",
      "If you won't rate the grill 5 stars, talk to [[us first]] and we will make it right.",
    ],
    passes: ["Not the right size? Exchanges are free within 30 days.", "Even if you can't give us 5 stars, an honest review helps other buyers."],
  },
  "review-gating/contact-first": {
    flags: [
      "Not quite right? Drop us a line [[first ]]and we'll sort it.",
    ],
    passes: [
      "Questions about setup? Contact our support team first; they reply within an hour. Please leave an honest review too.",
      "If the product is damaged, contact us first before opening a return. Honest reviews are welcome.",
    ],
  },
  "review-gating/contact-before-review": {
    flags: [
      "Something off? Please allow us the chance to fix it[[ before you post a review]].",
      "Please reach out to us first[[ before writing a negative review]].",
      "Problem with your order? Contact us [[BEFORE leaving a review ]]and we will fix it fast.",
      "If anything is off, please email us[[ before you post anything]].",
      "Something broken? Please get in touch[[ instead of leaving negative feedback]].",
      "Any trouble at all, message us [[rather than posting a 1-star review ]]and we'll fix it.",
      "Colour a bit off? Give us a chance to swap it[[ before posting anything]].",
    ],
    passes: [
      "If your item arrived damaged, please contact us before returning it.",
      "Before you write your review, take a photo of the planter in the sun.",
      "Please don't hesitate to leave a negative review if we let you down; we read every one.",
    ],
  },
  "review-gating/review-later-contact": {
    flags: [
      "[[Instead of leaving a bad review, message us]] and we'll make it right.",
      "Honestly, we'd [[rather hear it from you first than see it in a review]].",
      "[[Before you write feedback that is less than glowing, give us a chance]] to put it right.",
      "Wrong size? [[Send us a note rather than a review]] and we'll exchange it.",
    ],
    passes: [
      "Instead of waiting on hold, message us here and we'll answer within the hour. Honest reviews are always welcome.",
      "Send us a photo rather than a description, so we can match the spare part.",
    ],
  },
};
