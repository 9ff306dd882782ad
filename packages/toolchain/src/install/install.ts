// Installs a Rust toolchain from a dist server without rustup: manifest (+ .sha256, optional .asc) → plan → every
// package downloaded in parallel, hashed and unpacked while it streams → components moved into a staging prefix
// next to the destination → one rename into the tool cache → completeness marker. Any failure removes the staging
// directory, so the cache never holds half a toolchain.

import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { errorMessage, isoTimestamp, monotonicMs } from "@oxidize/core";
import {
  type CachedToolchain,
  type CacheKeyInput,
  cacheKey,
  cacheRequest,
  isImmutableToolchain,
  writeMarker,
} from "./cache.js";
import {
  cachedInstall,
  cacheRequestFor,
  findInstalled,
  lookupCached,
  manifestUrl,
  splitToolchain,
} from "./cached.js";
import { type InstalledComponent, installComponent, writeRustupMetadata } from "./component.js";
import {
  ChecksumError,
  DownloadError,
  InstallError,
  InstallTimeoutError,
  NotAvailableError,
  SignatureError,
} from "./errors.js";
import {
  abortableSleep,
  type BodyLimit,
  DEFAULT_RETRY,
  fetchBytes,
  getBounded,
  type HttpContext,
  streamOnce,
  withRetry,
} from "./http.js";
import { type ChannelManifest, parseChannelManifest, rustVersion } from "./manifest.js";
import { type PlannedPackage, planInstall } from "./plan.js";
import { keepsFileModes, type ToolchainPaths, toolchainPaths } from "./platform.js";
import { DownloadProgress } from "./progress.js";
import {
  loadReleaseKey,
  loadShippedReleaseKey,
  type ReleaseKey,
  RUST_RELEASE_KEY_FINGERPRINT,
  verifyDetachedSignature,
} from "./signature.js";
import { createStaging, removeStaging, sweepStaleStaging } from "./staging.js";
import { fetchTransport, undiciTransport } from "./transport.js";
import {
  type CompressionPreference,
  type FetchLike,
  type Logger,
  type Platform,
  type RetryOptions,
  type SignatureMode,
  silentLogger,
} from "./types.js";
import type { UnpackSink } from "./unpack.js";
import { UPSTREAM_DIST_SERVER } from "./upstream.js";
import { type BinaryCheck, checkBinaries, checkManifestRelease, parseReleaseVersion } from "./verify.js";

export interface InstallOptions {
  /** `<channel>[-YYYY-MM-DD]` without the host, e.g. "1.95.0", "stable", "nightly-2026-04-16" */
  toolchain: string;
  /** host triple, e.g. "x86_64-unknown-linux-gnu" */
  host: string;
  /** a profile from the manifest's [profiles] (default "default", like rustup) */
  profile?: string;
  components?: readonly string[];
  targets?: readonly string[];
  /** RUSTUP_DIST_SERVER (default https://static.rust-lang.org) */
  distServer?: string;
  /** toolchains are installed as `<toolCacheDir>/<cacheKey>` */
  toolCacheDir: string;
  verifySignature?: SignatureMode;
  /** armored release key; default: the key file shipped in packages/toolchain/keys, if any */
  releaseKey?: string;
  /** the fingerprint `releaseKey` must have (default: the Rust release key's) */
  releaseKeyFingerprint?: string;
  /** default "gz": native zlib unpacks ~13× faster than the WASM xz decoder (see CompressionPreference) */
  compression?: CompressionPreference;
  /** parallel package downloads (default 4) */
  concurrency?: number;
  retry?: RetryOptions;
  /** abort and retry a request after this long without data (default 30 s) */
  idleTimeoutMs?: number;
  /** the whole install (default 10 min) */
  timeoutMs?: number;
  /** use this fetch instead of undici's request (tests) */
  fetch?: FetchLike;
  /** at most one progress line per this many ms while packages download (default 5000) */
  progressIntervalMs?: number;
  /** where HTTPS_PROXY, HTTP_PROXY and NO_PROXY (or lowercase) are read; default process.env */
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  platform?: Platform;
  signal?: AbortSignal;
  /** clock for the phase timings (default monotonicMs) */
  now?: () => number;
  random?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /**
   * Run the unpacked `rustc -vV` and `cargo -V` before the cache entry is marked complete (default: true when
   * `platform` is this machine's, since a toolchain for another platform cannot run here).
   */
  checkBinaries?: boolean;
  /** what a server may send at most (defaults: DEFAULT_LIMITS) */
  limits?: Partial<InstallLimits>;
  /**
   * A staging directory (`.tmp-*`) whose owner cannot be checked (another host, no owner record) is removed once
   * older than this (default 6 h); one whose owner process on this host is gone, at once.
   */
  staleTempAfterMs?: number;
}

