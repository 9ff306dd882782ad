// Is this the release that was asked for? Checked twice: on the channel manifest before anything is downloaded
// (a manifest at channel-rust-1.95.0.toml that describes 1.94.0 is refused), and on the unpacked binaries before
// the cache entry is marked complete (`rustc -vV` and `cargo -V` must run and report the manifest's release and
// commit). A cache hit re-checks cheaply, with stat only: the recorded binaries must still be there.
import { statSync } from "node:fs";
import path from "node:path";
import { errorMessage, lastLine, type Runner, runProcess } from "@oxidize/core";
import { parseCargoVersion, parseRustcVerbose, type RustcVersion } from "../probe/rustc.js";
import type { CompleteMarker } from "./cache.js";
import { InstallError, ManifestError } from "./errors.js";
import type { ChannelManifest } from "./manifest.js";

/** `1.95.0 (59807616e 2026-04-14)` → release, short commit hash, commit date. */
export interface ReleaseVersion {
  release: string;
  commit?: string;
  date?: string;
}

export function parseReleaseVersion(text: string): ReleaseVersion | undefined {
  const m = /^(\S+)(?:\s+\(([0-9a-f]{7,40})\s+(\d{4}-\d{2}-\d{2})\))?/.exec(text.trim());
  if (!m) return undefined;
  return { release: m[1]!, ...(m[2] && { commit: m[2] }), ...(m[3] && { date: m[3] }) };
}

/**
 * What a toolchain name promises about the release, as far as it can be checked: an exact pin names the release,
 * `1.95` its minor series, `stable`/`beta`/`nightly` the kind of release. Returns why `release` does not fit, or
 * undefined when it does.
 */
export function releaseMismatch(channel: string, release: string): string | undefined {
  if (/^\d+\.\d+\.\d+(-beta\.\d+)?$/.test(channel)) {
    return release === channel ? undefined : `it is ${release}, not ${channel}`;
  }
  const minor = /^(\d+)\.(\d+)$/.exec(channel);
  if (minor) {
    return new RegExp(`^${minor[1]}\\.${minor[2]}\\.\\d+$`).test(release)
      ? undefined
      : `it is ${release}, not a ${channel}.x release`;
  }
  if (channel === "stable") {
    return /^\d+\.\d+\.\d+$/.test(release) ? undefined : `it is ${release}, not a stable release`;
  }
  if (channel === "beta") {
    return /^\d+\.\d+\.\d+-beta(\.\d+)?$/.test(release) ? undefined : `it is ${release}, not a beta release`;
  }
  if (channel === "nightly") {
    return /^\d+\.\d+\.\d+-nightly$/.test(release) ? undefined : `it is ${release}, not a nightly release`;
  }
  return undefined; // a name we cannot judge
}

/**
 * Refuses a manifest that describes another release than the toolchain name asks for, before any package is
 * downloaded: `pkg.rust.version` must fit the channel, and a dated name's date must be the manifest's.
 */
export function checkManifestRelease(
  toolchain: { channel: string; date?: string },
  manifest: ChannelManifest,
  url: string,
): ReleaseVersion {
  const name = toolchain.date ? `${toolchain.channel}-${toolchain.date}` : toolchain.channel;
  const fix = `the dist server serves the wrong manifest under this name; fix the mirror or use another dist-server`;
  if (toolchain.date && manifest.date !== toolchain.date) {
    throw new ManifestError(
      `the channel manifest ${url} is dated ${manifest.date}, not ${toolchain.date} as ${name} asks: ${fix}`,
    );
  }
  const text = manifest.packages.get("rust")?.version;
  const version = text === undefined ? undefined : parseReleaseVersion(text);
  if (!version) {
    throw new ManifestError(
      `the channel manifest ${url} does not say which release it describes (pkg.rust.version is ${JSON.stringify(text ?? null)}): ${fix}`,
    );
  }
  const why = releaseMismatch(toolchain.channel, version.release);
  if (why) {
    throw new ManifestError(
      `the channel manifest ${url} describes ${text}, but ${name} was asked for (${why}): ${fix}`,
    );
  }
  return version;
}

export interface BinaryCheckRequest {
  /** rustup's name, for messages: "1.95.0-x86_64-unknown-linux-gnu" */
  name: string;
  host: string;
  rustc: string;
  /** undefined when no cargo was installed */
  cargo?: string;
  /** the manifest's pkg.rust.version */
  expected: ReleaseVersion;
  /** the manifest's pkg.cargo.version release (cargo before 1.26 was numbered 0.x) */
  cargoRelease?: string;
  /** the final directory, to name in messages instead of the staging directory */
  shownDir: string;
  stagingDir: string;
  run?: Runner;
  timeoutMs?: number;
}

