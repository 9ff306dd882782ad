import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { RustFacts } from "../types.js";
import { findRustTool, type HostContext } from "./find-tool.js";
import { type RunProcess, runProcess } from "./process.js";
import { parseRustcVerbose } from "./rustc-version.js";

export interface DetectRustOptions extends HostContext {
  /** Where rustc runs: rustup picks the toolchain from rust-toolchain files found from here. */
  cwd?: string;
  run?: RunProcess;
  /** Per rustc invocation. */
  timeoutMs?: number;
  /** Lists installed targets under a sysroot; defaults to reading lib/rustlib. */
  listTargets?: (sysroot: string) => Promise<string[]>;
}

/**
 * Targets with a standard library in a sysroot: each `lib/rustlib/<target>/lib` directory
 * (other entries there — `etc`, `src`, rustup's manifests — are not targets).
 */
export async function installedTargets(sysroot: string): Promise<string[]> {
  const rustlib = join(sysroot, "lib", "rustlib");
  let entries: string[];
  try {
    entries = await readdir(rustlib);
  } catch {
    return [];
  }
  const targets: string[] = [];
  for (const entry of entries.sort()) {
    try {
      if ((await stat(join(rustlib, entry, "lib"))).isDirectory()) targets.push(entry);
    } catch {
      // not a target directory
    }
  }
  return targets;
}

/**
 * Detects a usable Rust toolchain: cargo and rustc found as real executables (see findRustTool)
 * and `rustc -vV` answering. Nothing is trusted by name alone: a `cargo` that is not an
 * executable file, or a `rustc` that does not answer like rustc, leaves `available` false with
 * the reason in `problem`.
 */
export async function detectRust(options: DetectRustOptions): Promise<RustFacts> {
  const run = options.run ?? runProcess;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const [cargo, rustc] = await Promise.all([findRustTool("cargo", options), findRustTool("rustc", options)]);
  const facts: RustFacts = {
    available: false,
    cargo: cargo.path ? { path: cargo.path, source: cargo.source } : {},
    rustc: rustc.path ? { path: rustc.path, source: rustc.source } : {},
  };
  const missing: string[] = [];
  // The notes say what was tried ("no cargo in /home/u/.cargo/bin", "no cargo on PATH").
  if (!cargo.path) missing.push(...cargo.notes);
  if (!rustc.path) missing.push(...rustc.notes);
  if (!rustc.path) {
    facts.problem = missing.join("; ");
    return facts;
  }
  const processOptions = { env: options.env, timeoutMs, ...(options.cwd ? { cwd: options.cwd } : {}) };
  const verbose = await run(rustc.path, ["-vV"], processOptions);
  const parsed = verbose.exitCode === 0 ? parseRustcVerbose(verbose.stdout) : undefined;
  if (!parsed) {
    const why = verbose.timedOut
      ? `timed out after ${timeoutMs} ms`
      : (verbose.startError ??
        `exited with ${verbose.exitCode ?? verbose.signal}: ${lastLine(verbose.output)}`);
    missing.push(`${rustc.path} -vV did not answer like rustc (${why})`);
    facts.problem = missing.join("; ");
    return facts;
  }
  facts.release = parsed.release;
  facts.host = parsed.host;
  if (parsed.commitHash) facts.commitHash = parsed.commitHash;
  const sysroot = await run(rustc.path, ["--print", "sysroot"], processOptions);
  if (sysroot.exitCode === 0 && sysroot.stdout.trim() !== "") {
    facts.installedTargets = await (options.listTargets ?? installedTargets)(sysroot.stdout.trim());
  }
  if (missing.length > 0) facts.problem = missing.join("; ");
  facts.available = missing.length === 0;
  return facts;
}

function lastLine(text: string): string {
  const lines = text.trim().split(/\r?\n/);
  return lines[lines.length - 1] ?? "";
}
