import * as core from "@actions/core";
import { publishResult, runAction, writeStepResult, writeSummary } from "@oxidize/action-kit";
import { checkPolicy, type PolicyCheck, reachesFailOn } from "@oxidize/policy";
import { parseMatrix } from "@oxidize/report";
import { type ConfigurePolicyInputs, readInputs } from "./inputs.js";
import { buildResult } from "./result.js";
import { renderConformance, renderImpact } from "./summary.js";

async function check(inputs: ConfigurePolicyInputs): Promise<PolicyCheck> {
  return checkPolicy({
    policy: inputs.policy,
    sourceDir: inputs.sourceDir,
    env: process.env,
    cwd: process.cwd(),
    rust: inputs.rust,
    ...(inputs.pythonVersion !== undefined ? { pythonVersion: inputs.pythonVersion } : {}),
    ...(inputs.configureArgs !== undefined ? { configureArgs: inputs.configureArgs } : {}),
    ...(inputs.msrv !== undefined ? { msrv: inputs.msrv } : {}),
    ...(inputs.target !== undefined ? { target: inputs.target } : {}),
    ...(inputs.run !== undefined ? { run: inputs.run } : {}),
  });
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const startedAt = new Date();
    const inputs = readInputs();
    const result = await check(inputs);
    const { verdict, facts } = result;

    // Outputs first: a later step reading them must see them even when this step fails.
    core.setOutput("verdict", verdict.outcome);
    core.setOutput("phase", verdict.phase);
    core.setOutput("rust-required", String(verdict.rustRequired));
    core.setOutput("rust-available", String(facts.rust.available));
    core.setOutput("rust-modules", verdict.rustModules);
    core.setOutput("message", verdict.message);

    const matrix = parseMatrix(inputs.matrix);
    const report = buildResult(result, {
      failOn: inputs.failOn,
      startedAt,
      finishedAt: new Date(),
      ...(matrix ? { matrix } : {}),
    });
    core.setOutput("report", writeStepResult(report));

    await publishResult(report, {
      ...(inputs.checkName !== undefined ? { checkName: inputs.checkName } : {}),
      ...(inputs.token !== undefined ? { token: inputs.token } : {}),
      ...(matrix ? { matrix } : {}),
    });
    const extra = [
      ...(result.conformance ? [renderConformance(result.conformance)] : []),
      renderImpact(result.policy, facts.python),
    ];
    await writeSummary(extra.join("\n"));

    core.info(`${verdict.outcome}: ${verdict.message}`);
    if (reachesFailOn(verdict.outcome, inputs.failOn)) {
      core.setFailed(
        `Rust policy verdict '${verdict.outcome}' reaches fail-on '${inputs.failOn}': ${verdict.message}`,
      );
    }
  });
}
