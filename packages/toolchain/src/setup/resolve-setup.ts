// Which toolchain the setup installs, decided before anything is downloaded: the float-trap repair of the
// input, rustup's resolution, then the pinning and MSRV rules. `actions/setup-rust` and
// `oxidize toolchain resolve` both call this, so the CLI previews exactly what the action does.

import type { Env } from "@oxidize/core";
import { repairFloatTrap } from "../resolve/float-trap.js";
import { checkMsrv, type Msrv, type MsrvCheck, readMsrv } from "../resolve/msrv.js";
import { checkPinned } from "../resolve/pinning.js";
import type { Profile } from "../resolve/profile.js";
import { type ResolvedToolchain, resolveToolchain } from "../resolve/resolve-toolchain.js";

/** The setup's profile when neither the input nor a toolchain file names one: CI needs no docs. */
export const SETUP_DEFAULT_PROFILE: Profile = "minimal";

export interface ResolveSetupRequest {
  /** The toolchain as the user wrote it (an unquoted YAML `1.70` arrives as `1.7` and is repaired). */
  toolchain?: string;
  /** Absolute directory where the toolchain-file walk starts. */
  workingDirectory: string;
  components?: readonly string[];
  targets?: readonly string[];
  profile?: string;
  /** Fail unless the toolchain is an exact, immutable version. */
  requirePinned?: boolean;
  /** Directory where the search for the Cargo.toml giving the MSRV starts (walking up, as cargo does); default `workingDirectory`. */
  msrvFrom?: string;
  /** The Rust host triple the toolchain is for. */
  host: string;
  env: Env;
}

/** A warning for the log and the report: what it is about, and the file it is in when there is one. */
export interface SetupWarning {
  code: "float-trap" | "resolve";
  message: string;
  file?: string;
}

export interface ResolvedSetup {
  resolved: ResolvedToolchain;
  msrv?: Msrv;
  /** The MSRV against the resolved name (`unknown` for floating channels until installed). */
  msrvCheck?: MsrvCheck;
  warnings: SetupWarning[];
}

/** Throws ToolchainResolutionError (a UserError) for a bad name or file, a floating pin, or a toolchain below the MSRV. */
export async function resolveSetup(request: ResolveSetupRequest): Promise<ResolvedSetup> {
  const msrv = await readMsrv(request.msrvFrom ?? request.workingDirectory, { walkUp: true });
  const warnings: SetupWarning[] = [];
  let toolchain = request.toolchain;
  if (toolchain !== undefined) {
    const repair = repairFloatTrap(toolchain, msrv ? { msrv: msrv.version } : {});
    if (repair.warning) warnings.push({ code: "float-trap", message: repair.warning });
    toolchain = repair.value;
  }
  const resolved = await resolveToolchain({
    input: {
      ...(toolchain !== undefined && { toolchain }),
      ...(request.components !== undefined && { components: request.components }),
      ...(request.targets !== undefined && { targets: request.targets }),
      ...(request.profile !== undefined && { profile: request.profile }),
    },
    env: request.env,
    workingDirectory: request.workingDirectory,
    host: request.host,
    defaultProfile: SETUP_DEFAULT_PROFILE,
  });
  for (const message of resolved.warnings) {
    warnings.push({ code: "resolve", message, ...(resolved.file !== undefined && { file: resolved.file }) });
  }
  if (request.requirePinned) {
    const notPinned = checkPinned(resolved);
    if (notPinned) throw notPinned;
  }
  const setup: ResolvedSetup = { resolved, warnings };
  if (msrv) {
    const msrvCheck = checkMsrv(resolved, msrv);
    if (msrvCheck.error) throw msrvCheck.error;
    setup.msrv = msrv;
    setup.msrvCheck = msrvCheck;
  }
  return setup;
}