/** What the unpacked binaries answered: the same shape as setup's probe, which it stands in for. */
export interface BinaryCheck {
  rustc: RustcVersion;
  cargoVersion?: string;
}

class BinaryCheckError extends InstallError {}

/**
 * Runs the unpacked `rustc -vV` and `cargo -V`: they must run, and report the manifest's release (and commit, when
 * the manifest names one) for this host. Any failure is one line naming the toolchain and the binary.
 */
export async function checkBinaries(request: BinaryCheckRequest): Promise<BinaryCheck> {
  const run = request.run ?? runProcess;
  const timeoutMs = request.timeoutMs ?? 60_000;
  const shown = (file: string) => path.join(request.shownDir, path.relative(request.stagingDir, file));
  const fail = (what: string) =>
    new BinaryCheckError(
      `toolchain ${request.name}: ${what}; nothing was cached. The archives do not hold a working ${request.expected.release} for ${request.host}: check the dist server, or the host this job runs on`,
    );
  const exec = async (file: string, args: string[]) => {
    try {
      return await run(file, args, { env: { ...process.env, RUSTUP_TOOLCHAIN: undefined }, timeoutMs });
    } catch (error) {
      throw fail(`${shown(file)} ${args.join(" ")} could not be started (${errorMessage(error)})`);
    }
  };
  // What the program printed, on one line, with the final directory instead of the staging one.
  const said = (text: string) =>
    lastLine(text)
      .split(request.stagingDir)
      .join(request.shownDir)
      .replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, "?")
      .slice(0, 300);
  const why = (r: Awaited<ReturnType<Runner>>) =>
    r.timedOut
      ? `timed out after ${timeoutMs / 1000} s`
      : (r.startError ?? `exited with ${r.exitCode ?? r.signal}: ${said(r.output) || "no output"}`);

  const [verbose, cargo] = await Promise.all([
    exec(request.rustc, ["-vV"]),
    request.cargo === undefined ? undefined : exec(request.cargo, ["-V"]),
  ]);
  const rustc = verbose.exitCode === 0 ? parseRustcVerbose(verbose.stdout) : undefined;
  if (!rustc) {
    throw fail(
      `${shown(request.rustc)} -vV did not answer like rustc (${verbose.exitCode === 0 ? `it printed '${said(verbose.stdout)}'` : why(verbose)})`,
    );
  }
  const expected = request.expected;
  if (rustc.release !== expected.release) {
    throw fail(`${shown(request.rustc)} reports release ${rustc.release}, the manifest ${expected.release}`);
  }
  if (expected.commit && rustc.commitHash && !rustc.commitHash.startsWith(expected.commit)) {
    throw fail(`${shown(request.rustc)} reports commit ${rustc.commitHash}, the manifest ${expected.commit}`);
  }
  if (rustc.host !== request.host) {
    throw fail(`${shown(request.rustc)} reports host ${rustc.host}, not ${request.host}`);
  }
  if (!cargo) return { rustc };
  const cargoVersion = cargo.exitCode === 0 ? parseCargoVersion(cargo.stdout) : undefined;
  if (!cargoVersion) {
    throw fail(
      `${shown(request.cargo!)} -V did not answer like cargo (${cargo.exitCode === 0 ? `it printed '${said(cargo.stdout)}'` : why(cargo)})`,
    );
  }
  if (cargoVersion !== expected.release && cargoVersion !== request.cargoRelease) {
    throw fail(`${shown(request.cargo!)} reports ${cargoVersion}, not ${expected.release}`);
  }
  return { rustc, cargoVersion };
}

/**
 * Why a complete-marked cache entry cannot be used, or undefined: checked with stat only (a cache hit spawns
 * nothing). The recorded binaries (older markers: rustc and cargo) and each component's manifest file must exist,
 * and the recorded release must fit the toolchain name.
 */
export async function cachedEntryProblem(
  dir: string,
  marker: CompleteMarker,
  channel: string,
  fallbackBinaries: readonly string[],
): Promise<string | undefined> {
  const version = parseReleaseVersion(marker.rustVersion);
  const mismatch = version ? releaseMismatch(channel, version.release) : undefined;
  if (mismatch) return `holds ${marker.rustVersion}, which does not fit ${channel} (${mismatch})`;
  const files = [
    ...(marker.binaries ?? fallbackBinaries),
    ...marker.components.map((c) => `lib/rustlib/manifest-${c}`),
  ];
  for (const rel of files) {
    // Synchronous: a dozen stats in a row cost less than one thread-pool round trip each (see resolve/fs.ts).
    let ok = false;
    try {
      ok = statSync(path.join(dir, ...rel.split("/"))).isFile();
    } catch {
      // missing, or a path through a file (ENOTDIR): the entry is not whole
    }
    if (!ok) return `has no ${rel}`;
  }
  return undefined;
}
