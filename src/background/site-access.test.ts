import { describe, expect, it } from "vitest";
import { isSellerCentral, parseSites, type RegisteredScript, type SiteAccessApi, siteOrigin, syncSiteScripts, wantedScripts } from "./site-access.ts";

describe("site access", () => {
  it("reads what the seller types as an origin", () => {
    expect(siteOrigin("helpdesk.example.com")).toBe("https://helpdesk.example.com");
    expect(siteOrigin(" https://mail.example.com/inbox?x=1 ")).toBe("https://mail.example.com");
    expect(siteOrigin("http://localhost:8080/a")).toBe("http://localhost:8080");
    for (const bad of ["", "not a site", "ftp://x.example", "javascript:alert(1)", "intranet", "https://u:p@x.example"]) expect(siteOrigin(bad)).toBeUndefined();
    expect(isSellerCentral("https://sellercentral.amazon.de")).toBe(true);
    expect(isSellerCentral("https://desk.example.com")).toBe(false);
  });
  it("parses only the versioned list it writes", () => {
    expect(parseSites(undefined)).toEqual([]);
    expect(parseSites({ schemaVersion: 1, sites: [{ origin: "https://a.example", channel: "insert" }] })).toEqual([{ origin: "https://a.example", channel: "insert" }]);
    expect(parseSites({ schemaVersion: 1, sites: [{ origin: "https://a.example/path", channel: "insert" }] })).toBeUndefined();
    expect(parseSites({ schemaVersion: 2, sites: [] })).toBeUndefined();
  });
  it("registers exactly the listed sites whose permission is granted, with their channel's script", async () => {
    const sites = [
      { origin: "https://a.example", channel: "message" as const },
      { origin: "https://b.example", channel: "insert" as const },
    ];
    expect(wantedScripts(sites, ["https://b.example/*"]).map((s) => [s.id, s.js])).toEqual([["og-site:https://b.example", ["site-insert.js"]]]);
    let registered: RegisteredScript[] = [{ id: "og-site:https://gone.example", matches: ["https://gone.example/*"], js: ["site-message.js"] }, { id: "other" }];
    const api = {
      storage: { local: { get: async () => ({ sites: { schemaVersion: 1, sites } }) } },
      permissions: { getAll: async () => ({ origins: ["https://a.example/*", "https://b.example/*"] }) },
      scripting: {
        getRegisteredContentScripts: async () => registered,
        registerContentScripts: async (s: RegisteredScript[]) => {
          registered = [...registered, ...s];
        },
        unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
          registered = registered.filter((r) => !ids.includes(r.id));
        },
      },
    } as unknown as SiteAccessApi;
    await syncSiteScripts(api);
    expect(registered.map((r) => r.id).sort()).toEqual(["og-site:https://a.example", "og-site:https://b.example", "other"]);
    await syncSiteScripts(api);
    expect(registered).toHaveLength(3);
  });
});
