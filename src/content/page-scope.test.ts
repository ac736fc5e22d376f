import { describe, expect, it } from "vitest";
import { frameInScope, isMessagingPage } from "./page-scope.ts";

const url = (s: string) => new URL(s);

describe("messaging scope", () => {
  it("accepts paths under /messaging/", () => {
    expect(isMessagingPage(url("https://sellercentral.amazon.com/messaging/contact?orderID=1"))).toBe(true);
    expect(isMessagingPage(url("https://sellercentral.amazon.de/messaging/inbox?fi=RESPONSE_NEEDED"))).toBe(true);
    expect(isMessagingPage(url("https://sellercentral.amazon.com/messaging"))).toBe(true);
  });

  it("rejects other pages and look-alike paths", () => {
    expect(isMessagingPage(url("https://sellercentral.amazon.com/orders-v3/order/1"))).toBe(false);
    expect(isMessagingPage(url("https://sellercentral.amazon.com/messagingx/"))).toBe(false);
    expect(isMessagingPage(url("https://sellercentral.amazon.com/home?next=/messaging/"))).toBe(false);
  });

  it("lets frames of a messaging page inherit its scope", () => {
    const top = "https://sellercentral.amazon.com/messaging/templates";
    expect(frameInScope("about:blank", top, isMessagingPage)).toBe(true);
    expect(frameInScope("https://sellercentral.amazon.com/editor/frame.html", top, isMessagingPage)).toBe(true);
    expect(frameInScope("about:blank", null, isMessagingPage)).toBe(false);
    expect(frameInScope("https://sellercentral.amazon.com/messaging/x", null, isMessagingPage)).toBe(true);
    expect(frameInScope("not a url", "https://sellercentral.amazon.com/home", isMessagingPage)).toBe(false);
  });
});
