/**
 * The decision: what configure would do for one build under a policy. Pure and deterministic: the
 * same (policy, facts) always gives the same verdict, with messages worded like configure's own
 * (`configure: WARNING: …`, `configure: error: …`) so they read naturally next to a real build log.
 *
 * Rules beyond the phase table (documented in README.md):
 * - `--with-rust` / `--with-rust=yes` is a demand: if Rust is missing, too old or has no target, the
 *   build fails in every phase that uses Rust. In a phase that does not use Rust at all, the flag (like
 *   `--with-rust=no`) is accepted and has no effect.
 * - `--with-rust=no` turns the Rust modules off without a warning where the phase accepts it, and
 *   fails where it does not (Rust required).
 * - Rust modules are built only when the phase builds them, Rust is usable and not opted out.
 */
import semver from "semver";
import { PolicyError } from "./errors.js";
import type {
  ConfigureReaction,
  Facts,
  Outcome,
  Phase,
  Policy,
  Reason,
  ReasonCode,
  Verdict,
} from "./types.js";
import { formatPythonVersion, phaseFor } from "./version.js";

const RUSTUP = "https://rustup.rs";
const OPT_OUT_HINT = "pass --with-rust=no to build without the Rust extension modules";

const SEVERITY: Record<Outcome, number> = { pass: 0, warn: 1, fail: 2 };

function outcomeOf(reaction: ConfigureReaction): Outcome {
  return reaction === "ignore" ? "pass" : reaction;
}

/** Prefix a line the way configure prints it for this outcome. */
export function configureLine(outcome: Outcome, text: string): string {
  if (outcome === "fail") return `configure: error: ${text}`;
  if (outcome === "warn") return `configure: WARNING: ${text}`;
  return text;
}

function reason(code: ReasonCode, outcome: Outcome, text: string): Reason {
  return { code, outcome, message: configureLine(outcome, text) };
}

/** Rust versions as cargo compares `rust-version`: "1.95" = 1.95.0, pre-release tags ignored. */
function rustSemver(version: string, what: string): semver.SemVer {
  const parsed = semver.coerce(version);
  if (!parsed)
    throw new PolicyError(`${what} must be a Rust version like "1.95" (got ${JSON.stringify(version)})`);
  return parsed;
}

interface Context {
  policy: Policy;
  phase: Phase;
  facts: Facts;
  python: string;
  flag: string;
  explicit: boolean;
}

/** What configure would do for this build under `policy`. */
export function evaluate(policy: Policy, facts: Facts): Verdict {
  const python = `CPython ${formatPythonVersion(facts.python)}`;
  const phase = phaseFor(policy, facts.python);
  if (!phase) {
    return verdict("none", false, "skip", [
      reason(
        "no-phase",
        "fail",
        `policy ${policy.name} has no phase for ${python}; add a phase whose from/until range contains it`,
      ),
    ]);
  }
  const { withRust } = facts.configure;
  const flag = facts.configure.flag ?? (withRust === "no" ? "--with-rust=no" : "--with-rust");
  const context: Context = { policy, phase, facts, python, flag, explicit: withRust === "yes" };

  if (!phase.rustUsed) {
    const effect = withRust === "default" ? "" : `; ${flag} is accepted and has no effect`;
    return verdict(phase.id, false, "skip", [
      reason("rust-not-used", "pass", `${python} does not use Rust: configure does not look for it${effect}`),
    ]);
  }

  if (withRust === "no") {
    if (!phase.optOutAccepted) {
      return verdict(phase.id, true, "skip", [
        reason(
          "opt-out-rejected",
          "fail",
          `${flag} is no longer supported: Rust is required to build ${python}; install Rust (${RUSTUP}) and drop ${flag}`,
        ),
      ]);
    }
    return verdict(phase.id, false, "skip", [
      reason(
        "opt-out",
        "pass",
        `Rust extension modules disabled by ${flag}; building ${python} without them`,
      ),
    ]);
  }

  const rustRequired = phase.rustRequired || context.explicit || phase.whenMissing === "fail";
  const problems = rustProblems(context);
  if (problems.length === 0) {
    const release = facts.rust.release ? `rustc ${facts.rust.release}` : "Rust";
    const target = facts.platform.rustTarget ? ` for ${facts.platform.rustTarget}` : "";
    const modules = phase.buildModules
      ? "the Rust extension modules will be built"
      : `this phase does not build Rust extension modules`;
    return verdict(phase.id, rustRequired, phase.buildModules ? "build" : "skip", [
      reason("rust-ok", "pass", `checking for Rust... ${release}${target}: ${modules}`),
    ]);
  }
  return verdict(phase.id, rustRequired, "skip", problems);
}

function verdict(
  phase: string,
  rustRequired: boolean,
  rustModules: "build" | "skip",
  reasons: Reason[],
): Verdict {
  // The headline is the first of the worst reasons: callers list the root cause first.
  const worst = reasons.reduce((a, b) => (SEVERITY[b.outcome] > SEVERITY[a.outcome] ? b : a));
  return { outcome: worst.outcome, phase, rustRequired, rustModules, reasons, message: worst.message };
}

