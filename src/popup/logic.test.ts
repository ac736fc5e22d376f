import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkText } from "../rules/index.ts";
import { checklistItems, isDone, liveState, parseChecklist, progress, toggleTick } from "./checklist-model.ts";
import { deleteDraft, draftTitle, exportFileName, newDraft, parseDrafts, saveDraft } from "./drafts.ts";
import { highlightRuns } from "./highlight.ts";
import { policyPlace } from "./policy-place.ts";
import { applyRewrites } from "./rewrites.ts";
import { serializeCatalog } from "../rules/catalog-data.ts";
import { compiledCatalog } from "../rules/engine.ts";
import { installCatalog } from "../rules/runtime.ts";
import { ruleInfo } from "./rule-info.ts";
import { categoryTexts } from "../rules/texts.ts";

describe("highlightRuns", () => {
  it("covers the text exactly, splits overlaps, merges neighbours", () => {
    const text = "<b>leave us a 5-star review</b> & more";
    const runs = highlightRuns(text, [
      { start: 3, end: 27 },
      { start: 14, end: 20 },
      { start: 50, end: 60 },
    ]);
    expect(runs.map((r) => r.text).join("")).toBe(text);
    expect(runs.map((r) => [r.text, r.covers])).toEqual([
      ["<b>", []],
      ["leave us a ", [0]],
      ["5-star", [0, 1]],
      [" review", [0]],
      ["</b> & more", []],
    ]);
    expect(highlightRuns("", [])).toEqual([]);
  });
});

describe("applyRewrites", () => {
  it("replaces each span with its suggestion, skips overlaps and findings without one", () => {
    expect(applyRewrites("abc def ghi", [{ start: 4, end: 7, suggestion: "XYZ" }, { start: 5, end: 9, suggestion: "no" }, { start: 0, end: 3 }])).toEqual({ text: "abc XYZ ghi", applied: 1 });
    expect(applyRewrites("Hi there , ok", [{ start: 3, end: 8, suggestion: "" }]).text).toBe("Hi , ok");
  });
  it("the engine's rewrites leave a text the engine accepts for that rule", () => {
    const text = "For faster help, call us any weekday morning.";
    const findings = checkText(text, { channel: "message" });
    const { text: out, applied } = applyRewrites(text, findings);
    expect(applied).toBe(1);
    expect(checkText(out, { channel: "message" }).filter((f) => f.ruleId === findings[0].ruleId)).toEqual([]);
  });
});

describe("checklist", () => {
  const items = checklistItems();
  it("has every policy item and the messaging rules; P8 seller-only; review services and who writes take ticks", () => {
    const kinds = Object.fromEntries(items.map((i) => [i.id, i.kind]));
    expect(kinds).toMatchObject({ P0: "engine", P8: "seller", P1: "both", P4: "both", P5: "both", C1: "engine", M1: "seller", M2: "seller", M3: "seller" });
  });
  it("live state, done and progress", () => {
    const p0 = items.find((i) => i.id === "P0")!;
    expect(liveState(p0, null)).toBe("unchecked");
    expect(liveState(p0, [{ category: "review-change" }])).toBe("flagged");
    expect(liveState(p0, [])).toBe("ok");
    const p4 = items.find((i) => i.id === "P4")!;
    expect(isDone(p4, "flagged", true)).toBe(false);
    expect(isDone(p4, "ok", true)).toBe(true);
    const before = progress(items, [{ category: "review-change" }], []);
    const after = progress(items, [{ category: "review-change" }], ["P8", "P4"]);
    expect(after.done - before.done).toBe(2);
    expect(before.flagged).toBe(2); // P0 and P6
  });
  it("ticks are versioned; anything else is not read", () => {
    const r = toggleTick(toggleTick({ schemaVersion: 1, ticked: [] }, "P8", true), "P4", true);
    expect(parseChecklist(r)).toEqual({ schemaVersion: 1, ticked: ["P8", "P4"] });
    expect(parseChecklist({ schemaVersion: 2, ticked: [] })).toBeUndefined();
    expect(parseChecklist({ schemaVersion: 1, ticked: [1] })).toBeUndefined();
    expect(parseChecklist("x")).toBeUndefined();
  });
});

