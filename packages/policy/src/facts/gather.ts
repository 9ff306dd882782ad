import type { Env, Memo, Runner } from "@oxidize/core";
import { detectRust, type FileProbe, readMsrv } from "@oxidize/toolchain";
import { platformFacts } from "../platforms/index.js";
import { reconcileVersions } from "../tree/version-agreement.js";
import type { ConfigureArgs, FactSource, Facts, Policy, PythonVersion, RustFacts } from "../types.js";
import { checkRustVersion, parsePythonVersion, phaseFor } from "../version.js";
import { parseConfigureArgs } from "./configure-args.js";
import { FactsError } from "./errors.js";
import { guessHostTriplet } from "./host-triplet.js";
import { findPythonVersion, type ReadTextFile, readPythonVersion } from "./python-version.js";

export type RustAssumption = "auto" | "present" | "absent";

export interface GatherFactsOptions {
  /** The CPython source tree (patchlevel.h, configure.ac, Cargo.toml). */
  sourceDir: string;
  env: Env;
  /** "auto" or undefined: read it from the source tree. */
  pythonVersion?: string;
  /** When the input and the tree's version disagree, use the input (default: the tree's). */
  trustPythonVersion?: boolean;
  /** The configure arguments the build will use (a shell-like string or argv). */
  configureArgs?: string | readonly string[];
  /** What-if: "present"/"absent" replace detection. */
  rust?: RustAssumption;
  /** The release a what-if "present" Rust has; defaults to the MSRV. */
  assumedRustRelease?: string;
  /** Overrides the source tree's `rust-version` and the policy's MSRV. */
  msrv?: string;
  /** Host triplet (autoconf/PEP 11 spelling); defaults to rustc's host, then a guess from node. */
  target?: string;
  /** Supplies the MSRV when neither the input nor Cargo.toml does. */
  policy?: Policy;
  platform?: NodeJS.Platform;
  arch?: string;
  probe?: FileProbe;
  run?: Runner;
  readFile?: ReadTextFile;
  /** Per rustc invocation. */
  timeoutMs?: number;
  /** Where rustc's answers are kept between runs (see detectRust). */
  memo?: Memo;
}

/**
 * Everything `evaluate` needs about one build, each fact with where it came from. Detection runs
 * rustc from the source tree, so a rust-toolchain file there picks the toolchain as it would for
 * the build.
 */
export async function gatherFacts(options: GatherFactsOptions): Promise<Facts> {
  const platform = options.platform ?? process.platform;
  const python = await pythonFacts(options);
  const msrv = await msrvFacts(options, python);
  const rust = await rustFacts(options, platform, msrv?.version);
  const triplet = options.target?.trim() || (rust.assumed === undefined ? rust.host : undefined);
  const facts: Facts = {
    python,
    rust,
    platform: platformFacts(triplet ?? guessHostTriplet(platform, options.arch ?? process.arch)),
    configure: configureFacts(options.configureArgs),
  };
  if (msrv) facts.msrv = msrv;
  return facts;
}

async function pythonFacts(options: GatherFactsOptions): Promise<Facts["python"]> {
  const given = options.pythonVersion?.trim();
  if (!given || given === "auto") return readPythonVersion(options.sourceDir, options.readFile);
  const parsed = parsePythonVersion(given, "python-version");
  const tree = await findPythonVersion(options.sourceDir, options.readFile);
  const { version, disagreement } = reconcileVersions(
    parsed,
    "tried" in tree ? undefined : tree,
    options.trustPythonVersion ? "input" : "tree",
  );
  return disagreement ? { ...version, disagreement } : version;
}

async function msrvFacts(
  options: GatherFactsOptions,
  python: PythonVersion,
): Promise<{ version: string; source: FactSource } | undefined> {
  if (options.msrv?.trim()) return { version: checkRustVersion(options.msrv, "msrv"), source: "input" };
  const fromCargo = await readMsrv(options.sourceDir);
  if (fromCargo) return { version: fromCargo.version, source: "Cargo.toml rust-version" };
  if (!options.policy) return undefined;
  const phase = phaseFor(options.policy, python);
  if (phase?.msrv) return { version: phase.msrv, source: `policy ${options.policy.name}, phase ${phase.id}` };
  if (options.policy.msrv) return { version: options.policy.msrv, source: `policy ${options.policy.name}` };
  return undefined;
}

async function rustFacts(
  options: GatherFactsOptions,
  platform: NodeJS.Platform,
  msrv: string | undefined,
): Promise<RustFacts> {
  const assumption = options.rust ?? "auto";
  if (assumption === "absent") {
    return {
      available: false,
      assumed: "absent",
      cargo: {},
      rustc: {},
      problem: "Rust assumed absent (what-if: rust = absent)",
    };
  }
  if (assumption === "present") {
    const release = options.assumedRustRelease
      ? checkRustVersion(options.assumedRustRelease, "assumed Rust release")
      : msrv;
    const facts: RustFacts = { available: true, assumed: "present", cargo: {}, rustc: {} };
    if (release) facts.release = release;
    return facts;
  }
  if (assumption !== "auto") {
    throw new FactsError(`rust: '${String(assumption)}' is not one of auto, present, absent.`);
  }
  return detectRust({
    env: options.env,
    platform,
    cwd: options.sourceDir,
    ...(options.probe ? { probe: options.probe } : {}),
    ...(options.run ? { run: options.run } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.memo ? { memo: options.memo } : {}),
  });
}

function configureFacts(args: string | readonly string[] | undefined): ConfigureArgs {
  return parseConfigureArgs(args ?? []);
}
