import type { RuleExamples } from "../../types.ts";

export const examples: Record<string, RuleExamples> = {
  "review-incentive/review-for-reward": {
    "flags": [
      "[[When you give feedback on Amazon for the kettle, we return 30% of the price]] to you.",
      "The 3-year [[warranty only becomes valid once your review on Amazon]] is live.",
      "Your 2-year [[warranty only becomes active once you post a review]] of the kettle.",
      "A [[£10 voucher goes to every buyer whose review]] is published on Amazon.",
      "Every [[review you post enters you into our draw]] for a hamper.",
      "[[Write your feelings about the lamp at Amazon, we give you a free]] bulb.",
      "[[Write a review of the bottle and we pay the product cost]] back to you.",
      "[[Tell other buyers how it went where you purchased it, and we'll make it worth your while]].",
      "Post [[yr thoughts on Amazon = a free]] tote.",
      "[[Screenshot your opinion on the listing and claim a bonus]] bottle.",
      "Send a [[screenshot of your rating and a $10]] credit will be issued to you.",
      "[[To unlock your bonus year of coverage, post a rating on the product page]].",
      "[[Write a few lines on Amazon, send us the link and we'll post the surprise gift]] to you.",
      "The 5-year [[warranty unlocks once your write-up]] is posted.",
      "Your [[warranty extends to 3 years for every buyer who writes a review]].",
      "[[Samples arrive monthly, no charge, as long as you keep posting reviews]].",
      "[[Tell other shoppers what you think, then email us the link and get a 10% coupon]].",
      "[[After you review the lamp, send a screenshot here and we will mail out]] a spare bulb.",
      "[[Rate the grinder on Amazon, then reply here and we'll mail out a bonus]] burr brush.",
      "[[Leave us a quick review and we'll mail you a $10]] Amazon gift card.",
      "[[WRITE A REVIEW TODAY AND GET 30% OFF]] YOUR NEXT ORDER!",
      "[[Drop a few words on Amazon about the blender, then reply here to claim a free]] recipe book.",
      "Dear buyer, you [[give 5 star for us, we give you 5 dollar]] by paypal.",
      "Send us a [[screenshot of your review and receive a bonus]] charging cable.",
      "Just [[rate it and get refunded]] in full.",
      "[[Post your review before Sunday to enter our monthly prize draw]].",
      "[[Tell everyone what you think on Amazon and unlock a lifetime warranty]] on your grinder.",
      "We will [[extend your warranty to five years once your review]] is posted.",
      "[[Once your review is up, we'll ship you]] a second pair.",
      "[[If you leave us a review, we will give you a coupon]] for 25% off.",
      "[[Once your rating is updated, we'll transfer $15]] to your PayPal.",
      "Each honest [[review earns you an entry into our giveaway]].",
      "Our loyalty club [[rewards every product review]] with 200 bonus points.",
      "We [[pay for each review]] you write, just send us the link.",
      "Testers try each gadget [[free and write a review]] in return.",
      "We give [[$1 to a children's hospital for every review]] our candles receive.",
      "We've got a [[small treat for anyone who tells friends about the stove on Amazon]].",
      "Our boxes ship [[at no cost and you simply post a review]] within a week.",
      "[[Early access to our spring drop goes to every customer who leaves a rating]].",
      "We will send you a [[free matching pillowcase if you post a review]].",
      "Full [[refund after you leave review]], contact us by message.",
      "Get a [[$20 gift card in exchange for your honest review]]!",
      "We can offer you a partial [[refund if you are willing to delete the one-star rating]].",
      "A [[15% discount code is yours for leaving a review]] this week.",
      "[[Bonus points are credited as soon as your rating]] shows up.",
      "As a small [[thank-you for sharing your experience]] on Amazon, please accept this 20% voucher.",
      "Every [[reviewer this season receives a bonus]] pack of filters.",
      "[[Testers get a complimentary]] unit and agree to review it within a week.",
      "Our top [[reviewers score early access]] to every launch.",
      "We send [[products to review at no cost]].",
      "About your review: [[delete it today and you'll receive a full refund]].",
      "Saw your 2-star review. [[Edit it to mention our quick fix and we'll send you a $15 voucher]].",
      "[[Rate the kettle on its Amazon page and we'll ship out]] a spare filter.",
      "[[Write a couple of lines about the teapot on the product listing, and we'll tuck a tin of oolong into your next parcel on the house]].",
      "[[Talk about your new rug on Amazon, then reply here to grab a bonus]] runner.",
      "[[Once your write-up appears, your next tin of wax ships free]].",
      "[[Say something about the candle on Amazon: the matching wick trimmer is on the house]].",
      "[[Leave a quick rating, then a 25% voucher]] lands in your inbox.",
      "[[Publish your honest take on the product listing, and store credit]] follows within a day.",
      "[[Reviewers of the new trail shoes get a free]] pair of insoles each spring.",
      "A [[bonus grip tape is yours when you talk about the racket on its Amazon page]].",
      "Full [[refund as soon as your reivew]] is posted.",
      "[[Share what you thought of the rug on Amazon and we'll knock a tenner off]] your next basket.",
      "[[Ratings earn you priority access]] to our holiday restock.",
      "Anyone who [[rates the planter on Amazon goes into our spring raffle]].",
      "[[Write a review and we reimburse the full price]].",
      "[[If you could post a few sentences about the tent on the listing, we'd be happy to send you a groundsheet for free]].",
      "[[Tell other buyers how the socks fit on Amazon and we'll pop a pair of wool liners in the post]].",
      "[[Drop a few words about the skillet on Amazon and pick up a free]] spatula from us."
    ],
    "passes": [
      "Your warranty becomes valid once your order is delivered, and honest reviews help us grow.",
      "We return 50% of the shipping fee if the parcel is late.",
      "Your warranty is active from the day of delivery; we hope you enjoy the kettle.",
      "Every order over £10 ships with a care card; reviews are always welcome.",
      "Fellow sellers: stop sending 'five stars for a free gift' cards, it got my friend suspended.",
      "If the bottle leaks, we pay the product cost back in full; no review needed.",
      "Snap a photo of the crack with a comment and we'll send a refund.",
      "Your warranty activates on the delivery date; if you have any issue, contact us.",
      "If the blender stops working, your warranty kicks in and we replace it free.",
      "To activate your warranty, scan the code on the box; honest reviews are welcome anytime.",
      "Send proof of purchase with a comment and a refund will follow.",
      "Your warranty extends to 3 years when you register the product.",
      "We can extend your warranty to two years if you register the grinder.",
      "No charge for the replacement part; please keep the receipt.",
      "Do share your comments with us and we'll send you our sizing tips.",
      "Leave a review and let us know if the size runs small.",
      "Please leave a review after you receive your free replacement.",
      "Feel free to leave a review, and contact us if you need anything.",
      "Please review the attached invoice and get back to us about the refund.",
      "REVIEWS KEEP SMALL SHOPS GOING, SO PLEASE LEAVE ONE. FREE SHIPPING ON ORDERS OVER $35.",
      "If you have any comments, we'll get back to you with a refund quote.",
      "If you leave a review, please mention the color you chose so other shoppers can compare.",
      "When you write your review, tell us whether the free carrying case was useful.",
      "After you post your review, you can track your refund status in Your Orders.",
      "We read every review and share the comments with our design team.",
      "You will receive a refund once we get the return; your review is welcome anytime.",
      "We're happy to refund you even if you leave a negative review.",
      "We've refunded your order in full; if you'd like, you can still write a review about your experience.",
      "Amazon does not allow us to give discounts or gift cards in return for reviews.",
      "Thanks for your review. Return it within 30 days and you'll receive a full refund.",
      "We read your review about the loose lid and will send you a spare seal today.",
      "Leave us a message on Amazon and we'll ship a free replacement for the cracked lid.",
      "Write to us on Amazon if the zipper fails and we'll mail out a new pouch.",
      "Read the ratings on Amazon and get 15% off your first order with code HELLO.",
      "Share this listing on Amazon with a friend and you both get 10% off.",
      "We never reward anyone for posting about our products on Amazon.",
      "Our top-rated grinder on Amazon gets 20% off this weekend.",
      "Register the heater on our website for the extended warranty; reviews on Amazon are always welcome.",
      "Tell us on Amazon if the seal leaks and the replacement is on us.",
      "Returns are free for 30 days; write about the kettle on Amazon if you like.",
      "Orders over $40 ship free. Tell other shoppers what you think on Amazon whenever you like.",
      "Post your question on the listing and we'll answer within a day with a full refund quote if needed."
    ]
  },
  "review-incentive/reward-as-thanks": {
    "flags": [
      "As a [[thank you for posting about our]] mug, here's a $5 gift card.",
      "To [[thank you for your review]], we would like to offer a free bottle of cleaner."
    ],
    "passes": [
      "Thanks for writing about it, here is a refund for the broken lid.",
      "Thank you for sharing your feedback; we have issued a full refund.",
      "Thanks for leaving a review, it means a lot to our small team."
    ]
  },
  "review-incentive/donation-per-review": {
    "flags": [
      "[[For every review]] posted this month, we donate $2 to the local food bank.",
      "[[Per review]] left on our listing, we plant a tree with our reforestation partner.",
      "[[For each write-up]] our lanterns get, we donate a solar lamp to a family in need."
    ],
    "passes": [
      "We donate 1% of every sale to ocean cleanup.",
      "Every review is read by our founder, and she gives each one a personal reply."
    ]
  },
  "review-incentive/reward-near-review": {
    "flags": [
      "[[FREE GIFT]]! Post a review on Amazon and email us the link.",
      "Share a clip of the fan on its Amazon product page, send us the [[link, and we'll mail you a bonus]] filter.",
      "We hand out [[free gadgets]] to anyone willing to review them on Amazon.",
      "The [[sample is completely free]]; all you do is post your thoughts on the listing.",
      "We ship [[free samples]] to our panel. Panel members review them on Amazon.",
      "[[Free gadgets]] every month. Honest reviews expected.",
      "Our tasting [[panel gets every new]] blend free. Panelists simply rate each bag on Amazon.",
      "[[Ambassadors receive our newest]] collection each season. Reviews are expected within ten days.",
      "[[CLAIM YOUR FREE GIFT]]\nStep 1: Leave a review on Amazon\nStep 2: Message us your order number",
      "[[Want a free]] spare brush head? Write a review and send us the link through Amazon messages.",
      "Would you mind editing your review? We'd gladly send a [[$25 voucher once that's done]].",
      "Could you post a review of the headphones? We will send you a [[$10 coffee card as thanks]].",
      "Mind leaving a rating for us? Happy to [[refund your shipping for your trouble]].",
      "Did your reveiw go up? Paste the [[link below and a $10 voucher is yours]]."
    ],
    "passes": [
      "Free gift wrapping is available at checkout. Reviews help other shoppers choose.",
      "This lotion is paraben-free, and our reviews show customers love the scent.",
      "Amazon Vine reviewers receive free products from Amazon, not from sellers.",
      "It's free to leave a review and it really helps a small brand like ours.",
      "Some sellers hand out free products for reviews; we never will.",
      "Enjoy the free samples included in your box! Reviews are always welcome.",
      "Free shipping on all orders. Leave a review anytime.",
      "Club members get 10% off every order. Thank you for shopping with us.",
      "Amazon Prime members get free delivery. Please leave a review when you can.",
      "Members of our club receive recipes each week, and reviews are always welcome.",
      "Our lab testers get the earliest prototypes so they can try to break them.",
      "Claim your free gift with every order over $50!\nWe'd appreciate an honest review.",
      "If the handle breaks, get a free replacement part by messaging us. Please leave a review anytime.",
      "FREE GIFT INSIDE: a spare set of silicone tips in three sizes.",
      "Send us a screenshot of the error code and we'll send you a new control board.",
      "Please share a screenshot of your order page so we can locate the package.",
      "Once your review is posted, our team will reply to it within a day.",
      "When you have posted your review, you can edit it anytime from Your Orders.",
      "We sent a new charger today. Once it's delivered, please check that it works.",
      "Please leave a review when you have time. Once that's done, you can track future orders in the app.",
      "As a thank you for your purchase, we've included 10% off your next order. Please leave a review if you like.",
      "Please leave an honest review. As thanks for your patience with the delay, we upgraded your delivery.",
      "Leave a review on Amazon, it's free and only takes a minute.",
      "Send us a photo of the cracked handle and a new one is on us. Reviews help other shoppers too."
    ]
  },
  "review-incentive/review-near-reward": {
    "flags": [
      "Your warranty can be extended to five years: [[all we need is the link to the review]] you post.",
      "We'd love to ship you our new travel mug at no charge. [[In return, please share an honest review]] on Amazon.",
      "You'll receive the full set free. [[All we ask is that you rate]] it within 2 weeks.",
      "[[After your review goes live]], let us know here. We have a thank-you gift waiting for you.",
      "[[Once you have posted]] your thoughts on Amazon, message us. A small surprise is on its way to you.",
      "Our summer giveaway has three $50 prizes. [[To enter, rate]] the hammock on Amazon and reply to this message."
    ],
    "passes": [
      "Your warranty can be extended to five years: all we need is the serial number from the base.",
      "How to enter the warranty programme: reply with your order number and a photo of the serial plate.",
      "We don't expect anything in return; an honest review is always welcome.",
      "All we ask is that you read the manual before first use.",
      "Once your review is live, thank you: it helps other buyers choose.",
      "Once you have posted the return, we will send a free replacement right away.",
      "To enter the warranty program, fill in the card. Reviews are welcome any time."
    ]
  },
  "review-incentive/reward-for-doing-so": {
    "flags": [
      "We'd love your take on Amazon. Buyers [[who do so get a tin of polish on us]].",
      "Tell fellow shoppers about the grill on Amazon! [[Everyone who does that gets a bonus]] set of skewers."
    ],
    "passes": [
      "Please rinse the bottle after each use. Customers who do so get years out of it, and reviews often mention the sturdy lid."
    ]
  },
  "review-incentive/simple-step": {
    "flags": [
      "Enter our prize draw for a tablet. [[All you must do is share a review]] of the kettle on Amazon.",
      "Grab a lifetime guarantee at no extra cost! [[Simply post your impressions on the listing]] within a week.",
      "Want a bonus refill pack? [[Just share your verdict on Amazon]] and message us the date."
    ],
    "passes": [
      "Enter the code on the box to register. All you need to do is write your name on the card.",
      "Register your kettle to activate the standard warranty. Simply leave a review whenever you like.",
      "Your refund has been issued. Just leave a review if you feel like it.",
      "Your order ships free with Prime. We'd love a review on Amazon when you have time.",
      "We'd be happy to send you a free replacement if the strap snapped. Feel free to share your experience on Amazon."
    ]
  },
  "review-incentive/offer-near-change": {
    "flags": [
      "Please write a short review for the lamp. When it is posted, [[we will give you a discount]] code.",
      "Is there any way you could remove the 1-star review? [[We are prepared to compensate]] you with $40.",
      "[[We'll PayPal]] you $30 today. Could you update your rating afterwards?",
      "Hey Jake, could you buy one and write a review? I'll [[pay you back]] tonight.",
      "Order the lamp with your own account and leave a rating. We [[reimburse you]] within 48 hours."
    ],
    "passes": [
      "We'll send a replacement today. Once it arrives, would you consider updating your review?",
      "We have refunded your order in full. You are welcome to edit your review whenever you like.",
      "Thanks for the review! If the lid still leaks, remove it and rinse the seal, then we'll send you a new one.",
      "Your review mentioned the app. Update it to version 2.1 for the new timer feature.",
      "We'll reimburse you for the return shipping label. Feel free to leave a review.",
      "Please leave an honest review. If the item is faulty we will pay you back in full."
    ]
  },
  "review-incentive/group-trade": {
    flags: [
      "Join our [[insiders program]]: members get new products each month and rate them on Amazon.",
      "Our [[tester club]] sends free kits to members who post a review within a week.",
    ],
    passes: [
      "Join our insiders program to hear about firmware updates first.",
      "Our tester club tries every batch in the lab before it ships.",
    ],
  },
};
