/**
 * Where a module for a Windows Python finds the import library it links (`python3X.lib`, or
 * `python3.lib` for abi3): `<sys.base_prefix>\libs`, which is on no default search path. PyO3's
 * build script adds it itself; a plain-FFI module (`#[link(name = "python312")]`) needs it from
 * us, as `-L native=<dir>` in the rustflags of the cargo build.
 */
import type { Env } from "@oxidize/core";
import { isWindowsTarget } from "./install.js";

/** cargo's separator in CARGO_ENCODED_RUSTFLAGS. */
const UNIT_SEPARATOR = "\x1f";

/**
 * `flags` added after the user's own rustflags, never instead of them. cargo takes
 * CARGO_ENCODED_RUSTFLAGS over RUSTFLAGS, so the result is always the encoded form: it holds a
 * directory with spaces (C:\Program Files\…) as one argument, which RUSTFLAGS cannot. RUSTFLAGS
 * is split on whitespace exactly as cargo splits it.
 */
export function appendRustflags(env: Env, flags: readonly string[]): Env {
  const encoded = env["CARGO_ENCODED_RUSTFLAGS"];
  const rustflags = env["RUSTFLAGS"];
  const own =
    encoded !== undefined
      ? encoded === ""
        ? []
        : encoded.split(UNIT_SEPARATOR)
      : (rustflags ?? "").split(/\s+/).filter((flag) => flag !== "");
  return { ...env, CARGO_ENCODED_RUSTFLAGS: [...own, ...flags].join(UNIT_SEPARATOR) };
}

export interface PythonLinkOptions {
  /** The triple cargo builds for. */
  target: string | undefined;
  /** The interpreter's `<sys.base_prefix>\libs` (a Windows Python only). */
  libsDir: string | undefined;
  /** Some module to build links Python without PyO3, whose build script would add the path. */
  plainFfi: boolean;
}

/**
 * The cargo environment with the Python's import-library directory on the link search path when
 * it is needed: a Windows target, a Windows Python, a plain-FFI module. Otherwise `env` itself —
 * changed rustflags would make cargo rebuild every dependency.
 */
export function pythonLinkEnv(env: Env, options: PythonLinkOptions): Env {
  // With a target, the host platform does not enter into it.
  const windows = options.target !== undefined && isWindowsTarget(options.target, process.platform);
  if (!windows || !options.libsDir || !options.plainFfi) return env;
  return appendRustflags(env, ["-L", `native=${options.libsDir}`]);
}