/**
 * Bounds on what a server may send, so memory and disk stay bounded whatever it does. Real manifests are under
 * 1 MiB, signatures and checksums under 1 KiB; the largest real archive (rustc) is ~140 MB and unpacks ~3×,
 * rust-docs (HTML) about 10×.
 */
export interface InstallLimits {
  /** the channel manifest's body */
  manifestBytes: number;
  /** a .sha256 or .asc body */
  signatureBytes: number;
  /** one archive as downloaded */
  archiveBytes: number;
  /** one archive unpacked */
  unpackedBytes: number;
  /** unpacked bytes per downloaded byte, checked while streaming (plus `unpackSlackBytes`) */
  unpackRatio: number;
  unpackSlackBytes: number;
}

export const DEFAULT_LIMITS: InstallLimits = {
  manifestBytes: 16 << 20,
  signatureBytes: 64 << 10,
  archiveBytes: 4 * 2 ** 30,
  unpackedBytes: 4 * 2 ** 30,
  unpackRatio: 20,
  unpackSlackBytes: 16 << 20,
};

export type SignatureStatus = "verified" | "skipped" | "missing" | "no-key" | "cached";

export interface InstalledPackage {
  pkg: string;
  target: string;
  url: string;
  compression: "gz" | "xz";
  bytes: number;
  /** how many times a broken download was resumed with a Range request */
  resumed: number;
}

export interface InstallResult {
  /** the toolchain's root directory (bin/, lib/) */
  dir: string;
  /** rustup's name for it: `<toolchain>-<host>` */
  name: string;
  cacheKey: string;
  cacheHit: boolean;
  /** "1.95.0 (59807616e 2026-04-14)" */
  rustVersion: string;
  /** installed component ids, e.g. "rustc-x86_64-unknown-linux-gnu" */
  components: string[];
  manifestUrl: string;
  manifestSha256: string;
  signature: SignatureStatus;
  packages: InstalledPackage[];
  bytesDownloaded: number;
  timings: { manifestMs: number; downloadMs: number; installMs: number; totalMs: number };
  paths: ToolchainPaths;
  /** A fresh install's own check of its rustc and cargo (when it ran them). */
  checked?: BinaryCheck;
}

class ManifestChecksumError extends ChecksumError {
  // The CDN may be mid-update (rustup#3390): fetching .sha256 and manifest again usually fixes it.
  override readonly retryable = true;
}

interface FetchedManifest {
  url: string;
  text: string;
  sha256: string;
  manifest: ChannelManifest;
  signature: SignatureStatus;
}

async function fetchManifest(
  options: InstallOptions,
  ctx: HttpContext,
  server: string,
): Promise<FetchedManifest> {
  const url = manifestUrl(server, options.toolchain);
  // No manifest at all: the release or channel does not exist on this server (a typo, a version not yet out),
  // whatever the host; only a manifest without this host says "no toolchain for this host".
  const notAvailable = (what: string) =>
    new NotAvailableError(
      `toolchain ${options.toolchain} does not exist on ${server} (404 from ${what}); check the toolchain name`,
    );
  // The signature is fetched while the manifest downloads: one round trip less on the critical path.
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const small = (what: string): BodyLimit => ({
    maxBytes: limits.signatureBytes,
    what,
    why: "real ones are under 1 KiB",
  });
  const manifestLimit: BodyLimit = {
    maxBytes: limits.manifestBytes,
    what: "the channel manifest",
    why: "real ones are under 1 MiB",
  };
  const mode = options.verifySignature ?? "auto";
  const key = mode === "never" ? null : await releaseKey(options);
  const asc = key
    ? fetchBytes(`${url}.asc`, `signature ${url}.asc`, ctx, small("a signature"))
    : Promise.resolve(null);
  asc.catch(() => {}); // awaited below; a manifest failure must not leave it unhandled
  const { text, sha256 } = await withRetry(`channel manifest ${url}`, ctx, async () => {
    // Both in parallel: one round trip instead of two (rustup fetches them one after the other).
    const [sums, body] = await Promise.all([
      getBounded(`${url}.sha256`, ctx, small("a checksum file")),
      getBounded(url, ctx, manifestLimit),
    ]);
    if (!sums) throw notAvailable(`${url}.sha256`);
    if (!body) throw notAvailable(url);
    const expected = /^[0-9a-fA-F]{64}/.exec(sums.toString("utf8").trim())?.[0]?.toLowerCase();
    if (!expected) throw new InstallError(`${url}.sha256 does not start with a sha256 hex digest`);
    // Loaded on use, not at start-up: a cache hit never needs it.
    const actual = process.getBuiltinModule("node:crypto").createHash("sha256").update(body).digest("hex");
    if (actual !== expected) throw new ManifestChecksumError("the channel manifest", url, expected, actual);
    return { text: body.toString("utf8"), sha256: actual };
  });
  const signature = await checkSignature(mode, key, asc, ctx, url, Buffer.from(text, "utf8"));
  return { url, text, sha256, manifest: parseChannelManifest(text, url), signature };
}

