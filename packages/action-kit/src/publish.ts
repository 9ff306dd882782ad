import { accessSync, appendFileSync, constants } from "node:fs";
import * as core from "@actions/core";
import { errorMessage } from "@oxidize/core";
import {
  type ActionResult,
  type Aggregate,
  type CheckRunPlan,
  type PublishOutcome,
  type ResultReason,
  renderAggregate,
  renderSummary,
  repositoryPath,
  selectReasonAnnotations,
} from "@oxidize/report";
import type { ReportingInputs } from "./inputs.js";
import { workspaceDirectory } from "./inputs.js";
import { writeResultDocument, writeStepResult } from "./result-file.js";

export interface PublishOptions extends ReportingInputs {
  /** Markdown for the job summary after the result's own (evidence, tables only this action has). */
  summary?: string;
}

export interface PublishReport {
  /** The step's result file (the action's `report` output). */
  path: string;
  /** The job summary was written. */
  summary: boolean;
  /** Annotations printed (including the notice counting dropped ones). */
  annotations: number;
  /** Of those, errors: when there is one, the failure has been said. */
  errors: number;
  /** Annotations left out because of GitHub's per-step limits. */
  droppedAnnotations: number;
  /** What happened to the check run; undefined when no check name was given. */
  checkRun?: PublishOutcome;
}

/**
 * Appends Markdown to the job summary; false (with a debug line) when the runner gave no summary file. The
 * file as `core.summary.write()` finds it (GITHUB_STEP_SUMMARY, readable and writable), written synchronously:
 * its asynchronous write is the only thing in a short run that would load Node's fs/promises.
 */
export async function writeSummary(markdown: string): Promise<boolean> {
  try {
    const file = process.env["GITHUB_STEP_SUMMARY"];
    if (!file) throw new Error("GITHUB_STEP_SUMMARY is not set");
    accessSync(file, constants.R_OK | constants.W_OK);
    appendFileSync(file, markdown, { encoding: "utf8" });
    return true;
  } catch (error) {
    core.debug(`Job summary not written: ${errorMessage(error)}`);
    return false;
  }
}

/** Annotations and check runs point at files relative to the repository (the workspace). */
function located(reason: ResultReason, workspace: string): ResultReason {
  return reason.file === undefined ? reason : { ...reason, file: repositoryPath(reason.file, workspace) };
}

/**
 * The one reporting path of every action, at the end of its run: the step's result file in
 * `$RUNNER_TEMP/oxidize/`, the job summary, the annotations worth printing within GitHub's limits,
 * and — when `checkName` is set — a check run on the head commit. Never throws and never fails the
 * job: a token that cannot write checks gets one notice saying which permission would.
 */
export async function publishResult(
  result: ActionResult,
  options: PublishOptions = {},
): Promise<PublishReport> {
  const workspace = workspaceDirectory();
  const published: ActionResult = {
    ...result,
    reasons: result.reasons.map((reason) => located(reason, workspace)),
    ...(options.matrix !== undefined && { matrix: options.matrix }),
  };
  const path = writeStepResult(published);
  const report: PublishReport = { path, summary: false, annotations: 0, errors: 0, droppedAnnotations: 0 };
  report.summary = await writeSummary(renderSummary(published, { extra: options.summary }));
  const checkName = options.checkName?.trim();
  printAnnotations(published.reasons, published.action, Boolean(checkName), report);
  const checkRun = await publishNamedCheck(checkName, options.token, (checks, run) =>
    checks.buildCheckRun(published, { ...run, matrix: published.matrix ?? null }),
  );
  if (checkRun) report.checkRun = checkRun;
  return report;
}

/** The matrix aggregate's outlets: its file next to the legs' results, the job summary, the check run. */
export async function publishAggregate(
  aggregate: Aggregate,
  options: Pick<ReportingInputs, "checkName" | "token"> = {},
): Promise<PublishReport> {
  const path = writeResultDocument(aggregate, { action: "report" });
  const report: PublishReport = { path, summary: false, annotations: 0, errors: 0, droppedAnnotations: 0 };
  report.summary = await writeSummary(renderAggregate(aggregate));
  const rejected = aggregate.rejected.map(
    (r): ResultReason => ({
      level: "warning",
      code: "unreadable-result",
      message: `Rejected ${r.file}:\n${r.errors.join("\n")}`,
      title: "Unreadable oxidize result",
    }),
  );
  const checkName = options.checkName?.trim();
  printAnnotations(rejected, "report", Boolean(checkName), report);
  const checkRun = await publishNamedCheck(checkName, options.token, (checks, run) =>
    checks.buildAggregateCheckRun(aggregate, run),
  );
  if (checkRun) report.checkRun = checkRun;
  return report;
}

/**
 * Prints the annotations worth printing (report's one planner, within GitHub's per-step limits)
 * and counts them into `report`. A step that publishes a check run keeps a notice and a warning
 * slot free: publishing may print one of its own (no permission, API failure).
 */
function printAnnotations(
  reasons: readonly ResultReason[],
  subject: string,
  withCheckRun: boolean,
  report: PublishReport,
): void {
  try {
    const selection = selectReasonAnnotations(
      reasons,
      subject,
      withCheckRun ? { reserved: { notice: 1, warning: 1 } } : {},
    );
    for (const annotation of selection.annotations) {
      const print =
        annotation.kind === "error" ? core.error : annotation.kind === "warning" ? core.warning : core.notice;
      print(annotation.message, annotation.properties);
    }
    report.annotations = selection.annotations.length;
    report.errors = selection.annotations.filter((a) => a.kind === "error").length;
    report.droppedAnnotations =
      selection.dropped.error + selection.dropped.warning + selection.dropped.notice;
  } catch (error) {
    core.debug(`Annotations not printed: ${errorMessage(error)}`);
  }
}

type CheckRuns = typeof import("./report-check.js");

/**
 * The check run called `name` on the head commit, built by `build`; none when no name is given. The check-run
 * code (API client, limits, the builders) is loaded only then: most steps publish none.
 */
async function publishNamedCheck(
  name: string | undefined,
  token: string | undefined,
  build: (checks: CheckRuns, run: { name: string; headSha: string; detailsUrl?: string }) => CheckRunPlan,
): Promise<PublishOutcome | undefined> {
  if (!name) return undefined;
  const checks = await import("./report-check.js");
  return checks.publishCheck(
    (target) =>
      build(checks, {
        name,
        headSha: target.headSha,
        ...(target.detailsUrl !== undefined && { detailsUrl: target.detailsUrl }),
      }),
    token,
  );
}
