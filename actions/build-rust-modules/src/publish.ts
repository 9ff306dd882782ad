import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import * as core from "@actions/core";
import type { ModulesDetails } from "@oxidize/modules";
import type { ActionResult } from "@oxidize/report";
import type { ReportingInputs } from "./inputs.js";
import { renderSummary } from "./summary.js";

/** `$RUNNER_TEMP/oxidize/build-rust-modules-<step>.json`: one file per step. */
export function reportPath(env: Readonly<Record<string, string | undefined>>): string {
  const step = (env["GITHUB_ACTION"] || "step").replace(/[^A-Za-z0-9_.-]/g, "_");
  return join(env["RUNNER_TEMP"] || tmpdir(), "oxidize", `build-rust-modules-${step}.json`);
}

/**
 * Writes the JSON report and the job summary; returns the report's path.
 * Check runs plug in here: when the reporting work offers
 * `publishResult(result, { checkName, token, matrix })`, this function delegates to it.
 */
export async function publish(
  result: ActionResult<ModulesDetails>,
  reporting: ReportingInputs,
): Promise<string> {
  const path = reportPath(process.env);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
  // PLUG-IN POINT: publishResult(result, { checkName: reporting.checkName, token: reporting.token, matrix: reporting.matrix })
  if (reporting.checkName !== undefined) {
    core.info(
      `check-name '${reporting.checkName}': check runs are not published by this build; see the job summary`,
    );
  }
  await core.summary.addRaw(renderSummary(result)).write();
  return path;
}
