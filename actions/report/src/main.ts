import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as core from "@actions/core";
import { getOptionalInput, publishCheck, runAction, UserError, writeSummary } from "@oxidize/action-kit";
import { aggregate, buildAggregateCheckRun, renderAggregate } from "@oxidize/report";
import { collectResults } from "./collect.js";

export const Inputs = { results: "results", checkName: "check-name", token: "token" } as const;
export const Outputs = { legs: "legs", worst: "worst", report: "report" } as const;

export async function run(): Promise<void> {
  await runAction(async () => {
    const resultsInput = getOptionalInput(Inputs.results) ?? "oxidize-results";
    const checkName = getOptionalInput(Inputs.checkName) ?? "";
    const token = getOptionalInput(Inputs.token);
    const workspace = process.env["GITHUB_WORKSPACE"] || process.cwd();

    const collected = await collectResults(resultsInput, workspace);
    if (collected.results.length === 0 && collected.rejected.length === 0) {
      throw new UserError(
        `Input '${Inputs.results}': no oxidize result files found (searched ${collected.patterns.join(", ") || "nothing"}` +
          `${collected.ignored.length ? `; ignored ${collected.ignored.length} other JSON files` : ""}). ` +
          "Download the legs' artifacts first, e.g. actions/download-artifact with `pattern: oxidize-results-*` " +
          "and `path: oxidize-results`, and check that each leg uploaded its actions' `report` outputs.",
      );
    }
    core.info(`Read ${collected.results.length} results from ${collected.files.length} files.`);
    for (const file of collected.ignored) core.info(`Ignored ${file}: not an oxidize result.`);
    for (const { file, errors } of collected.rejected) {
      core.warning(`Rejected ${file}:\n${errors.join("\n")}`, { title: "Unreadable oxidize result" });
    }

    const agg = aggregate(
      collected.results.map((r) => r.result),
      collected.rejected,
    );
    core.info(agg.title);
    for (const leg of agg.legs) core.info(`  ${leg.conclusion.padEnd(8)} ${leg.label}: ${leg.title}`);

    const dir = join(process.env["RUNNER_TEMP"] || workspace, "oxidize-report");
    mkdirSync(dir, { recursive: true });
    const reportPath = join(dir, "aggregate.json");
    writeFileSync(reportPath, `${JSON.stringify(agg, null, 2)}\n`);

    await writeSummary(renderAggregate(agg));
    if (checkName) {
      await publishCheck(
        (target) =>
          buildAggregateCheckRun(agg, {
            name: checkName,
            headSha: target.headSha,
            detailsUrl: target.detailsUrl,
          }),
        token,
      );
    }

    core.setOutput(Outputs.legs, String(agg.legs.length));
    core.setOutput(Outputs.worst, agg.conclusion);
    core.setOutput(Outputs.report, reportPath);
  });
}
