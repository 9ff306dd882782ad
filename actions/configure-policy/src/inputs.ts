import { resolve } from "node:path";
import { getChoiceInput, getOptionalInput, UserError } from "@oxidize/action-kit";
import { FAIL_ON_CHOICES, type FailOn, RUST_CHOICES, type RustAssumption } from "@oxidize/policy";

export interface ConfigurePolicyInputs {
  policy: string;
  /** undefined = auto (read from the source tree). */
  pythonVersion: string | undefined;
  /** Absolute. */
  sourceDir: string;
  configureArgs: string | undefined;
  rust: RustAssumption;
  msrv: string | undefined;
  target: string | undefined;
  run: string | undefined;
  failOn: FailOn;
  checkName: string | undefined;
  token: string | undefined;
  matrix: string | undefined;
}

export function readInputs(cwd: string = process.cwd()): ConfigurePolicyInputs {
  const python = getOptionalInput("python-version");
  if (python === "3.1" || python === "3.2") {
    // YAML reads an unquoted 3.10 / 3.20 as the float 3.1 / 3.2; nobody checks a Rust policy for 3.1.
    throw new UserError(
      `Input 'python-version' is '${python}': YAML turned ${python}0 into ${python}; quote it ("${python}0").`,
    );
  }
  return {
    policy: getOptionalInput("policy") ?? "pre-pep-2025",
    pythonVersion: python === undefined || python === "auto" ? undefined : python,
    sourceDir: resolve(cwd, getOptionalInput("source-dir") ?? "."),
    configureArgs: getOptionalInput("configure-args"),
    rust: getChoiceInput("rust", RUST_CHOICES, "auto"),
    msrv: getOptionalInput("msrv"),
    target: getOptionalInput("target"),
    run: getOptionalInput("run"),
    failOn: getChoiceInput("fail-on", FAIL_ON_CHOICES, "fail"),
    checkName: getOptionalInput("check-name"),
    token: getOptionalInput("token"),
    matrix: getOptionalInput("matrix"),
  };
}
