import { describe, expect, it } from "vitest";
import { messageValidatorsSource } from "../../scripts/message-validators.ts";
import { compiledCatalog } from "../rules/engine.ts";
import { serializeCatalog } from "../rules/catalog-data.ts";
import { CatalogReply, HelloReply, ToContent } from "./messages.ts";
import { acceptMessage, DEFAULT_SETTINGS, type MessageValidators } from "./messaging.ts";
import { schemaValidators } from "./messages.ts";
import { categoryTexts } from "../rules/texts.ts";

/** The validators the build puts in the content script, loaded from their generated source. */
async function compiledValidators(): Promise<MessageValidators> {
  const source = messageValidatorsSource();
  const module = (await import(`data:text/javascript;base64,${Buffer.from(source).toString("base64")}`)) as { validators: MessageValidators };
  return module.validators;
}

const GOOD_SETTINGS = { schemaVersion: 1, enabled: false, disabledCategories: ["marketing"] };
const SAMPLES: unknown[] = [
  { type: "worker:settings", settings: DEFAULT_SETTINGS },
  { type: "worker:settings", settings: GOOD_SETTINGS },
  { type: "worker:settings", settings: { ...GOOD_SETTINGS, schemaVersion: 2 } },
  { type: "worker:settings", settings: { ...GOOD_SETTINGS, disabledCategories: ["nope"] } },
  { type: "worker:settings", settings: { enabled: true } },
  { type: "worker:settings" },
  { type: "worker:ignored", keys: ["0123456789abcdef"] },
  { type: "worker:ignored", keys: ["0123456789abcdeg"] },
  { type: "worker:ignored", keys: "0123456789abcdef" },
  { type: "worker:ignored", keys: [] },
  { type: "content:hello" },
  { type: "nonsense" },
  null,
  "worker:settings",
  [],
  42,
];

describe("messages", () => {
  it("the content script's compiled validators agree with the zod schemas", async () => {
    const compiled = await compiledValidators();
    for (const sample of SAMPLES) {
      const zod = ToContent.safeParse(sample);
      expect(compiled.message(sample), JSON.stringify(sample)).toEqual(zod.success ? zod.data : undefined);
    }
    const replies = [{ settings: DEFAULT_SETTINGS, ignored: [] }, { settings: DEFAULT_SETTINGS, ignored: ["x"] }, { settings: {}, ignored: [] }, undefined];
    for (const sample of replies) {
      const zod = HelloReply.safeParse(sample);
      expect(compiled.helloReply(sample), JSON.stringify(sample)).toEqual(zod.success ? zod.data : undefined);
    }
    const catalog = serializeCatalog(compiledCatalog("en"), categoryTexts("en"));
    expect(CatalogReply.safeParse({ catalog: JSON.parse(JSON.stringify(catalog)) }).success).toBe(true);
    const catalogs = [
      { catalog: JSON.parse(JSON.stringify(catalog)) },
      { catalog: { ...catalog, terms: [["x", null, null, "no"]] } },
      { catalog: { ...catalog, patterns: [[[-1], [], []]] } },
      { catalog: { ...catalog, rules: [{ spec: { id: "x" }, patterns: [], also: [], unless: [] }] } },
      { catalog: null },
      {},
    ];
    for (const sample of catalogs) {
      const zod = CatalogReply.safeParse(sample);
      expect(compiled.catalogReply(sample) !== undefined, JSON.stringify(sample).slice(0, 80)).toBe(zod.success);
      if (zod.success) expect(compiled.catalogReply(sample)).toEqual(zod.data);
    }
  });

  it("keeps only messages from this extension, each from the context its type may come from", () => {
    const fromTab = { id: "ext", tab: { id: 7 }, frameId: 2, url: "https://sellercentral.amazon.com/messaging/inbox" };
    const fromWorker = { id: "ext", url: "chrome-extension://ext/background.js" };
    const accept = (message: unknown, sender: object) => acceptMessage(message, sender, "ext", schemaValidators);
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(accept({ type: "content:hello" }, fromTab)).toEqual({ message: { type: "content:hello" }, from: { tabId: 7, frameId: 2, url: fromTab.url } });
      expect(accept({ type: "content:hello" }, fromWorker)).toBeUndefined();
      expect(accept({ type: "content:hello" }, { ...fromTab, id: "other" })).toBeUndefined();
      // The boot's ask for the rest of the content script: only a web page's frame may make it.
      expect(accept({ type: "content:load" }, fromTab)).toEqual({ message: { type: "content:load" }, from: { tabId: 7, frameId: 2, url: fromTab.url } });
      expect(accept({ type: "content:load" }, fromWorker)).toBeUndefined();
      expect(accept({ type: "content:load", files: ["evil.js"] }, fromTab)).toEqual({ message: { type: "content:load" }, from: { tabId: 7, frameId: 2, url: fromTab.url } });
      expect(accept({ type: "popup:settings", settings: DEFAULT_SETTINGS }, fromTab)).toBeUndefined();
      expect(accept({ type: "popup:settings", settings: DEFAULT_SETTINGS }, fromWorker)?.message.type).toBe("popup:settings");
      // An extension page opened in a tab (the checker, the editor) is not a content script.
      const pageInTab = { id: "ext", tab: { id: 9 }, frameId: 0, url: "chrome-extension://ext/checker.html" };
      expect(accept({ type: "popup:catalog", lang: "en" }, pageInTab)?.message.type).toBe("popup:catalog");
      expect(accept({ type: "content:catalog", lang: "en" }, pageInTab)).toBeUndefined();
      expect(accept({ type: "content:findings", findings: [{ ruleId: "a", category: "marketing", severity: "violation", start: 1, end: -2, excerpt: "x" }] }, fromTab)).toBeUndefined();
      expect(accept({ type: "content:ignore", key: "Thanks for your order" }, fromTab)).toBeUndefined();
    } finally {
      console.warn = warn;
    }
  });
});
