import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { errorMessage, monotonicMs } from "@oxidize/core";
import { diskUsage, listProfiles, removeAll } from "./disk.js";
import type { CargoCacheKeys } from "./key.js";
import { CARGO_HOME_PRUNED, planProfilePrune } from "./prune.js";

/** The part of the Actions cache (@actions/cache) the cargo cache uses; the action passes the real one. */
export interface CargoCacheBackend {
  isFeatureAvailable(): Promise<boolean>;
  restoreCache(
    paths: string[],
    primaryKey: string,
    restoreKeys?: string[],
    options?: { lookupOnly?: boolean },
  ): Promise<string | undefined>;
  /** The entry id, or -1 when another job holds the key (not an error on GitHub either). */
  saveCache(paths: string[], key: string): Promise<number>;
}

export interface CacheLog {
  info(message: string): void;
  warning(message: string): void;
}

/** What is cached, under which key, and what pruning keeps out of it. */
export interface CargoCachePlan extends CargoCacheKeys {
  cargoHome: string;
  targetDir: string;
  /** The workspace's own package and target names: their artifacts are pruned before saving. */
  members: readonly string[];
  /** What is archived: CARGO_HOME's index, .crate files and git databases, and the target directory. */
  paths: string[];
}

export type HitKind = "exact" | "partial" | "miss";

export interface RestoreOutcome {
  /** "unavailable": no cache service on this runner; "failed": an entry was found but not restored. */
  hit: HitKind | "unavailable" | "failed";
  matchedKey?: string;
  /** Bytes on disk of the cached paths after the restore. */
  restoredBytes?: number;
  /** How long the build took that the restored cache was first saved from (a cold build). */
  coldBuildMs?: number;
  /** How long the restore took (lookup, download, extraction): part of what a hit costs. */
  restoreMs?: number;
}

export interface SaveOutcome {
  saved: boolean;
  /** Why nothing was saved, when nothing was. */
  skipped?: string;
  /** Bytes on disk of what was archived (after pruning). */
  savedBytes?: number;
}

/** Kept inside the cached target directory: the cold build's duration, for "time saved" after a hit. */
const MARKER = ".oxidize-cargo-cache.json";

interface Marker {
  coldBuildMs: number;
}

async function readMarker(targetDir: string): Promise<Marker | undefined> {
  try {
    const parsed = JSON.parse(await readFile(join(targetDir, MARKER), "utf8")) as Partial<Marker>;
    return typeof parsed.coldBuildMs === "number" ? { coldBuildMs: parsed.coldBuildMs } : undefined;
  } catch {
    return undefined;
  }
}

async function totalUsage(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const path of paths) total += await diskUsage(path);
  return total;
}

/**
 * Restores the newest entry for the key, else for the restore key. Every failure of the service is
 * a warning and the build goes on cold; an entry found but not restored (a damaged archive, a
 * service that failed half-way) leaves no half-extracted directory behind that was not there before.
 */
export async function restoreCargoCache(
  plan: CargoCachePlan,
  backend: CargoCacheBackend,
  log: CacheLog,
): Promise<RestoreOutcome> {
  if (!(await backend.isFeatureAvailable())) {
    log.info("Cargo cache: no Actions cache service on this runner; building without it");
    return { hit: "unavailable" };
  }
  const started = monotonicMs();
  const existed = plan.paths.filter((path) => existsSync(path));
  let found: string | undefined;
  let restored: string | undefined;
  try {
    // Looked up first: @actions/cache reports a damaged archive as a miss, and only knowing that an
    // entry exists tells the two apart.
    found = await backend.restoreCache(plan.paths, plan.key, plan.restoreKeys, { lookupOnly: true });
    if (found === undefined) {
      log.info(`Cargo cache: no entry for ${plan.key} or its restore key; building cold`);
      return { hit: "miss" };
    }
    restored = await backend.restoreCache(plan.paths, plan.key, plan.restoreKeys);
  } catch (error) {
    log.warning(`Cargo cache: restore failed, building without it: ${errorMessage(error)}`);
  }
  if (found === undefined || restored === undefined) {
    if (found !== undefined && restored === undefined) {
      log.warning(
        `Cargo cache: ${found} was found but could not be restored (damaged or unreachable); building cold`,
      );
    }
    await removeAll(plan.paths.filter((path) => !existed.includes(path)));
    return { hit: found === undefined ? "miss" : "failed" };
  }
  const hit: HitKind = restored === plan.key ? "exact" : "partial";
  const marker = await readMarker(plan.targetDir);
  const outcome: RestoreOutcome = {
    hit,
    matchedKey: restored,
    restoredBytes: await totalUsage(plan.paths),
    restoreMs: Math.round(monotonicMs() - started),
  };
  if (marker) outcome.coldBuildMs = marker.coldBuildMs;
  log.info(`Cargo cache: ${hit} hit, restored ${restored}`);
  return outcome;
}

/** Deletes what will not be reused (see prune.ts); returns the paths deleted. */
export async function pruneForCache(plan: CargoCachePlan): Promise<string[]> {
  const doomed: string[] = [];
  for (const listing of await listProfiles(plan.targetDir)) {
    doomed.push(...planProfilePrune(listing, plan.members).map((path) => join(plan.targetDir, path)));
  }
  doomed.push(...CARGO_HOME_PRUNED.map((path) => join(plan.cargoHome, path)));
  await removeAll(doomed);
  return doomed;
}

/**
 * Prunes and saves, unless the key was an exact hit (nothing new) or there is no service. A build
 * that started cold records its duration in the cache, so that later hits can say what they saved.
 */
export async function saveCargoCache(
  plan: CargoCachePlan,
  restore: RestoreOutcome,
  buildMs: number,
  backend: CargoCacheBackend,
  log: CacheLog,
): Promise<SaveOutcome> {
  if (restore.hit === "unavailable") return { saved: false, skipped: "no cache service" };
  if (restore.hit === "exact") return { saved: false, skipped: "exact hit" };
  if (!existsSync(plan.targetDir)) return { saved: false, skipped: "nothing was built" };
  try {
    await pruneForCache(plan);
    const coldBuildMs = restore.hit === "partial" ? restore.coldBuildMs : Math.round(buildMs);
    if (coldBuildMs !== undefined) {
      await writeFile(join(plan.targetDir, MARKER), `${JSON.stringify({ coldBuildMs } satisfies Marker)}\n`);
    }
    const savedBytes = await totalUsage(plan.paths);
    // The same path list as the restore: @actions/cache versions entries by it.
    const id = await backend.saveCache(plan.paths, plan.key);
    if (id === -1) {
      log.info(`Cargo cache: not saved, ${plan.key} was saved by another job or the service refused it`);
      return { saved: false, skipped: "not saved", savedBytes };
    }
    log.info(`Cargo cache: saved ${plan.key}`);
    return { saved: true, savedBytes };
  } catch (error) {
    log.warning(`Cargo cache: could not save ${plan.key} (the next run builds cold): ${errorMessage(error)}`);
    return { saved: false, skipped: "save failed" };
  }
}
