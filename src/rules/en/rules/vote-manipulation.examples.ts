import type { RuleExamples } from "../../types.ts";

export const examples: Record<string, RuleExamples> = {
  "vote-manipulation/press-button": {
    flags: [
      "There's a 1-star at the top of our page that's unfair. Please all [[hit Report]] on it.",
      "Could you [[click Helpful]] on the reviews that mention battery life?",
      "[[Smash that helpful]] button on our best reviews, friends!",
      "pls [[tap H.e.l.p.f.u.l]] under the review with the video 🙏",
      "Open the listing, find the review from Ann and [[press 'Not helpful']] on it.",
      "Please [[use the Report]] button on fake reviews.",
      "See that 1-star review on our page? [[Hit Report abuse]] so it disappears.",
      "Friends, [[click help.ful]] under the first 3 reviews of our mug!",
    ],
    passes: [
      "Our mug has 4.8 stars; please report any damage to us.",
      "Here's a helpful tip: descale the kettle once a month.",
      "Was this message helpful? Tell us by replying here.",
      "Click here for helpful videos about setting up the tent.",
      "Tap the button twice to pair the earbuds. We read every review.",
      "Report abuse of our trademark to brand@example.com.",
      "Please report a problem with your order through Your Orders. Reviews are welcome too.",
    ],
  },
  "vote-manipulation/mark-review": {
    flags: [
      "If you have a sec, [[vote the first review]] from Anna B. as useful.",
      "Please [[mark the review with the photos as helpful]].",
      "Kindly [[vote the negative comments as not helpful]].",
      "Could everyone [[flag the 1-star reviews on the rival listing as fake]]?",
      "If you have a minute, please [[report the review]] that says our charger melted.",
      "Team, keep [[flagging the fake reviews]] until Amazon removes them.",
      "Please [[vote on the reviews]] of our blender this week.",
      "guys pls [[vote the video reviews helpful]] 🙏",
      "Would you kindly [[report each of those comments as spam]] when you visit our page?",
    ],
    passes: [
      "Our products were voted best in show, and we thank every reviewer.",
      "Reviews marked as helpful appear first on the product page.",
      "We have reported the suspicious reviews to Amazon ourselves.",
      "Please report any issues in your review or by message, whichever you prefer.",
      "This review got 50 helpful votes from other shoppers.",
      "We flag every suspicious order for review before it ships.",
    ],
  },
  "vote-manipulation/mark-it": {
    flags: [
      "Support our little brand by [[marking helpful]] reviews on the listing!",
      "There's a harsh review at the top of our page. Could you [[mark it as unhelpful]]?",
      "That 1-star review is fake. Can you [[flag it]] for us?",
      "The review claiming the bottle leaks is bogus. Let Amazon know by [[reporting it]].",
      "Help other buyers! [[Upvote]] the reviews you agree with.",
      "Go to the reviews on our listing and [[vote them up]].",
      "[[We'd appreciate a helpful vote]] on the top review!",
    ],
    passes: [
      "Reviews marked as helpful appear first on the product page.",
      "Mark the date on the box so you remember when you opened it.",
      "Once the parcel arrives, mark it as received in the app.",
      "If the box arrives damaged, please report it to the carrier. Honest reviews are welcome.",
      "Our water bottle was voted best in show at the outdoor fair.",
      "Thumbs up if you love the color! Leave a review when you can.",
      "We'd appreciate your honest review, good or bad.",
      "Leave a review, and if the lid sticks, report it to us right away.",
    ],
  },
};
