import {
  getBooleanInput,
  getChoiceInput,
  getListInput,
  getOptionalInput,
  getPathInput,
  getReportingInputs,
  type ReportingInputs,
  workspaceDirectory,
} from "@oxidize/action-kit";
import { chooseDistServer, INSTALLERS, type SetupRequest } from "@oxidize/toolchain";

export const Inputs = {
  toolchain: "toolchain",
  workingDirectory: "working-directory",
  components: "components",
  targets: "targets",
  profile: "profile",
  requirePinned: "require-pinned",
  msrvFrom: "msrv-from",
  installer: "installer",
  distServer: "dist-server",
  verifySignature: "verify-signature",
  cache: "cache",
  optional: "optional",
  matchers: "matchers",
} as const;

export const Outputs = {
  toolchain: "toolchain",
  source: "source",
  rustcVersion: "rustc-version",
  rustcCommitHash: "rustc-commit-hash",
  cargoVersion: "cargo-version",
  host: "host",
  installer: "installer",
  cacheHit: "cache-hit",
  cachekey: "cachekey",
  available: "available",
  rustc: "rustc",
  report: "report",
} as const;

const SIGNATURE_MODES = ["auto", "always", "never"] as const;

export interface SetupInputs {
  setup: SetupRequest;
  /** Save and restore the toolchain with the Actions cache. */
  cache: boolean;
  matchers: boolean;
  reporting: ReportingInputs;
}

/** Paths are relative to the workspace, as `run:` steps and `working-directory` are. */
export function readInputs(env: NodeJS.ProcessEnv = process.env): SetupInputs {
  const workspace = { workspace: workspaceDirectory(env) };
  const workingDirectory =
    getPathInput(Inputs.workingDirectory, workspace, "directory") ?? workspace.workspace;
  const toolchain = getOptionalInput(Inputs.toolchain);
  const profile = getOptionalInput(Inputs.profile);
  const msrvFrom = getPathInput(Inputs.msrvFrom, workspace, "directory");
  return {
    setup: {
      ...(toolchain !== undefined && { toolchain }),
      workingDirectory,
      components: getListInput(Inputs.components),
      targets: getListInput(Inputs.targets),
      ...(profile !== undefined && { profile }),
      requirePinned: getBooleanInput(Inputs.requirePinned, false),
      ...(msrvFrom !== undefined && { msrvFrom }),
      installer: getChoiceInput(Inputs.installer, INSTALLERS, "auto"),
      distServer: chooseDistServer(getOptionalInput(Inputs.distServer), env),
      verifySignature: getChoiceInput(Inputs.verifySignature, SIGNATURE_MODES, "auto"),
      optional: getBooleanInput(Inputs.optional, false),
    },
    cache: getBooleanInput(Inputs.cache, true),
    matchers: getBooleanInput(Inputs.matchers, true),
    reporting: getReportingInputs(),
  };
}