async function releaseKey(options: InstallOptions): Promise<ReleaseKey | null> {
  if (options.releaseKey !== undefined) {
    return loadReleaseKey(
      options.releaseKey,
      options.releaseKeyFingerprint ?? RUST_RELEASE_KEY_FINGERPRINT,
      "the release key passed in",
    );
  }
  return loadShippedReleaseKey();
}

async function checkSignature(
  mode: SignatureMode,
  key: ReleaseKey | null,
  ascFetch: Promise<Buffer | null>,
  ctx: HttpContext,
  url: string,
  body: Buffer,
): Promise<SignatureStatus> {
  if (mode === "never") return "skipped";
  if (!key) {
    const message =
      "no Rust release key is available to check the manifest signature " +
      "(see packages/toolchain/keys/README.md)";
    if (mode === "always") throw new SignatureError(`verify-signature is 'always' but ${message}`);
    ctx.logger.warning(`${message}; relying on the sha256 chain only`);
    return "no-key";
  }
  const asc = await ascFetch;
  if (!asc) {
    if (mode === "always")
      throw new SignatureError(`${url}.asc is missing (404) and verify-signature is 'always'`);
    ctx.logger.warning(`${url}.asc is missing (404); the manifest's signature was not checked`);
    return "missing";
  }
  await verifyDetachedSignature(body, asc.toString("utf8"), key, url);
  ctx.logger.info(`manifest signature verified with key ${key.fingerprint}`);
  return "verified";
}

/**
 * Downloads one package into its own directory, unpacking as it streams. A connection that breaks after some bytes
 * is resumed with a Range request (guarded by If-Range), feeding the same hash and unpacker, so the hash still
 * covers every byte in order; a server that answers the resume with the whole file (200) starts a fresh directory
 * and hash.
 */
async function downloadPackage(
  planned: PlannedPackage,
  index: number,
  staging: string,
  options: InstallOptions,
  ctx: HttpContext,
  progress: DownloadProgress,
): Promise<{ dir: string; bytes: number; resumed: number }> {
  const archive = planned.url.slice(planned.url.lastIndexOf("/") + 1);
  let generation = 0;
  let dir = "";
  let sink: UnpackSink | undefined;
  let validator: string | undefined;
  let resumed = 0;
  const fresh = async () => {
    sink?.abort();
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = path.join(staging, `pkg-${index}-${generation++}`);
    await mkdir(dir, { recursive: true });
    // tar and the xz decoder (WASM) load on the first download only: a cache hit never needs them.
    const { createUnpackSink } = await import("./unpack.js");
    sink = createUnpackSink({
      destDir: dir,
      compression: planned.compression,
      archive,
      keepModes: keepsFileModes(options.platform ?? process.platform),
      limits: { ...DEFAULT_LIMITS, ...options.limits },
    });
    validator = undefined;
  };
  try {
    return await withRetry(`download of ${archive}`, ctx, async () => {
      const offset = sink?.bytes ?? 0;
      const range = offset > 0 && validator ? { offset, ifRange: validator } : undefined;
      if (!range) await fresh();
      const got = await streamOnce(
        planned.url,
        ctx,
        (chunk) => {
          progress.add(index, chunk.length);
          return sink!.write(chunk);
        },
        range,
        async (head) => {
          if (range) {
            if (head.status === 206) {
              if (head.contentRange?.startsWith(`bytes ${range.offset}-`)) {
                resumed++;
                ctx.logger.info(`${archive}: resuming at byte ${range.offset}`);
                const rest = head.contentLength;
                progress.begin(index, range.offset, rest === undefined ? undefined : range.offset + rest);
                return;
              }
              validator = undefined; // the next attempt starts over
              throw new DownloadError(
                `GET ${planned.url}: asked to resume at byte ${range.offset}, got ${head.contentRange ?? "no Content-Range"}`,
                planned.url,
                206,
              );
            }
            await fresh(); // the server sent the whole file (it changed, or ignores ranges): start over
          }
          progress.begin(index, 0, head.contentLength);
          validator = head.validator;
        },
      );
      if (got === null) {
        throw new NotAvailableError(
          `toolchain ${options.toolchain} is not available for host ${options.host} (404 from ${planned.url})`,
        );
      }
      const outcome = await sink!.finish();
      if (outcome.sha256 !== planned.sha256) {
        throw new ChecksumError(
          `package ${planned.pkg} for ${planned.target}`,
          planned.url,
          planned.sha256,
          outcome.sha256,
        );
      }
      if (outcome.error) throw outcome.error;
      return { dir, bytes: outcome.bytes, resumed };
    });
  } catch (error) {
    sink?.abort();
    if (dir) await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Renames the assembled toolchain to `dest`. Never deletes a complete toolchain (one with its marker), which
 * another process may be using; a directory without its marker is the remains of an interrupted install and is
 * moved aside first. Returns false when a complete toolchain appeared at `dest` meanwhile.
 */
async function moveIntoPlace(
  prefix: string,
  dest: string,
  staging: string,
  complete: () => Promise<unknown>,
): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(prefix, dest);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!["EEXIST", "ENOTEMPTY", "EPERM"].includes(code ?? "") || attempt >= 2) {
        throw new InstallError(`could not move the toolchain into ${dest}: ${errorMessage(error)}`, {
          cause: error,
        });
      }
      if (await complete()) return false;
      await rename(dest, path.join(staging, `stale-${attempt}`)).catch(() => {});
    }
  }
}

