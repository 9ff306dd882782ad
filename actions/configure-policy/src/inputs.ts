import {
  getBooleanInput,
  getChoiceInput,
  getCommandInput,
  getOptionalInput,
  getPathInput,
  getReportingInputs,
  type ReportingInputs,
  UserError,
  workspaceDirectory,
} from "@oxidize/action-kit";
import {
  DEFAULT_PRESET,
  FAIL_ON_CHOICES,
  type FailOn,
  type PolicyCheckOptions,
  RUST_CHOICES,
  type RustAssumption,
} from "@oxidize/policy";

export const Inputs = {
  policy: "policy",
  pythonVersion: "python-version",
  trustPythonVersion: "trust-python-version",
  sourceDir: "source-dir",
  configureArgs: "configure-args",
  rust: "rust",
  msrv: "msrv",
  target: "target",
  run: "run",
  failOn: "fail-on",
} as const;

export const Outputs = {
  verdict: "verdict",
  phase: "phase",
  rustRequired: "rust-required",
  rustAvailable: "rust-available",
  rustModules: "rust-modules",
  message: "message",
  report: "report",
} as const;

export interface ConfigurePolicyInputs {
  /** What checkPolicy needs, but the environment and the log. */
  check: Omit<PolicyCheckOptions, "env" | "log">;
  failOn: FailOn;
  reporting: ReportingInputs;
}

/** `source-dir` and a `policy` file are relative to the workspace, as in every action. */
export function readInputs(env: NodeJS.ProcessEnv = process.env): ConfigurePolicyInputs {
  const workspace = workspaceDirectory(env);
  const python = getOptionalInput(Inputs.pythonVersion);
  if (python === "3.1" || python === "3.2") {
    // YAML reads an unquoted 3.10 / 3.20 as the float 3.1 / 3.2; nobody checks a Rust policy for 3.1.
    throw new UserError(
      `Input 'python-version' is '${python}': YAML turned ${python}0 into ${python}; quote it ("${python}0").`,
    );
  }
  const msrv = getOptionalInput(Inputs.msrv);
  const target = getOptionalInput(Inputs.target);
  const rust: RustAssumption = getChoiceInput(Inputs.rust, RUST_CHOICES, "auto");
  return {
    check: {
      policy: getOptionalInput(Inputs.policy) ?? DEFAULT_PRESET,
      cwd: workspace,
      sourceDir: getPathInput(Inputs.sourceDir, { workspace }, "directory") ?? workspace,
      ...(python !== undefined && python !== "auto" && { pythonVersion: python }),
      ...(getBooleanInput(Inputs.trustPythonVersion, false) && { trustPythonVersion: true }),
      configureArgs: getCommandInput(Inputs.configureArgs),
      rust,
      ...(msrv !== undefined && { msrv }),
      ...(target !== undefined && { target }),
      run: getCommandInput(Inputs.run),
    },
    failOn: getChoiceInput(Inputs.failOn, FAIL_ON_CHOICES, "fail"),
    reporting: getReportingInputs(),
  };
}
