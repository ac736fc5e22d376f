import type { RuleExamples } from "../../types.ts";

export const examples: Record<string, RuleExamples> = {
  "marketing/sale": {
    flags: [
      "Heads up: every kettle in our store is [[25% off]] until midnight.",
      "Our [[Black Friday sale]] starts now!",
      "[[Stock up]] on filters while the price is low.",
      "Limited stock left, [[grab yours now]]!",
      "FLASH DEAL!!! [[Buy 1 get 1]] on all phone stands",
      "we have [[special price]] for old customer",
      "This week we're doing a [[2-for-1]] on all silicone lids.",
      "Curious what's new? Browse [[our latest deals]] anytime.",
    ],
    passes: [
      "Your 15% promo was applied at checkout; the invoice shows $25.49.",
      "We noticed the price dropped after your purchase and refunded you the difference.",
      "No big deal, a new seal is on the way.",
      "This heater can save 40% on your electricity bills.",
      "The battery reaches 80% in 25 minutes.",
      "Sorry for the trouble; we refunded 20% of the price for the scuffed corner.",
    ],
  },
  "marketing/future-coupon": {
    flags: [
      "Here's a little thank-you: [[code CALM10 takes 10% off your next purchase]].",
      "[[Use coupon code]] MUG15 for 15% off any mug.",
      "Enjoy [[free shipping on your next order]] with us.",
      "Take [[$10 off any future purchase]] as our way of saying thanks.",
      "Please accept a [[voucher for anything in our store]].",
      "Anyone who posts a review gets [[20% off your next order]].",
    ],
    passes: [
      "The coupon you clipped was applied automatically, so there's nothing else to do.",
      "Enter the pairing code 1234 when the speaker asks for it.",
      "Please use the code on your warranty card to register the blender.",
      "The discount was already applied to this order; your next order will ship from Texas.",
      "We cannot give out discount codes, sorry.",
    ],
  },
  "marketing/cross-sell": {
    flags: [
      "If you like the mug, [[you'll also love our matching]] saucers.",
      "[[Check out our other scents]] in the same collection.",
      "Find more in [[our Amazon storefront]].",
      "Just [[search our brand]] name, you will see more pretty things.",
      "These planters [[look gorgeous with our]] macrame hangers.",
      "[[Customers who bought this tent also bought]] our camp chairs.",
      "[[We also carry matching]] curtain rings in three finishes.",
      "[[Complete the look]] with the matching scarf.",
      "Loved the blue one? It also [[comes in 5 more colors]]!",
    ],
    passes: [
      "We hope you love your new desk lamp!",
      "We would also like to apologize for the late delivery.",
      "The earbuds pair perfectly with your phone after a reset.",
      "Please complete the set-up wizard before the first run.",
      "Would you like the new filter sent to your home address?",
      "Check out the troubleshooting section on page 6 of the manual.",
    ],
  },
  "marketing/new-product": {
    flags: [
      "[[Our newest espresso grinder launches]] next Tuesday.",
      "We're thrilled to [[announce the launch]] of our bamboo line.",
      "[[New arrivals]] every Friday in our shop!",
      "Members get [[early access]] to every drop.",
      "[[Pre-order now]] for spring delivery.",
      "[[we have new product arrive]], very nice",
      "[[Be the first to try]] our cold brew kit.",
      "[[Our new fall collection just landed]].",
      "Good news, [[our Christmas gift sets are now available]] for pre-holiday shipping.",
    ],
    passes: [
      "Our latest firmware is now available in the app.",
      "Your replacement will arrive on Thursday.",
      "The new cylinder we introduced in March fixes the wobble.",
      "Please keep an eye on the tracking page for updates.",
      "Your new kettle is here! Rinse it twice before first use.",
      "Stay tuned; tracking will appear within a day.",
    ],
  },
  "marketing/follow-us": {
    flags: [
      "[[Follow us]] for weekly baking tips!",
      "[[Follow our page]] on Facebook to see new patterns.",
      "[[Sign up for our newsletter]] and never miss a recipe.",
      "[[Like our Facebook page]] to hear about events.",
      "[[Tag us]] in your photos of the finished quilt.",
      "[[Find us on social media]] for weekly styling ideas.",
      "Want recipes? [[Join our mailing list]].",
    ],
    passes: [
      "Please follow the steps in the quick-start card.",
      "We'll follow up with you here once the part ships.",
      "We never send newsletters through Amazon messages.",
      "Our team would like to follow your case closely until it's fixed.",
    ],
  },
  "marketing/vip-perks": {
    flags: [
      "You're now on our [[VIP list]] with members-only pricing.",
      "Earn [[loyalty points]] on every order.",
      "Subscribers get [[exclusive discounts]] each month.",
      "[[Free shipping for life]] for our founding customers!",
      "Join our [[rewards program]] today.",
    ],
    passes: [
      "Thank you for being a loyal customer; your replacement ships today.",
      "This is an exclusive design made only for our brand.",
      "The VIP lounge at the airport has free Wi-Fi.",
    ],
  },
};
