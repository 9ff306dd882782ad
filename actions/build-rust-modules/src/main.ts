import { randomBytes } from "node:crypto";
import * as core from "@actions/core";
import { actionLog, failStep, publishResult, runAction } from "@oxidize/action-kit";
import { bucketOf, buildRustModules, toActionResult } from "@oxidize/modules";
import { Outputs, readInputs } from "./inputs.js";

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = readInputs();
    // cargo and build scripts print arbitrary text: never let it be read as workflow commands.
    // The token is letters only: the resume line `::<token>::` must parse as a command name.
    const stopToken = `oxidize${[...randomBytes(12)].map((b) => String.fromCharCode(97 + (b % 26))).join("")}`;
    core.info(`::stop-commands::${stopToken}`);
    let result: Awaited<ReturnType<typeof buildRustModules>>;
    try {
      result = await buildRustModules(inputs.build, {
        env: process.env,
        platform: process.platform,
        log: actionLog,
      });
    } finally {
      core.info(`::${stopToken}::`);
    }

    const names = (bucket: string) =>
      JSON.stringify(result.outcomes.filter((o) => bucketOf(o.status) === bucket).map((o) => o.module));
    core.setOutput(Outputs.built, names("built"));
    core.setOutput(Outputs.skipped, names("skipped"));
    core.setOutput(Outputs.failed, names("failed"));
    core.setOutput(Outputs.headline, result.headline);
    core.setOutput(Outputs.outDir, result.outDir);
    const published = await publishResult(toActionResult(result), inputs.reporting);
    core.setOutput(Outputs.report, published.path);
    core.info(result.headline);
    if (result.outcomes.some((o) => o.status === "failed")) failStep(result.headline, published);
  });
}
