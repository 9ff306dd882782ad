/**
 * rustc's diagnostics as a person sees them, for builds whose cargo call we do not choose (the
 * tree's own Makefile runs cargo without `--message-format json`): an `error[E0425]: …` head,
 * then ` --> file:line:col`, then the rendered snippet up to the next blank line after it. File
 * names are relative to the directory cargo ran the workspace from.
 */
import { isAbsolute, relative, resolve } from "node:path";
import { stripAnsi } from "./cargo-messages.js";
import type { Diagnostic } from "./types.js";

const HEAD = /^(error|warning)(?:\[(E\d{4})\])?: (.+)$/;
const LOCATION = /^\s*--> (.+?):(\d+):(\d+)$/;

/**
 * Diagnostics with a source location; cargo's own `error: could not compile …` lines and
 * location-less summaries are left out (they are not about a line of code). `baseDir` is where
 * the paths are relative to (the workspace root); spans are made relative to `repositoryRoot`.
 */
export function parseHumanDiagnostics(output: string, baseDir: string, repositoryRoot: string): Diagnostic[] {
  const lines = stripAnsi(output).split(/\r?\n/);
  const found: Diagnostic[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = HEAD.exec(lines[i]!);
    if (!head) continue;
    const where = LOCATION.exec(lines[i + 1] ?? "");
    if (!where) continue;
    let end = i + 2;
    while (end < lines.length && lines[end]!.trim() !== "" && !HEAD.test(lines[end]!)) end++;
    const absolute = isAbsolute(where[1]!) ? where[1]! : resolve(baseDir, where[1]!);
    const file = relative(repositoryRoot, absolute);
    const line = Number(where[2]);
    const column = Number(where[3]);
    const diagnostic: Diagnostic = {
      level: head[1] as "error" | "warning",
      message: head[3]!,
      rendered: lines.slice(i, end).join("\n"),
      span: {
        file: file.startsWith("..") ? absolute : file,
        line,
        column,
        endLine: line,
        endColumn: column,
      },
      packageId: "",
    };
    if (head[2]) diagnostic.code = head[2];
    found.push(diagnostic);
    i = end - 1;
  }
  return found;
}
