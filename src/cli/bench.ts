/**
 * `bench`: time per check at several text sizes, built from corpus texts, against
 * a floor pass (NFKC and lower case) over the same texts.
 */
import { machine, writeResults } from "../../test/bench/results.ts";
import { checkText } from "../rules/engine.ts";
import { type CorpusCase, parseCorpus } from "./corpus.ts";
import type { CliIO } from "./io.ts";

const SIZES: Array<[string, number]> = [
  ["200 B", 200],
  ["2 KB", 2_000],
  ["20 KB", 20_000],
  ["200 KB", 200_000],
  ["1 MB", 1_000_000],
];

/** Concatenates corpus texts, as a long template library would, to about `size` characters. */
export function buildText(cases: readonly CorpusCase[], size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const t = cases[i % cases.length].text;
    parts.push(t);
    length += t.length + 2;
  }
  return parts.join("\n\n").slice(0, size);
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Runs of each in a turn of timeBoth: enough for each to run warm, few enough to follow the machine. */
const TURN = 8;

/**
 * Times the engine and the floor in alternating turns, so both see the machine
 * in the same state: a shared machine's speed drifts by half within seconds, and
 * timed one after the other their ratio drifted with it.
 */
function timeBoth(engine: () => void, floor: () => void, budgetMs: number, minRuns: number): { engine: number[]; floor: number[] } {
  const times = { engine: [] as number[], floor: [] as number[] };
  const time = (fn: () => void, into: number[]) => {
    const t0 = performance.now();
    fn();
    into.push(performance.now() - t0);
  };
  const started = performance.now();
  while (times.engine.length < minRuns || (performance.now() - started < budgetMs && times.engine.length < 2000)) {
    for (let i = 0; i < TURN; i++) time(engine, times.engine);
    for (let i = 0; i < TURN; i++) time(floor, times.floor);
  }
  times.engine.sort((a, b) => a - b);
  times.floor.sort((a, b) => a - b);
  return times;
}

export interface BenchRow {
  size: string;
  bytes: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  mbPerS: number;
  floorMedianMs: number;
  floorMbPerS: number;
  ratio: number;
}

export function runBenchmarks(cases: readonly CorpusCase[]): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const [label, size] of SIZES) {
    const text = buildText(cases, size);
    const budget = size >= 200_000 ? 3000 : 1000;
    // Warm up: compile the catalog and let the JIT settle.
    for (let i = 0; i < 5; i++) checkText(text, { channel: "message" });
    let sink = 0;
    const { engine, floor } = timeBoth(
      () => checkText(text, { channel: "message" }),
      () => {
        sink += text.normalize("NFKC").toLowerCase().length;
      },
      budget,
      5,
    );
    if (sink < 0) throw new Error("unreachable");
    const median = quantile(engine, 0.5);
    const floorMedian = quantile(floor, 0.5);
    rows.push({
      size: label,
      bytes: text.length,
      runs: engine.length,
      medianMs: median,
      p95Ms: quantile(engine, 0.95),
      mbPerS: text.length / 1e6 / (median / 1000),
      floorMedianMs: floorMedian,
      floorMbPerS: text.length / 1e6 / (floorMedian / 1000),
      ratio: median / Math.max(floorMedian, 1e-6),
    });
  }
  return rows;
}

/** The figures as rows of bench/RESULTS.md (test/bench/results.ts). */
export function resultRows(rows: readonly BenchRow[]): Array<[string, string, string]> {
  return rows.map((r) => [
    `check of ${r.size} (${r.runs} runs)`,
    `median ${r.medianMs.toFixed(3)} ms, p95 ${r.p95Ms.toFixed(3)} ms, ${r.mbPerS.toFixed(1)} MB/s; ${r.ratio.toFixed(0)}× the floor (${r.floorMedianMs.toFixed(3)} ms)`,
    r.bytes === 2_000 ? "median ≤ 0.3 ms, ≤ 20× floor" : r.bytes === 1_000_000 ? "median ≤ 150 ms, ≤ 20× floor" : "≤ 20× floor",
  ]);
}

export async function runBench(args: { corpus: string; json: boolean; results?: string }, io: CliIO): Promise<number> {
  const cases = parseCorpus(await io.readFile(args.corpus), args.corpus);
  if (cases.length === 0) {
    io.stderr(`outreach-guard: ${args.corpus} has no cases to build texts from\n`);
    return 2;
  }
  const rows = runBenchmarks(cases);
  if (args.results) {
    writeResults(args.results, {
      id: "cli",
      title: "Engine (`npm run bench`)",
      command: "npm run bench",
      machine: machine(),
      rows: resultRows(rows),
      notes: [`Texts built from ${args.corpus.split("/").slice(-2).join("/")}; floor: \`normalize('NFKC').toLowerCase()\` over the same text.`],
    });
  }
  if (args.json) {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const out = [`${"size".padEnd(8)} ${"runs".padStart(5)} ${"median ms".padStart(10)} ${"p95 ms".padStart(9)} ${"MB/s".padStart(8)} ${"floor ms".padStart(9)} ${"floor MB/s".padStart(10)} ${"engine/floor".padStart(12)}`];
  for (const r of rows) {
    out.push(
      `${r.size.padEnd(8)} ${String(r.runs).padStart(5)} ${r.medianMs.toFixed(3).padStart(10)} ${r.p95Ms.toFixed(3).padStart(9)} ${r.mbPerS.toFixed(1).padStart(8)} ${r.floorMedianMs.toFixed(3).padStart(9)} ${r.floorMbPerS.toFixed(1).padStart(10)} ${r.ratio.toFixed(1).padStart(12)}`,
    );
  }
  io.stdout(`${out.join("\n")}\n`);
  return 0;
}
