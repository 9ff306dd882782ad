import { isAbsolute, resolve } from "node:path";
import { getBooleanInput, getCommandInput, getListInput, getOptionalInput } from "@oxidize/action-kit";
import { type BuildModulesOptions, ModulesConfigError } from "@oxidize/modules";

/** Input ids, kept in one place (and checked against action.yml by the tests). */
export const INPUTS = [
  "source-dir",
  "manifest-path",
  "modules",
  "policy",
  "python-version",
  "policy-report",
  "target",
  "profile",
  "locked",
  "offline",
  "cargo-args",
  "target-dir",
  "out-dir",
  "python",
  "ext-suffix",
  "required",
  "verify-command",
  "check-name",
  "token",
  "matrix",
] as const;

export interface ReportingInputs {
  checkName?: string;
  token?: string;
  matrix?: Record<string, unknown>;
}

export interface ActionInputs {
  build: BuildModulesOptions;
  reporting: ReportingInputs;
}

function parseMatrix(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined || text === "null") return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    if (value === null) return undefined;
    if (typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the GitHub expression users should write
  throw new ModulesConfigError("Input 'matrix' must be a JSON object; pass `${{ toJSON(matrix) }}`.");
}

export function readInputs(env: Readonly<Record<string, string | undefined>>): ActionInputs {
  const workspace = env["GITHUB_WORKSPACE"] || process.cwd();
  const sourceInput = getOptionalInput("source-dir") ?? workspace;
  const sourceDir = isAbsolute(sourceInput) ? sourceInput : resolve(workspace, sourceInput);
  const build: BuildModulesOptions = {
    sourceDir,
    repositoryRoot: workspace,
    modules: getListInput("modules"),
    policy: getOptionalInput("policy") ?? "pre-pep-2025",
    pythonVersion: getOptionalInput("python-version") ?? "auto",
    profile: getOptionalInput("profile") ?? "release",
    locked: getBooleanInput("locked", true),
    offline: getBooleanInput("offline", false),
    cargoArgs: getCommandInput("cargo-args"),
    outDir: getOptionalInput("out-dir") ?? "build/rust-modules",
    python: getOptionalInput("python") ?? "python3",
    required: getListInput("required"),
    verifyCommand: getCommandInput("verify-command"),
  };
  const optional = {
    manifestPath: getOptionalInput("manifest-path"),
    policyReport: getOptionalInput("policy-report"),
    target: getOptionalInput("target"),
    targetDir: getOptionalInput("target-dir"),
    extSuffix: getOptionalInput("ext-suffix"),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (build as unknown as Record<string, string>)[key] = value;
  }
  if (build.extSuffix !== undefined && !build.extSuffix.startsWith(".")) {
    throw new ModulesConfigError(
      `Input 'ext-suffix' must start with a dot, e.g. ".abi3.so" (got '${build.extSuffix}').`,
    );
  }
  const reporting: ReportingInputs = {};
  const checkName = getOptionalInput("check-name");
  const token = getOptionalInput("token");
  const matrix = parseMatrix(getOptionalInput("matrix"));
  if (checkName !== undefined) reporting.checkName = checkName;
  if (token !== undefined) reporting.token = token;
  if (matrix !== undefined) reporting.matrix = matrix;
  return { build, reporting };
}
