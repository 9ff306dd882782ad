import { join } from "node:path";
import type { Memo, Runner } from "@oxidize/core";
import { nodeResolveFs } from "../resolve/fs.js";
import { findRustTool, type HostContext, type RustToolFacts } from "./find-tool.js";
import { probeRustcRemembered } from "./remembered.js";
import { probeRustc } from "./rustc.js";

/** The Rust a build on this machine would use, found the way the build finds it. */
export interface RustFacts {
  /** cargo and rustc both found and `rustc -vV` answered. */
  available: boolean;
  cargo: RustToolFacts;
  rustc: RustToolFacts;
  /** `rustc -vV` fields. */
  release?: string;
  host?: string;
  commitHash?: string;
  /** The sysroot (`rustc --print sysroot`), when it answered. */
  sysroot?: string;
  /** Installed targets when known (lib/rustlib/<target> under the sysroot). */
  installedTargets?: string[];
  /** Why Rust is not available ("no cargo in /home/u/.cargo/bin; no cargo on PATH"). */
  problem?: string;
}

export interface DetectRustOptions extends HostContext {
  /** Where rustc runs: rustup picks the toolchain from rust-toolchain files found from here. */
  cwd?: string;
  run?: Runner;
  /** Per rustc invocation. */
  timeoutMs?: number;
  /** Where rustc's answers are kept between runs (with `cwd`): see probeRustcRemembered. */
  memo?: Memo;
}

/**
 * Targets with a standard library in a sysroot: each `lib/rustlib/<target>/lib` directory
 * (other entries there — `etc`, `src`, rustup's manifests — are not targets).
 */
export async function installedTargets(sysroot: string): Promise<string[]> {
  const rustlib = join(sysroot, "lib", "rustlib");
  const targets: string[] = [];
  // Sorted; a missing rustlib lists nothing, and `components` (a file) is no directory.
  for (const entry of (await nodeResolveFs.readDir?.(rustlib)) ?? []) {
    if (await nodeResolveFs.isDirectory(join(rustlib, entry, "lib"))) targets.push(entry);
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
  const how = {
    env: options.env,
    ...(options.run !== undefined && { run: options.run }),
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
  };
  const probe =
    options.memo !== undefined && options.cwd !== undefined
      ? await probeRustcRemembered(rustc.path, {
          ...how,
          cwd: options.cwd,
          memo: options.memo,
          platform: options.platform,
        })
      : await probeRustc(rustc.path, {
          ...how,
          sysroot: true,
          ...(options.cwd !== undefined && { cwd: options.cwd }),
        });
  if (!probe.ok) {
    missing.push(probe.problem);
    facts.problem = missing.join("; ");
    return facts;
  }
  facts.release = probe.rustc.release;
  facts.host = probe.rustc.host;
  if (probe.rustc.commitHash) facts.commitHash = probe.rustc.commitHash;
  if (probe.sysroot !== undefined) {
    facts.sysroot = probe.sysroot;
    facts.installedTargets = await installedTargets(probe.sysroot);
  }
  if (missing.length > 0) facts.problem = missing.join("; ");
  facts.available = missing.length === 0;
  return facts;
}
