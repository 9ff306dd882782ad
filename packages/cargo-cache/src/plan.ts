import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import type { Env, Runner } from "@oxidize/core";
import type { CargoCachePlan } from "./cache.js";
import { cargoCacheKeys, outputEnv } from "./key.js";
import { CARGO_HOME_CACHED } from "./prune.js";

export interface PlanOptions {
  cargo: string;
  manifestPath: string;
  /** The build's target directory when it is not cargo's own choice (CARGO_TARGET_DIR, config). */
  targetDir?: string;
  profile: string;
  /** Target triple; the host's when undefined. */
  target?: string;
  env: Env;
  run: Runner;
  /** RUNNER_OS / RUNNER_ARCH, else the platform's. */
  os: string;
  arch: string;
}

/** Raised when the project or the toolchain cannot be asked what the key needs. */
export class CargoCachePlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CargoCachePlanError";
  }
}

interface Metadata {
  workspace_root: string;
  target_directory: string;
  packages: Array<{ name: string; manifest_path: string; targets: Array<{ name: string }> }>;
}

const TIMEOUT_MS = 120_000;

async function ask(run: Runner, file: string, args: string[], cwd: string, env: Env): Promise<string> {
  const result = await run(file, args, { cwd, env, timeoutMs: TIMEOUT_MS });
  if (result.exitCode !== 0) {
    const why = result.startError ?? (result.stderr.trim().split("\n").pop() || `exit ${result.exitCode}`);
    throw new CargoCachePlanError(`\`${[file, ...args].join(" ")}\` failed: ${why}`);
  }
  return result.stdout;
}

/**
 * The key, restore key and paths of the cargo cache for one build: cargo says where the workspace
 * and its target directory are and which packages are its own (`cargo metadata --no-deps`, which
 * neither resolves nor fetches), rustc which compiler this is (`rustc -vV`'s commit hash).
 */
export async function planCargoCache(options: PlanOptions): Promise<CargoCachePlan> {
  const cwd = dirname(options.manifestPath);
  const metadata = JSON.parse(
    await ask(
      options.run,
      options.cargo,
      ["metadata", "--format-version", "1", "--no-deps", "--manifest-path", options.manifestPath],
      cwd,
      options.env,
    ),
  ) as Metadata;
  // cargo runs the rustc that RUSTC names, else the one beside it (rustup's proxy honours the same
  // toolchain file from the same directory).
  const beside = join(dirname(options.cargo), process.platform === "win32" ? "rustc.exe" : "rustc");
  const rustc = options.env["RUSTC"] || (existsSync(beside) ? beside : "rustc");
  const verbose = await ask(options.run, rustc, ["-vV"], cwd, options.env);
  const field = (name: string) => new RegExp(`^${name}: (\\S+)`, "m").exec(verbose)?.[1];
  const host = field("host");
  if (!host) throw new CargoCachePlanError(`\`${rustc} -vV\` printed no host`);
  // A compiler built without git metadata says "unknown": its release then stands in.
  const commit = field("commit-hash");
  const rustcCommit = commit && commit !== "unknown" ? commit : (field("release") ?? "unknown");

  const root = metadata.workspace_root;
  const inputFiles = [
    join(root, "Cargo.lock"),
    join(root, "Cargo.toml"),
    join(root, ".cargo", "config.toml"),
    join(root, ".cargo", "config"),
    ...metadata.packages.map((p) => p.manifest_path),
  ];
  const inputs: Array<{ path: string; content: Buffer }> = [];
  for (const path of new Set(inputFiles)) {
    if (existsSync(path)) inputs.push({ path: path.slice(root.length), content: await readFile(path) });
  }
  const keys = cargoCacheKeys({
    os: options.os,
    arch: options.arch,
    rustcCommit,
    target: options.target ?? host,
    profile: options.profile,
    env: outputEnv(options.env),
    inputs,
  });
  const cargoHome = options.env["CARGO_HOME"] || join(homedir(), ".cargo");
  const targetDir = options.targetDir ?? metadata.target_directory;
  return {
    ...keys,
    cargoHome,
    targetDir,
    members: metadata.packages.flatMap((p) => [p.name, ...p.targets.map((t) => t.name)]),
    paths: [...CARGO_HOME_CACHED.map((path) => join(cargoHome, path)), targetDir],
  };
}
