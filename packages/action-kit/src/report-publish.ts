import * as core from "@actions/core";
import { errorMessage } from "@oxidize/core";
import {
  type ActionResult,
  buildCheckRun,
  type PublishOutcome,
  parseMatrix,
  renderSummary,
  selectAnnotations,
} from "@oxidize/report";
import { publishCheck } from "./report-check.js";

export interface PublishResultOptions {
  /** Base name of the check run, e.g. "Rust policy"; empty or undefined: no check run. */
  checkName?: string;
  /** Token for the Checks API (the action's `token` input, `${{ github.token }}` by default). */
  token?: string;
  /** The job's matrix, as an object or as `${{ toJSON(matrix) }}` text; defaults to `result.matrix`. */
  matrix?: Record<string, unknown> | string | null;
}

export interface PublishReport {
  /** The job summary was written. */
  summary: boolean;
  /** Annotations printed (including the notice counting dropped ones). */
  annotations: number;
  /** Annotations left out because of GitHub's per-step limits. */
  droppedAnnotations: number;
  /** What happened to the check run; undefined when no check name was given. */
  checkRun?: PublishOutcome;
}

/** Appends Markdown to the job summary; false (with a debug line) when the runner gave no summary file. */
export async function writeSummary(markdown: string): Promise<boolean> {
  try {
    await core.summary.addRaw(markdown).write();
    return true;
  } catch (error) {
    core.summary.emptyBuffer();
    core.debug(`Job summary not written: ${errorMessage(error)}`);
    return false;
  }
}

/**
 * Every outlet for one action's result, at the end of its run: job summary, the annotations worth
 * printing, and — when `checkName` is set — a check run on the head commit. Never throws and never
 * fails the job: a token that cannot write checks gets one notice saying which permission would.
 */
export async function publishResult(
  result: ActionResult,
  options: PublishResultOptions = {},
): Promise<PublishReport> {
  const matrix =
    (typeof options.matrix === "string" ? parseMatrix(options.matrix) : options.matrix) ?? result.matrix;
  const report: PublishReport = { summary: false, annotations: 0, droppedAnnotations: 0 };
  report.summary = await writeSummary(renderSummary(result));
  const checkName = options.checkName?.trim();
  try {
    // Publishing the check may print one notice (no permission) or warning (API failure) of its own.
    const selection = selectAnnotations(result, checkName ? { reserved: { notice: 1, warning: 1 } } : {});
    for (const annotation of selection.annotations) {
      const print =
        annotation.kind === "error" ? core.error : annotation.kind === "warning" ? core.warning : core.notice;
      print(annotation.message, annotation.properties);
    }
    report.annotations = selection.annotations.length;
    report.droppedAnnotations =
      selection.dropped.error + selection.dropped.warning + selection.dropped.notice;
  } catch (error) {
    core.debug(`Annotations not printed: ${errorMessage(error)}`);
  }
  if (checkName) {
    report.checkRun = await publishCheck(
      (target) =>
        buildCheckRun(result, {
          name: checkName,
          headSha: target.headSha,
          matrix,
          detailsUrl: target.detailsUrl,
        }),
      options.token,
    );
  }
  return report;
}
