import type { RuleExamples } from "../../types.ts";

export const examples: Record<string, RuleExamples> = {
  "affiliated-review/insider-asked": {
    flags: [
      "Hi warehouse team! The new lunch bags are live, so please [[leave a review]] by Sunday.",
      "As our packaging supplier for six years, could you [[write a review]] of the finished candles?",
      "Are you part of the Nestwell crew, or related to one of us? Please [[post your honest review]] today.",
      "STAFF PURCHASE: if you used your employee discount, [[share a review]] on Amazon within a week.",
      "Since you've been helping us pack orders on weekends, would you [[leave a review]] for the tea towels?",
      "Dear partner, as one of our first investors, we'd love it if you'd order the balm and [[leave a review]].",
      "Hey! It's Dana from the gym. My candle shop is finally on Amazon - would you [[drop a review]] this week?",
      "Memo to all staff: the heated blanket launches Monday.\nAnyone who buys one and [[posts a review]] gets reimbursed through payroll.",
      "Hey, it's Kim from HR! My candle side business is on Amazon now - would you [[leave a quick review]]?",
      "A NOTE TO OUR SUPPLIERS AND PARTNERS: if you bought the lamp, we'd love to [[read your review]] on Amazon.",
      "Friends of the founders, please [[post yours]] this week.",
    ],
    passes: [
      "Hi there! I'm Nora, the founder. Our small team packs every order by hand, and an honest review would mean a lot.",
      "Our support staff will answer within a day. We'd appreciate an honest review when you're ready.",
      "All staff: please mark the most helpful reviews on our listing as Helpful this week.",
      "As a small manufacturer, we'd appreciate your honest review of the shelf.",
      "You're a valued friend of our shop! Please leave an honest review.",
      "It's perfect at the gym or the office. Please leave an honest review!",
    ],
  },
  "affiliated-review/group-asked": {
    flags: [
      "Friends & family, we'd love for each of you to [[leave a review]] on launch day.",
      "We are [[asking all our employees to review]] the new air purifier on Amazon this month.",
      "PLEASE, ALL FAMILY MEMBERS, [[LEAVE A REVIEW]] FOR MY SHOP THIS WEEK!",
      "Dear shareholders, kindly order the new protein bar and [[post a review]] once it arrives.",
    ],
    passes: [
      "Share it with friends and family, and leave us an honest review if you like!",
      "We're a family-owned bakery supply shop. Please leave an honest review on Amazon.",
      "From our family to yours: thank you! Honest reviews help small shops like ours.",
      "Dear friend, thank you for buy our lamp. Please leave honest review if you have time.",
      "Perfect for everyone in the office! We'd love your honest review.",
      "Our team members hand-pack every order, so please leave an honest review.",
    ],
  },
  "affiliated-review/asked-to-hide-relationship": {
    flags: [
      "Could you [[post a review]] for the lip balm? Just don't say we're cousins.",
      "Please [[write your review]] like a regular shopper would, with a photo or two.",
      "Please [[leave a review]] from your own personal account, not the company one.",
      "Can you [[leave a review]] under your wife's account so it looks natural?",
    ],
    passes: [
      "Don't mention it, we're glad we could help! An honest review is always welcome.",
      "No need to mention your order number when you write the review.",
      "Please write the review in your own words, whatever you think of the kettle.",
    ],
  },
  "affiliated-review/relative-asked": {
    flags: [
      "Hi Aunt Rosa! My planters are finally on Amazon. Could you order one and [[leave a review]]?",
      "Cuz! [[Drop a review]] on my hoodie listing when you can 🙏",
      "Thanks Grandpa! Can you and Grandma [[post reviews]] when the mugs arrive?",
      "Uncle Ray, the boots shipped today! Could you [[post a review]] once they arrive?",
    ],
    passes: [
      "Dear Grandma, happy 90th birthday! Love always, Sam and Mia.",
      "A perfect gift for Mom! We hope she loves it, and an honest review helps us a lot.",
      "Hello my friend, so sorry the bottle leaked. A new one ships today, no need to return.",
      "Hi there, this is Dad's Workshop Tools support. Your review helps other makers.",
    ],
  },
  "affiliated-review/own-people-reviewed": {
    flags: [
      "[[My mom and my sister have already left reviews]] on Amazon, so now it's your turn!",
      "Good news: [[our whole team has posted 5-star reviews]] on the listing.",
      "[[My dad already reviewed it]] for us, and so did my uncle.",
    ],
    passes: [
      "Our support team replies to every review within a day.",
      "Thousands of parents have left reviews for our travel stroller.",
      "Our team reviewed your request and a replacement is on its way.",
    ],
  },
  "affiliated-review/seller-reviews-own": {
    flags: [
      "Heads up: I'll [[leave a review from my personal account]] too, so look for mine.",
      "[[We posted a few reviews on our own listing]] to get it going.",
      "[[I rated it from my husband's account]] last night and it looks great.",
      "We set up 2 [[extra accounts to review]] the diffuser during launch week.",
    ],
    passes: [
      "We read every review on our listing, good or bad.",
      "Sign in to your account and go to Your Orders to leave a review.",
      "We'll post a reply to your review from our seller account today.",
      "We never ask our employees or their relatives to review our products.",
    ],
  },
};
