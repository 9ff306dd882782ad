// The rustup path: `rustup toolchain install` with the flags CI needs (always --no-self-update), spawned without a
// shell; and `linkIntoRustupHome`, which makes a toolchain installed by `installToolchain` visible to rustup.
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { lastLine, type RunResult, runProcess } from "@oxidize/core";
import { InstallError } from "./errors.js";
import { pathApi } from "./platform.js";
import type { Logger, Platform } from "./types.js";

export interface RustupInstallOptions {
  /** path of the rustup binary (default "rustup" from PATH) */
  rustup?: string;
  /** toolchain name as rustup takes it, e.g. "1.95.0" or "nightly-2026-04-16" */
  toolchain: string;
  profile?: string;
  components?: readonly string[];
  targets?: readonly string[];
  /** the environment for rustup (RUSTUP_HOME, CARGO_HOME, RUSTUP_DIST_SERVER, PATH…); default process.env */
  env?: NodeJS.ProcessEnv;
  /** rustup's output goes here line by line, as it runs */
  logger?: Logger;
  /** the whole install (default 30 min) */
  timeoutMs?: number;
}

export interface RustupInstallResult {
  /** the toolchain's sysroot (`rustup run <name> rustc --print sysroot`) */
  dir: string;
  args: string[];
  durationMs: number;
  output: string;
}

export class RustupError extends InstallError {}

function failure(result: RunResult): string {
  if (result.timedOut) return `did not finish within ${Math.round(result.durationMs / 1000)} s`;
  return `exited with ${result.exitCode ?? result.signal}`;
}

export function rustupInstallArgs(options: RustupInstallOptions): string[] {
  const args = ["toolchain", "install", options.toolchain, "--no-self-update"];
  if (options.profile) args.push("--profile", options.profile);
  if (options.components?.length) args.push("--component", options.components.join(","));
  if (options.targets?.length) args.push("--target", options.targets.join(","));
  return args;
}

export async function installWithRustup(options: RustupInstallOptions): Promise<RustupInstallResult> {
  const rustup = options.rustup ?? "rustup";
  const env = options.env ?? process.env;
  const args = rustupInstallArgs(options);
  const started = performance.now();
  options.logger?.info(`running ${rustup} ${args.join(" ")}`);
  // Streamed as it runs: a download over a slow network must not look like a hang.
  const log = (line: string) => options.logger?.info(line);
  const run = () =>
    runProcess(rustup, args, {
      env,
      timeoutMs: options.timeoutMs ?? 30 * 60_000,
      onStdoutLine: log,
      onStderrLine: log,
    });
  const installed = await (options.logger?.untrusted ? options.logger.untrusted(run) : run());
  if (installed.startError !== undefined) {
    throw new RustupError(
      `could not start ${rustup}: ${installed.startError} (is rustup installed and on PATH?)`,
    );
  }
  if (installed.exitCode !== 0) {
    throw new RustupError(`${rustup} ${args.join(" ")} ${failure(installed)}:\n${installed.output.trim()}`);
  }
  const sysroot = await runProcess(rustup, ["run", options.toolchain, "rustc", "--print", "sysroot"], {
    env,
    timeoutMs: 60_000,
  });
  if (sysroot.exitCode !== 0) {
    throw new RustupError(
      `rustup run ${options.toolchain} rustc --print sysroot ${failure(sysroot)}: ${lastLine(sysroot.output)}`,
    );
  }
  return {
    dir: sysroot.stdout.trim(),
    args,
    durationMs: performance.now() - started,
    output: installed.output,
  };
}

export interface LinkOptions {
  rustupHome: string;
  /** rustup's full name, `<toolchain>-<host>` (InstallResult.name) */
  name: string;
  /** the installed toolchain (InstallResult.dir) */
  dir: string;
  /** InstallResult.manifestSha256: lets `rustup toolchain install` see the toolchain as up to date */
  manifestSha256?: string;
  platform?: Platform;
}

/**
 * Makes `$RUSTUP_HOME/toolchains/<name>` point at an installed toolchain (a symlink; a junction on Windows) and
 * records rustup's update hash (first 20 hex digits of the manifest sha256), so that a later
 * `rustup toolchain install <toolchain>` is a one-request no-op instead of a reinstall.
 */
export async function linkIntoRustupHome(options: LinkOptions): Promise<string> {
  const p = pathApi(options.platform ?? process.platform);
  const toolchains = p.join(options.rustupHome, "toolchains");
  const link = p.join(toolchains, options.name);
  await mkdir(toolchains, { recursive: true });
  // Made under a temporary name and renamed over the old link: atomic, so concurrent links never hit EEXIST.
  const temp = `${link}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  await symlink(
    path.resolve(options.dir),
    temp,
    (options.platform ?? process.platform) === "win32" ? "junction" : "dir",
  );
  try {
    await rename(temp, link);
  } catch {
    // A real directory (or, on Windows, any existing junction) cannot be renamed over: remove it first.
    await rm(link, { recursive: true, force: true });
    await rename(temp, link).catch(async (error: unknown) => {
      await rm(temp, { force: true });
      throw error;
    });
  }
  if (options.manifestSha256) {
    const hashes = p.join(options.rustupHome, "update-hashes");
    await mkdir(hashes, { recursive: true });
    const file = p.join(hashes, options.name);
    const tempHash = `${file}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
    await writeFile(tempHash, options.manifestSha256.slice(0, 20));
    await rename(tempHash, file);
  }
  return link;
}
