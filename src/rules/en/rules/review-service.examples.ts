import type { RuleExamples } from "../../types.ts";

export const examples: Record<string, RuleExamples> = {
  "review-service/review-club": {
    "flags": [
      "Welcome to the [[rebate squad]]! Buy, post, get paid back.",
      "We keep a [[roster of 300 Amazon reviewers]] ready for new launches.",
      "Want to join our [[list of reviewers]]? Reply here and we will add you.",
      "Add yourself to our [[tester list]] and we will send new products to review as they launch.",
      "Join our [[REVIEWER CLUB]] and get first dibs on every launch!",
      "You're invited to our product [[tester community]]: sign up with a single click.",
      "We run a small [[circle of trusted reviewers]] for new launches."
    ],
    "passes": [
      "Our stars are earned: we have never paid for reviews or used review groups of any kind.",
      "Our mail-in rebate program gives you $10 back; just send the receipt.",
      "Check the reviews list on the product page to see what others think.",
      "Our team of engineers reviews every complaint.",
      "Our customer review team reads every comment and passes it on to engineering.",
      "This kettle was tested by a panel of beta testers before launch.",
      "A product testing panel at our plant inspects a sample from each batch.",
      "We never use review clubs, tester groups or paid review services.",
      "Amazon prohibits review clubs and review swaps."
    ]
  },
  "review-service/member-program": {
    "flags": [
      "Join our [[crew where shoppers]] get unreleased products in return for honest reviews.",
      "We run a [[community of 8,000 shoppers]] who buy at full price and are reimbursed once their review is posted.",
      "Part of our [[rebate program]]? Post, send a screenshot, get your money back.",
      "Join our [[Tester Rewards Club]]: free kits in exchange for reviews.",
      "Join the [[beta crew]]: gadgets are free, reviews are expected.",
      "Our beta [[tester program]] gives members free units; they post reviews within 10 days.",
      "[[Become a Brand Ambassador]]!\nAmbassadors receive two new products every quarter and post an Amazon review for each.",
      "Our [[insiders program]] is open: members get early releases at no cost and rate them on the listing.",
      "[[Hop into our Discord]] (link in bio) for free items for everyone who reviews.",
      "Join our [[WhatsApp group]] for free products in exchange for reviews!",
      "Hop into our [[Telegram channel]] for 100% refunded items: buy, review, get paid back.",
      "Our [[Discord community]] gets free gear for honest Amazon reviews.",
      "[[A partner]] of ours will contact you with a free sample; they just ask for an Amazon review afterwards.",
      "[[Our trusted partner]] sends discounted products to shoppers who review them."
    ],
    "passes": [
      "Our support community where customers swap cleaning tips is free to join.",
      "Our community of 8,000 shoppers swaps recipes in the newsletter every month.",
      "Join our beta tester program to try new firmware features early.",
      "Join our VIP club for first dibs on sales and a surprise on your birthday.",
      "Our brand ambassadors are professional chefs who cook with our pans every day.",
      "Our YouTube channel has setup videos for every model.",
      "Follow us on Instagram and join our Facebook group for recipes and tips.",
      "Reviews from our Facebook community have been wonderful this year.",
      "Our delivery partner will bring your replacement on Monday.",
      "We partnered with a charity to plant trees for every order."
    ]
  },
  "review-service/third-party-service": {
    "flags": [
      "We work with a [[site that pairs new launches with customers who post about]] them on Amazon.",
      "[[Reviewers wanted]]! Get our skincare line free in exchange for honest Amazon feedback.",
      "We work with a [[platform that finds reviewers]] for new listings.",
      "We use a review [[agency that pairs our listings with verified Amazon reviewers]].",
      "[[Sign up as a product tester]] on our partner site and receive items to review.",
      "We're [[recruiting honest Amazon reviewers]] for our new line of lip balms.",
      "We hired an agency that [[guarantees 40 reviews]] on the new listing this month.",
    ],
    "passes": [
      "We need reviewers like you to help other shoppers decide.",
      "Order now and see the reviews for yourself.",
      "Amazon uses a system that verifies reviews from real buyers.",
      "This kettle has been reviewed by an independent testing lab.",
      "Beware of fake review services that promise free products.",
      "Our QA testing team checks every unit before it ships.",
      "We guarantee 40 days of free returns on the new listing.",
    ]
  },
  "review-service/review-swap": {
    "flags": [
      "Our circle of 15 candle sellers is simple: each week every member [[reviews the other members' products]].",
      "hi fellow seller, happy to [[write about your lamp if you write about my]] rug",
      "Sellers, here's the chain: buy [[the listing above yours]], rate it, repeat.",
      "Everyone in the chat, [[post your ASIN]] and rate whoever posted before you.",
      "Fellow seller here: we'll [[rate your candles once you rate our]] soap bars.",
      "[[Rate my yoga blocks and I'll rate yours]].",
      "My [[customers can review your]] store if yours review mine.",
      "Are you open to a [[review trade]]? I will review your bottles if you review my candles.",
      "Fellow sellers: want to [[swap reviews]] on our new listings?",
      "Leave 5 stars on my listing and I'll [[leave 5 stars on yours]].",
      "Let's [[review each other]]'s products this month."
    ],
    "passes": [
      "We reported the copied photo; Amazon's catalogue team reviews the other sellers' listings for image misuse.",
      "Each week our QA lead reviews the other team's test notes before shipping.",
      "Please send the ASIN of the item you bought so we can check the listing.",
      "Our support team will write about your question in the FAQ.",
      "If you review our soap, we'll read your review carefully and reply.",
      "We'll review your case if you return our product.",
      "We ask our customers to review our products honestly.",
      "We exchange items within 30 days; just contact us.",
      "Trade in your old blender and get 20% off a new one."
    ]
  },
  "review-service/profile-sharing": {
    "flags": [
      "Our loyalty desk keeps track of reviewers. Could you [[tell us the name that shows on your Amazon reviews]]?",
      "[[Apply on our site with your Amazon profile link]] so we can follow your reviews.",
      "Remember to [[make your reviewer profile public]] so we can track your ratings.",
      "[[Sign up with your Amazon account name]] and get our new releases first; members just rate what they receive.",
      "Please [[paste your Amazon reviewer profile link]] so we can monitor your reviews.",
      "[[Add your Amazon account name]] on our portal so we can confirm your review.",
      "Please [[register your Amazon account name]] on our site so we can verify your reviews.",
      "Kindly [[send us the link to your Amazon profile]] so we can check that you reviewed the item.",
      "Could you [[paste your public profile URL]] here? It helps us keep track of who has reviewed.",
      "[[Reply with your Amazon reviewer name]] so we can find your review.",
      "Join our baking crew! We [[need your Amazon profile link]] so we can see your posts.",
    ],
    "passes": [
      "Could you tell us which name is printed on the delivery label so we can find your parcel?",
      "Apply on our site with your order number to register the warranty.",
      "Keep your Amazon account secure by turning on two-step verification.",
      "Sign up with your Amazon account to track your parcel.",
      "Your Amazon account settings let you manage your public profile.",
      "Please share your feedback with our customer care team.",
      "You can see all your reviews in your Amazon profile.",
      "Please update your shipping address in your Amazon profile settings.",
      "We never ask for your Amazon profile or track your reviews.",
      "We need your Amazon order number so we can see where the parcel is.",
      "The money should appear within five days; you can check the Amazon account for your refund then.",
    ]
  }
};
