/** `eval`: precision, recall and F1 of the engine on a labeled corpus. */
import { CATEGORY_IDS } from "../rules/types.ts";
import { evaluate, parseCorpus } from "./corpus.ts";
import type { CliIO } from "./io.ts";

const fmt = (n: number | null) => (n === null ? " null" : n.toFixed(3));

export async function runEval(args: { corpus: string; json: boolean }, io: CliIO): Promise<number> {
  const source = await io.readFile(args.corpus);
  const cases = parseCorpus(source, args.corpus);
  const result = evaluate(cases);
  if (args.json) {
    const { details: _details, ...figures } = result;
    io.stdout(`${JSON.stringify(figures, null, 2)}\n`);
    return 0;
  }
  const out: string[] = [];
  out.push(`cases ${result.cases}   precision ${fmt(result.precision)}   recall ${fmt(result.recall)}   F1 ${fmt(result.f1)}`);
  out.push("");
  out.push(`${"category".padEnd(26)}  tp  fp  fn  precision  recall     F1`);
  for (const id of CATEGORY_IDS) {
    const c = result.categories[id];
    out.push(`${id.padEnd(26)} ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}      ${fmt(c.precision)}   ${fmt(c.recall)}  ${fmt(c.f1)}`);
  }
  const byId = new Map(result.details.map((d) => [d.id, d]));
  const describe = (id: string) => {
    const d = byId.get(id);
    return d ? `${id}  expected [${d.expected.join(", ")}]  found [${d.found.join(", ")}]` : id;
  };
  out.push("");
  out.push(`misses (${result.misses.length})`);
  for (const id of result.misses) out.push(`  ${describe(id)}`);
  out.push(`false alarms (${result.falseAlarms.length})`);
  for (const id of result.falseAlarms) out.push(`  ${describe(id)}`);
  io.stdout(`${out.join("\n")}\n`);
  return 0;
}
