/**
 * bench/RESULTS.md: the figures of the last `npm run bench` and `npm run bench:browser`, each
 * with the machine and date it was measured on, so a regression shows in review as a diff.
 * Each benchmark owns one section, between `<!-- bench:ID -->` and `<!-- /bench:ID -->`; a run
 * replaces its own section and leaves the other as it was. Used by src/cli/bench.ts and
 * test/bench/browser.ts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, platform, release, totalmem } from "node:os";
import { dirname } from "node:path";

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  /** The browser the figures were measured in, when there was one. */
  browser?: string;
}

export function machine(browser?: string): Machine {
  const list = cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    cpu: list[0]?.model.trim().replace(/\s+/g, " ") ?? "unknown",
    cores: list.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    ...(browser ? { browser } : {}),
  };
}

export interface ResultsSection {
  /** "cli" or "browser": which benchmark wrote it. */
  id: string;
  title: string;
  /** The command that produces it. */
  command: string;
  machine: Machine;
  /** Rows: what was measured, the figure, and the target ("" for none). */
  rows: Array<[string, string, string]>;
  /** Lines after the table (caveats, where the raw figures are). */
  notes?: string[];
}

const HEADER = `# Benchmark results

Written by \`npm run bench\` and \`npm run bench:browser\` (test/bench/results.ts): each run replaces
its own section with its figures, the machine and the date. Compare figures only across the same
machine; the shared 2-core machines here vary by ±20 % from run to run.
`;

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function renderSection(section: ResultsSection): string {
  const m = section.machine;
  const lines = [
    `<!-- bench:${section.id} -->`,
    `## ${section.title}`,
    "",
    `\`${section.command}\` — ${m.date}`,
    "",
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}; Node ${m.node}${m.browser ? `; ${m.browser}` : ""}`,
    "",
    "| measured | figure | target |",
    "|---|---|---|",
    ...section.rows.map(([what, figure, target]) => `| ${cell(what)} | ${cell(figure)} | ${cell(target)} |`),
  ];
  if (section.notes?.length) lines.push("", ...section.notes);
  lines.push(`<!-- /bench:${section.id} -->`);
  return lines.join("\n");
}

/** The file's text with `section` put in place of the section of the same id (or appended). */
export function replaceSection(existing: string, section: ResultsSection): string {
  const rendered = renderSection(section);
  const start = `<!-- bench:${section.id} -->`;
  const end = `<!-- /bench:${section.id} -->`;
  const text = existing.trim() === "" ? HEADER : existing;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from >= 0 && to > from) return `${text.slice(0, from)}${rendered}${text.slice(to + end.length)}`;
  return `${text.replace(/\s*$/, "")}\n\n${rendered}\n`;
}

/** Writes `section` into the results file, replacing only its own section. */
export function writeResults(file: string, section: ResultsSection): void {
  const existing = existsSync(file) ? readFileSync(file, "utf8") : "";
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, replaceSection(existing, section));
}
