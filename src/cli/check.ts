/** `check`: findings for files or standard input, for people or as JSON. */
import { checkText } from "../rules/engine.ts";
import type { Channel, Finding } from "../rules/types.ts";
import type { CliIO } from "./io.ts";

export interface CheckArgs {
  channel: Channel;
  json: boolean;
  files: string[];
}

/** 1-based line and column of a UTF-16 offset; CRLF is one break, a leading BOM is not a column. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = lineStart; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, " ⏎ ");

function formatFinding(name: string, text: string, f: Finding): string {
  const { line, column } = lineAndColumn(text, f.start);
  const lines = [`${name}:${line}:${column}: ${f.category} (${f.ruleId}) ${f.message}`, `    ${oneLine(f.excerpt)}`];
  if (f.suggestion !== undefined) lines.push(`    suggestion: ${f.suggestion === "" ? "(remove this)" : oneLine(f.suggestion)}`);
  for (const r of f.related ?? []) {
    const at = lineAndColumn(text, r.start);
    lines.push(`    related ${at.line}:${at.column}: ${oneLine(r.excerpt)}`);
  }
  return lines.join("\n");
}

export async function runCheck(args: CheckArgs, io: CliIO): Promise<number> {
  const inputs = args.files.length === 0 ? ["-"] : args.files;
  const reports: Array<{ file: string; findings: Finding[] }> = [];
  let unreadable = false;
  let violations = false;
  for (const file of inputs) {
    let text: string;
    try {
      text = file === "-" ? await io.readStdin() : await io.readFile(file);
    } catch (error) {
      io.stderr(`outreach-guard: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      unreadable = true;
      continue;
    }
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    // Offsets stay relative to the file as read, BOM included, so line and column agree with editors.
    const findings = checkText(body, { channel: args.channel }).map((f) =>
      body === text ? f : { ...f, start: f.start + 1, end: f.end + 1, related: f.related?.map((r) => ({ ...r, start: r.start + 1, end: r.end + 1 })) },
    );
    if (findings.some((f) => f.severity === "violation")) violations = true;
    reports.push({ file, findings });
    if (!args.json) for (const f of findings) io.stdout(`${formatFinding(file, text, f)}\n`);
  }
  if (args.json) io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
  return unreadable ? 2 : violations ? 1 : 0;
}
