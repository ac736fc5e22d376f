/** bench/RESULTS.md: each benchmark replaces its own section, with the machine and date, and leaves the other's. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { machine, type ResultsSection, replaceSection, writeResults } from "../../test/bench/results.ts";

const section = (id: string, figure: string): ResultsSection => ({
  id,
  title: `${id} figures`,
  command: `npm run ${id}`,
  machine: { ...machine("Chrome/156.0"), date: "2026-11-26T10:00:00Z" },
  rows: [["check | of 2 KB", figure, "≤ 0.3 ms"]],
});

describe("bench results", () => {
  it("names the machine: CPU model, cores, Node, the browser, the date", () => {
    const m = machine("Chrome/156.0");
    expect(m.cores).toBeGreaterThan(0);
    expect(m.cpu).not.toBe("");
    expect(m.node).toBe(process.version);
    expect(m.browser).toBe("Chrome/156.0");
    expect(m.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it("a run replaces its own section only", () => {
    const dir = mkdtempSync(join(tmpdir(), "og-results-"));
    try {
      const file = join(dir, "bench/RESULTS.md");
      writeResults(file, section("cli", "1.0 ms"));
      writeResults(file, section("browser", "11 ms"));
      writeResults(file, section("cli", "0.9 ms"));
      const text = readFileSync(file, "utf8");
      expect(text.startsWith("# Benchmark results")).toBe(true);
      expect(text.match(/<!-- bench:cli -->/g)).toHaveLength(1);
      expect(text).toContain("| check \\| of 2 KB | 0.9 ms | ≤ 0.3 ms |");
      expect(text).not.toContain("1.0 ms");
      expect(text).toContain("| check \\| of 2 KB | 11 ms | ≤ 0.3 ms |");
      expect(text.indexOf("<!-- bench:cli -->")).toBeLessThan(text.indexOf("<!-- bench:browser -->"));
      expect(text).toContain("cores");
      expect(text).toContain("Chrome/156.0");
      // Replacing with the same figures changes nothing.
      expect(replaceSection(text, section("browser", "11 ms"))).toBe(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
