/**
 * Every Seller Central host, one by one: match patterns cannot wildcard a top-level
 * domain. The manifest's content_scripts matches are generated from this one list
 * (scripts/build.mjs), so the code and the manifest cannot disagree.
 */
export const SELLER_CENTRAL_HOSTS: readonly string[] = [
  "sellercentral.amazon.com",
  "sellercentral.amazon.ca",
  "sellercentral.amazon.com.mx",
  "sellercentral.amazon.com.br",
  "sellercentral-europe.amazon.com",
  "sellercentral.amazon.co.uk",
  "sellercentral.amazon.de",
  "sellercentral.amazon.fr",
  "sellercentral.amazon.it",
  "sellercentral.amazon.es",
  "sellercentral.amazon.nl",
  "sellercentral.amazon.se",
  "sellercentral.amazon.pl",
  "sellercentral.amazon.com.be",
  "sellercentral.amazon.ie",
  "sellercentral.amazon.com.tr",
  "sellercentral.amazon.ae",
  "sellercentral.amazon.sa",
  "sellercentral.amazon.com.sa",
  "sellercentral.amazon.eg",
  "sellercentral.amazon.co.za",
  "sellercentral.amazon.in",
  "sellercentral.amazon.co.jp",
  "sellercentral-japan.amazon.com",
  "sellercentral.amazon.com.au",
  "sellercentral.amazon.sg",
];

/** `https://HOST/*` for each host: HTTPS only, every path (SPA navigation stays covered). */
export function matchPatterns(hosts: readonly string[] = SELLER_CENTRAL_HOSTS): string[] {
  return hosts.map((host) => `https://${host}/*`);
}
