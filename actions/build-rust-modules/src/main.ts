import { randomBytes } from "node:crypto";
import * as core from "@actions/core";
import { runAction } from "@oxidize/action-kit";
import { bucketOf, buildRustModules, toActionResult } from "@oxidize/modules";
import { planAnnotations } from "./annotations.js";
import { readInputs } from "./inputs.js";
import { publish } from "./publish.js";

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = readInputs(process.env);
    // cargo and build scripts print arbitrary text: never let it be read as workflow commands.
    // The token is letters only: the resume line `::<token>::` must parse as a command name.
    const stopToken = `oxidize${[...randomBytes(12)].map((b) => String.fromCharCode(97 + (b % 26))).join("")}`;
    core.info(`::stop-commands::${stopToken}`);
    let result: Awaited<ReturnType<typeof buildRustModules>>;
    try {
      result = await buildRustModules(inputs.build, {
        env: process.env,
        platform: process.platform,
        log: (line) => core.info(line),
      });
    } finally {
      core.info(`::${stopToken}::`);
    }

    const report = toActionResult(result, inputs.reporting.matrix);
    for (const a of planAnnotations(result.outcomes)) {
      const properties: core.AnnotationProperties = {};
      if (a.title !== undefined) properties.title = a.title;
      if (a.file !== undefined) properties.file = a.file;
      if (a.startLine !== undefined) properties.startLine = a.startLine;
      if (a.endLine !== undefined) properties.endLine = a.endLine;
      if (a.startColumn !== undefined && a.startLine === a.endLine) properties.startColumn = a.startColumn;
      if (a.level === "error") core.error(a.message, properties);
      else if (a.level === "warning") core.warning(a.message, properties);
      else core.notice(a.message, properties);
    }
    const names = (bucket: string) =>
      JSON.stringify(result.outcomes.filter((o) => bucketOf(o.status) === bucket).map((o) => o.module));
    core.setOutput("built", names("built"));
    core.setOutput("skipped", names("skipped"));
    core.setOutput("failed", names("failed"));
    core.setOutput("headline", result.headline);
    core.setOutput("out-dir", result.outDir);
    core.setOutput("report", await publish(report, inputs.reporting));
    core.info(result.headline);
    if (result.outcomes.some((o) => o.status === "failed")) core.setFailed(result.headline);
  });
}
