import type { Page } from "puppeteer-core";

export declare const ORIGIN: string;
export declare const ORDER_ID: string;
export declare const URLS: {
  contactBuyer: string;
  inbox: string;
  templates: string;
  thread: string;
  reply: string;
  quickReply: string;
  orderDetails: string;
};
export declare function fixtureFor(
  url: string,
): Promise<{ status: number; contentType: string; body: string; headers: Record<string, string> } | undefined>;
export declare function serveFixtures(page: Page, onForeign?: (url: string) => void): Promise<void>;
