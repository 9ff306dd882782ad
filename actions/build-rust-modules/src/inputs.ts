import {
  getBooleanInput,
  getChoiceInput,
  getCommandInput,
  getListInput,
  getOptionalInput,
  getPathInput,
  getReportingInputs,
  type ReportingInputs,
  UserError,
  workspaceDirectory,
} from "@oxidize/action-kit";
import { type BuildModulesOptions, extSuffixProblem } from "@oxidize/modules";

export const Inputs = {
  sourceDir: "source-dir",
  buildDir: "build-dir",
  buildWith: "build-with",
  trustPythonVersion: "trust-python-version",
  manifestPath: "manifest-path",
  modules: "modules",
  policy: "policy",
  pythonVersion: "python-version",
  policyReport: "policy-report",
  target: "target",
  profile: "profile",
  locked: "locked",
  offline: "offline",
  vendorDir: "vendor-dir",
  cargoArgs: "cargo-args",
  targetDir: "target-dir",
  outDir: "out-dir",
  python: "python",
  extSuffix: "ext-suffix",
  required: "required",
  verifyCommand: "verify-command",
  sbom: "sbom",
  advisoryDb: "advisory-db",
  onAdvisory: "on-advisory",
  cache: "cache",
} as const;

export const Outputs = {
  built: "built",
  skipped: "skipped",
  failed: "failed",
  headline: "headline",
  outDir: "out-dir",
  sbom: "sbom",
  report: "report",
  cacheHit: "cache-hit",
} as const;

/**
 * `auto` (the tree's built interpreter, else python3), a command on PATH (`python3`), or — with a
 * directory separator — a path relative to the workspace.
 */
function pythonInput(workspace: string): string {
  const value = getOptionalInput(Inputs.python) ?? "auto";
  return /[\\/]/.test(value) ? (getPathInput(Inputs.python, { workspace }) ?? value) : value;
}

/** `sbom`: `false` (none), `true` (in out-dir) or a path relative to the workspace. */
function sbomInput(workspace: string, outDir: string): string | undefined {
  const value = getOptionalInput(Inputs.sbom) ?? "false";
  if (value === "false") return undefined;
  if (value === "true") return `${outDir}/rust-modules.cdx.json`;
  return getPathInput(Inputs.sbom, { workspace });
}

export interface ActionInputs {
  build: BuildModulesOptions;
  /** "cargo": restore CARGO_HOME's downloads and the target directory before the build, save after. */
  cache: "false" | "cargo";
  reporting: ReportingInputs;
}

/**
 * `source-dir`, `policy` (a file) and `policy-report` are relative to the workspace, like every
 * action's; `manifest-path`, `target-dir` and `out-dir` name parts of the source tree and are
 * relative to `source-dir`.
 */
export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const workspace = workspaceDirectory(env);
  const sourceDir = getPathInput(Inputs.sourceDir, { workspace }, "directory") ?? workspace;
  const inTree = { sourceDir };
  const extSuffix = getOptionalInput(Inputs.extSuffix);
  const suffixProblem = extSuffix === undefined ? undefined : extSuffixProblem(extSuffix);
  if (suffixProblem) {
    throw new UserError(`Input 'ext-suffix' ${suffixProblem}, e.g. ".cpython-316-aarch64-linux-gnu.so".`);
  }
  const outDir = getPathInput(Inputs.outDir, inTree) ?? `${sourceDir}/build/rust-modules`;
  const advisoryDb = getPathInput(Inputs.advisoryDb, { workspace }, "directory");
  const onAdvisory = getChoiceInput(Inputs.onAdvisory, ["warn", "fail"] as const, "warn");
  const optional = {
    sbom: sbomInput(workspace, outDir),
    // Allow-list from the policy file and advisories whenever there is something to check.
    supplyChain: advisoryDb === undefined ? { onAdvisory } : { advisoryDb, onAdvisory },
    buildDir: getPathInput(Inputs.buildDir, { workspace }, "directory"),
    profile: getOptionalInput(Inputs.profile),
    manifestPath: getPathInput(Inputs.manifestPath, inTree),
    policyReport: getPathInput(Inputs.policyReport, { workspace }, "file"),
    target: getOptionalInput(Inputs.target),
    targetDir: getPathInput(Inputs.targetDir, inTree),
    vendorDir: getPathInput(Inputs.vendorDir, { workspace }, "directory"),
    extSuffix,
  };
  const build: BuildModulesOptions = {
    sourceDir,
    repositoryRoot: workspace,
    modules: getListInput(Inputs.modules),
    // The same default as action.yml and @oxidize/policy's DEFAULT_PRESET: the current plan.
    policy: getOptionalInput(Inputs.policy) ?? "summit-2026",
    pythonVersion: getOptionalInput(Inputs.pythonVersion) ?? "auto",
    buildWith: getChoiceInput(Inputs.buildWith, ["cargo", "make"] as const, "cargo"),
    trustPythonVersion: getBooleanInput(Inputs.trustPythonVersion, false),
    locked: getBooleanInput(Inputs.locked, true),
    offline: getBooleanInput(Inputs.offline, false),
    cargoArgs: getCommandInput(Inputs.cargoArgs),
    outDir,
    python: pythonInput(workspace),
    required: getListInput(Inputs.required),
    verifyCommand: getCommandInput(Inputs.verifyCommand),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(build, { [key]: value });
  }
  return {
    build,
    cache: getChoiceInput(Inputs.cache, ["false", "cargo"] as const, "false"),
    reporting: getReportingInputs(),
  };
}
