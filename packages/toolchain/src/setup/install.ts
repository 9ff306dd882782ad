import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { type Env, UserError } from "@oxidize/core";
import { cacheKey, isImmutableToolchain } from "../install/cache.js";
import { findInstalled } from "../install/cached.js";
import { HostUnsupportedError, RustupError } from "../install/errors.js";
import type { InstallOptions, InstallResult } from "../install/install.js";
import type { Logger, SignatureMode } from "../install/types.js";
import { findInDirectory, pathDirectories } from "../probe/find-tool.js";
import type { ResolvedToolchain } from "../resolve/resolve-toolchain.js";
import { actionsCacheKey, restoreToolchain, saveToolchain, type ToolchainCacheBackend } from "./cache.js";
import type { Homes } from "./environment.js";
import type { InstalledProbe } from "./probe-record.js";

export const INSTALLERS = ["auto", "rustup", "dist"] as const;
export type InstallerChoice = (typeof INSTALLERS)[number];

export interface Installer {
  kind: "rustup" | "dist";
  /** rustup installer: the rustup binary. */
  rustup?: string;
}

/** The first runnable rustup on PATH, else in `$CARGO_HOME/bin` (where rustup-init puts it). */
async function findRustup(env: Env, homes: Homes, platform: NodeJS.Platform): Promise<string | undefined> {
  const ctx = { env, platform };
  for (const dir of [...pathDirectories(ctx), join(homes.cargoHome, "bin")]) {
    const found = await findInDirectory(dir, "rustup", ctx);
    if (found) return found;
  }
  return undefined;
}

/**
 * `auto` means rustup when it is installed (it then keeps managing the toolchain), else the dist installer; but
 * only the dist installer checks manifest signatures, so `verify-signature: always` makes `auto` pick it and
 * cannot be combined with `installer: rustup`.
 */
export async function chooseInstaller(
  choice: InstallerChoice,
  env: Env,
  homes: Homes,
  platform: NodeJS.Platform = process.platform,
  verifySignature: SignatureMode = "auto",
): Promise<Installer> {
  if (choice === "rustup" && verifySignature === "always") {
    throw new UserError(
      "Inputs 'installer: rustup' and 'verify-signature: always' conflict: rustup does not check manifest signatures; use installer: dist (or auto), or verify-signature: auto",
    );
  }
  if (choice === "dist" || verifySignature === "always") return { kind: "dist" };
  const rustup = await findRustup(env, homes, platform);
  if (rustup) return { kind: "rustup", rustup };
  if (choice === "rustup") {
    throw new UserError(
      "Input 'installer' is 'rustup' but no rustup was found on PATH or in $CARGO_HOME/bin; install rustup first or use installer: dist",
    );
  }
  return { kind: "dist" };
}

export interface InstallRequest {
  resolved: ResolvedToolchain;
  installer: Installer;
  distServer: string;
  verifySignature: SignatureMode;
  /** RUNNER_TOOL_CACHE; the dist installer uses `<toolCache>/rust/<cachekey>`. */
  toolCache: string;
  homes: Homes;
  /** The Actions cache, when the `cache` input is on. */
  cache: ToolchainCacheBackend | undefined;
  log: Logger;
}

export interface InstallOutcome {
  /** The toolchain root (bin/, lib/). */
  toolchainDir: string;
  cacheHit: boolean;
  cacheSource?: "tool-cache" | "actions-cache" | "rustup";
  cachekey: string;
  /** Bytes fetched by the dist installer; undefined when rustup downloaded (it does not say). */
  bytesDownloaded?: number;
  /** Milliseconds per installer phase. */
  timings: Record<string, number>;
  /** `$CARGO_HOME/bin` has rustup proxies. */
  rustupProxies: boolean;
  /** More directories for PATH (the rustup binary's own directory). */
  extraPaths: string[];
  /** The dist installer's own answer from the binaries it just checked: no need to ask them again. */
  probe?: InstalledProbe;
}

/** The toolchain name without its host: what the dist server and the cache key are indexed by. */
function channelName(resolved: ResolvedToolchain): string {
  return resolved.date ? `${resolved.channel}-${resolved.date}` : resolved.channel;
}

function keyFor(resolved: ResolvedToolchain): string {
  return cacheKey({
    toolchain: channelName(resolved),
    host: resolved.host,
    profile: resolved.profile,
    components: resolved.components,
    targets: resolved.targets,
  });
}

/**
 * The release key the dist installer checks manifest signatures with: shipped next to the bundle
 * (`dist/keys/`) or in the toolchain package during development; undefined lets the installer
 * decide (warn in `auto`, fail in `always`).
 */
async function bundledReleaseKey(): Promise<string | undefined> {
  const { DEFAULT_RELEASE_KEY_PATH } = await import("../install/signature.js");
  const candidates = [join(import.meta.dirname, "keys", "rust-release-key.asc"), DEFAULT_RELEASE_KEY_PATH];
  const found = candidates.find((file) => existsSync(file));
  return found === undefined ? undefined : readFileSync(found, "utf8");
}

