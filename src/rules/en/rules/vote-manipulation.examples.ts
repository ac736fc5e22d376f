import type { RuleExamples } from "../../types.ts";

export const examples: Record<string, RuleExamples> = {
  "vote-manipulation/press-button": {
    flags: [
      "Could you [[click Helpful]] on the reviews that mention battery life?",
      "[[Smash that helpful]] button on our best reviews, friends!",
      "pls [[tap H.e.l.p.f.u.l]] under the review with the video 🙏",
      "Open the listing, find the review from Ann and [[press 'Not helpful']] on it.",
      "Please [[use the Report button]] on fake reviews.",
    ],
    passes: [
      "Here's a helpful tip: descale the kettle once a month.",
      "Was this message helpful? Tell us by replying here.",
      "Click here for helpful videos about setting up the tent.",
      "Tap the button twice to pair the earbuds. We read every review.",
    ],
  },
  "vote-manipulation/mark-as": {
    flags: [
      "Please [[mark the review with the photos as helpful]].",
      "Kindly [[vote the negative comments as not helpful]].",
      "Could everyone [[flag the 1-star reviews on the rival listing as fake]]?",
      "Support our little brand by [[marking helpful reviews]] on the listing!",
      "Please [[give the top reviews a 'Helpful']] today.",
    ],
    passes: [
      "Reviews marked as helpful appear first on the product page.",
      "Mark the date on the box so you remember when you opened it.",
      "We flag every suspicious order for review before it ships.",
    ],
  },
  "vote-manipulation/mark-it-as": {
    flags: ["There's a harsh review at the top of our page. Could you [[mark it as unhelpful]]?"],
    passes: ["Once the parcel arrives, mark it as received in the app."],
  },
  "vote-manipulation/report-review": {
    flags: [
      "If you have a minute, please [[report the review]] that says our charger melted.",
      "Team, keep [[flagging the fake reviews]] until Amazon removes them.",
    ],
    passes: [
      "Please report a problem with your order through Your Orders.",
      "We have reported the suspicious reviews to Amazon ourselves.",
      "Please report any issues in your review or by message, whichever you prefer.",
    ],
  },
  "vote-manipulation/report-abuse": {
    flags: ["See that 1-star review on our page? Hit [[Report abuse]] so it disappears."],
    passes: ["Report abuse of our trademark to brand@example.com."],
  },
  "vote-manipulation/report-it": {
    flags: [
      "That 1-star review is fake. Can you [[flag it]] for us?",
      "The review claiming the bottle leaks is bogus. Let Amazon know [[by reporting it]].",
    ],
    passes: ["If the box arrives damaged, please report it to the carrier. Honest reviews are welcome."],
  },
  "vote-manipulation/vote": {
    flags: [
      "Help other buyers! [[Upvote]] the reviews you agree with.",
      "Go to the reviews on our listing and [[vote them up]].",
    ],
    passes: [
      "Our water bottle was voted best in show at the outdoor fair.",
      "Thumbs up if you love the color! Leave a review when you can.",
    ],
  },
  "vote-manipulation/vote-on-reviews": {
    flags: [
      "Please [[vote on the reviews]] of our blender this week.",
      "[[We'd appreciate a helpful vote]] on the top review!",
    ],
    passes: [
      "This review got 50 helpful votes from other shoppers.",
      "We'd appreciate your honest review, good or bad.",
    ],
  },
};
