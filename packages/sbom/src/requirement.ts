/**
 * Cargo's version requirements in node-semver's terms. Cargo and npm agree on `^`, `~`, `*`, `x`
 * wildcards and the comparison operators, but differ on two points that matter here: a bare
 * version (`1.2.3`) is a caret requirement in Cargo and an exact one in npm, and Cargo joins
 * comparators with commas where npm uses spaces. RustSec's `patched = [">= 1.2.3"]` entries also
 * put a space after the operator, which npm reads as a separate token.
 */
import semver from "semver";

/** A cargo requirement that cannot be read; the message quotes it. */
export class RequirementError extends Error {
  override name = "RequirementError";
}

function comparator(part: string, requirement: string): string {
  const compact = part.trim().replace(/^([<>=~^]+)\s+/, "$1");
  if (compact === "") throw new RequirementError(`empty comparator in ${JSON.stringify(requirement)}`);
  // Cargo: a bare version means "compatible with" (the caret); npm would read it as exact.
  return /^\d/.test(compact) ? `^${compact}` : compact;
}

/** The node-semver range for a cargo requirement (`>= 1.2, < 1.5`, `0.5`, `=1.0.3`, `*`). */
export function cargoRange(requirement: string): semver.Range {
  const parts = requirement.split(",").map((p) => comparator(p, requirement));
  try {
    return new semver.Range(parts.join(" "));
  } catch {
    throw new RequirementError(`${JSON.stringify(requirement)} is not a cargo version requirement`);
  }
}

/** Whether `version` satisfies the cargo requirement. */
export function satisfiesCargo(version: string, requirement: string | semver.Range): boolean {
  const range = typeof requirement === "string" ? cargoRange(requirement) : requirement;
  return semver.satisfies(version, range);
}
