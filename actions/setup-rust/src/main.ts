import { homedir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import {
  actionLog,
  addMatcherCommands,
  MATCHERS_DIR_ENV,
  publishResult,
  runAction,
} from "@oxidize/action-kit";
import { renderExtraSummary, type SetupDetails, setupToolchain } from "@oxidize/toolchain";
import { actionsCacheBackend } from "./cache.js";
import { Outputs, readInputs } from "./inputs.js";
import { matchersDirectory } from "./matchers.js";

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = readInputs();
    if (inputs.matchers) {
      const directory = matchersDirectory();
      for (const command of addMatcherCommands(directory)) core.info(command);
      // build-rust-modules suspends these around cargo and restores exactly this directory's.
      core.exportVariable(MATCHERS_DIR_ENV, directory);
    }
    const outcome = await setupToolchain(inputs.setup, {
      env: process.env,
      platform: process.platform,
      home: homedir(),
      toolCache: process.env["RUNNER_TOOL_CACHE"] || join(homedir(), ".oxidize", "tool-cache"),
      ...(inputs.cache && { cache: actionsCacheBackend }),
      log: actionLog,
    });
    for (const [name, value] of Object.entries(outcome.environment?.exports ?? {}))
      core.exportVariable(name, value);
    for (const path of outcome.environment?.paths ?? []) core.addPath(path);
    setOutputs(outcome.result.details, outcome.failure === undefined);
    const published = await publishResult(outcome.result, {
      ...inputs.reporting,
      summary: renderExtraSummary(outcome.result, outcome.failure?.message),
    });
    core.setOutput(Outputs.report, published.path);
    // The failure is not among the result's reasons: this is where it is said, once.
    if (outcome.failure) throw outcome.failure;
  });
}

/** Every output the run got to; a later step sees the resolved toolchain even when the install failed. */
function setOutputs(details: SetupDetails, succeeded: boolean): void {
  if (details.source === undefined) return;
  core.setOutput(Outputs.toolchain, details.toolchain);
  core.setOutput(Outputs.source, details.source);
  core.setOutput(Outputs.installer, details.installer);
  core.setOutput(Outputs.host, details.host);
  core.setOutput(Outputs.cacheHit, String(details.cacheHit));
  if (!details.available) core.setOutput(Outputs.available, "false");
  if (!succeeded || !details.available) return;
  core.setOutput(Outputs.rustcVersion, details.rustcVersion ?? "");
  core.setOutput(Outputs.rustcCommitHash, details.rustcCommitHash ?? "");
  core.setOutput(Outputs.cargoVersion, details.cargoVersion ?? "");
  core.setOutput(Outputs.cachekey, details.cachekey ?? "");
  core.setOutput(Outputs.available, "true");
  core.setOutput(Outputs.rustc, details.rustcPath);
}
