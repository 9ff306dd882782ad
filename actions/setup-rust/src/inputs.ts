import { isDeepStrictEqual } from "node:util";
import {
  getBooleanInput,
  getChoiceInput,
  getListInput,
  getOptionalInput,
  getPathInput,
  getReportingInputs,
  type ReportingInputs,
  UserError,
  workspaceDirectory,
} from "@oxidize/action-kit";
import { chooseDistServer, INSTALLERS, type SetupRequest } from "@oxidize/toolchain";

export const Inputs = {
  toolchain: "toolchain",
  workingDirectory: "working-directory",
  components: "components",
  targets: "targets",
  /** Alias of `targets`: the spelling of dtolnay/rust-toolchain and actions-rust-lang/setup-rust-toolchain. */
  target: "target",
  profile: "profile",
  requirePinned: "require-pinned",
  msrvFrom: "msrv-from",
  installer: "installer",
  distServer: "dist-server",
  verifySignature: "verify-signature",
  cache: "cache",
  optional: "optional",
  matchers: "matchers",
  /** Alias of `matchers`: the spelling of actions-rust-lang/setup-rust-toolchain. */
  matcher: "matcher",
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
      targets: readAliased(Inputs.targets, Inputs.target, getListInput),
      ...(profile !== undefined && { profile }),
      requirePinned: getBooleanInput(Inputs.requirePinned, false),
      ...(msrvFrom !== undefined && { msrvFrom }),
      installer: getChoiceInput(Inputs.installer, INSTALLERS, "auto"),
      distServer: chooseDistServer(getOptionalInput(Inputs.distServer), env),
      verifySignature: getChoiceInput(Inputs.verifySignature, SIGNATURE_MODES, "auto"),
      optional: getBooleanInput(Inputs.optional, false),
    },
    cache: getBooleanInput(Inputs.cache, true),
    matchers: readAliased(Inputs.matchers, Inputs.matcher, (name) => getBooleanInput(name, true)),
    reporting: getReportingInputs(),
  };
}

/**
 * An input that also answers to `alias`, so a workflow moved from another setup action keeps its
 * spelling. Both given is fine when they mean the same; otherwise one of them would be ignored.
 */
function readAliased<T>(name: string, alias: string, read: (input: string) => T): T {
  if (getOptionalInput(alias) === undefined) return read(name);
  if (getOptionalInput(name) === undefined) return read(alias);
  const value = read(name);
  if (!isDeepStrictEqual(value, read(alias))) {
    throw new UserError(
      `Inputs '${name}' and '${alias}' (an alias of '${name}') are both given, with different values; give only '${name}'.`,
    );
  }
  return value;
}
