import { describe, expect, it } from "vitest";
import { forStore, GECKO_ID, manifestFor } from "./manifest-patches.mjs";

const source = {
  manifest_version: 3,
  name: "Outreach Guard",
  version: "1.2.3",
  minimum_chrome_version: "120",
  key: "MIIB…",
  permissions: ["storage"],
  background: { service_worker: "background.js", type: "module" },
  content_scripts: [{ js: ["content.js"], matches: ["https://sellercentral.amazon.com/*"] }],
};

describe("per-browser manifests", () => {
  it("Chrome gets the source manifest unchanged, key included (unpacked id)", () => {
    expect(manifestFor("chrome", source)).toEqual(source);
  });

  it("Firefox: background scripts, the gecko settings, no key and no Chrome minimum", () => {
    const firefox = manifestFor("firefox", source);
    expect(firefox.background).toEqual({ scripts: ["background.js"], type: "module" });
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: "140.0", data_collection_permissions: { required: ["none"] } },
    });
    expect(firefox).not.toHaveProperty("key");
    expect(firefox).not.toHaveProperty("minimum_chrome_version");
    expect(firefox.content_scripts).toEqual(source.content_scripts);
    expect(source.background, "the source is not changed").toEqual({ service_worker: "background.js", type: "module" });
  });

  it("store uploads carry no key", () => {
    expect(forStore(manifestFor("chrome", source))).not.toHaveProperty("key");
    expect(forStore(manifestFor("chrome", source)).version).toBe("1.2.3");
  });

  it("an unknown target is an error", () => {
    expect(() => manifestFor("safari", source)).toThrow(/Unknown build target/);
  });
});
