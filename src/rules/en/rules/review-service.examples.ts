import type { RuleExamples } from "../../types.ts";

export const examples: Record<string, RuleExamples> = {
  "review-service/review-club": {
    flags: [
      "Join our [[REVIEWER CLUB]] and get first dibs on every launch!",
      "You're invited to our [[product tester community]]: sign up with a single click.",
      "We run a small [[circle of trusted reviewers]] for new launches.",
    ],
    passes: [
      "Our customer review team reads every comment and passes it on to engineering.",
      "This kettle was tested by a panel of beta testers before launch.",
      "We never use review clubs, tester groups or paid review services.",
      "Amazon prohibits review clubs and review swaps.",
    ],
  },
  "review-service/member-program": {
    flags: [
      "[[Become a Brand Ambassador]]!\nAmbassadors receive two new products every quarter and post an Amazon review for each.",
      "Our [[insiders program]] is open: members get early releases at no cost and rate them on the listing.",
    ],
    passes: [
      "Join our VIP club for early access to sales and birthday surprises.",
      "Our brand ambassadors are professional chefs who cook with our pans every day.",
    ],
  },
  "review-service/social-deal-group": {
    flags: [
      "Hop into our [[Telegram channel]] for 100% refunded items: buy, review, get paid back.",
      "Our [[Discord community]] gets free gear for honest Amazon reviews.",
    ],
    passes: [
      "Follow us on Instagram and join our Facebook group for recipes and tips.",
      "Reviews from our Facebook community have been wonderful this year.",
    ],
  },
  "review-service/third-party-service": {
    flags: [
      "We use a review [[agency that pairs our listings with verified Amazon reviewers]].",
      "[[Sign up as a product tester]] on our partner site and receive items to review.",
      "We're [[recruiting honest Amazon reviewers]] for our new line of lip balms.",
    ],
    passes: [
      "This kettle has been reviewed by an independent testing lab.",
      "Beware of fake review services that promise free products.",
      "Our QA testing team checks every unit before it ships.",
    ],
  },
  "review-service/review-swap": {
    flags: [
      "Fellow sellers: want to [[swap reviews]] on our new listings?",
      "Leave 5 stars on my listing and [[I'll leave 5 stars on yours]].",
      "Let's [[review each other]]'s products this month.",
    ],
    passes: [
      "We exchange items within 30 days; just contact us.",
      "Trade in your old blender and get 20% off a new one.",
    ],
  },
  "review-service/profile-sharing": {
    flags: [
      "Please [[send us the link to your Amazon profile]] so we can confirm you reviewed the item.",
      "Could you [[paste your public profile URL]] here? It helps us keep track of who has reviewed.",
      "[[Reply with your Amazon reviewer name]] so we can find your review.",
    ],
    passes: [
      "You can see all your reviews in your Amazon profile.",
      "Please update your shipping address in your Amazon profile settings.",
      "We never ask for your Amazon profile or track your reviews.",
    ],
  },
};