/** Runs `fn` over `items` with at most `limit` in flight; the first failure stops new work. */
async function pool<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        results[i] = await fn(items[i]!, i);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
  const rejected = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (rejected) throw rejected.reason;
  return results;
}

export async function installToolchain(options: InstallOptions): Promise<InstallResult> {
  const now = options.now ?? monotonicMs;
  const logger = options.logger ?? silentLogger;
  const platform = options.platform ?? process.platform;
  const server = options.distServer ?? UPSTREAM_DIST_SERVER;
  const { profile, components, targets } = cacheRequestFor(options);
  const name = `${options.toolchain}-${options.host}`;
  const t0 = now();

  const exe = platform === "win32" ? ".exe" : "";
  const lookup = (request: CacheKeyInput, quiet = false) => lookupCached(options, request, quiet);
  const fromCache = (hit: CachedToolchain) => cachedInstall(options, hit, now() - t0);

  const pinned = await findInstalled(options);
  if (pinned) return pinned;

  const timeoutMs = options.timeoutMs ?? 600_000;
  const deadline = new AbortController();
  const timer = setTimeout(
    () =>
      deadline.abort(
        new InstallTimeoutError(`installing ${name} did not finish within ${Math.round(timeoutMs / 1000)} s`),
      ),
    timeoutMs,
  );
  const failFast = new AbortController();
  const signals = [deadline.signal, failFast.signal, ...(options.signal ? [options.signal] : [])];
  const ctx: HttpContext = {
    transport: options.fetch
      ? fetchTransport(options.fetch)
      : undiciTransport({ ...(options.env && { env: options.env }) }),
    retry: { ...DEFAULT_RETRY, ...options.retry },
    idleTimeoutMs: options.idleTimeoutMs ?? 30_000,
    signal: AbortSignal.any(signals),
    logger,
    sleep: options.sleep ?? abortableSleep,
    random: options.random ?? Math.random,
  };

  let staging: string | undefined;
  try {
    const fetched = await fetchManifest(options, ctx, server);
    // Before any package is downloaded: a manifest for another release never gets near the cache.
    const release = checkManifestRelease(splitToolchain(options.toolchain), fetched.manifest, fetched.url);
    const tManifest = now();
    // A floating channel (stable, nightly, 1.95) is keyed by the manifest's date, so a cached copy of the same
    // release is found after one small request.
    const request = cacheRequestFor(
      options,
      isImmutableToolchain(options.toolchain)
        ? options.toolchain
        : `${options.toolchain}-${fetched.manifest.date}`,
    );
    const key = cacheKey(request);
    const hit = await lookup(request);
    if (hit) return fromCache(hit);

    const plan = planInstall(fetched.manifest, {
      toolchain: options.toolchain,
      host: options.host,
      profile,
      components,
      targets,
      distServer: server,
      compression: options.compression ?? "gz",
      manifestUrl: fetched.url,
    });
    logger.info(`${name}: installing ${plan.map((p) => p.componentId).join(", ")}`);

    await mkdir(options.toolCacheDir, { recursive: true });
    await sweepStaleStaging(options.toolCacheDir, logger, options.staleTempAfterMs);
    staging = await createStaging(options.toolCacheDir, key);
    const prefix = path.join(staging, "toolchain");
    await mkdir(prefix);

    // Component moves touch shared directories (bin/, lib/rustlib/): one at a time, downloads stay parallel.
    let moving: Promise<unknown> = Promise.resolve();
    const installed: InstalledComponent[] = new Array(plan.length);
    const packages: InstalledPackage[] = new Array(plan.length);
    const progress = new DownloadProgress(plan.length, logger, options.progressIntervalMs, now);
    await pool(plan, Math.max(1, options.concurrency ?? 4), async (planned, i) => {
      const stagingDir = staging!;
      try {
        const tPackage = now();
        const { dir, bytes, resumed } = await downloadPackage(planned, i, stagingDir, options, ctx, progress);
        const archive = planned.url.slice(planned.url.lastIndexOf("/") + 1);
        const move = moving.then(() => installComponent(dir, prefix, planned, archive));
        moving = move.catch(() => {});
        installed[i] = await move;
        progress.done(planned.componentId, bytes, now() - tPackage);
        packages[i] = {
          pkg: planned.pkg,
          target: planned.target,
          url: planned.url,
          compression: planned.compression,
          bytes,
          resumed,
        };
        await rm(dir, { recursive: true, force: true });
      } catch (error) {
        failFast.abort(error);
        throw error;
      }
    });
    const tDownload = now();

    await writeRustupMetadata(prefix, installed, fetched.text);
    const dest = path.join(options.toolCacheDir, key);
    const binaries = installed.flatMap((c) =>
      c.lines.filter((l) => l.startsWith("file:bin/")).map((l) => l.slice("file:".length)),
    );
    // Before it can be marked complete, the toolchain must run and be the release the manifest describes.
    let checked: BinaryCheck | undefined;
    if (options.checkBinaries ?? platform === process.platform) {
      const paths = toolchainPaths(prefix, platform);
      const cargoRelease = fetched.manifest.packages.get("cargo")?.version;
      checked = await checkBinaries({
        name,
        host: options.host,
        rustc: paths.rustc,
        ...(binaries.includes(`bin/cargo${exe}`) && { cargo: paths.cargo }),
        expected: release,
        ...(cargoRelease !== undefined && { cargoRelease: parseReleaseVersion(cargoRelease)?.release }),
        shownDir: dest,
        stagingDir: prefix,
      });
    }
    if (!(await moveIntoPlace(prefix, dest, staging, () => lookup(request, true)))) {
      // Another process finished the same toolchain first: theirs is complete, ours is discarded with staging.
      const raced = await lookup(request, true);
      if (raced) return fromCache(raced);
    }
    const rustVer = rustVersion(fetched.manifest) ?? options.toolchain;
    await writeMarker(options.toolCacheDir, {
      key,
      request: cacheRequest(request),
      toolchain: options.toolchain,
      host: options.host,
      rustVersion: rustVer,
      components: installed.map((c) => c.componentId),
      binaries,
      manifestSha256: fetched.sha256,
      installedAt: isoTimestamp(new Date()),
    });
    const tEnd = now();
    const bytesDownloaded = packages.reduce((sum, p) => sum + p.bytes, 0);
    logger.info(
      `${name}: installed ${installed.length} components (${(bytesDownloaded / 1e6).toFixed(1)} MB) ` +
        `in ${((tEnd - t0) / 1000).toFixed(2)} s`,
    );
    return {
      dir: dest,
      name,
      cacheKey: key,
      cacheHit: false,
      rustVersion: rustVer,
      components: installed.map((c) => c.componentId),
      manifestUrl: fetched.url,
      manifestSha256: fetched.sha256,
      signature: fetched.signature,
      packages,
      bytesDownloaded,
      timings: {
        manifestMs: tManifest - t0,
        downloadMs: tDownload - tManifest,
        installMs: tEnd - tDownload,
        totalMs: tEnd - t0,
      },
      paths: toolchainPaths(dest, platform),
      ...(checked !== undefined && { checked }),
    };
  } finally {
    clearTimeout(timer);
    if (staging) await removeStaging(staging);
  }
}
