/**
 * The `python-version` input against the version the source tree declares. The tree is what
 * configure and make build, so by default it wins; either way a disagreement is said aloud,
 * naming both versions and the one used.
 */
import type { SourcedPythonVersion } from "../facts/python-version.js";
import type { PythonVersion } from "../types.js";
import { formatPythonVersion } from "../version.js";

/** Which version wins a disagreement: the tree's (default) or the input's (a deliberate what-if). */
export type VersionPreference = "tree" | "input";

export interface ReconciledVersion {
  version: SourcedPythonVersion;
  /** One sentence naming both versions and the one used; undefined when they agree. */
  disagreement?: string;
}

/**
 * `given` is the parsed input (undefined for `auto`), `tree` what the tree declares (undefined
 * when it declares nothing). Only major.minor is compared: a tree does not say whether it will
 * be built free-threaded, so the input's `t` is kept whichever version is used.
 */
export function reconcileVersions(
  given: PythonVersion | undefined,
  tree: SourcedPythonVersion | undefined,
  prefer: VersionPreference,
  inputName = "python-version",
): ReconciledVersion {
  if (!given) {
    if (tree) return { version: tree };
    throw new Error("reconcileVersions needs the input or the tree's version");
  }
  const fromInput: SourcedPythonVersion = { ...given, source: "input" };
  if (!tree || (tree.major === given.major && tree.minor === given.minor)) {
    return { version: fromInput };
  }
  const input = formatPythonVersion(given);
  const declared = formatPythonVersion(tree);
  const used =
    prefer === "tree" ? { ...tree, ...(given.freeThreaded ? { freeThreaded: true } : {}) } : fromInput;
  const disagreement =
    prefer === "tree"
      ? `Input '${inputName}' is ${input}, but the source tree's ${tree.source} says ${declared}: using ${declared}, ` +
        `the version configure and make will build. Set ${inputName} to auto (or ${declared}), check out the ${input} tree ` +
        `for this leg, or set trust-python-version: true to evaluate ${input} against this tree anyway.`
      : `Input '${inputName}' is ${input}, but the source tree's ${tree.source} says ${declared}: using ${input} ` +
        `(trust-python-version is true), although configure and make build ${declared}.`;
  return { version: used, disagreement };
}
