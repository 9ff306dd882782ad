import { join } from "node:path";
import type { Env } from "@oxidize/core";

/** Where cargo and rustup keep their state: the variable when set, else rustup's defaults under HOME. */
export interface Homes {
  cargoHome: string;
  rustupHome: string;
}

export function toolHomes(env: Env, home: string): Homes {
  return {
    cargoHome: env["CARGO_HOME"] || join(home, ".cargo"),
    rustupHome: env["RUSTUP_HOME"] || join(home, ".rustup"),
  };
}

export interface EnvironmentRequest {
  env: Env;
  homes: Homes;
  installer: "rustup" | "dist";
  /** Where the toolchain name came from (the resolver's vocabulary). */
  source: "input" | "RUSTUP_TOOLCHAIN" | "toolchain-file" | "default";
  /** Full rustup toolchain name, e.g. `1.95.0-x86_64-unknown-linux-gnu`. */
  toolchain: string;
  /** dist installer: the installed toolchain directory (holds `bin/`). */
  toolchainDir?: string;
  /** `$CARGO_HOME/bin` holds rustup's proxies (a `rustup` binary). */
  rustupProxies: boolean;
  platform: NodeJS.Platform;
}

export interface EnvironmentPlan {
  /** Variables for later steps (GITHUB_ENV). */
  exports: Record<string, string>;
  /** Directories to prepend to PATH, in call order: the last one ends up first. */
  paths: string[];
  /** dist installer: create `$CARGO_HOME/bin` shims pointing into the toolchain. */
  shims: boolean;
  /** One line per decision, for the log. */
  notes: string[];
}

/**
 * Decides what later steps see. Rules, and why:
 * - CARGO_INCREMENTAL=0 and CARGO_TERM_COLOR=always only when unset: a user's value always wins,
 *   and RUSTFLAGS is never touched (it would override the project's .cargo/config.toml rustflags).
 * - CARGO_HOME and RUSTUP_HOME are always exported, so every later step — and build systems that
 *   call `$CARGO_HOME/bin/cargo`, like CPython's Makefile — agree on one location.
 * - rustup installer: RUSTUP_TOOLCHAIN is exported unless the toolchain file chose the toolchain.
 *   rustup ranks that variable above toolchain files, so an explicit choice cannot be silently
 *   replaced by a rust-toolchain.toml later; when the file chose, leaving it alone keeps rustup
 *   and the file in charge, exactly as on a developer's machine.
 * - dist installer: the toolchain's bin goes first on PATH. If `$CARGO_HOME/bin` has rustup
 *   proxies, they are pointed at the installed directory through RUSTUP_TOOLCHAIN (rustup accepts
 *   an absolute toolchain path there); otherwise shims in `$CARGO_HOME/bin` point into it.
 */
export function planEnvironment(request: EnvironmentRequest): EnvironmentPlan {
  const { env, homes } = request;
  const exports: Record<string, string> = {};
  const notes: string[] = [];
  for (const [name, value] of [
    ["CARGO_INCREMENTAL", "0"],
    ["CARGO_TERM_COLOR", "always"],
  ] as const) {
    if (env[name] === undefined) exports[name] = value;
    else notes.push(`${name} is already set to '${env[name]}'; leaving it`);
  }
  exports["CARGO_HOME"] = homes.cargoHome;
  exports["RUSTUP_HOME"] = homes.rustupHome;
  const cargoBin = join(homes.cargoHome, "bin");

  if (request.installer === "rustup") {
    if (request.source === "toolchain-file") {
      notes.push(
        "RUSTUP_TOOLCHAIN is not exported: the toolchain file chose the toolchain, so rustup keeps reading it",
      );
    } else {
      exports["RUSTUP_TOOLCHAIN"] = request.toolchain;
      const why =
        request.source === "input"
          ? "the toolchain input"
          : request.source === "RUSTUP_TOOLCHAIN"
            ? "RUSTUP_TOOLCHAIN"
            : "the fallback to stable";
      notes.push(
        `RUSTUP_TOOLCHAIN=${request.toolchain} exported for later steps (from ${why}): rustup ranks it above rust-toolchain files, so no toolchain file can silently switch the toolchain`,
      );
    }
    return { exports, paths: [cargoBin], shims: false, notes };
  }

  if (request.toolchainDir === undefined)
    throw new Error("dist installer: the toolchain directory is required");
  const paths = [cargoBin, join(request.toolchainDir, "bin")];
  if (request.rustupProxies) {
    exports["RUSTUP_TOOLCHAIN"] = request.toolchainDir;
    notes.push(
      `${cargoBin} holds rustup proxies; RUSTUP_TOOLCHAIN=${request.toolchainDir} makes them run the installed toolchain`,
    );
    return { exports, paths, shims: false, notes };
  }
  notes.push(
    `${cargoBin} gets shims for the toolchain's tools, so $CARGO_HOME/bin/cargo is the installed cargo`,
  );
  return { exports, paths, shims: true, notes };
}
