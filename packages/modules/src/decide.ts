/**
 * What to do with each module, from facts alone (no processes, no files): build it, or record why
 * not — and whether "not" is a skip the job survives or a failure. Kept apart from the runners
 * so every branch is unit-tested with plain data.
 */
import type { ConfigureReaction } from "@oxidize/policy";
import type { ModuleOutcome, ModuleReasonCode, ModuleSpec, ModuleStatus } from "./types.js";

/** The policy's say on module building, for the Python version being built. */
export interface PhaseDecision {
  /** For messages: "policy pre-pep-2025, phase rust-default-opt-out (CPython 3.16)". */
  label: string;
  policy: string;
  phase: string;
  buildModules: boolean;
  /** Rust required to build CPython: every module is mandatory. */
  rustRequired: boolean;
  whenMissing: ConfigureReaction;
  whenTooOld: ConfigureReaction;
  whenNoTarget: ConfigureReaction;
  /** The policy's minimum Rust, when it sets one. */
  msrv?: string;
  /** Why modules are not built, when buildModules is false. */
  disabledReason?: string;
  /**
   * How to report modules the policy did not build when the cause was the toolchain rather than a
   * choice (configure-policy skipped them because Rust was missing, too old or has no target):
   * CPython's module state for that is `missing` / `n/a`, not `disabled`.
   */
  disabledAs?: { status: "missing" | "n/a"; code: ModuleReasonCode; short: string };
}

export interface ToolchainFacts {
  /** cargo and rustc found and rustc answered `-vV`. */
  available: boolean;
  /** Why not, when unavailable. */
  problem?: string;
  release?: string;
  host?: string;
}

export interface TargetFacts {
  triple: string;
  /** Whether `rustc --print target-list` knows the triple (undefined: not asked, it is installed). */
  known?: boolean;
  /** `<sysroot>/lib/rustlib/<target>/lib` exists. */
  stdInstalled: boolean;
  sysroot?: string;
}

export interface DecisionContext {
  /** CPython version being built, "3.16". */
  python: string;
  phase: PhaseDecision;
  rust: ToolchainFacts;
  /** Undefined when Rust is unavailable (nothing to ask). */
  target?: TargetFacts;
  /** Module or package names that must build (the `required` input). */
  required: readonly string[];
}

export type Decision = { action: "build"; mandatory?: string } | { action: "skip"; outcome: ModuleOutcome };

/** Numeric parts of a Rust version; pre-release tags ("-nightly") are ignored, as cargo does for rust-version. */
export function rustVersionParts(version: string): number[] {
  const core = /^\s*(\d+(?:\.\d+)*)/.exec(version)?.[1] ?? "0";
  return core.split(".").map(Number);
}

