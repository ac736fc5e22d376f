import type { RuleExamples } from "../../types.ts";

export const examples: Record<string, RuleExamples> = {
  "positive-review-request/give-positive-review": {
    flags: [
      "Would you kindly leave us a [[five star review]] on Amazon?",
      "PLEASE LEAVE A [[GOOD REVIEW]]!!! We are new seller.",
      "Dear friend, please give us [[good feedback]] and support our little store.",
      "Could you take a minute to write a [[favourable review]] of the desk lamp?",
      "Drop us a [[5⭐ review]] when the blender arrives 😊",
      "Help us grow by posting a [[glowing Amazon review]] this week.",
      "pls leave [[gud review]], we try our best for you",
    ],
    passes: [
      "Please leave an honest review on Amazon whenever you have a minute.",
      "Leave a review, good or bad: every opinion helps us make the next batch better.",
      "Please click 'Helpful' on the positive reviews below the photos.",
      "Thanks for leaving such a glowing review, the whole team read it twice!",
      "Our guests always leave great reviews about the breakfast, and we hope you enjoy it too.",
    ],
  },
  "positive-review-request/ask-positive-review": {
    flags: [
      "We would be very grateful for a [[glowing testimonial]] on our listing.",
      "Thank you in advance for your [[five-star review]]!",
      "A [[positive review]] from you would really help our family business.",
      "Any chance of a [[good rating]]? 🙏",
      "Dear customer, a [[5-star evaluation]] from you is very important for our new shop, please help.",
    ],
    passes: [
      "We saw your five-star review and just wanted to say thank you.",
      "It doesn't need to be a glowing review, just an honest one.",
      "Please note that the 5-star reviews on our page come from verified buyers.",
      "Your honest opinion, positive or negative, is what we are grateful for.",
    ],
  },
  "positive-review-request/positive-experience": {
    flags: [
      "Please [[share your positive experience]] with other cyclists on Amazon.",
      "Would you [[leave some kind words]] about us on Amazon?",
      "[[Tell everyone how great]] our tea is on Amazon!",
    ],
    passes: [
      "We hope you have a great experience with your new office chair.",
      "Share your experience on Amazon, good or bad, it all helps.",
      "Love it? Tell your friends how great it is!",
    ],
  },
  "positive-review-request/five-stars": {
    flags: [
      "[[Rate us 5⭐]] on Amazon, thank you!",
      "Pls [[give 5 star]] for us, thank you very much my friend",
      "On the form, [[tap the fifth star]] and press submit.",
      "How to review: 1. Open Your Orders 2. [[Choose ★★★★★]] 3. Add a photo",
      "Would you mind [[upgrading your 3-star review to 5 stars]]?",
      "[[Can you support us with f1ve st@rs]] on Amazon? 🙏",
      "It would be great if you could [[leave us 5 stars]] on Amazon.",
      "Would you do us a favour and [[rate the pump highly]]?",
      "[[5 STARS PLEASE]]!! 🙏",
    ],
    passes: [
      "Rate us anywhere from 1 to 5 stars, it's entirely up to you.",
      "Our customers rate this kettle 4.9 out of 5 stars.",
      "★☆☆☆☆ or ★★★★★, pick whatever matches your experience.",
      "Under Amazon's policy we may not request five stars from you; just be honest.",
      "Scan the code to see why our customers give us five stars.",
      "Please update the firmware to version 5.0 before first use.",
      "Star rating guide: 5 stars means excellent, 1 star means poor.",
      "Please give the glue 5 minutes to set before you use the shelf.",
    ],
  },
  "positive-review-request/hope-for-five-stars": {
    flags: [
      "Please rate the lamp soon. Fingers crossed, we [[hope it's five stars]]!",
      "Our team's [[goal is a perfect 5.0]] on this listing, can you help?",
      "[[Hoping for nothing less than 5 stars]] from you 😉",
      "[[Did we earn your 5 stars]]? Let us know!",
      "A [[five star rating would make]] our day!",
    ],
    passes: [
      "We aim for five-star service on every single order.",
      "We hope your new boots keep your feet dry all winter.",
      "Whether you'd give it 1 star or 5 stars, we want to hear your honest opinion.",
      "We want honest reviews, not just five-star ones.",
    ],
  },
  "positive-review-request/raise-rating": {
    flags: [
      "Any chance you could [[add a star]] or two now that it's fixed?",
      "Would you consider giving us a [[higher rating]] now that the issue is solved?",
      "maybe you could [[bump that 3★ up]] a little? 🙏",
      "Please help us [[raise our rating]] on Amazon.",
    ],
    passes: [
      "We're working hard to improve our rating by making better products.",
      "Higher ratings are not something we can ask for, so please simply be honest.",
      "Our new model has a higher score than the old one in every lab test.",
    ],
  },
  "positive-review-request/dictate-content": {
    flags: [
      "When writing your [[review please highlight]] the soft fabric and the quick delivery.",
      "Could you [[mention our fast shipping and friendly support in your review]]?",
      "Could you [[write in your review that]] the assembly took less than 10 minutes?",
      "If possible, please edit your [[review to say that]] we solved the issue quickly.",
    ],
    passes: [
      "When you write your review, please describe your experience honestly.",
      "Many reviews mention the long battery life, which is accurate at medium volume.",
      "Please mention your order number when you message us.",
      "In your review, feel free to mention anything you liked or didn't like.",
    ],
  },
  "positive-review-request/prewritten-review": {
    flags: [
      "To make it easy, [[here is a short review]] you could use: \"Best kettle ever, boils fast!\"",
      "Feel free to [[copy and paste this text into your Amazon review]]: great value, fast shipping.",
      "We attached a [[suggested review text]] for the product page, just post it as is.",
    ],
    passes: [
      "Here's the link to the review page for your order.",
      "Please keep a copy of your receipt in case you need the warranty.",
      "Please write your review in your own words, whatever you think.",
    ],
  },
  "positive-review-request/repost-praise": {
    flags: [
      "Could you [[post those kind words as your Amazon review]]?",
      "Would you be willing to [[post the same message you sent us as a review]] on Amazon?",
      "We loved your note! Could you [[share that as a review]] too?",
    ],
    passes: [
      "Please share your comments on Amazon, whatever they are.",
      "Thank you for your kind words, we passed them on to the workshop.",
    ],
  },
  "positive-review-request/discourage-negative": {
    flags: [
      "[[Please don't leave us a negative review]], we are a small shop.",
      "Please [[do not give us 1 star]], it will hurt our business.",
      "[[NO BAD REVIEWS]] PLEASE! We work hard for you.",
    ],
    passes: [
      "Please don't hesitate to leave a negative review if we let you down.",
      "We have no bad reviews so far and we'd like to keep our quality high.",
      "Amazon does not allow sellers to discourage negative reviews, so write what you think.",
    ],
  },
};
