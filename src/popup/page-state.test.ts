import { describe, expect, it } from "vitest";
import type { PageApi } from "./browser.ts";
import { readPageState, tabFindings, tabIdFromAddress } from "./page-state.ts";

const SC = "https://sellercentral.amazon.com";

function fakeApi(o: { url?: string; record?: unknown; top?: unknown; any?: unknown; granted?: string[]; settings?: unknown; sites?: unknown; noTab?: boolean }): PageApi {
  const local: Record<string, unknown> = { settings: o.settings, sites: o.sites };
  const session: Record<string, unknown> = { "tab:7": o.record };
  const area = (data: Record<string, unknown>) => ({
    get: async (k: string | string[] | null) => (typeof k === "string" ? (data[k] === undefined ? {} : { [k]: data[k] }) : data),
    set: async () => {},
    remove: async () => {},
  });
  return {
    tabs: {
      get: async () => {
        if (o.noTab) throw new Error("no tab");
        return { id: 7, url: o.url };
      },
      sendMessage: async (_tab: number, message: { onlyWithFields: boolean }) => {
        const reply = message.onlyWithFields ? o.any : o.top;
        if (reply === undefined) throw new Error("Could not establish connection. Receiving end does not exist.");
        return reply;
      },
    },
    storage: { local: area(local), session: area(session) },
    permissions: { getAll: async () => ({ origins: o.granted ?? [] }) },
  } as unknown as PageApi;
}

const finding = { ruleId: "review-change/remove-review", category: "review-change", severity: "violation", start: 3, end: 9, excerpt: "remove" };

describe("readPageState", () => {
  it("findings the worker keeps come first, with their frames", async () => {
    const state = await readPageState(fakeApi({ record: { frames: { 3: [finding], 0: [{ ...finding, start: 1 }] }, ignored: [] } }), 7);
    expect(state.kind).toBe("findings");
    expect(state.kind === "findings" && state.findings.map((f) => [f.frameId, f.start])).toEqual([
      [0, 1],
      [3, 3],
    ]);
  });
  it("no tab, browser pages", async () => {
    expect((await readPageState(fakeApi({ noTab: true }), 7)).kind).toBe("no-tab");
    expect((await readPageState(fakeApi({ url: "chrome://extensions/" }), 7)).kind).toBe("unsupported");
  });
  it("a silent content script on a covered, allowed site means the page needs a reload", async () => {
    expect(await readPageState(fakeApi({ url: `${SC}/messaging/inbox`, granted: [`${SC}/*`] }), 7)).toEqual({ kind: "reload" });
  });
  it("a silent page without access (withheld Seller Central, another site, a hidden address) means site access is off", async () => {
    expect(await readPageState(fakeApi({ url: `${SC}/messaging/inbox`, granted: [] }), 7)).toEqual({ kind: "site-off", origin: SC });
    expect(await readPageState(fakeApi({ url: "https://desk.example.com/t/1", granted: [] }), 7)).toEqual({ kind: "site-off", origin: "https://desk.example.com" });
    expect(await readPageState(fakeApi({}), 7)).toEqual({ kind: "site-off", origin: null });
    const sites = { schemaVersion: 1, sites: [{ origin: "https://desk.example.com", channel: "message" }] };
    expect(await readPageState(fakeApi({ url: "https://desk.example.com/t/1", granted: ["https://desk.example.com/*"], sites }), 7)).toEqual({ kind: "reload" });
  });
  it("no field, no warnings, turned off", async () => {
    expect((await readPageState(fakeApi({ url: `${SC}/orders-v3`, top: { active: false, fields: 0 } }), 7)).kind).toBe("no-field");
    expect((await readPageState(fakeApi({ url: `${SC}/messaging/contact`, top: { active: true, fields: 1 } }), 7)).kind).toBe("clean");
    expect((await readPageState(fakeApi({ url: `${SC}/messaging/thread`, top: { active: true, fields: 0 }, any: { active: true, fields: 1 } }), 7)).kind).toBe("clean");
    expect((await readPageState(fakeApi({ top: { active: false, fields: 0 }, settings: { schemaVersion: 1, enabled: false, disabledCategories: [] } }), 7)).kind).toBe("disabled");
  });
  it("malformed records and replies are nothing", async () => {
    expect(tabFindings({ frames: "x" })).toEqual([]);
    expect((await readPageState(fakeApi({ url: `${SC}/x`, granted: [`${SC}/*`], top: { fields: "2" } }), 7)).kind).toBe("reload");
  });
  it("?tabId=N", () => {
    expect(tabIdFromAddress("?tabId=12")).toBe(12);
    expect(tabIdFromAddress("?tabId=1x")).toBeNull();
    expect(tabIdFromAddress("")).toBeNull();
  });
});
