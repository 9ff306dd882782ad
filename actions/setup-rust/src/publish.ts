import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import type { ActionResult } from "@oxidize/report";
import type { SetupInputs } from "./inputs.js";
import { renderSummary, type SetupDetails } from "./summary.js";

/** `$RUNNER_TEMP/oxidize/setup-rust-<step>.json`: one file per step, so two setup-rust steps don't collide. */
export function reportPath(env: Readonly<Record<string, string | undefined>>): string {
  const dir = join(env["RUNNER_TEMP"] || tmpdir(), "oxidize");
  const step = (env["GITHUB_ACTION"] || "step").replace(/[^A-Za-z0-9_.-]/g, "_");
  return join(dir, `setup-rust-${step}.json`);
}

/**
 * Writes the JSON report and the job summary; returns the report's path.
 * Check runs (`check-name`, `token`) plug in here: when @oxidize/action-kit offers
 * `publishResult(result, { checkName, token, matrix })`, this function delegates to it.
 */
export async function publish(
  result: ActionResult<SetupDetails>,
  inputs: Pick<SetupInputs, "checkName" | "token" | "matrix">,
): Promise<string> {
  const path = reportPath(process.env);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
  // PLUG-IN POINT: publishResult(result, { checkName: inputs.checkName, token: inputs.token, matrix: inputs.matrix })
  if (inputs.checkName !== undefined) {
    core.info(
      `check-name '${inputs.checkName}': check runs are not published by this build; see the job summary`,
    );
  }
  await core.summary.addRaw(renderSummary(result)).write();
  return path;
}
