// The temporary directories an install assembles a toolchain in (`<toolCacheDir>/.tmp-<key>-XXXXXX`): each records
// its owner (pid, host, start), is removed when the process gets SIGINT/SIGTERM mid-install, and is swept before
// each install once its owner is gone — a process on this host that no longer runs, or, when that cannot be known
// (another host sharing the tool cache, no owner record), once it is older than any install could take.
import { rmSync } from "node:fs";
import { mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { isoTimestamp } from "@oxidize/core";
import type { Logger } from "./types.js";

export const STAGING_PREFIX = ".tmp-";
const OWNER_FILE = "owner.json";
/** Older than this, a staging directory whose owner cannot be checked is litter (installs time out after 10 min). */
export const DEFAULT_STALE_AFTER_MS = 6 * 3600_000;

interface Owner {
  pid: number;
  host: string;
  startedAt: string;
}

const live = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const dir of live) rmSync(dir, { recursive: true, force: true });
  live.clear();
  const alone = process.listenerCount(signal) === 1;
  unlisten();
  // Nobody else handles the signal: die of it as we would have without this handler.
  if (alone) process.kill(process.pid, signal);
}

function listen(): void {
  for (const s of SIGNALS) process.on(s, onSignal);
}

function unlisten(): void {
  for (const s of SIGNALS) process.off(s, onSignal);
}

/** Creates a staging directory that records its owner and is removed if the process is interrupted. */
export async function createStaging(toolCacheDir: string, key: string): Promise<string> {
  const dir = await mkdtemp(path.join(toolCacheDir, `${STAGING_PREFIX}${key}-`));
  if (live.size === 0) listen();
  live.add(dir);
  const owner: Owner = { pid: process.pid, host: os.hostname(), startedAt: isoTimestamp(new Date()) };
  try {
    // Written whole or not at all: a concurrent sweep must never read half a record.
    const partial = path.join(dir, `${OWNER_FILE}.tmp`);
    await writeFile(partial, `${JSON.stringify(owner)}\n`);
    await rename(partial, path.join(dir, OWNER_FILE));
  } catch (error) {
    await removeStaging(dir);
    throw error;
  }
  return dir;
}

export async function removeStaging(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  live.delete(dir);
  if (live.size === 0) unlisten();
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // alive, someone else's
  }
}

/** Why a staging directory is litter, or undefined while it may belong to a running install. */
async function staleness(dir: string, staleAfterMs: number, now: number): Promise<string | undefined> {
  const owner = await readFile(path.join(dir, OWNER_FILE), "utf8")
    .then((text) => JSON.parse(text) as Partial<Owner>)
    .catch(() => undefined);
  if (owner && typeof owner.pid === "number" && owner.host === os.hostname()) {
    if (!live.has(dir) && owner.pid !== process.pid && !running(owner.pid)) {
      return `its install (pid ${owner.pid}) is no longer running`;
    }
    if (owner.pid === process.pid && !live.has(dir)) return "an earlier install of this process left it";
    return undefined;
  }
  const started = owner?.startedAt ? Date.parse(owner.startedAt) : (await stat(dir)).mtimeMs;
  const age = now - started;
  if (!(age > staleAfterMs)) return undefined;
  return `it is ${Math.round(age / 3600_000)} h old${owner?.host ? ` (from host ${owner.host})` : ""}`;
}

/** Removes the staging directories of installs that can no longer finish; never one that may still be running. */
export async function sweepStaleStaging(
  toolCacheDir: string,
  logger: Logger,
  staleAfterMs = DEFAULT_STALE_AFTER_MS,
): Promise<string[]> {
  const names = await readdir(toolCacheDir).catch(() => [] as string[]);
  const removed: string[] = [];
  const now = Date.now();
  for (const name of names) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const dir = path.join(toolCacheDir, name);
    const why = await staleness(dir, staleAfterMs, now).catch(() => undefined);
    if (!why) continue;
    await rm(dir, { recursive: true, force: true });
    logger.info(`removed ${dir} left by an interrupted install: ${why}`);
    removed.push(dir);
  }
  return removed;
}