export function compareRustVersions(a: string, b: string): number {
  const x = rustVersionParts(a);
  const y = rustVersionParts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

function comparePython(a: string, b: string): number {
  const [am = 0, an = 0] = a.split(".").map(Number);
  const [bm = 0, bn = 0] = b.split(".").map(Number);
  return am !== bm ? am - bm : an - bn;
}

/**
 * The highest Rust floor that applies to a module, with where it comes from. `[workspace.package]
 * rust-version` is no floor of its own: a member that inherits it has it as its rust-version, and
 * cargo holds a member that does not to nothing of it.
 */
export function minimumRust(
  spec: ModuleSpec,
  ctx: DecisionContext,
): { version: string; source: string } | undefined {
  const floors: Array<{ version: string; source: string }> = [];
  if (spec.rustVersion) floors.push({ version: spec.rustVersion, source: `rust-version of ${spec.package}` });
  if (ctx.phase.msrv) floors.push({ version: ctx.phase.msrv, source: `msrv of policy ${ctx.phase.policy}` });
  let best: { version: string; source: string } | undefined;
  for (const floor of floors) {
    if (!best || compareRustVersions(floor.version, best.version) > 0) best = floor;
  }
  return best;
}

/** Why this module must build (a failure then fails the job), or undefined when it is optional. */
export function mandatoryReason(spec: ModuleSpec, ctx: DecisionContext): string | undefined {
  if (ctx.required.includes(spec.module) || ctx.required.includes(spec.package)) {
    return `${spec.module} is listed in input 'required'`;
  }
  if (spec.requiredFrom && comparePython(ctx.python, spec.requiredFrom) >= 0) {
    return `${spec.module} declares required-from = "${spec.requiredFrom}" and this is CPython ${ctx.python}`;
  }
  if (ctx.phase.rustRequired) return `${ctx.phase.label} requires Rust`;
  return undefined;
}

/** An outcome for a module that was not built; `failed` when mandatory. */
export function notBuilt(
  spec: ModuleSpec,
  status: Exclude<ModuleStatus, "built" | "failed">,
  code: ModuleReasonCode,
  reason: string,
  short: string,
  mandatory: string | undefined,
): ModuleOutcome {
  const outcome: ModuleOutcome = {
    module: spec.module,
    package: spec.package,
    status: mandatory ? "failed" : status,
    code,
    reason: mandatory ? `${reason} This fails the job: ${mandatory}.` : withFallback(reason, spec),
    short,
    diagnostics: [],
  };
  if (mandatory) outcome.mandatory = mandatory;
  if (spec.fallback) outcome.fallback = spec.fallback;
  return outcome;
}

function withFallback(reason: string, spec: ModuleSpec): string {
  return spec.fallback ? `${reason} ${spec.fallback} is used instead.` : reason;
}

/** A reaction of "fail" makes a skip fatal even for an otherwise optional module. */
export function reactionMandatory(
  reaction: ConfigureReaction,
  what: string,
  ctx: DecisionContext,
): string | undefined {
  return reaction === "fail" ? `under ${ctx.phase.label}, configure fails when ${what}` : undefined;
}

export function decideModule(spec: ModuleSpec, ctx: DecisionContext): Decision {
  const mandatory = mandatoryReason(spec, ctx);
  const skip = (
    status: Exclude<ModuleStatus, "built" | "failed">,
    code: ModuleReasonCode,
    reason: string,
    short: string,
    fatal: string | undefined,
  ): Decision => ({ action: "skip", outcome: notBuilt(spec, status, code, reason, short, fatal) });

  if (!ctx.phase.buildModules) {
    const why = ctx.phase.disabledReason ?? `${ctx.phase.label} does not build Rust extension modules.`;
    const conflict = mandatory ? `${mandatory}, but the policy disables Rust modules` : undefined;
    const as = ctx.phase.disabledAs;
    if (as) return skip(as.status, as.code, why, as.short, conflict);
    return skip("disabled", "policy-disabled", why, "disabled by policy", conflict);
  }
  if (!ctx.rust.available || !ctx.rust.release) {
    const problem = ctx.rust.problem ?? "cargo or rustc not found";
    return skip(
      "missing",
      "rust-missing",
      `Rust is not available: ${problem}. Install it (e.g. with the setup-rust action).`,
      "Rust missing",
      mandatory ?? reactionMandatory(ctx.phase.whenMissing, "Rust is missing", ctx),
    );
  }
  const floor = minimumRust(spec, ctx);
  if (floor && compareRustVersions(ctx.rust.release, floor.version) < 0) {
    return skip(
      "missing",
      "rust-too-old",
      `rustc ${ctx.rust.release} is older than ${floor.version} (${floor.source}). Install Rust ${floor.version} or newer.`,
      `Rust ${ctx.rust.release} < ${floor.version}`,
      mandatory ?? reactionMandatory(ctx.phase.whenTooOld, "Rust is too old", ctx),
    );
  }
  const target = ctx.target;
  if (target && target.known === false) {
    return skip(
      "n/a",
      "no-rust-target",
      `rustc ${ctx.rust.release} has no target ${target.triple} (not in rustc --print target-list): ` +
        "Rust does not support this platform under that name.",
      `no Rust target ${target.triple}`,
      mandatory ?? reactionMandatory(ctx.phase.whenNoTarget, "Rust has no target for the platform", ctx),
    );
  }
  if (target && !target.stdInstalled) {
    const where = target.sysroot ? ` (no ${target.sysroot}/lib/rustlib/${target.triple}/lib)` : "";
    return skip(
      "missing",
      "rust-std-missing",
      `The Rust standard library for ${target.triple} is not installed${where}. ` +
        `Run \`rustup target add ${target.triple}\` or list it in setup-rust's targets.`,
      `rust-std for ${target.triple} not installed`,
      mandatory ?? reactionMandatory(ctx.phase.whenNoTarget, "the Rust target is not installed", ctx),
    );
  }
  return mandatory ? { action: "build", mandatory } : { action: "build" };
}

/** The one-line summary: "2 built, 1 skipped: Rust 1.63.0 < 1.95". */
export function headline(outcomes: readonly ModuleOutcome[]): string {
  if (outcomes.length === 0) return "no Rust extension modules found";
  const built = outcomes.filter((o) => o.status === "built").length;
  const failed = outcomes.filter((o) => o.status === "failed");
  const skipped = outcomes.filter((o) => o.status !== "built" && o.status !== "failed");
  const counts = [`${built} built`];
  if (skipped.length > 0) counts.push(`${skipped.length} skipped`);
  if (failed.length > 0) counts.push(`${failed.length} failed`);
  const notBuiltOutcomes = [...failed, ...skipped];
  if (notBuiltOutcomes.length === 0) return counts.join(", ");
  const shorts = [...new Set(notBuiltOutcomes.map((o) => o.short))];
  const why =
    shorts.length === 1 && notBuiltOutcomes.length > 1
      ? shorts[0]
      : notBuiltOutcomes.map((o) => `${o.module}: ${o.short}`).join("; ");
  return `${counts.join(", ")}: ${why}`;
}
