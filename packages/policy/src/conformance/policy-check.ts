import { readFile } from "node:fs/promises";
import { type Env, type Log, type Memo, monotonicMs, parseCommand } from "@oxidize/core";
import { evaluate } from "../evaluate.js";
import { gatherFacts, type RustAssumption } from "../facts/gather.js";
import { loadPolicy } from "../load.js";
import type { Facts, Outcome, Policy, Verdict } from "../types.js";
import { formatPythonVersion } from "../version.js";
import { applyConformance, type ConformanceReport, runConformance } from "./run.js";

/** When the caller should fail: at `fail` (default), already at `warn`, or `never`. */
export type FailOn = "fail" | "warn" | "never";

export const FAIL_ON_CHOICES: readonly FailOn[] = ["fail", "warn", "never"];
export const RUST_CHOICES: readonly RustAssumption[] = ["auto", "present", "absent"];

/** Whether a verdict of `outcome` fails a step or command configured with `failOn`. */
export function reachesFailOn(outcome: Outcome, failOn: FailOn): boolean {
  if (failOn === "never") return false;
  if (failOn === "warn") return outcome !== "pass";
  return outcome === "fail";
}

/** The inputs of the configure-policy action and `oxidize policy evaluate|conformance`, already typed. */
export interface PolicyCheckOptions {
  /** Preset name or policy file path (relative to `cwd`). */
  policy: string;
  sourceDir: string;
  env: Env;
  cwd: string;
  /** "auto"/undefined: read from the source tree. */
  pythonVersion?: string;
  /** When pythonVersion and the tree's version disagree, use pythonVersion (default: the tree's). */
  trustPythonVersion?: boolean;
  /** The arguments the build passes to configure: an argv, or text read like a command input. */
  configureArgs?: string | readonly string[];
  rust?: RustAssumption;
  msrv?: string;
  target?: string;
  /** Configure command for a conformance run in `sourceDir` (argv or command text); none or empty: evaluate only. */
  run?: string | readonly string[];
  /** Each configure run's output, a log group per scenario in scenario order. */
  log?: Log;
  /** Where the conformance run copies the tree for its other scenarios; default the system's temp directory. */
  tempDir?: string;
  /** Per configure run of the conformance check. */
  runTimeoutMs?: number;
  /** Where rustc's answers are kept between runs (see detectRust); the scenarios with Rust hidden do not use it. */
  memo?: Memo;
}

export interface PolicyCheck {
  policy: Policy;
  facts: Facts;
  /** With the conformance run folded in when there was one. */
  verdict: Verdict;
  conformance?: ConformanceReport;
  /** Milliseconds per step: policy, facts, evaluate, conformance. */
  timings: Record<string, number>;
}

/**
 * The whole check shared by the action and the CLI, so both give the same answer: load the policy,
 * gather the facts, evaluate, and optionally run configure to check it behaves as evaluated.
 */
export async function checkPolicy(options: PolicyCheckOptions): Promise<PolicyCheck> {
  const timings: Record<string, number> = {};
  const timed = async <T>(name: string, step: () => Promise<T>): Promise<T> => {
    const started = monotonicMs();
    try {
      return await step();
    } finally {
      timings[name] = Math.round(monotonicMs() - started);
    }
  };
  const policy = await timed("policy", () =>
    loadPolicy(options.policy, { readFile: (path) => readFile(path, "utf8"), cwd: options.cwd }),
  );
  const facts = await timed("facts", () =>
    gatherFacts({
      sourceDir: options.sourceDir,
      env: options.env,
      policy,
      ...(options.pythonVersion !== undefined ? { pythonVersion: options.pythonVersion } : {}),
      ...(options.trustPythonVersion ? { trustPythonVersion: true } : {}),
      ...(options.configureArgs !== undefined ? { configureArgs: options.configureArgs } : {}),
      ...(options.rust !== undefined ? { rust: options.rust } : {}),
      ...(options.msrv !== undefined ? { msrv: options.msrv } : {}),
      ...(options.target !== undefined ? { target: options.target } : {}),
      ...(options.memo !== undefined ? { memo: options.memo } : {}),
    }),
  );
  if (facts.python.disagreement) options.log?.info(`Python version: ${facts.python.disagreement}`);
  let verdict = await timed("evaluate", async () => evaluate(policy, facts));
  const check: PolicyCheck = { policy, facts, verdict, timings };
  const command = typeof options.run === "string" ? parseCommand(options.run, "run") : options.run;
  if (command !== undefined && command.length > 0) {
    const conformance = await timed("conformance", () =>
      runConformance({
        command,
        cwd: options.sourceDir,
        env: options.env,
        policy,
        facts,
        ...(options.runTimeoutMs !== undefined ? { timeoutMs: options.runTimeoutMs } : {}),
        ...(options.log !== undefined ? { log: options.log } : {}),
        ...(options.tempDir !== undefined ? { tempDir: options.tempDir } : {}),
      }),
    );
    verdict = applyConformance(verdict, conformance);
    check.verdict = verdict;
    check.conformance = conformance;
  }
  return check;
}

/** The check's facts as label → value rows, for reports, job summaries and the CLI alike. */
export function checkFacts(check: PolicyCheck): Record<string, string | number | boolean | null> {
  const { facts, verdict, policy } = check;
  const rust = facts.rust;
  const rustState = rust.assumed
    ? `${rust.assumed} (assumed)`
    : rust.available
      ? "available"
      : `missing${rust.problem ? `: ${rust.problem}` : ""}`;
  const flat: Record<string, string | number | boolean | null> = {
    policy: policy.name,
    phase: verdict.phase,
    python: `${facts.python.full ?? formatPythonVersion(facts.python)} (${facts.python.source})`,
    rust: rustState,
    rustc: rust.release ? `${rust.release}${rust.rustc.path ? ` at ${rust.rustc.path}` : ""}` : null,
    cargo: rust.cargo.path ? `${rust.cargo.path} (${rust.cargo.source})` : null,
    msrv: facts.msrv ? `${facts.msrv.version} (${facts.msrv.source})` : null,
    platform: facts.platform.triplet,
    "rust target": facts.platform.rustTarget ?? "none",
    "rust tier": facts.platform.rustTier ?? null,
    "PEP 11 tier": facts.platform.pep11Tier ?? null,
    "--with-rust": facts.configure.flag ?? "(not given)",
    "rust required": verdict.rustRequired,
    "rust modules": verdict.rustModules,
  };
  if (check.conformance) {
    const failed = check.conformance.scenarios.filter((s) => s.mismatches.length > 0).length;
    flat["conformance"] = failed
      ? `${failed} of ${check.conformance.scenarios.length} scenarios differ`
      : `${check.conformance.scenarios.length} scenarios conform`;
  }
  return flat;
}
