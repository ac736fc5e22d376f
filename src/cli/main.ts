/** The `outreach-guard` command line: check, eval, bench. */
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { runBench } from "./bench.ts";
import { runCheck } from "./check.ts";
import { CorpusError } from "./corpus.ts";
import { runEval } from "./eval.ts";
import { type CliIO, UsageError } from "./io.ts";

export const USAGE = `Usage:
  outreach-guard check [--channel message|insert] [--json] [FILE…]   check files, or standard input when none or -
  outreach-guard eval CORPUS.jsonl [--json]                         precision, recall and F1 on a labeled corpus
  outreach-guard bench [CORPUS.jsonl] [--json] [--results FILE]     speed at 200 B … 1 MB against a floor pass
                                                                    (--results: also into FILE's engine section)

Exit status: 0 no violation, 1 violations found, 2 usage error or unreadable input.`;

export const DEFAULT_BENCH_CORPUS = new URL("../../test/corpus/dev.jsonl", import.meta.url);

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.stdout(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === "check") {
      const { values, positionals } = parse(rest, { channel: { type: "string", default: "message" }, json: { type: "boolean", default: false } });
      const channel = values.channel;
      if (channel !== "message" && channel !== "insert") throw new UsageError(`--channel must be "message" or "insert", not "${channel}"`);
      return await runCheck({ channel, json: values.json === true, files: positionals }, io);
    }
    if (command === "eval") {
      const { values, positionals } = parse(rest, { json: { type: "boolean", default: false } });
      if (positionals.length !== 1) throw new UsageError("eval needs exactly one CORPUS.jsonl");
      return await runEval({ corpus: positionals[0], json: values.json === true }, io);
    }
    if (command === "bench") {
      const { values, positionals } = parse(rest, { json: { type: "boolean", default: false }, results: { type: "string" } });
      if (positionals.length > 1) throw new UsageError("bench takes at most one CORPUS.jsonl");
      return await runBench({ corpus: positionals[0] ?? DEFAULT_BENCH_CORPUS.pathname, json: values.json === true, results: values.results ?? npmBenchResults() }, io);
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`outreach-guard: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof CorpusError) {
      io.stderr(`outreach-guard: ${error.message}\n`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EACCES" || code === "EISDIR") {
      io.stderr(`outreach-guard: cannot read ${(error as NodeJS.ErrnoException).path ?? "input"}: ${code}\n`);
      return 2;
    }
    throw error;
  }
}

/** `npm run bench` in this repository writes bench/RESULTS.md; the installed command writes nothing unless asked. */
function npmBenchResults(): string | undefined {
  const pkg = process.env.npm_package_json;
  if (process.env.npm_lifecycle_event !== "bench" || process.env.npm_package_name !== "outreach-guard" || !pkg) return undefined;
  return join(dirname(pkg), "bench/RESULTS.md");
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>["options"];

function parse<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export const nodeIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readFile: (p) => readFile(p, "utf8"),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
};
