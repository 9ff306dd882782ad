import { type Env, lastLine, type Runner, runProcess } from "@oxidize/core";

/** `rustc -vV`, the one answer every part of oxidize trusts about a Rust toolchain. */
export interface RustcVersion {
  release: string;
  host: string;
  commitHash?: string;
  commitDate?: string;
  llvmVersion?: string;
  /** First line, e.g. "rustc 1.95.0 (59807616e 2026-04-14)". */
  banner: string;
  /** The whole output as printed, for reports. */
  text: string;
}

/**
 * Parses `rustc -vV` ("key: value" lines after the banner). Undefined when release or host is
 * missing, i.e. the program was not rustc.
 */
export function parseRustcVerbose(text: string): RustcVersion | undefined {
  const lines = text.split(/\r?\n/);
  const fields = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(":");
    if (colon > 0) fields.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const release = fields.get("release");
  const host = fields.get("host");
  const banner = lines[0]?.trim() ?? "";
  if (!release || !host || !banner.startsWith("rustc ")) return undefined;
  const version: RustcVersion = { release, host, banner, text: text.trim() };
  const known = (key: string) => {
    const value = fields.get(key);
    return value && value !== "unknown" ? value : undefined;
  };
  const commitHash = known("commit-hash");
  const commitDate = known("commit-date");
  const llvmVersion = known("LLVM version");
  if (commitHash) version.commitHash = commitHash;
  if (commitDate) version.commitDate = commitDate;
  if (llvmVersion) version.llvmVersion = llvmVersion;
  return version;
}

/** `cargo 1.95.0 (f2d3ce0bd 2026-03-21)` → `1.95.0`. */
export function parseCargoVersion(text: string): string | undefined {
  return /^cargo (\S+)/.exec(text.trim())?.[1];
}

export interface ProbeOptions {
  env: Env;
  /** Where rustc runs: a rustup proxy picks the toolchain from rust-toolchain files found from here. */
  cwd?: string;
  /** Also ask this cargo for its version (`cargo -V`). */
  cargo?: string;
  /** Also ask for the sysroot (`rustc --print sysroot`), to list installed targets. */
  sysroot?: boolean;
  /** Per program run. Default 30 s: a rustup proxy may have to start a cold toolchain. */
  timeoutMs?: number;
  run?: Runner;
}

export type RustcProbe =
  | { ok: true; rustc: RustcVersion; cargoVersion?: string; sysroot?: string }
  | { ok: false; problem: string };

/**
 * Asks a rustc (and optionally a cargo) what they are. A program that does not answer like rustc
 * — a stub, a wrapper that fails, one that hangs — is a problem, never a fact.
 */
export async function probeRustc(rustc: string, options: ProbeOptions): Promise<RustcProbe> {
  const run = options.run ?? runProcess;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const processOptions = { env: options.env, timeoutMs, ...(options.cwd ? { cwd: options.cwd } : {}) };
  // All at once: each is a process (behind a rustup proxy, two), and none needs another's answer.
  const [verbose, cargo, sysroot] = await Promise.all([
    run(rustc, ["-vV"], processOptions),
    options.cargo === undefined ? undefined : run(options.cargo, ["-V"], processOptions),
    options.sysroot ? run(rustc, ["--print", "sysroot"], processOptions) : undefined,
  ]);
  const parsed = verbose.exitCode === 0 ? parseRustcVerbose(verbose.stdout) : undefined;
  if (!parsed) {
    const why = verbose.timedOut
      ? `timed out after ${timeoutMs} ms`
      : (verbose.startError ??
        `exited with ${verbose.exitCode ?? verbose.signal}: ${lastLine(verbose.output)}`);
    return { ok: false, problem: `${rustc} -vV did not answer like rustc (${why})` };
  }
  const probe: RustcProbe = { ok: true, rustc: parsed };
  const cargoVersion = cargo?.exitCode === 0 ? parseCargoVersion(cargo.stdout) : undefined;
  if (cargoVersion !== undefined) probe.cargoVersion = cargoVersion;
  if (sysroot?.exitCode === 0 && sysroot.stdout.trim() !== "") probe.sysroot = sysroot.stdout.trim();
  return probe;
}
