import * as core from "@actions/core";
import { publishCheck, writeStepResult } from "@oxidize/action-kit";
import type { ModulesDetails } from "@oxidize/modules";
import { type ActionResult, buildCheckRun } from "@oxidize/report";
import type { ReportingInputs } from "./inputs.js";
import { renderSummary } from "./summary.js";

/**
 * Writes the JSON report and the job summary, and creates the check run when `check-name` is set;
 * returns the report's path. This action prints its own annotations (module outcomes first, then
 * rustc diagnostics), so only the check-run outlet of the shared publisher is used here.
 */
export async function publish(
  result: ActionResult<ModulesDetails>,
  reporting: ReportingInputs,
): Promise<string> {
  const path = writeStepResult(result);
  await core.summary.addRaw(renderSummary(result)).write();
  const checkName = reporting.checkName;
  if (checkName) {
    await publishCheck(
      (target) =>
        buildCheckRun(result, {
          name: checkName,
          headSha: target.headSha,
          matrix: reporting.matrix ?? null,
          ...(target.detailsUrl ? { detailsUrl: target.detailsUrl } : {}),
        }),
      reporting.token,
    );
  }
  return path;
}
