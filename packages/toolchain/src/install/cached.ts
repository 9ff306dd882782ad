// The tool-cache side of an install, apart from the installer: a hit on an exact pin loads none of the download,
// unpack and verify code (setup loads install.ts only on a miss).
import { rmSync } from "node:fs";
import { monotonicMs } from "@oxidize/core";
import {
  type CachedToolchain,
  type CacheKeyInput,
  findCached,
  isImmutableToolchain,
  markerPath,
} from "./cache.js";
import type { InstallOptions, InstallResult } from "./install.js";
import { toolchainPaths } from "./platform.js";
import { silentLogger } from "./types.js";
import { UPSTREAM_DIST_SERVER } from "./upstream.js";
import { cachedEntryProblem } from "./verify.js";

/** `nightly-2026-04-16` → channel "nightly", date "2026-04-16". */
export function splitToolchain(toolchain: string): { channel: string; date?: string } {
  const m = /^(.+)-(\d{4}-\d{2}-\d{2})$/.exec(toolchain);
  return m ? { channel: m[1]!, date: m[2]! } : { channel: toolchain };
}

export function manifestUrl(distServer: string, toolchain: string): string {
  const { channel, date } = splitToolchain(toolchain);
  return `${distServer.replace(/\/+$/, "")}/dist${date ? `/${date}` : ""}/channel-rust-${channel}.toml`;
}

type CacheOptions = Pick<InstallOptions, "toolchain" | "host" | "toolCacheDir" | "logger" | "platform">;

/** What the tool cache keys an install of `toolchain` (default: the one asked for) by, with the installer's defaults. */
export function cacheRequestFor(options: InstallOptions, toolchain = options.toolchain): CacheKeyInput {
  return {
    toolchain,
    host: options.host,
    profile: options.profile ?? "default",
    components: options.components ?? [],
    targets: options.targets ?? [],
  };
}

/**
 * The complete entry for `request` whose files are still there (stat only); otherwise null, and a damaged
 * entry's marker goes (unless `quiet`: a racing install is only asked whether it finished).
 */
export async function lookupCached(
  options: CacheOptions,
  request: CacheKeyInput,
  quiet = false,
): Promise<CachedToolchain | null> {
  const hit = await findCached(options.toolCacheDir, request);
  if (!hit) return null;
  const exe = (options.platform ?? process.platform) === "win32" ? ".exe" : "";
  const { channel } = splitToolchain(options.toolchain);
  const problem = await cachedEntryProblem(hit.dir, hit.marker, channel, [
    `bin/rustc${exe}`,
    `bin/cargo${exe}`,
  ]);
  if (!problem) return hit;
  if (quiet) return null;
  (options.logger ?? silentLogger).info(
    `${options.toolchain}-${options.host}: the tool cache entry ${hit.dir} ${problem}; reinstalling`,
  );
  rmSync(markerPath(options.toolCacheDir, hit.marker.key), { force: true });
  return null;
}

/** What an install found in the tool cache reports. */
export function cachedInstall(
  options: CacheOptions & Pick<InstallOptions, "distServer">,
  hit: CachedToolchain,
  elapsedMs: number,
): InstallResult {
  const name = `${options.toolchain}-${options.host}`;
  (options.logger ?? silentLogger).info(`${name}: found in the tool cache (${hit.dir})`);
  return {
    dir: hit.dir,
    name,
    // findCached found the marker under this key.
    cacheKey: hit.marker.key,
    cacheHit: true,
    rustVersion: hit.marker.rustVersion,
    components: hit.marker.components,
    manifestUrl: manifestUrl(options.distServer ?? UPSTREAM_DIST_SERVER, options.toolchain),
    manifestSha256: hit.marker.manifestSha256,
    signature: "cached",
    packages: [],
    bytesDownloaded: 0,
    timings: { manifestMs: 0, downloadMs: 0, installMs: 0, totalMs: elapsedMs },
    paths: toolchainPaths(hit.dir, options.platform ?? process.platform),
  };
}

/** An exact pin already in the tool cache, found without a request; null for a miss or a floating channel. */
export async function findInstalled(options: InstallOptions): Promise<InstallResult | null> {
  if (!isImmutableToolchain(options.toolchain)) return null;
  const started = monotonicMs();
  const hit = await lookupCached(options, cacheRequestFor(options));
  return hit ? cachedInstall(options, hit, monotonicMs() - started) : null;
}
