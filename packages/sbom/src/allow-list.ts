/**
 * The policy's dependency allow-list: the third-party crates (and version ranges) a module may
 * compile in. The project's own crates (path sources: workspace members, path dependencies) are
 * not third-party and always pass; everything from a registry, a vendor directory or git must
 * be listed.
 */

import { compareText } from "@oxidize/core";
import type { CrateEntry } from "./crate.js";
import { sourceKind } from "./crate.js";
import { cargoRange, RequirementError } from "./requirement.js";

/** One allowed crate; without `version`, every version. */
export interface AllowedCrate {
  name: string;
  /** A cargo requirement: `0.5`, `>= 0.4, < 0.6`, `=1.2.3`. */
  version?: string;
}

export interface NotAllowed {
  crate: Pick<CrateEntry, "name" | "version" | "source">;
  /** The versions the list allows for this name, when it lists the name at all. */
  allowedVersions: string[];
}

/** An allow-list entry whose version is not a cargo requirement. */
export class AllowListError extends Error {
  override name = "AllowListError";
}

/** The crates the list does not allow, once each, by name then version. */
export function checkAllowed(
  crates: readonly Pick<CrateEntry, "name" | "version" | "source">[],
  allow: readonly AllowedCrate[],
): NotAllowed[] {
  const ranges = allow.map((entry) => {
    try {
      return { entry, range: entry.version === undefined ? undefined : cargoRange(entry.version) };
    } catch (error) {
      if (error instanceof RequirementError)
        throw new AllowListError(`dependencies.allow entry for ${entry.name}: ${error.message}`);
      throw error;
    }
  });
  const refused = new Map<string, NotAllowed>();
  for (const crate of crates) {
    if (sourceKind(crate.source) === "path") continue;
    const forName = ranges.filter(({ entry }) => entry.name === crate.name);
    const allowed = forName.some(({ range }) => range === undefined || range.test(crate.version));
    if (allowed) continue;
    refused.set(`${crate.name}@${crate.version}`, {
      crate: { name: crate.name, version: crate.version, source: crate.source },
      allowedVersions: forName.map(({ entry }) => entry.version ?? "*"),
    });
  }
  return [...refused.values()].sort(
    (a, b) => compareText(a.crate.name, b.crate.name) || compareText(a.crate.version, b.crate.version),
  );
}

/** One sentence: which crate, what the list allows, and the fix. */
export function notAllowedMessage(finding: NotAllowed, policyName: string): string {
  const { crate, allowedVersions } = finding;
  const listed =
    allowedVersions.length > 0
      ? `the policy allows ${crate.name} only as ${allowedVersions.join(" or ")}`
      : `${crate.name} is not in the policy's dependencies.allow list`;
  return (
    `${crate.name} ${crate.version} (${crate.source}) is not an allowed dependency: ${listed}. ` +
    `Add it to dependencies.allow in ${policyName} after review, or remove the dependency.`
  );
}
