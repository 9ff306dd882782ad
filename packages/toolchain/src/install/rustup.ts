// The rustup path: `rustup toolchain install` with the flags CI needs (always --no-self-update), spawned without a
// shell; and `linkIntoRustupHome`, which makes a toolchain installed by `installToolchain` visible to rustup.
import { mkdir, rename, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { lastLine, monotonicMs, type RunResult, randomHex, runProcess } from "@oxidize/core";
import { RustupError } from "./errors.js";
import { backoffDelay } from "./http.js";
import { pathApi } from "./platform.js";
import type { Logger, Platform, RetryOptions } from "./types.js";

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
  /** each attempt of the install (default 30 min) */
  timeoutMs?: number;
  /** attempts after a transient failure (default 3 in all, backoff from 2 s) */
  retry?: RetryOptions;
  /** for tests: the wait between attempts */
  sleep?: (ms: number) => Promise<void>;
}

export interface RustupInstallResult {
  /** the toolchain's sysroot (`rustup run <name> rustc --print sysroot`) */
  dir: string;
  args: string[];
  durationMs: number;
  output: string;
}

export const RUSTUP_RETRY: Required<RetryOptions> = { attempts: 3, baseDelayMs: 2000, maxDelayMs: 16_000 };

/**
 * rustup's words (1.29, src/errors.rs and the download crate) for failures another attempt can fix: a download
 * that broke off, timed out or got a 5xx/408/429, and a checksum mismatch (a CDN mid-update, rustup#3390). A 404
 * ("nonexistent rust version", a missing component) is not among them.
 */
const TRANSIENT = [
  /checksum failed for '/i,
  // a resume of a damaged partial download (416): rustup removed the file and itself says to try again
  /partially downloaded file may have been damaged and was removed, please try again/i,
  /error decoding response body/i,
  /timed out|timeout/i,
  /unsuccessful status code: (5\d\d|408|429)\b/i,
  /could not download file from '[^']*'(?![^\n]*unsuccessful status code)/i,
];

export function isTransientRustupFailure(output: string): boolean {
  if (/nonexistent rust version/i.test(output)) return false;
  if (/please try again/i.test(output)) return true;
  if (/unsuccessful status code: 4(?!08|29)\d\d/i.test(output)) return false;
  return TRANSIENT.some((pattern) => pattern.test(output));
}

/** rustup's error and its causes (the lines from the first `error:` on): the rest was streamed as it ran. */
function errorLines(output: string): string {
  const lines = output.trim().split(/\r?\n/);
  const first = lines.findIndex((line) => /^error\b/i.test(line.trim()));
  if (first < 0) return lastLine(output);
  // Up to a backtrace (RUST_BACKTRACE set in the job), which says nothing to the user.
  const end = lines.findIndex((line, i) => i > first && /^\s*stack backtrace:/i.test(line));
  return lines
    .slice(first, end < 0 ? undefined : end)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(" ");
}

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
  const started = monotonicMs();
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
  const retry = { ...RUSTUP_RETRY, ...options.retry };
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let installed: RunResult;
  for (let attempt = 1; ; attempt++) {
    installed = await (options.logger?.untrusted ? options.logger.untrusted(run) : run());
    if (installed.startError !== undefined) {
      throw new RustupError(
        `could not start ${rustup}: ${installed.startError} (is rustup installed and on PATH?)`,
      );
    }
    if (installed.exitCode === 0) break;
    const why = errorLines(installed.output);
    // Our own timeout already spent the step's budget: only rustup's reported failures are retried.
    if (attempt >= retry.attempts || installed.timedOut || !isTransientRustupFailure(installed.output)) {
      const tries = attempt > 1 ? ` (after ${attempt} attempts)` : "";
      throw new RustupError(`${rustup} ${args.join(" ")} ${failure(installed)}${tries}: ${why}`);
    }
    const delay = backoffDelay(attempt, retry, Math.random);
    options.logger?.warning(
      `rustup failed with a transient error (${why}); retrying in ${(delay / 1000).toFixed(1)} s (${attempt}/${retry.attempts})`,
    );
    await sleep(delay);
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
    durationMs: monotonicMs() - started,
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
  const temp = `${link}.tmp-${process.pid}-${randomHex(4)}`;
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
    const tempHash = `${file}.tmp-${process.pid}-${randomHex(4)}`;
    await writeFile(tempHash, options.manifestSha256.slice(0, 20));
    await rename(tempHash, file);
  }
  return link;
}
