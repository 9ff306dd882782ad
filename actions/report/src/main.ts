import * as core from "@actions/core";
import {
  actionLog,
  getOptionalInput,
  publishAggregate,
  resultsDirectory,
  runAction,
  UserError,
  workspaceDirectory,
} from "@oxidize/action-kit";
import { aggregate } from "@oxidize/report";
import { collectResults } from "./collect.js";

// biome-ignore lint/suspicious/noTemplateCurlyInString: the expression users write in a workflow
const RUNNER_TEMP_RESULTS = "${{ runner.temp }}/oxidize";

export const Inputs = { results: "results", checkName: "check-name", token: "token" } as const;
export const Outputs = { legs: "legs", worst: "worst", report: "report" } as const;

export async function run(): Promise<void> {
  await runAction(async () => {
    // By default, the directory every oxidize step of this job wrote its result to.
    const resultsInput = getOptionalInput(Inputs.results) ?? resultsDirectory();
    const checkName = getOptionalInput(Inputs.checkName);
    const token = getOptionalInput(Inputs.token);
    const workspace = workspaceDirectory();

    const collected = await collectResults(resultsInput, workspace);
    if (collected.results.length === 0 && collected.rejected.length === 0) {
      throw new UserError(
        `Input '${Inputs.results}': no oxidize result files found (searched ${collected.patterns.join(", ") || "nothing"}` +
          `${collected.ignored.length ? `; ignored ${collected.ignored.length} other JSON files` : ""}). ` +
          `Upload each leg's ${RUNNER_TEMP_RESULTS} as an artifact and download them here first, e.g. ` +
          `actions/download-artifact with \`pattern: oxidize-*\` and \`path: ${RUNNER_TEMP_RESULTS}\`.`,
      );
    }
    actionLog.info(`Read ${collected.results.length} results from ${collected.files.length} files.`);
    for (const file of collected.ignored) actionLog.info(`Ignored ${file}: not an oxidize result.`);

    const agg = aggregate(
      collected.results.map((r) => r.result),
      collected.rejected,
    );
    actionLog.info(agg.title);
    for (const leg of agg.legs) actionLog.info(`  ${leg.conclusion.padEnd(8)} ${leg.label}: ${leg.title}`);

    const published = await publishAggregate(agg, {
      ...(checkName !== undefined && { checkName }),
      ...(token !== undefined && { token }),
    });
    core.setOutput(Outputs.legs, String(agg.legs.length));
    core.setOutput(Outputs.worst, agg.conclusion);
    core.setOutput(Outputs.report, published.path);
  });
}
