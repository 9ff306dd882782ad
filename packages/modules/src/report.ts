/**
 * The build as an `oxidize/result@1` report: the model the job summary, annotations, check runs
 * and the matrix aggregate are rendered from.
 */
import { basename } from "node:path";
import {
  type ActionResult,
  type Conclusion,
  type ModuleCrate,
  RESULT_SCHEMA,
  type ResultReason,
  worstConclusion,
} from "@oxidize/report";
import type { BuildModulesResult } from "./build-modules.js";
import { isSummaryDiagnostic } from "./cargo-messages.js";
import type { PhaseDecision } from "./decide.js";
import { type SupplyChainFindings, supplyChainFails, supplyChainReasons } from "./supply-chain.js";
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
    notices: BuildModulesResult["workspace"]["notices"];
  };
  interpreter?: BuildModulesResult["interpreter"];
  /** Stale files of these modules removed from out-dir. */
  removed: string[];
  toolchain: BuildModulesResult["toolchain"];
  target?: string;
  outDir: string;
  /** Advisory and allow-list findings, when checked. */
  supplyChain?: SupplyChainFindings;
  /** The SBOM written, when asked for. */
  sbom?: BuildModulesResult["sbom"];
  /** The vendor directory's check and the offline proof (input `vendor-dir`). */
  vendor?: BuildModulesResult["vendor"];
}

export function conclusionOf(outcomes: readonly ModuleOutcome[]): Conclusion {
  if (outcomes.length === 0) return "skipped";
  if (outcomes.some((o) => o.status === "failed")) return "failure";
  if (outcomes.some((o) => o.status !== "built")) return "neutral";
  return "success";
}

const OUTCOME_LEVEL: Readonly<Record<ModuleOutcome["status"], ResultReason["level"]>> = {
  built: "notice",
  failed: "failure",
  disabled: "notice",
  skipped: "warning",
  missing: "warning",
  "n/a": "warning",
};

/**
 * One primary reason per module not built (its outcome, annotated first so GitHub's per-step limit
 * never hides it), then the rustc diagnostics that explain them at their file and line, errors
 * before warnings. An error in an optional module is a warning: the job survives it.
 */
export function resultReasons(outcomes: readonly ModuleOutcome[]): ResultReason[] {
  const reasons: ResultReason[] = [];
  for (const o of outcomes) {
    if (o.status === "built") continue;
    reasons.push({
      level: OUTCOME_LEVEL[o.status],
      code: o.code,
      message: o.reason,
      title: `${o.module}: ${o.status}`,
      primary: true,
    });
  }
  const diagnostics: Array<{ reason: ResultReason; error: boolean }> = [];
  for (const o of outcomes) {
    for (const d of o.diagnostics) {
      if ((d.level !== "error" && d.level !== "warning") || isSummaryDiagnostic(d)) continue;
      const reason: ResultReason = {
        level: d.level === "error" && o.status === "failed" ? "failure" : "warning",
        code: d.code ?? `rustc-${d.level}`,
        message: d.rendered.trim() || d.message,
        title: `${o.module}: rustc ${d.level}${d.code ? ` ${d.code}` : ""}${o.status === "failed" || o.status === "built" ? "" : ` (module ${o.status})`}`,
      };
      if (d.span) {
        reason.file = d.span.file;
        reason.line = d.span.line;
        reason.endLine = d.span.endLine;
        reason.column = d.span.column;
      }
      diagnostics.push({ reason, error: d.level === "error" });
    }
  }
  diagnostics.sort((a, b) => Number(b.error) - Number(a.error)); // stable: rustc errors first
  return [...reasons, ...diagnostics.map((d) => d.reason)];
}

/**
 * What the tree and the inputs disagree on, as warnings: python-version against the tree's
 * version, and configure's module state against the policy (at the module's Setup line).
 */
export function treeReasons(
  result: Pick<BuildModulesResult, "python" | "outcomes" | "workspace">,
): ResultReason[] {
  const reasons: ResultReason[] = [];
  if (result.python.disagreement) {
    reasons.push({
      level: "warning",
      code: "python-version-disagreement",
      title: "python-version disagrees with the source tree",
      message: result.python.disagreement,
    });
  }
  for (const o of result.outcomes) {
    if (!o.configure?.disagreement) continue;
    const reason: ResultReason = {
      level: "warning",
      code: "configure-disagrees",
      title: `${o.module}: configure says ${o.configure.state}`,
      message: o.configure.disagreement,
    };
    reasons.push(reason);
  }
  return reasons;
}

/** `vendored` and `offline` facts: what was checked and whether the build is proven offline. */
export function vendorFacts(vendor: BuildModulesResult["vendor"]): Record<string, string> {
  if (!vendor) return {};
  return {
    vendored: `${vendor.crates} crate(s), ${vendor.files} file(s) verified against Cargo.lock`,
    offline: vendor.offline.proven
      ? "proven: cargo --frozen, CARGO_NET_OFFLINE=true, nothing added to CARGO_HOME's registry or git areas"
      : `not proven: cargo added ${vendor.offline.added.join(", ")} under CARGO_HOME`,
  };
}