export async function installToolchain(request: InstallRequest): Promise<InstallOutcome> {
  const { resolved, homes } = request;
  const rustupProxies = existsSync(
    join(homes.cargoHome, "bin", process.platform === "win32" ? "rustup.exe" : "rustup"),
  );
  if (resolved.kind === "path") {
    request.log.info(`${resolved.toolchain} is a path toolchain: nothing to install`);
    return {
      toolchainDir: resolved.toolchain,
      cacheHit: true,
      cacheSource: "tool-cache",
      cachekey: "",
      timings: {},
      rustupProxies,
      extraPaths: [],
    };
  }
  return request.installer.kind === "rustup"
    ? installRustup(request, rustupProxies)
    : installDist(request, rustupProxies);
}

async function installDist(request: InstallRequest, rustupProxies: boolean): Promise<InstallOutcome> {
  const { resolved } = request;
  const toolCacheDir = join(request.toolCache, "rust");
  const key = keyFor(resolved);
  // Only exact pins have a key before any network request; floating channels are keyed by the
  // manifest's date, which only the install itself learns.
  const cacheable = request.cache !== undefined && isImmutableToolchain(channelName(resolved));
  const cachePaths = [join(toolCacheDir, key), join(toolCacheDir, `${key}.complete`)];
  const remoteKey = actionsCacheKey(key, process.platform, process.arch);
  let restored = false;
  if (cacheable && !existsSync(join(toolCacheDir, `${key}.complete`))) {
    restored = await restoreToolchain(request.cache!, cachePaths, remoteKey, request.log);
  } else if (request.cache !== undefined && !cacheable) {
    request.log.info("Actions cache: used for pinned toolchains only; this channel moves with new releases");
  }
  const options = {
    toolchain: channelName(resolved),
    host: resolved.host,
    profile: resolved.profile,
    components: resolved.components,
    targets: resolved.targets,
    distServer: request.distServer,
    toolCacheDir,
    verifySignature: request.verifySignature,
    logger: request.log,
  };
  // The installer (downloads, unpacking, signatures) is loaded only when the tool cache does not have it.
  const result = (await findInstalled(options)) ?? (await installFromDist(options));
  if (cacheable && !result.cacheHit) {
    await saveToolchain(request.cache!, cachePaths, remoteKey, request.log);
  }
  return {
    toolchainDir: result.dir,
    cacheHit: result.cacheHit,
    ...(result.cacheHit && { cacheSource: restored ? ("actions-cache" as const) : ("tool-cache" as const) }),
    cachekey: result.cacheKey,
    bytesDownloaded: result.bytesDownloaded,
    timings: result.cacheHit
      ? {}
      : {
          manifest: result.timings.manifestMs,
          download: result.timings.downloadMs,
          finalize: result.timings.installMs,
        },
    rustupProxies,
    extraPaths: [],
    ...(result.checked !== undefined && { probe: result.checked }),
  };
}

async function installRustup(request: InstallRequest, rustupProxies: boolean): Promise<InstallOutcome> {
  const { resolved, homes } = request;
  const rustup = request.installer.rustup!;
  const key = `${keyFor(resolved)}-rustup`;
  const toolchainDir = join(homes.rustupHome, "toolchains", resolved.toolchain);
  const cacheable = request.cache !== undefined && isImmutableToolchain(channelName(resolved));
  const cachePaths = [toolchainDir, join(homes.rustupHome, "update-hashes", resolved.toolchain)];
  const remoteKey = actionsCacheKey(key, process.platform, process.arch);
  let restored = false;
  if (cacheable && !existsSync(toolchainDir)) {
    restored = await restoreToolchain(request.cache!, cachePaths, remoteKey, request.log);
  }
  // rustup reads its homes and the mirror from the environment; the action's view of both wins.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    RUSTUP_HOME: homes.rustupHome,
    CARGO_HOME: homes.cargoHome,
    RUSTUP_DIST_SERVER: request.distServer,
  };
  delete env["RUSTUP_TOOLCHAIN"];
  const { installWithRustup } = await import("../install/rustup.js");
  const result = await installWithRustup({
    rustup,
    toolchain: resolved.toolchain,
    profile: resolved.profile,
    components: resolved.components,
    targets: resolved.targets,
    env,
    logger: request.log,
  });
  // rustup says "<name> unchanged - rustc …" when the toolchain was already complete.
  const unchanged = /\bunchanged\b/.test(result.output);
  if (cacheable && !restored && !unchanged) {
    await saveToolchain(request.cache!, cachePaths, remoteKey, request.log);
  }
  const cacheHit = restored || unchanged;
  return {
    toolchainDir: result.dir || toolchainDir,
    cacheHit,
    ...(cacheHit && { cacheSource: restored ? ("actions-cache" as const) : ("rustup" as const) }),
    cachekey: key,
    timings: { rustup: Math.round(result.durationMs) },
    rustupProxies,
    extraPaths: [dirname(rustup)],
  };
}

async function installFromDist(options: InstallOptions): Promise<InstallResult> {
  const [{ installToolchain }, releaseKey] = await Promise.all([
    import("../install/install.js"),
    bundledReleaseKey(),
  ]);
  return installToolchain({ ...options, ...(releaseKey !== undefined && { releaseKey }) });
}

/**
 * "This release has no build for this host": what `optional: true` forgives. Never a release or channel that does
 * not exist at all (a typo, a version not yet out), a bad checksum or a broken mirror.
 */
export function isUnavailable(error: unknown, host: string): boolean {
  if (error instanceof HostUnsupportedError) return true;
  // rustup 1.29's words when the manifest has no package for the host (recorded against the loopback mirror).
  return (
    error instanceof RustupError &&
    error.message.includes(`for target '${host}' is unavailable for download for channel`)
  );
}
