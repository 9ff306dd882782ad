/**
 * What the machine's Rust can do for the build: cargo and rustc found and answering (the toolchain
 * package's detectRust, which checks files rather than trusting names), and whether the wanted
 * target is known to rustc and has its standard library installed.
 */
import type { Env, Memo, Runner } from "@oxidize/core";
import { detectRust, type RustFacts } from "@oxidize/toolchain";
import type { TargetFacts, ToolchainFacts } from "./decide.js";

export interface BuildToolchain extends ToolchainFacts {
  cargo?: string;
  rustc?: string;
  sysroot?: string;
  installedTargets: string[];
  facts: RustFacts;
}

export interface ProbeOptions {
  env: Env;
  platform: NodeJS.Platform;
  /** rustup picks the toolchain from rust-toolchain files found from here. */
  cwd: string;
  /** Where rustc's answers are kept between runs. */
  memo?: Memo;
}

export async function detectBuildToolchain(options: ProbeOptions): Promise<BuildToolchain> {
  const facts = await detectRust({
    env: options.env,
    platform: options.platform,
    cwd: options.cwd,
    ...(options.memo && { memo: options.memo }),
  });
  const probed: BuildToolchain = {
    available: facts.available,
    installedTargets: facts.installedTargets ?? [],
    facts,
  };
  if (facts.problem !== undefined) probed.problem = facts.problem;
  if (facts.release !== undefined) probed.release = facts.release;
  if (facts.host !== undefined) probed.host = facts.host;
  if (facts.cargo.path !== undefined) probed.cargo = facts.cargo.path;
  if (facts.rustc.path !== undefined) probed.rustc = facts.rustc.path;
  if (facts.sysroot !== undefined) probed.sysroot = facts.sysroot;
  return probed;
}

/**
 * The target's facts. An installed target needs no further question; otherwise one
 * `rustc --print target-list` tells "unknown to Rust" (n/a) from "known, std not installed".
 */
export async function probeTarget(
  toolchain: BuildToolchain,
  triple: string,
  run: Runner,
  options: ProbeOptions,
): Promise<TargetFacts> {
  const facts: TargetFacts = { triple, stdInstalled: toolchain.installedTargets.includes(triple) };
  if (toolchain.sysroot !== undefined) facts.sysroot = toolchain.sysroot;
  if (facts.stdInstalled || !toolchain.rustc) return facts;
  const list = await run(toolchain.rustc, ["--print", "target-list"], {
    cwd: options.cwd,
    env: options.env,
    timeoutMs: 60_000,
  });
  if (list.exitCode === 0) facts.known = list.stdout.split(/\r?\n/).some((line) => line.trim() === triple);
  return facts;
}
