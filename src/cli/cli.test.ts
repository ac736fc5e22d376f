import { describe, expect, it } from "vitest";
import { buildText } from "./bench.ts";
import { lineAndColumn } from "./check.ts";
import { parseCorpus } from "./corpus.ts";
import type { CliIO } from "./io.ts";
import { main } from "./main.ts";

function fakeIO(files: Record<string, string>, stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (p) => {
      if (!(p in files)) throw Object.assign(new Error(`ENOENT: ${p}`), { code: "ENOENT", path: p });
      return files[p];
    },
    readStdin: async () => stdin,
  };
  return { io, out: () => out.join(""), err: () => err.join("") };
}

const VIOLATION = "Thanks!\r\nPlease delete your review.";
const CLEAN = "Your order ships tomorrow.";

describe("check", () => {
  it("prints FILE:LINE:COL: CATEGORY (RULE) MESSAGE and exits 1 on a violation", async () => {
    const t = fakeIO({ "a.txt": VIOLATION });
    expect(await main(["check", "a.txt"], t.io)).toBe(1);
    expect(t.out()).toMatch(/^a\.txt:2:8: review-change \(review-change\/[a-z0-9-]+\) .+\n {4}delete your review/m);
  });

  it("exits 0 on clean text from standard input", async () => {
    const t = fakeIO({}, CLEAN);
    expect(await main(["check"], t.io)).toBe(0);
    expect(t.out()).toBe("");
  });

  it("prints every input as JSON, clean ones too", async () => {
    const t = fakeIO({ "a.txt": VIOLATION, "b.txt": CLEAN }, CLEAN);
    expect(await main(["check", "--json", "a.txt", "b.txt", "-"], t.io)).toBe(1);
    const report = JSON.parse(t.out());
    expect(report.map((r: { file: string }) => r.file)).toEqual(["a.txt", "b.txt", "-"]);
    expect(report[1].findings).toEqual([]);
    const f = report[0].findings[0];
    expect(VIOLATION.slice(f.start, f.end)).toBe(f.excerpt);
  });

  it("says which file it cannot read, checks the others, and exits 2", async () => {
    const t = fakeIO({ "a.txt": VIOLATION });
    expect(await main(["check", "missing.txt", "a.txt"], t.io)).toBe(2);
    expect(t.err()).toMatch(/cannot read missing\.txt/);
    expect(t.out()).toMatch(/^a\.txt:2:8:/m);
  });

  it("rejects a bad channel or option with exit 2", async () => {
    expect(await main(["check", "--channel", "email"], fakeIO({}).io)).toBe(2);
    expect(await main(["check", "--nope"], fakeIO({}).io)).toBe(2);
    expect(await main(["frobnicate"], fakeIO({}).io)).toBe(2);
  });

  it("counts lines with CRLF as one break and skips a BOM", () => {
    expect(lineAndColumn("a\r\nbc", 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn("\uFEFFab", 2)).toEqual({ line: 1, column: 2 });
    expect(lineAndColumn("a\rb\nc", 4)).toEqual({ line: 3, column: 1 });
  });

  it("keeps offsets relative to the file when it starts with a BOM", async () => {
    const text = "\uFEFFPlease delete your review.";
    const t = fakeIO({ "bom.txt": text });
    await main(["check", "--json", "bom.txt"], t.io);
    const f = JSON.parse(t.out())[0].findings[0];
    expect(text.slice(f.start, f.end)).toBe(f.excerpt);
    expect(f.start).toBeGreaterThan(1);
  });
});

const CORPUS = [
  { id: "a", text: "Please delete your review.", channel: "message", label: "violation", categories: ["review-change"] },
  { id: "b", text: "Your order ships tomorrow.", channel: "message", label: "ok", categories: [] },
  { id: "c", text: "Tip: remove the film first.", channel: "insert", label: "ok", categories: [] },
]
  .map((c) => JSON.stringify(c))
  .join("\n");

describe("eval", () => {
  it("prints the figures as JSON", async () => {
    const t = fakeIO({ "c.jsonl": CORPUS });
    expect(await main(["eval", "c.jsonl", "--json"], t.io)).toBe(0);
    const r = JSON.parse(t.out());
    expect(r).toMatchObject({ cases: 3, precision: 1, recall: 1, f1: 1, misses: [], falseAlarms: [] });
    expect(r.categories["review-change"]).toEqual({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(r.categories.marketing.f1).toBeNull();
  });

  it("prints a table and the misses for people", async () => {
    const t = fakeIO({ "c.jsonl": `${CORPUS}\n${JSON.stringify({ id: "d", text: "Hello there.", channel: "message", label: "violation", categories: ["marketing"] })}` });
    expect(await main(["eval", "c.jsonl"], t.io)).toBe(0);
    expect(t.out()).toMatch(/precision 1\.000\s+recall 0\.500/);
    expect(t.out()).toMatch(/misses \(1\)\n {2}d {2}expected \[marketing\] {2}found \[\]/);
  });

  it("names the invalid line and exits 2", async () => {
    const t = fakeIO({ "bad.jsonl": `${CORPUS}\n{"id": "x", "text": 5}` });
    expect(await main(["eval", "bad.jsonl"], t.io)).toBe(2);
    expect(t.err()).toMatch(/bad\.jsonl:4: text/);
    const u = fakeIO({ "bad.jsonl": "{nope" });
    expect(await main(["eval", "bad.jsonl"], u.io)).toBe(2);
    expect(u.err()).toMatch(/bad\.jsonl:1: not valid JSON/);
  });

  it("rejects a label that disagrees with the categories", () => {
    expect(() => parseCorpus(JSON.stringify({ id: "x", text: "t", channel: "message", label: "ok", categories: ["marketing"] }))).toThrow(/label "ok"/);
  });
});

describe("bench", () => {
  it("builds texts of the asked size from corpus cases", () => {
    const cases = parseCorpus(CORPUS);
    expect(buildText(cases, 2000)).toHaveLength(2000);
    expect(buildText(cases, 200)).toMatch(/^Please delete your review\./);
  });

  it("exits 2 when the corpus cannot be read", async () => {
    const t = fakeIO({});
    expect(await main(["bench", "nope.jsonl"], t.io)).toBe(2);
    expect(t.err()).toMatch(/cannot read nope\.jsonl/);
  });
});
