/**
 * What each category means to a seller: the policy sentence it breaks (quoted
 * from Amazon's "Inappropriate product reviews" page or its Communication
 * Guidelines), why it matters and how to fix it. Shown by cards and the popup.
 */
import type { CategoryId, CategoryText } from "../types.ts";

export const categories: Record<CategoryId, CategoryText> = {
  "review-change": {
    title: "Asking to change or remove a review",
    policy: "You cannot ask customers to change or remove their review, even after an issue is resolved.",
    policyRef: "P0, P6",
    why: "Amazon forbids any request to edit, update or delete a review or seller feedback, however polite, even after you fixed the problem and even with nothing offered in return.",
    fix: "Solve the problem and leave the review to the buyer. You may say what you did to fix it; do not ask for, hint at or nudge a change.",
  },
  "review-incentive": {
    title: "Offering something for a review",
    policy:
      "A seller offers a third party a financial reward, discount, or other compensation in exchange for a review on their product or their competitor's product.",
    policyRef: "P2, P3, P4, P9",
    why: "Refunds, gift cards, discounts, free products, giveaway entries, warranties or perks tied to a review make it an incentivized review, which Amazon prohibits on inserts and in messages alike.",
    fix: "Keep refunds, replacements and gifts unconditional, and keep them apart from any review request.",
  },
  "positive-review-request": {
    title: "Asking for a positive review",
    policy: "A seller inserts a request for a positive Amazon review or an incentive in exchange for a review into product packaging.",
    policyRef: "P9",
    why: "You may ask for a review, but not for a good one: asking for five stars, a glowing review or dictating what to write is prohibited.",
    fix: "Ask for an honest review and leave the rating and the words to the buyer.",
  },
  "review-gating": {
    title: "Asking only happy buyers to review",
    policy:
      "A seller only asks for reviews from buyers who had a positive experience and attempts to divert buyers who had a negative experience to a different feedback mechanism.",
    policyRef: "P7",
    why: "A review request that depends on satisfaction (\"if you love it, review it\") or that sends unhappy buyers to you before they review filters out negative reviews.",
    fix: "Ask every buyer for an honest review, whatever their experience, and offer support separately, without tying it to reviewing.",
  },
  "affiliated-review": {
    title: "Reviews from family, friends, staff or the seller",
    policy: "A family member or employee of the seller posts a review of the seller's product or a competitor's product.",
    policyRef: "P1, P5",
    why: "Reviews from anyone with a stake in the seller (family, friends, employees, partners, investors) or from the seller itself are not allowed.",
    fix: "Do not ask people connected to your business to review your products, and do not review them yourself.",
  },
  "competitor-review": {
    title: "Reviewing a competitor's product",
    policy: "A seller posts a review of their own product or their competitor's product either in their own name or as an unbiased buyer.",
    policyRef: "P1, P2, P5",
    why: "Asking buyers (or posting yourself) to review a competitor's product, usually to push it down, manipulates reviews.",
    fix: "Talk about your own product only; leave competitors' listings alone.",
  },
  "review-service": {
    title: "Review clubs, groups and services",
    policy:
      "A seller uses a third-party service that offers free or discounted products tied to a review (for example, a review club that requires customers to register their Amazon public profile so that sellers may monitor their reviews).",
    policyRef: "P2, P4",
    why: "Review clubs, tester groups, review exchanges and services that trade products for reviews, or that track buyers' public profiles, are prohibited.",
    fix: "Use Amazon's own programs (Request a Review, Amazon Vine) instead of clubs, groups or services.",
  },
  "vote-manipulation": {
    title: "Manipulating Helpful votes or Report abuse",
    policy: "A seller manipulates the 'Helpful', 'Not Helpful', or 'Report Abuse' features on any review on his or his competitor's products.",
    policyRef: "P10",
    why: "Asking anyone to vote reviews Helpful or Not Helpful, or to report them, manipulates which reviews shoppers see.",
    fix: "Remove the request. If a review breaks Amazon's rules, report it yourself through Seller Central.",
  },
  "off-amazon-contact": {
    title: "Contact outside Amazon",
    policy:
      "Buyer-seller messages may not include external links, email addresses, phone numbers or requests to contact the seller outside Amazon (Communication Guidelines).",
    policyRef: "C1",
    why: "Amazon blocks messages with links, email addresses, phone numbers or social handles, and may restrict your messaging.",
    fix: "Keep the conversation in Amazon's messaging; use Amazon links only.",
  },
  marketing: {
    title: "Marketing in a buyer message",
    policy:
      "Buyer-seller messages may not contain marketing or promotional content, coupons, or links to other products (Communication Guidelines).",
    policyRef: "C2",
    why: "Promotions, coupons for future orders, cross-selling and \"follow us\" requests are not allowed in buyer-seller messages.",
    fix: "Remove the promotion; keep the message to what the order needs.",
  },
};

/** One line for each checklist item (ids from ../categories.ts). */
export const checklist: Record<string, { title: string; explanation: string }> = {
  P0: { title: "Never ask to change or remove a review", explanation: "Not even after the issue is resolved, not even politely." },
  P1: { title: "Never review your own or a competitor's product", explanation: "Not under your name and not posing as a buyer." },
  P2: { title: "Never pay or reward anyone for a review", explanation: "No money, discounts, compensation or review-selling services." },
  P3: { title: "No refund or reimbursement after a review", explanation: "Including payments outside Amazon, such as PayPal." },
  P4: { title: "No review clubs or services", explanation: "No free or discounted products tied to a review, no public-profile tracking." },
  P5: { title: "No reviews from family or employees", explanation: "Of your products or of a competitor's." },
  P6: { title: "No compensation for changing or removing a review", explanation: "A refund offered for an edit is still prohibited." },
  P7: { title: "Ask every buyer, not only happy ones", explanation: "Do not send unhappy buyers to yourself instead of to a review." },
  P8: {
    title: "No variation relationships between unrelated products",
    explanation: "Grouping unrelated products to pool star ratings is prohibited; no text shows this, so tick it yourself.",
  },
  P9: { title: "Inserts: no positive-review requests or incentives", explanation: "Ask for an honest review or nothing." },
  P10: { title: "Never manipulate Helpful votes or Report abuse", explanation: "Not on your listings and not on competitors'." },
  C1: { title: "Messages: no links, emails, phone numbers or social handles", explanation: "Amazon links only; keep contact in Amazon messaging." },
  C2: { title: "Messages: no marketing or coupons", explanation: "No promotions, cross-selling, newsletters or follow-us requests." },
  M1: { title: "Messages: no thank-you-only or confirmation messages", explanation: "Proactive messages need a permitted reason, such as an order issue." },
  M2: { title: "Messages: no emoji or GIFs", explanation: "Amazon's filter blocks them in buyer-seller messages." },
  M3: { title: "Messages: one review request per order", explanation: "Do not repeat the request, and not next to Amazon's Request a Review." },
};