/** A build that was to stay offline but wrote to CARGO_HOME's download areas is a warning. */
export function vendorReasons(vendor: BuildModulesResult["vendor"]): ResultReason[] {
  if (!vendor || vendor.offline.proven) return [];
  return [
    {
      level: "warning",
      code: "offline-not-proven",
      title: "The vendored build wrote to CARGO_HOME's download areas",
      message: `cargo added ${vendor.offline.added.join(", ")} under ${vendor.offline.cargoHome} although it ran --frozen with crates-io replaced by the vendor directory: something in the build fetched or unpacked crates.`,
    },
  ];
}

/** Discovery's notices (a cdylib that is not a module, an ignored member profile), at their manifest. */
export function noticeReasons(notices: BuildModulesResult["workspace"]["notices"]): ResultReason[] {
  return notices.map((n) => {
    const reason: ResultReason = {
      level: "notice",
      code: "workspace-notice",
      message: n.message,
      title: "Cargo workspace",
    };
    if (n.file !== undefined) reason.file = n.file;
    if (n.line !== undefined) reason.line = n.line;
    return reason;
  });
}

/** A module's crates with what the checks found: the advisories that hit each, and refusals. */
function crateRows(o: ModuleOutcome, findings: SupplyChainFindings | undefined): ModuleCrate[] {
  return (o.crates ?? []).map((crate) => {
    const row: ModuleCrate = { ...crate };
    const hits = findings?.advisories.filter(
      (h) => h.crate.name === crate.name && h.crate.version === crate.version,
    );
    if (findings?.checked.advisoryDb !== undefined) row.advisories = (hits ?? []).map((h) => h.advisory.id);
    if (findings?.checked.allowList !== undefined) {
      row.allowed = !findings.notAllowed.some(
        (n) => n.crate.name === crate.name && n.crate.version === crate.version,
      );
    }
    return row;
  });
}

/** The result's per-module rows: state, why, fallback, artifact, build time, crates. */
function moduleRows(
  outcomes: readonly ModuleOutcome[],
  findings?: SupplyChainFindings,
): NonNullable<ActionResult["modules"]> {
  return outcomes.map((o) => ({
    name: o.module,
    state: o.status,
    ...(o.status !== "built" && { message: o.short }),
    ...(o.fallback !== undefined && { fallback: o.fallback }),
    ...(o.artifact !== undefined && { artifact: basename(o.artifact.path), bytes: o.artifact.bytes }),
    ...(o.buildSeconds !== undefined && { seconds: o.buildSeconds }),
    ...(o.configure !== undefined && {
      configure: o.configure.state as "yes" | "missing" | "disabled" | "n/a",
    }),
    ...(o.crates !== undefined && { crates: crateRows(o, findings) }),
  }));
}

/** What the supply-chain findings do to the conclusion: a failing advisory fails, others are neutral. */
function supplyChainConclusion(findings: SupplyChainFindings | undefined): Conclusion {
  if (!findings) return "success";
  if (supplyChainFails(findings)) return "failure";
  return findings.advisories.length + findings.notAllowed.length > 0 ? "neutral" : "success";
}

export function toActionResult(result: BuildModulesResult): ActionResult<ModulesDetails> {
  const workspace: ModulesDetails["workspace"] = {
    root: result.workspace.root,
    manifestPath: result.workspace.manifestPath,
    discoveredBy: result.workspace.discoveredBy,
    notices: result.workspace.notices,
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
    removed: result.removed,
  };
  if (result.target) details.target = result.target;
  if (result.interpreter) details.interpreter = result.interpreter;
  if (result.supplyChain) details.supplyChain = result.supplyChain;
  if (result.sbom) details.sbom = result.sbom;
  if (result.vendor) details.vendor = result.vendor;
  const outcomes = conclusionOf(result.outcomes);
  const report: ActionResult<ModulesDetails> = {
    schema: RESULT_SCHEMA,
    action: "build-rust-modules",
    // No module to build is "skipped" whatever the checks say (they had nothing to check).
    conclusion:
      outcomes === "skipped"
        ? outcomes
        : worstConclusion([outcomes, supplyChainConclusion(result.supplyChain)]),
    title: result.headline,
    facts: {
      python: result.python.version,
      interpreter: result.interpreter?.executable ?? null,
      policy: result.phase.policy,
      phase: result.phase.phase,
      rust: result.toolchain.release ?? null,
      target: result.target ?? null,
      "modules from": result.workspace.discoveredBy,
      "built with": result.buildWith === "make" ? "the tree's make" : "cargo",
      ...(result.configured ? { configured: result.configured.makefile } : {}),
      ...vendorFacts(result.vendor),
      built: result.outcomes.filter((o) => bucketOf(o.status) === "built").length,
      skipped: result.outcomes.filter((o) => bucketOf(o.status) === "skipped").length,
      failed: result.outcomes.filter((o) => bucketOf(o.status) === "failed").length,
      ...(result.sbom ? { sbom: result.sbom.path } : {}),
      ...(result.supplyChain?.checked.advisoryDb !== undefined
        ? { advisories: result.supplyChain.advisories.length }
        : {}),
    },
    reasons: [
      ...vendorReasons(result.vendor),
      ...treeReasons(result),
      ...(result.supplyChain ? supplyChainReasons(result.supplyChain) : []),
      ...resultReasons(result.outcomes),
      ...noticeReasons(result.workspace.notices),
    ],
    details,
    modules: moduleRows(result.outcomes, result.supplyChain),
    timings: result.timings,
    startedAt: result.startedAt,
    finishedAt: result.finishedAt,
  };
  return report;
}
