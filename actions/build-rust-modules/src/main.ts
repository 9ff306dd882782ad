import * as core from "@actions/core";
import { actionLog, failStep, publishResult, runAction, withoutRustMatchers } from "@oxidize/action-kit";
import { monotonicMs, probeMemo } from "@oxidize/core";
import { bucketOf, buildRustModules, supplyChainFailure, toActionResult } from "@oxidize/modules";
import { restoreForBuild, saveAfterBuild } from "./cargo-cache.js";
import { Outputs, readInputs } from "./inputs.js";

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = readInputs();
    const cache = inputs.cache === "cargo" ? await restoreForBuild(inputs.build) : undefined;
    const started = monotonicMs();
    // rustc's, the interpreter's and cargo metadata's answers, kept in the user's cache for the next run on this machine.
    const memo = probeMemo(process.env, process.platform);
    // cargo's output is shown in a group per build, with workflow commands off (actionLog.untrusted),
    // and without setup-rust's matchers: each diagnostic is annotated once, at the level decided here.
    const result = await withoutRustMatchers(() =>
      buildRustModules(inputs.build, {
        env: process.env,
        platform: process.platform,
        log: actionLog,
        ...(memo && { memo }),
      }),
    );

    const names = (bucket: string) =>
      JSON.stringify(result.outcomes.filter((o) => bucketOf(o.status) === bucket).map((o) => o.module));
    core.setOutput(Outputs.built, names("built"));
    core.setOutput(Outputs.skipped, names("skipped"));
    core.setOutput(Outputs.failed, names("failed"));
    core.setOutput(Outputs.headline, result.headline);
    core.setOutput(Outputs.outDir, result.outDir);
    core.setOutput(Outputs.sbom, result.sbom?.path ?? "");
    const report = toActionResult(result);
    // A module that had to build and did not, or an advisory under on-advisory: fail.
    const failure = result.outcomes.some((o) => o.status === "failed")
      ? result.headline
      : supplyChainFailure(result.supplyChain);
    if (cache) {
      const summary = await saveAfterBuild(cache, monotonicMs() - started, failure !== undefined);
      core.setOutput(Outputs.cacheHit, summary.hit);
      report.facts["cargo cache"] = summary.text;
      Object.assign(report.details, { cache: summary });
    }
    const published = await publishResult(report, inputs.reporting);
    core.setOutput(Outputs.report, published.path);
    if (failure !== undefined) failStep(failure, published);
    else actionLog.info(result.headline);
  });
}
