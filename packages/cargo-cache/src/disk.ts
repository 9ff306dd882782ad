import { existsSync } from "node:fs";
import { lstat, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { ProfileListing } from "./prune.js";

/** Bytes under a path (files' sizes, links not followed); 0 when it does not exist. */
export async function diskUsage(path: string): Promise<number> {
  let stat: Awaited<ReturnType<typeof lstat>>;
  try {
    stat = await lstat(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.size;
  let total = 0;
  for (const name of await readdir(path)) total += await diskUsage(join(path, name));
  return total;
}

async function names(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}

/**
 * The profile directories of a target directory: those holding a `.fingerprint`, at
 * `target/<profile>` or `target/<triple>/<profile>`.
 */
export async function listProfiles(targetDir: string): Promise<ProfileListing[]> {
  const candidates: string[] = [];
  for (const first of await names(targetDir)) {
    candidates.push(first);
    for (const second of await names(join(targetDir, first))) candidates.push(`${first}/${second}`);
  }
  const listings: ProfileListing[] = [];
  for (const dir of candidates) {
    const abs = join(targetDir, dir);
    if (!existsSync(join(abs, ".fingerprint"))) continue;
    listings.push({
      dir,
      top: await names(abs),
      fingerprint: await names(join(abs, ".fingerprint")),
      build: await names(join(abs, "build")),
      deps: await names(join(abs, "deps")),
    });
  }
  return listings;
}

export async function removeAll(paths: readonly string[]): Promise<void> {
  for (const path of paths) await rm(path, { recursive: true, force: true });
}
