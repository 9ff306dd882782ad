/**
 * The build as an `oxidize/result@1` report: the model the job summary, annotations, check runs
 * and the matrix aggregate are rendered from.
 */
import { type ActionResult, type Conclusion, RESULT_SCHEMA, type ResultReason } from "@oxidize/report";
import type { BuildModulesResult } from "./build-modules.js";
import { isSummaryDiagnostic } from "./cargo-messages.js";
import type { PhaseDecision } from "./decide.js";
import { bucketOf, type ModuleOutcome } from "./types.js";

export interface ModulesDetails {
  modules: ModuleOutcome[];
  phase: PhaseDecision;
  python: { version: string; source: string };
  workspace: {
    root: string;
    manifestPath: string;
    discoveredBy: string;
    rustVersion?: string;
    note?: string;
  };
  toolchain: BuildModulesResult["toolchain"];
  target?: string;
  outDir: string;
}

export function conclusionOf(outcomes: readonly ModuleOutcome[]): Conclusion {
  if (outcomes.length === 0) return "skipped";
  if (outcomes.some((o) => o.status === "failed")) return "failure";
  if (outcomes.some((o) => o.status !== "built")) return "neutral";
  return "success";
}

/** Outcome reasons first (one per module not built), then rustc diagnostics with their spans. */
export function resultReasons(outcomes: readonly ModuleOutcome[]): ResultReason[] {
  const reasons: ResultReason[] = [];
  for (const o of outcomes) {
    if (o.status === "built") continue;
    reasons.push({
      level: o.status === "failed" ? "failure" : "warning",
      code: o.code,
      message: `${o.module}: ${o.reason}`,
      title: `${o.module} ${o.status}`,
    });
  }
  for (const o of outcomes) {
    for (const d of o.diagnostics) {
      if ((d.level !== "error" && d.level !== "warning") || isSummaryDiagnostic(d)) continue;
      // An error in an optional module is shown as a warning: the job survives it.
      const level = d.level === "error" && o.status === "failed" ? "failure" : "warning";
      const reason: ResultReason = {
        level,
        code: d.code ?? `rustc-${d.level}`,
        message: d.rendered.trim() || d.message,
        title: `${o.module}: ${d.message}`,
      };
      if (d.span) {
        reason.file = d.span.file;
        reason.line = d.span.line;
        reason.endLine = d.span.endLine;
        reason.column = d.span.column;
      }
      reasons.push(reason);
    }
  }
  return reasons;
}

export function toActionResult(
  result: BuildModulesResult,
  matrix?: Record<string, unknown>,
): ActionResult<ModulesDetails> {
  const workspace: ModulesDetails["workspace"] = {
    root: result.workspace.root,
    manifestPath: result.workspace.manifestPath,
    discoveredBy: result.workspace.discoveredBy,
  };
  if (result.workspace.rustVersion) workspace.rustVersion = result.workspace.rustVersion;
  if (result.workspace.note) workspace.note = result.workspace.note;
  const details: ModulesDetails = {
    modules: result.outcomes,
    phase: result.phase,
    python: result.python,
    workspace,
    toolchain: result.toolchain,
    outDir: result.outDir,
  };
  if (result.target) details.target = result.target;
  const report: ActionResult<ModulesDetails> = {
    schema: RESULT_SCHEMA,
    action: "build-rust-modules",
    conclusion: conclusionOf(result.outcomes),
    title: result.headline,
    facts: {
      python: result.python.version,
      policy: result.phase.policy,
      phase: result.phase.phase,
      rust: result.toolchain.release ?? null,
      target: result.target ?? null,
      built: result.outcomes.filter((o) => bucketOf(o.status) === "built").length,
      skipped: result.outcomes.filter((o) => bucketOf(o.status) === "skipped").length,
      failed: result.outcomes.filter((o) => bucketOf(o.status) === "failed").length,
    },
    reasons: resultReasons(result.outcomes),
    details,
    modules: result.outcomes.map((o) => ({
      name: o.module,
      state: o.status,
      ...(o.status === "built" ? {} : { message: o.short }),
    })),
    timings: result.timings,
    startedAt: result.startedAt,
    finishedAt: result.finishedAt,
  };
  if (matrix) report.matrix = matrix;
  return report;
}
