import { join } from "node:path";
import { publishResult, writeResultFile, writeSummary } from "@oxidize/action-kit";
import type { ActionResult } from "@oxidize/report";
import type { SetupInputs } from "./inputs.js";
import { renderExtraSummary, type SetupDetails } from "./summary.js";

/**
 * Writes the JSON report (returned, for the `report` output) and publishes the result: job summary,
 * annotations for its reasons, and a check run when `check-name` is set. Reports go to
 * `$RUNNER_TEMP/oxidize-results`, not the workspace, so a checkout stays clean for tools that
 * refuse a dirty tree (`cargo publish`).
 */
export async function publish(
  result: ActionResult<SetupDetails>,
  inputs: Pick<SetupInputs, "checkName" | "token" | "matrix">,
  failure?: string,
): Promise<string> {
  const dir = process.env["RUNNER_TEMP"] ? join(process.env["RUNNER_TEMP"], "oxidize-results") : undefined;
  const path = writeResultFile(result, dir);
  await publishResult(result, {
    ...(inputs.checkName !== undefined && { checkName: inputs.checkName }),
    ...(inputs.token !== undefined && { token: inputs.token }),
    ...(inputs.matrix !== undefined && { matrix: inputs.matrix }),
  });
  const extra = renderExtraSummary(result, failure);
  if (extra) await writeSummary(extra);
  return path;
}
