import * as core from "@actions/core";
import { actionLog, failStep, publishResult, runAction } from "@oxidize/action-kit";
import { probeMemo } from "@oxidize/core";
import { checkPolicy, policyResult, policySummary, reachesFailOn } from "@oxidize/policy";
import { Outputs, readInputs } from "./inputs.js";

export async function run(): Promise<void> {
  await runAction(async () => {
    const startedAt = new Date();
    const inputs = readInputs();
    // rustc's answers, kept in the user's cache for the next run on this machine (as build-rust-modules does).
    const memo = probeMemo(process.env, process.platform);
    const check = await checkPolicy({
      ...inputs.check,
      env: process.env,
      log: actionLog,
      ...(memo && { memo }),
      // The runner empties RUNNER_TEMP after each job: the scenarios' copies of the tree go there.
      ...(process.env["RUNNER_TEMP"] ? { tempDir: process.env["RUNNER_TEMP"] } : {}),
    });
    const { verdict, facts } = check;

    core.setOutput(Outputs.verdict, verdict.outcome);
    core.setOutput(Outputs.phase, verdict.phase);
    core.setOutput(Outputs.rustRequired, String(verdict.rustRequired));
    core.setOutput(Outputs.rustAvailable, String(facts.rust.available));
    core.setOutput(Outputs.rustModules, verdict.rustModules);
    core.setOutput(Outputs.message, verdict.message);

    const result = policyResult(check, { failOn: inputs.failOn, startedAt, finishedAt: new Date() });
    const published = await publishResult(result, { ...inputs.reporting, summary: policySummary(check) });
    core.setOutput(Outputs.report, published.path);
    if (reachesFailOn(verdict.outcome, inputs.failOn)) {
      failStep(
        `Rust policy verdict '${verdict.outcome}' reaches fail-on '${inputs.failOn}': ${verdict.message}`,
        published,
      );
    } else {
      actionLog.info(`${verdict.outcome}: ${verdict.message}`);
    }
  });
}
