// The tool-cache layout: `<toolCacheDir>/<key>/` holds a toolchain, `<key>.complete` (written last, after the
// atomic rename) says it is whole. The key is computed from the request alone, so an exact pin found here needs
// no network at all. The key's digest only tells requests apart: the marker holds the request itself, and a hit
// compares it.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { nameHash } from "@oxidize/core";

/** Bump when the on-disk layout changes, so old entries are not mistaken for new ones. */
const LAYOUT_VERSION = 2;

export interface CacheKeyInput {
  /** channel[-date], e.g. "1.95.0" or "nightly-2026-04-16"; floating channels should include the manifest date */
  toolchain: string;
  host: string;
  profile: string;
  components: readonly string[];
  targets: readonly string[];
}

export interface CompleteMarker {
  key: string;
  /** the request the key was computed from ({@link cacheRequest}); a hit must match it exactly */
  request: string;
  toolchain: string;
  host: string;
  /** pkg.rust.version of the manifest, e.g. "1.95.0 (59807616e 2026-04-14)" */
  rustVersion: string;
  components: string[];
  /** '/'-separated paths of the installed programs (bin/…); a cache hit checks they still exist */
  binaries?: string[];
  manifestSha256: string;
  installedAt: string;
}

export interface CachedToolchain {
  dir: string;
  marker: CompleteMarker;
}

const sortedUnique = (xs: readonly string[]) => [...new Set(xs)].sort();

/** The request in one canonical string: what a cache entry must have been installed for. */
export function cacheRequest(input: CacheKeyInput): string {
  return JSON.stringify({
    v: LAYOUT_VERSION,
    toolchain: input.toolchain,
    host: input.host,
    profile: input.profile,
    components: sortedUnique(input.components),
    targets: sortedUnique(input.targets.filter((t) => t !== input.host)),
  });
}

export function cacheKey(input: CacheKeyInput): string {
  return keyOf(input, cacheRequest(input));
}

/** The key of `input`, whose canonical request is `request` (computed once where both are needed). */
function keyOf(input: CacheKeyInput, request: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, "_");
  return `rust-${safe(input.toolchain)}-${safe(input.host)}-${safe(input.profile)}-${nameHash(request)}`;
}

/** True for names whose contents never change: `1.95.0`, `1.96.0-beta.3`, anything with a date. */
export function isImmutableToolchain(toolchain: string): boolean {
  return /^\d+\.\d+\.\d+(-beta\.\d+)?$/.test(toolchain) || /-\d{4}-\d{2}-\d{2}$/.test(toolchain);
}

export function markerPath(toolCacheDir: string, key: string): string {
  return path.join(toolCacheDir, `${key}.complete`);
}

/** The complete entry for this request, or null: a marker for another request under the same key is a miss. */
export async function findCached(
  toolCacheDir: string,
  input: CacheKeyInput,
): Promise<CachedToolchain | null> {
  const request = cacheRequest(input);
  const key = keyOf(input, request);
  const dir = path.join(toolCacheDir, key);
  try {
    // Synchronous, like the checks after it: a hit is a few small reads in a row (see resolve/fs.ts).
    const marker = JSON.parse(readFileSync(markerPath(toolCacheDir, key), "utf8")) as CompleteMarker;
    if (marker.key !== key || marker.request !== request) return null;
    if (!statSync(dir).isDirectory()) return null;
    return { dir, marker };
  } catch {
    return null;
  }
}

export async function writeMarker(toolCacheDir: string, marker: CompleteMarker): Promise<void> {
  writeFileSync(markerPath(toolCacheDir, marker.key), `${JSON.stringify(marker, null, 2)}\n`);
}
