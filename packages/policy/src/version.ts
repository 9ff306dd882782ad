/**
 * CPython versions as policy sees them: `major.minor` only (micro and release level never change
 * which phase applies), compared numerically so that 3.9 < 3.10.
 */
import { PolicyError } from "./errors.js";
import { FactsError } from "./facts/errors.js";
import type { Phase, Policy, PythonVersion } from "./types.js";

// "3.15", "3.15.1", "3.15.0a2", "3.15.0rc1", "3.16.0b1+", "3.14t" (free-threaded) — anything past
// major.minor is kept in `full`.
const VERSION_PATTERN = /^(\d+)\.(\d+)(?:\.\d+)?(?:(?:a|b|rc)\d+)?\+?(t)?$/;

export function isPythonVersion(text: string): boolean {
  return VERSION_PATTERN.test(text.trim());
}

/** Parse "3.15" / "3.15.0a2"; throws PolicyError naming `what` (e.g. "python-version input"). */
export function parsePythonVersion(text: string, what = "Python version"): PythonVersion {
  const trimmed = text.trim();
  const match = VERSION_PATTERN.exec(trimmed);
  if (!match) {
    throw new PolicyError(
      `${what} must look like "3.15", "3.15.0a2" or "3.14t" (got ${JSON.stringify(text)})`,
    );
  }
  const version: PythonVersion = { major: Number(match[1]), minor: Number(match[2]) };
  if (match[3]) version.freeThreaded = true;
  if (trimmed !== `${version.major}.${version.minor}`) version.full = trimmed;
  return version;
}

function toVersion(version: string | PythonVersion): PythonVersion {
  return typeof version === "string" ? parsePythonVersion(version) : version;
}

/** Negative when a < b, 0 when equal, positive when a > b (major.minor only). */
export function comparePythonVersions(a: string | PythonVersion, b: string | PythonVersion): number {
  const x = toVersion(a);
  const y = toVersion(b);
  return x.major - y.major || x.minor - y.minor;
}

/** "3.15" — the form phases and reports use. */
export function formatPythonVersion(version: PythonVersion): string {
  return `${version.major}.${version.minor}`;
}

/** The next minor version: 3.15 → 3.16. */
export function nextPythonVersion(version: string | PythonVersion): string {
  const v = toVersion(version);
  return `${v.major}.${v.minor + 1}`;
}

/** The previous minor version: 3.15 → 3.14 (3.0 has none). */
export function previousPythonVersion(version: string | PythonVersion): string | undefined {
  const v = toVersion(version);
  return v.minor > 0 ? `${v.major}.${v.minor - 1}` : undefined;
}

/** Whether `version` lies in the phase's inclusive range (an open end matches everything). */
export function phaseContains(
  phase: Pick<Phase, "from" | "until">,
  version: string | PythonVersion,
): boolean {
  const v = toVersion(version);
  if (phase.from !== undefined && comparePythonVersions(v, phase.from) < 0) return false;
  if (phase.until !== undefined && comparePythonVersions(v, phase.until) > 0) return false;
  return true;
}

/** The first phase of `policy` whose range contains `version`, or undefined when none does. */
export function phaseFor(policy: Policy, version: string | PythonVersion): Phase | undefined {
  const v = toVersion(version);
  return policy.phases.find((phase) => phaseContains(phase, v));
}

/** "≤ 3.14", "3.15", "3.16–3.17", "≥ 3.18", "all versions" — for tables and messages. */
export function describeRange(phase: Pick<Phase, "from" | "until">): string {
  const { from, until } = phase;
  if (from === undefined && until === undefined) return "all versions";
  if (from === undefined) return `≤ ${until}`;
  if (until === undefined) return `≥ ${from}`;
  return comparePythonVersions(from, until) === 0 ? from : `${from}–${until}`;
}

/** A Rust version as Cargo's `rust-version` accepts it: 1.95 or 1.95.0 (no pre-release). */
const RUST_VERSION = /^\d+\.\d+(\.\d+)?$/;

/** Checks a Rust version given as an input (`msrv`, an assumed release); `what` names it. */
export function checkRustVersion(value: string, what: string): string {
  const trimmed = value.trim();
  if (!RUST_VERSION.test(trimmed)) {
    throw new FactsError(
      `${what}: '${value}' is not a Rust version; write it like Cargo's rust-version, e.g. 1.95.`,
    );
  }
  return trimmed;
}
