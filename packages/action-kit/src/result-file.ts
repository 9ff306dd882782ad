import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { nameHash } from "@oxidize/core";

/** The one directory every oxidize step writes its result file to, below RUNNER_TEMP. */
export const RESULTS_DIRECTORY = "oxidize";

/**
 * `$RUNNER_TEMP/oxidize`: outside the workspace, so a checkout stays clean for tools that refuse a
 * dirty tree (`cargo publish`); the report action reads it by default.
 */
export function resultsDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return join(env["RUNNER_TEMP"] || tmpdir(), RESULTS_DIRECTORY);
}

/** What names a result file: the producing action, and the matrix leg when there is one. */
export interface ResultFileSubject {
  action: string;
  matrix?: Record<string, unknown>;
}

/**
 * `<action>-<step id>[-<matrix values>-<hash>].json`: one file per step, so two steps of the same
 * action in one job never overwrite each other's result, and legs stay apart even when their
 * artifacts are downloaded into one directory.
 */
export function resultFileName(subject: ResultFileSubject, env: NodeJS.ProcessEnv = process.env): string {
  const step = (env["GITHUB_ACTION"] || "step").replace(/[^A-Za-z0-9_.-]/g, "_");
  const base = `${subject.action}-${step}`;
  if (!subject.matrix || Object.keys(subject.matrix).length === 0) return `${base}.json`;
  const values = Object.values(subject.matrix)
    .map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v)))
    .join("-")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  // The hash keeps legs apart when their values flatten to the same slug.
  return `${base}-${values ? `${values}-` : ""}${nameHash(JSON.stringify(subject.matrix))}.json`;
}

/** `resultsDirectory()/resultFileName()`. */
export function stepResultPath(subject: ResultFileSubject, env: NodeJS.ProcessEnv = process.env): string {
  return join(resultsDirectory(env), resultFileName(subject, env));
}

/**
 * Writes a result as JSON to its step-scoped path and returns the path (the action's `report`
 * output). It is written as given: validating is the reader's job (`actions/report` rejects a bad
 * file visibly), and each producer's results are checked against the schema in its tests, so no
 * run pays for loading the validator just to write its report.
 */
export function writeStepResult(
  result: ResultFileSubject & object,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return writeResultDocument(result, result, env);
}

/** Writes any JSON document (the matrix aggregate, say) under the name `subject` gives it. */
export function writeResultDocument(
  document: object,
  subject: ResultFileSubject,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const path = stepResultPath(subject, env);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(document, null, 2)}\n`);
  return path;
}