/** Why Rust cannot build the modules for this build, root cause first; empty when it can. */
function rustProblems(context: Context): Reason[] {
  const { facts, phase } = context;
  const { rust, platform } = facts;
  if (!rust.available) return [missingReason(context)];
  if (platform.rustTarget === null) return [noTargetReason(context)];
  const problems: Reason[] = [];
  const tooOld = tooOldReason(context);
  if (tooOld) problems.push(tooOld);
  const target = platform.rustTarget;
  if (rust.installedTargets !== undefined && !rust.installedTargets.includes(target)) {
    const text =
      platform.rustStdShipped === false
        ? {
            problem: `rustup ships no standard library for ${target} (Rust tier ${platform.rustTier ?? 3})`,
            fix: "build one with nightly cargo -Zbuild-std",
          }
        : {
            problem: `the Rust standard library for ${target} is not installed`,
            fix: `run \`rustup target add ${target}\``,
          };
    problems.push(reacting(context, phase.whenNoTarget, "rust-target-not-installed", text));
  }
  return problems;
}

interface ProblemText {
  /** What is wrong, e.g. "cargo was not found". */
  problem: string;
  /** How to fix it without opting out, e.g. "install Rust (https://rustup.rs)"; none when nothing helps. */
  fix?: string;
}

/** One problem under the phase's reaction, or `fail` whatever the phase says when --with-rust was demanded. */
function reacting(
  context: Context,
  reaction: ConfigureReaction,
  code: ReasonCode,
  text: ProblemText,
): Reason {
  const { phase, python, flag } = context;
  if (context.explicit) {
    const explicitCode = code === "rust-missing" ? "explicit-with-rust-missing" : code;
    const fix = text.fix ? `${text.fix}, or drop ${flag}` : `drop ${flag}`;
    return reason(explicitCode, "fail", `${flag} was given but ${text.problem}; ${fix}`);
  }
  const outcome = outcomeOf(reaction);
  if (outcome === "fail") {
    const ways = [text.fix, phase.optOutAccepted ? OPT_OUT_HINT : undefined].filter(
      (way) => way !== undefined,
    );
    const fix = ways.length > 0 ? ways.join(", or ") : `${python} cannot be built on this platform`;
    return reason(code, "fail", `Rust is required to build ${python} but ${text.problem}; ${fix}`);
  }
  const consequence = phase.buildModules
    ? `building ${python} without its Rust extension modules`
    : "Rust is not usable for this build";
  if (outcome === "warn") {
    const remedy = text.fix && phase.buildModules ? `. To build them, ${text.fix}` : "";
    const silence = phase.optOutAccepted ? "; pass --with-rust=no to silence this warning" : "";
    return reason(code, "warn", `${text.problem}; ${consequence}${remedy}${silence}`);
  }
  return reason(code, "pass", `${text.problem}; ${consequence}`);
}

function missingReason(context: Context): Reason {
  const { rust } = context.facts;
  let problem: string;
  if (rust.assumed === "absent") problem = "Rust is assumed absent";
  else if (rust.cargo.path && !rust.rustc.path) problem = "rustc was not found";
  else if (rust.rustc.path && !rust.cargo.path) problem = "cargo was not found";
  else if (rust.cargo.path && rust.rustc.path)
    problem = `Rust does not work (${rust.problem ?? "rustc -vV failed"})`;
  // Both missing is the usual case (no Rust installed): name both, then where we looked.
  else problem = `neither cargo nor rustc was found${rust.problem ? ` (${rust.problem})` : ""}`;
  return reacting(context, context.phase.whenMissing, "rust-missing", {
    problem,
    fix: `install Rust (${RUSTUP})`,
  });
}

function noTargetReason(context: Context): Reason {
  return reacting(context, context.phase.whenNoTarget, "no-rust-target", {
    problem: `Rust has no target for host ${context.facts.platform.triplet}`,
  });
}

function tooOldReason(context: Context): Reason | undefined {
  const { facts, phase, policy } = context;
  const release = facts.rust.release;
  const msrv = facts.msrv?.version ?? phase.msrv ?? policy.msrv;
  if (!release || !msrv) return undefined;
  const source =
    facts.msrv?.source ?? (phase.msrv ? `policy ${policy.name}, phase ${phase.id}` : `policy ${policy.name}`);
  if (!semver.lt(rustSemver(release, "rustc release"), rustSemver(msrv, `MSRV (${source})`)))
    return undefined;
  return reacting(context, phase.whenTooOld, "rust-too-old", {
    problem: `rustc ${release} is older than the minimum supported Rust version ${msrv} (${source})`,
    fix: `run \`rustup update\` or install Rust ${msrv} or newer (${RUSTUP})`,
  });
}
