import { describe, expect, it } from "vitest";
import { matchPatterns, SELLER_CENTRAL_HOSTS } from "./hosts.ts";

describe("Seller Central hosts", () => {
  it("lists every marketplace of the issue once", () => {
    expect(SELLER_CENTRAL_HOSTS).toHaveLength(26);
    expect(new Set(SELLER_CENTRAL_HOSTS).size).toBe(SELLER_CENTRAL_HOSTS.length);
    for (const host of ["sellercentral-europe.amazon.com", "sellercentral-japan.amazon.com", "sellercentral.amazon.com.sa", "sellercentral.amazon.sa"]) {
      expect(SELLER_CENTRAL_HOSTS).toContain(host);
    }
  });

  it("are valid hostnames without wildcards", () => {
    for (const host of SELLER_CENTRAL_HOSTS) expect(host).toMatch(/^sellercentral(-europe|-japan)?\.amazon(\.[a-z]{2,3}){1,2}$/);
  });

  it("become https://HOST/* match patterns", () => {
    expect(matchPatterns(["a.example"])).toEqual(["https://a.example/*"]);
    expect(matchPatterns()).toHaveLength(26);
  });
});
