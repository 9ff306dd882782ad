import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { ActionResult } from "@oxidize/report";

/** Where results go unless told otherwise; `actions/report`'s `results` input defaults to the same. */
export const DEFAULT_RESULTS_DIR = "oxidize-results";

/** `$GITHUB_WORKSPACE/oxidize-results` (or under the working directory outside a runner). */
export function defaultResultsDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env["GITHUB_WORKSPACE"] || process.cwd(), DEFAULT_RESULTS_DIR);
}

/** `configure-policy-ubuntu-latest-3.16-1a2b3c4d.json`: readable, and distinct per action and leg. */
export function resultFileName(result: ActionResult): string {
  if (!result.matrix || Object.keys(result.matrix).length === 0) return `${result.action}.json`;
  const values = Object.values(result.matrix)
    .map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v)))
    .join("-")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  // The hash keeps legs apart when their values flatten to the same slug.
  const hash = createHash("sha256").update(JSON.stringify(result.matrix)).digest("hex").slice(0, 8);
  return `${result.action}-${values ? `${values}-` : ""}${hash}.json`;
}

/**
 * Writes the result as JSON into `dir` (created when missing) and returns the file's absolute path,
 * for the action's `report` output. It is written as given: validating is the reader's job
 * (`actions/report` rejects a bad file visibly), and each producer's results are checked against
 * the schema in its tests — so no run pays for loading the validator just to write its report.
 */
export function writeResultFile(result: ActionResult, dir: string = defaultResultsDir()): string {
  const absolute = resolve(dir);
  mkdirSync(absolute, { recursive: true });
  const path = join(absolute, resultFileName(result));
  writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
  return path;
}

/**
 * `$RUNNER_TEMP/oxidize/<action>-<step id>.json`: one file per step, so two steps of the same
 * action in one job never overwrite each other's report.
 */
export function stepResultPath(result: ActionResult, env: NodeJS.ProcessEnv = process.env): string {
  const step = (env["GITHUB_ACTION"] || "step").replace(/[^A-Za-z0-9_.-]/g, "_");
  return join(env["RUNNER_TEMP"] || tmpdir(), "oxidize", `${result.action}-${step}.json`);
}

/** Writes the result to its step-scoped path (see stepResultPath) and returns that path. */
export function writeStepResult(result: ActionResult, env: NodeJS.ProcessEnv = process.env): string {
  const path = stepResultPath(result, env);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
  return path;
}
