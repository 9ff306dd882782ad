/**
 * The policy's decision for module building, from one of two places: a policy (preset or file)
 * plus the CPython version, or the JSON report a configure-policy step already wrote (whose
 * verdict also reflects configure flags such as --with-rust=no).
 */
import { readFile } from "node:fs/promises";
import { parseJsonText } from "@oxidize/core";
import { loadPolicy, type Phase, type Policy, PolicyError, phaseFor, type Verdict } from "@oxidize/policy";
import { RESULT_SCHEMA } from "@oxidize/report";
import type { PhaseDecision } from "./decide.js";
import { ModulesConfigError } from "./errors.js";

function label(policy: string, phase: string, python: string): string {
  return `policy ${policy}, phase ${phase} (CPython ${python})`;
}

/** The decision a phase of a policy implies (no configure flags known: the default path). */
export function phaseDecision(policy: Policy, phase: Phase, python: string): PhaseDecision {
  const decision: PhaseDecision = {
    label: label(policy.name, phase.id, python),
    policy: policy.name,
    phase: phase.id,
    buildModules: phase.rustUsed && phase.buildModules,
    rustRequired: phase.rustRequired,
    whenMissing: phase.whenMissing,
    whenTooOld: phase.whenTooOld,
    whenNoTarget: phase.whenNoTarget,
  };
  const msrv = phase.msrv ?? policy.msrv;
  if (msrv !== undefined) decision.msrv = msrv;
  if (!decision.buildModules) {
    decision.disabledReason = phase.rustUsed
      ? `Under ${decision.label}, Rust extension modules are not built.`
      : `Under ${decision.label}, CPython does not use Rust.`;
  }
  return decision;
}

/** Loads the policy (preset name or file relative to `cwd`) and picks the phase for `python`. */
export async function decisionFromPolicy(
  nameOrPath: string,
  python: string,
  cwd: string,
): Promise<PhaseDecision> {
  let policy: Policy;
  try {
    policy = await loadPolicy(nameOrPath, { readFile: (p) => readFile(p, "utf8"), cwd });
  } catch (error) {
    if (error instanceof PolicyError) throw new ModulesConfigError(`Input 'policy': ${error.message}`);
    throw error;
  }
  const phase = phaseFor(policy, python);
  if (!phase) {
    throw new ModulesConfigError(
      `Policy ${policy.name} has no phase covering CPython ${python}; extend the policy or set 'python-version'.`,
    );
  }
  return phaseDecision(policy, phase, python);
}

interface ReportShape {
  schema?: unknown;
  action?: unknown;
  facts?: Record<string, unknown>;
  details?: { verdict?: Partial<Verdict>; policy?: unknown } & Record<string, unknown>;
}

/**
 * Reads `details.verdict` from an `oxidize/result@1` report of configure-policy. The verdict
 * already folds in the configure flags, so only its build/skip and required bits are used: a
 * condition that makes a module unbuildable fails the job exactly when Rust is required.
 */
export function decisionFromReport(text: string, file: string, python: string): PhaseDecision {
  const parsed = parseJsonText(text);
  if ("problem" in parsed) {
    throw new ModulesConfigError(
      `Input 'policy-report': ${file} ${parsed.problem}. Pass the report output of the configure-policy action.`,
    );
  }
  const report = (parsed.value ?? {}) as ReportShape;
  if (report.schema !== RESULT_SCHEMA) {
    throw new ModulesConfigError(
      `Input 'policy-report': ${file} is not an ${RESULT_SCHEMA} report (schema ${JSON.stringify(report.schema)}). ` +
        "Pass the report output of the configure-policy action.",
    );
  }
  const verdict = report.details?.verdict;
  if (!verdict || (verdict.rustModules !== "build" && verdict.rustModules !== "skip") || !verdict.phase) {
    throw new ModulesConfigError(
      `Input 'policy-report': ${file} has no details.verdict with phase and rustModules; ` +
        "it must come from the configure-policy action.",
    );
  }
  const policyName =
    typeof report.facts?.["policy"] === "string"
      ? (report.facts["policy"] as string)
      : typeof report.details?.policy === "string"
        ? report.details.policy
        : "from policy-report";
  const reportPython =
    typeof report.facts?.["python"] === "string" ? (report.facts["python"] as string) : python;
  const required = verdict.rustRequired === true;
  const reaction = required ? "fail" : "warn";
  const decision: PhaseDecision = {
    label: `${label(policyName, verdict.phase, reportPython)} (configure-policy report)`,
    policy: policyName,
    phase: verdict.phase,
    buildModules: verdict.rustModules === "build",
    rustRequired: required,
    whenMissing: reaction,
    whenTooOld: reaction,
    whenNoTarget: reaction,
  };
  if (!decision.buildModules) {
    const message = (verdict.message ?? verdict.phase).replace(/\.?\s*$/, ".");
    decision.disabledReason = `configure-policy decided not to build Rust modules: ${message}`;
    const codes = new Set((verdict.reasons ?? []).map((r) => r.code));
    if (codes.has("rust-missing") || codes.has("explicit-with-rust-missing")) {
      decision.disabledAs = { status: "missing", code: "rust-missing", short: "Rust missing" };
    } else if (codes.has("rust-too-old")) {
      decision.disabledAs = { status: "missing", code: "rust-too-old", short: "Rust too old" };
    } else if (codes.has("no-rust-target")) {
      decision.disabledAs = { status: "n/a", code: "no-rust-target", short: "no Rust target" };
    } else if (codes.has("rust-target-not-installed")) {
      decision.disabledAs = { status: "missing", code: "rust-std-missing", short: "rust-std missing" };
    }
  }
  return decision;
}
