import type { RuleExamples } from "../../types.ts";

export const examples: Record<string, RuleExamples> = {
  "review-change/remove-review": {
    flags: [
      "Could you please [[delete your 1-star review]] now that it works?",
      "Would you [[take down the review]]?",
      "The new charger is on its way, so we kindly ask you to [[remove the negative feedback]] on our store.",
      "WE SENT YOU A FULL REFUND, NOW [[DELETE YOUR REVIEW]] PLEASE",
      "Hello friend, kindly help us [[remove bad comment]], we are very small shop.",
      "Is there any way you could [[withdraw the seller feedback]] from last month?",
    ],
    passes: [
      "Remove the protective film before use.",
      "You can delete the app data from settings.",
      "You can remove or edit your review at any time from the Your Orders page.",
      "Please remove the hang tag and the foam insert before wearing the boots.",
      "We will never ask you to delete a review, whatever you decide to write.",
      "Delete the old pairing from your phone, then hold the button for 5 seconds.",
    ],
  },
  "review-change/change-review": {
    flags: [
      "Now that the replacement has arrived, would you consider [[updating your review]]?",
      "We respectfully ask you to [[reconsider the rating]] you gave our hotel pan set.",
      "Hi Dana, glad the zipper is fixed! Could you [[edit ur review]] when you have a minute?",
      "If your opinion has changed since then, [[revising your seller feedback]] only takes a moment.",
      "dear customer we resend the part free, please [[modify bad review]], thank you so much",
      "It would mean a lot if you could [[change the stars on your review]] after trying the new unit.",
      "Could you kindly [[re-rate]] the lamp now that the switch works?",
    ],
    passes: [
      "Update the firmware when the app asks you to.",
      "If you need to change the gift message, reply before 2 PM.",
      "We updated the size chart after reading the feedback from several buyers.",
      "Whether you update your review or not is entirely up to you.",
      "Please check the wattage rating on the label before you change the bulb.",
      "Thank you for updating your review, it was a lovely surprise this morning!",
      "You're always welcome to revise your feedback on your own schedule.",
      "We'll change the stitching pattern based on your feedback.",
    ],
  },
  "review-change/raise-rating": {
    flags: [
      "yo, any chance you could [[bump that 3 stars]] up a little?",
      "Since we fixed everything, would you consider [[adding another star]] or two?",
      "Could you [[change it to 5 stars]] once the new blade arrives?",
      "Please [[raise your rating]] now that the issue is gone.",
      "Now that it's sorted, [[we'd love a better rating]] from you!",
    ],
    passes: [
      "Our blankets are rated 4.7 stars by thousands of families.",
      "Rate it from 1 to 5 stars, whatever you honestly think.",
      "Raise the handle until it clicks, then lock it with the side lever.",
      "Drink a glass of water before weighing in to improve your score on the smart scale.",
    ],
  },
  "review-change/change-it": {
    flags: [
      "Your recent review says the mug leaked. We sent a new one with a better seal. Could you [[update it]]?",
      "That 2-star feedback is really unfair. Please [[remove it]] today.",
      "ALREADY GAVE US A LOW RATING? Tell us what broke, we will repair it, then [[update it]]!",
    ],
    passes: [
      "Your 1-star review was a fair warning for us. We fixed the seal on every new bottle.",
      "If the filter turns grey, please change it. Reviews of any kind are welcome.",
    ],
  },
  "review-change/remove-it": {
    flags: ["Thanks for your review. The refund went out today, so could you [[take it down]]?"],
    passes: ["If the sticker bothers you, please remove it gently with warm water. We read every review."],
  },
  "review-change/click-remove": {
    flags: ["Open Your Orders, find the feedback you left for us and [[click Remove]]."],
    passes: ["In the app, open Bluetooth settings and tap Remove device before pairing again."],
  },
  "review-change/look-again": {
    flags: [
      "The new bracket shipped today; would you mind [[taking another look at your review]]?",
      "Could you [[give your feedback a second look]] now that it works?",
    ],
    passes: [
      "Take another look at the manual if the light keeps blinking.",
      "We took another look at your review and passed it to our design team.",
      "We'll take a second look at your feedback and reply by Friday.",
    ],
  },
  "review-change/nudge": {
    flags: [
      "So glad the new cable works! Perhaps [[that 2-star rating could do with a small edit]]? 😉",
      "Thanks for letting us fix it, [[an updated rating would be so appreciated]].",
      "We would be grateful if you could [[reflect this resolution in your review]].",
      "Honestly, [[your review no longer reflects]] the product you have now.",
      "A quick [[edit to your review]] would help other shoppers a lot.",
      "Could you [[post a short update on your review]] saying the leak is gone?",
    ],
    passes: [
      "We saw your updated review and wanted to say thank you.",
      "Please mention the size you ordered in your review; it helps other parents.",
      "Our reviews reflect real experiences from verified buyers.",
      "Note: the star rating shown does not reflect our redesigned 2024 model.",
    ],
  },
  "review-change/once-changed": {
    flags: [
      "We will refund your order [[as soon as your rating has been changed]].",
      "Reply here [[once you have deleted the review]] and we will send the voucher.",
    ],
    passes: [
      "If your review was removed by Amazon, we had nothing to do with it.",
      "Once your parcel has been delivered, the tracking page will update.",
    ],
  },
  "review-change/pressure": {
    flags: [
      "[[The 2-star feedback you posted is hurting our]] little family shop badly.",
      "Because of [[your 1-star review, our account might be suspended]].",
      "Please understand that [[your review has really hurt us]].",
      "[[Your rating is totally unfair]], the delay was the courier's fault.",
    ],
    passes: [
      "Negative reviews help us find weak spots, so we read each one.",
      "Your review is fair, and we have already changed our supplier.",
      "Thank you for your 3-star review; we are sorry the strap snapped on day two.",
    ],
  },
};