describe("drafts", () => {
  it("save puts a draft first, delete removes it, parse rejects what we did not write", () => {
    const a = { ...newDraft(1, "a"), text: "one" };
    const b = { ...newDraft(2, "b"), name: "Card" };
    let r = saveDraft(saveDraft({ schemaVersion: 1, drafts: [] }, a), b);
    expect(r.drafts.map((d) => d.id)).toEqual(["b", "a"]);
    r = saveDraft(r, { ...a, text: "two" });
    expect(r.drafts.map((d) => [d.id, d.text])).toEqual([
      ["a", "two"],
      ["b", ""],
    ]);
    expect(parseDrafts(r)).toEqual(r);
    expect(deleteDraft(r, "a").drafts.map((d) => d.id)).toEqual(["b"]);
    expect(parseDrafts({ schemaVersion: 1, drafts: [{ ...a, channel: "sms" }] })).toBeUndefined();
    expect(parseDrafts({ schemaVersion: 9, drafts: [] })).toBeUndefined();
  });
  it("file names and titles", () => {
    expect(exportFileName({ ...newDraft(0, "x"), name: ' a/b:"c" ' })).toBe("a b c.txt");
    expect(exportFileName(newDraft(Date.UTC(2026, 10, 26), "x"))).toBe("insert-2026-11-26.txt");
    expect(draftTitle({ ...newDraft(0, "x"), text: "\nFirst line\nsecond" }, "U")).toBe("First line");
    expect(draftTitle(newDraft(0, "x"), "U")).toBe("U");
  });
});

describe("rule info and policy places", () => {
  it("every rule of the installed catalog is found by id, with its message", () => {
    installCatalog(serializeCatalog(compiledCatalog("en"), categoryTexts("en")));
    const [f] = checkText("Please delete your review", { channel: "message" });
    expect(ruleInfo(f.ruleId)?.message).toBe(f.message);
    expect(ruleInfo("no/such-rule")).toBeUndefined();
  });
  it("policy references name their place (keys outside an extension)", () => {
    expect(policyPlace("P0, P6")).toBe("policyPlaceIntro; policyPlaceActivity");
    expect(policyPlace("C1")).toBe("policyPlaceComm");
  });
});

describe("interface strings", () => {
  const messages = JSON.parse(readFileSync(join(import.meta.dirname, "../../_locales/en/messages.json"), "utf8")) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  it("every key the pages and the worker use is in _locales/en/messages.json, and every key there is used", () => {
    const used = new Set<string>();
    const sources = [
      ...readdirSync(import.meta.dirname).filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts")).map((f) => join(import.meta.dirname, f)),
      join(import.meta.dirname, "../background/context-menu.ts"),
    ];
    for (const file of sources) {
      const source = readFileSync(file, "utf8");
      for (const m of source.matchAll(/(?:\bt|getMessage|localizeDocument)\(\s*"([A-Za-z_]+)"/g)) used.add(m[1]);
      for (const m of source.matchAll(/"(state[A-Z]\w+|checklistState\w+|channel(?:Message|Insert))"/g)) used.add(m[1]);
    }
    const missing = [...used].filter((k) => !(k in messages));
    expect(missing).toEqual([]);
    const unused = Object.keys(messages).filter((k) => !used.has(k) && k !== "extName");
    expect(unused).toEqual([]);
  });
  it("placeholders are declared for every $name$ a message uses", () => {
    for (const [key, entry] of Object.entries(messages)) {
      for (const m of entry.message.matchAll(/\$([a-z]+)\$/g)) expect(entry.placeholders?.[m[1]], `${key}: $${m[1]}$`).toBeDefined();
    }
  });
});
