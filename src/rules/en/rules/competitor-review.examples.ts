import type { RuleExamples } from "../../types.ts";

export const examples: Record<string, RuleExamples> = {
  "competitor-review/review-their-product": {
    "flags": [
      "Got a similar lamp from another brand? [[Rate it on Amazon and explain how ours measures up against it]].",
      "[[Post a review of their]] grinder and compare it with ours.",
      "You mentioned the knockoff charger melted. [[Your story on their listing would warn]] other parents.",
      "Please [[review the grinder you swapped out]] and say what went wrong.",
      "Had the old PureFlow unit? [[Share what failed in your review of their]] pitcher.",
      "[[Go through all the competitor pages for desk lamps and add a few reviews]].",
      "Could you [[rate the cheaper version and explain how it compares poorly to ours]]?",
      "[[Their reviews tab needs to hear about it]] from someone who owned one.",
      "Search their soap on Amazon and [[review what you honestly think of it compared to ours]].",
      "Please share [[on the BrightFilter listing how much better ours]] is.",
      "Kindly go to the [[page of RapidChop knife and write it is bad]] quality.",
      "Maybe [[order the copycat version and review]] it side by side?",
      "Everyone, let's [[bomb their listing]] with reviews tonight.",
      "Time for some [[1-star attacks]] on the rival shop.",
      "[[Head to those sellers' pages and rate]] the fake blades honestly.",
      "Please [[share what you really think of the cheap copies]] on Amazon.",
      "Could you [[write a review about the rival]] brand's blender?",
      "Could you [[write up your complaints with their charger]] on the product page?",
      "[[Head over to their page and warn]] buyers about the cracked lids.",
      "Could you [[leave 1 star for the knockoff]] you bought last spring?",
      "If the other brand's filter leaked on you, please [[leave a review on their listing]].",
      "Please [[share your thoughts on the pages of the other]] blenders you compared.",
      "Bought a cheap copy first? [[Warn other parents on their product page]]!",
      "Please tell the [[truth about the knockoff]] sellers on Amazon.",
      "They copied our pattern, so please [[post your honest review for them]] too.",
      "If the Zento charger fried your phone, [[post about it on their product page]].",
      "That other brand, the one whose zipper broke, deserves an honest [[review from you on their page]].",
      "Could you [[share your honest opinion of competing brands]] on Amazon?",
      "Please [[rate the knockoff]] you bought, honestly.",
      "Buy both, keep the better one, and [[review theirs]] too!",
      "Would you mind [[reviewing Zylo's]] on Amazon as well?",
      "[[Their listing could really use your story]].",
      "Message us and we'll point you to the [[competitor listing that needs your honest 1-star]].",
      "Help us [[knock their rating]] down by sharing what really happened.",
      "Moved over to our brand from theirs? [[Head back to their listing and let other buyers know]] what broke.",
      "Last night I [[wrote an honest review on Kelvo's]] desk fan from my own account.",
      "Got burned by an imitation earlier? [[Post your review on the imitation's listing]] so others are warned.",
    ],
    "passes": [
      "Flow rate: measured beside a standard mixer tap, ours compares with it at every pressure setting.",
      "Rate ours on Amazon and explain how it measures up against your old lamp.",
      "Your review on our listing would help other parents pick a size.",
      "Reviews on their listing could help you compare the two.",
      "Please review the setup steps you skipped and try the pairing again.",
      "Our blender was featured in a review of their favourite kitchen gadgets.",
      "Review it and tell us how it compares with your old one, good or bad.",
      "Go to our listing and compare it with competitor listings before you leave your honest review.",
      "Compared to ours, their soap is cheaper; we never ask anyone to review it.",
      "The page of our manual shows how to fit the blade; write to us with questions.",
      "Bots keep trying to flood our listing with copies; thanks for your patience.",
      "We bought the rival blender and tested it against ours.",
      "Good question! Buyers can remove a review they wrote from the reviews area of their own account.",
      "You can edit a review from the reviews section of your account.",
      "The courier has a claims form; go to their page and submit the claim.",
      "Visit their page and compare the specs yourself; ours has a thicker base.",
      "Go to their listing and you'll see the same photos we took.",
      "If their charger failed, share your experience with their support team; they handle warranty claims.",
      "Many buyers mention in their reviews that the lid fits tightly. Please leave a review too!",
      "Please leave a review to help other shoppers with their decision.",
      "Some sellers post fake reviews on their competitors' listings; we never do.",
      "The glowing reviews on their listing look fake to us, but judge for yourself.",
      "Competitors have been posting fake reviews on our listing; we've reported them.",
      "Unlike cheaper brands, our drill has a brushless motor and a 3-year warranty.",
      "Leave a review comparing us with other brands you've tried.",
      "Our engineers review competitor products every quarter to keep improving.",
      "We would never ask you to review a competitor's product.",
      "Please review today's order when it arrives.",
      "Reviews marked Vine Customer Review come from Amazon's own program; we never pick the reviewers.",
      "How does ours compare with your old one? Tell us in a review.",
      "Our listing could use your honest review.",
      "Our rating dropped after a shipping delay, and we're working on it.",
      "Team, open the AquaPure listing and give the 1-star reviews a thumbs up.",
      "Please leave a review on the listings of the other sizes in our range too!",
      "Browse the pages of the other colors, then tell us which one you picked.",
      "Moved over from another brand? Head back to your orders and let us know how ours compares.",
      "The reviews on Kelvo's desk fan mostly mention the noise; ours runs quieter.",
      "Please leave a review on today's order when you have a minute.",
      "The imitation's listing uses our photos, so we have reported it to Amazon.",
    ]
  },
  "competitor-review/review-named-listing": {
    "flags": [
      "Please [[post a review on the BrightBrew listing]] saying ours is the better grinder.",
      "I've [[written a review on ZapGym's resistance band listing]] warning buyers about the clips.",
      "Please [[leave a review on the Vexo kettle listing]] about their leaking lid.",
      "Our team [[left reviews on the Pinecrest pillow listing]], pointing out the flat foam."
    ],
    "passes": [
      "Please post a review on the CozyNest listing once ours is delivered to you.",
      "Please leave a review on the Stand Mixer listing when you have time."
    ]
  },
  "competitor-review/negative-review-of-other": {
    "flags": [
      "That knockoff seller copied our design, so [[write them a harsh review]].",
      "Hop over to the ZestPro grater [[listing and give it 1 star]].",
      "Please leave [[1 star on the copycat's]] listing.",
      "Our crew can [[post a batch of critical reviews on rival]] ASINs every week.",
      "[[Write a bad review for them]], they stole our logo.",
      "A spare bottle is yours free when you [[post a review of the Brisko kettle explaining why it leaked]].",
      "Please [[leave them a 1-star]] rating, their cases crack in a week.",
      "[[Post a negative review on the 'Brightly']] desk lamp and we'll send you a gift.",
      "Please give us 5 stars and [[give the copycat 1 star]]!",
      "Could you [[document your bad experience with the Lumex]] heater in a review?",
      "Staff: order a CozyNest throw this week and [[leave a negative review of it]].",
      "Scroll through the [[negative reviews of the Kora blender and write one]] yourself if yours broke too.",
      "Their lid leaked for you as well? [[Add yours to the 1-star reviews]] on their page."
    ],
    "passes": [
      "In Your Orders you can write them a bad courier rating if the driver left the parcel in the rain.",
      "On the product page, scroll down to ratings and give it 1 star, 2 stars or 5 stars, whichever fits.",
      "If the courier was late, write them a short note; bad delays are never acceptable.",
      "Visit the listing and give it 1 star or 5 stars, whatever you honestly think.",
      "You gave us 2 stars for the slow delivery, and we are sorry.",
      "Please write a bad review of it only if we fail to fix your problem.",
      "Share your negative experience with us so we can make it right.",
      "Please contact us before leaving a negative review, we can usually fix it.",
      "We saw you left a 1-star review on the Cozy listing; can we help?",
      "Please don't leave a bad review for a courier delay; message us instead.",
      "Thanks for reading the negative reviews of our blender and giving us a chance anyway.",
      "Please click Helpful on the critical reviews of the Aqualine filter.",
      "So sorry, could you move that 1 star to something better once the new one arrives?",
      "Please write a review of our case explaining why you like it."
    ]
  },
  "competitor-review/if-you-bought-theirs": {
    "flags": [
      "[[If you tried the copycat version, feel free to post your honest review]] of it.",
      "[[If you've bought Zentro's blender, a 2-star]] rating there would be only fair.",
      "Our rivals' mats smell awful. [[If you have ordered theirs, go leave a review]] saying so.",
      "Hey all: [[if you used the knockoffs, share your story]] with other shoppers!"
    ],
    "passes": [
      "If you've tried other brands, you'll see why our reviews glow; please leave one for us too.",
      "If you bought today's deal, please leave a review of your experience.",
      "If you've used a cheaper copy, compare it with ours and tell us in a review.",
      "If you tried the knockoff, you already know why we use steel hinges."
    ]
  },
  "competitor-review/previous-brand": {
    "flags": [
      "You said your old mixer from Bakewell died after a month. Could you go [[back to your Bakewell order and leave a review]] describing it?",
      "Sorry your old Breezo fan rattled so badly. Honestly, shoppers would benefit from [[hearing that on the Breezo page]]."
    ],
    "passes": [
      "Go back to your orders page and leave a review whenever you like.",
      "Other buyers would love to hear how the kettle works for you on the product page."
    ]
  },
  "competitor-review/on-their-listing-not-ours": {
    "flags": [
      "Got stuck with a cheap copy before finding us? Review it honestly. [[On their listing]], please, not ours."
    ],
    "passes": [
      "The battery maker lists compatible models on their product page. If it fits, we'd love your review."
    ]
  },
  "competitor-review/review-there": {
    flags: [
      "Still got that copycat charger? [[Its listing could use your honest]] take.",
      "You told us the rival brand's hinge snapped. Shoppers should [[hear about that on its page]].",
      "Since you still have the other brand's heater, please [[describe its faults in a review over there]].",
      "You mentioned you had tried an imitation filter first. If you can, [[leave a review there]] so other buyers are warned.",
      "Switched to us after their kettle leaked? A [[review on that listing warning]] others would help.",
      "A bargain dupe failed you within a week? [[Put that in a review on that listing]], not ours.",
      "The knockoff listing under our old photos keeps copying us. A [[review there calling out]] the thin seams would help.",
      "You told us you sent back the Ravio kettle before trying ours. [[Posting your story where other Ravio buyers can find]] it might save them the same mistake.",
    ],
    passes: [
      "Beware of knockoffs sold elsewhere. Buy from our store and leave a review there.",
      "You mentioned the other brand's lid leaked. Sorry to hear about that; ours has a silicone seal.",
      "If you still have the original box, keep it. Learn more about the warranty on its product page.",
      "Unlike knockoffs, ours is solid steel. Open Your Orders and leave a review there.",
      "If the clone you bought broke, ours has a 2-year warranty. Leave a review there once you've tried it.",
      "A bargain dupe failed you? Sorry! Ours has a 2-year warranty; leave a review there on our page once you've tried it.",
      "You told us you sent back the Ravio kettle. Telling your story where other shoppers can read it is up to you; we'd love a review of ours.",
      "The knockoff listing under our old photos has been reported. Thanks for letting us know about it.",
    ],
  },
  "competitor-review/steered-negative": {
    flags: [
      "Could you [[rate the Glowpro]] lamp for us? Point out how cheap it feels.",
      "Please [[leave a review]] of the Brightline kettle and mention how flimsy the handle is.",
    ],
    passes: [
      "Please review the Nimbus pillow honestly. Tell us how it could be better.",
      "We know the first batch felt flimsy. Please review the new version honestly.",
      "Be honest about how it worked for you when you leave a review.",
    ],
  },
  "competitor-review/seller-reviewed-theirs": {
    flags: [
      "You'll find [[our honest write-ups on the competitor listings]].",
      "[[We've rated all the rival kettles on Amazon]].",
    ],
    passes: [
      "We've read all the rival reviews on Amazon and improved our hinge.",
      "Our verdict: the rival mat is thinner than ours.",
      "Our mug was rated higher than competitor mugs on Amazon.",
    ],
  },
};
