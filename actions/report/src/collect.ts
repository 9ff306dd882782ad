import { readFile, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
import * as glob from "@actions/glob";
import { parseJsonText } from "@oxidize/action-kit";
import { type ActionResult, AGGREGATE_SCHEMA, type RejectedFile, validateResult } from "@oxidize/report";

export interface Collected {
  /** Every file looked at, relative to the workspace. */
  files: string[];
  results: { file: string; result: ActionResult }[];
  rejected: RejectedFile[];
  /** JSON files that are not oxidize results (an earlier aggregate, other artifacts' files). */
  ignored: string[];
  /** The patterns searched, for messages. */
  patterns: string[];
}

/**
 * The patterns for the `results` input: a directory means every `*.json` below it (download-artifact
 * puts each leg's artifact in its own subdirectory); anything else is a glob (one per line).
 */
export async function resultPatterns(input: string, workspace: string): Promise<string[]> {
  const lines = input
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const patterns: string[] = [];
  for (const line of lines) {
    const negated = line.startsWith("!");
    const path = isAbsolute(line.replace(/^!/, ""))
      ? line.replace(/^!/, "")
      : resolve(workspace, line.replace(/^!/, ""));
    const isDir =
      !negated &&
      (await stat(path)
        .then((s) => s.isDirectory())
        .catch(() => false));
    patterns.push(`${negated ? "!" : ""}${isDir ? `${path}/**/*.json` : path}`);
  }
  return patterns;
}

/** Finds, reads and validates the result files; never throws for a bad file, it is rejected instead. */
export async function collectResults(input: string, workspace: string): Promise<Collected> {
  const patterns = await resultPatterns(input, workspace);
  const collected: Collected = { files: [], results: [], rejected: [], ignored: [], patterns };
  if (!patterns.length) return collected;
  const globber = await glob.create(patterns.join("\n"), {
    matchDirectories: false,
    implicitDescendants: false,
  });
  const matches = (await globber.glob()).sort();
  for (const path of matches) {
    const file = relative(workspace, path) || path;
    collected.files.push(file);
    const parsed = parseJsonText(await readFile(path, "utf8"));
    if ("problem" in parsed) {
      collected.rejected.push({ file, errors: [parsed.problem] });
      continue;
    }
    const json = parsed.value;
    const schema = typeof json === "object" && json !== null && "schema" in json ? json.schema : undefined;
    if (typeof schema !== "string" || !schema.startsWith("oxidize/") || schema === AGGREGATE_SCHEMA) {
      collected.ignored.push(file);
      continue;
    }
    const outcome = await validateResult(json);
    if (outcome.valid) collected.results.push({ file, result: outcome.result });
    else collected.rejected.push({ file, errors: outcome.errors });
  }
  return collected;
}
