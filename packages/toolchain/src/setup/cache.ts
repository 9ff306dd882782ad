import { errorMessage } from "@oxidize/core";

/** The part of the Actions cache (@actions/cache) the setup uses; the action passes the real one. */
export interface ToolchainCacheBackend {
  isFeatureAvailable(): Promise<boolean>;
  restoreCache(paths: string[], primaryKey: string): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

export interface CacheLog {
  info(message: string): void;
  warning(message: string): void;
}

/** Bump to invalidate every saved toolchain (layout change). */
const CACHE_VERSION = "1";

export function actionsCacheKey(cachekey: string, platform: string, arch: string): string {
  return `oxidize-setup-rust-v${CACHE_VERSION}-${platform}-${arch}-${cachekey}`;
}

/**
 * Restores the toolchain directories saved by an earlier job. Every failure of the cache service is
 * a warning: the toolchain is then installed from the network, which is slower but correct.
 */
export async function restoreToolchain(
  backend: ToolchainCacheBackend,
  paths: string[],
  key: string,
  log: CacheLog,
): Promise<boolean> {
  if (!(await backend.isFeatureAvailable())) {
    log.info("Actions cache: not available on this runner; skipping restore");
    return false;
  }
  try {
    const hit = await backend.restoreCache(paths, key);
    log.info(hit ? `Actions cache: restored ${key}` : `Actions cache: no entry for ${key}`);
    return hit !== undefined;
  } catch (error) {
    log.warning(`Actions cache: restore of ${key} failed, installing instead: ${errorMessage(error)}`);
    return false;
  }
}

export async function saveToolchain(
  backend: ToolchainCacheBackend,
  paths: string[],
  key: string,
  log: CacheLog,
): Promise<boolean> {
  if (!(await backend.isFeatureAvailable())) return false;
  try {
    // -1: the service refused the entry, as GitHub's does when another job holds the key.
    if ((await backend.saveCache(paths, key)) === -1) {
      log.info(`Actions cache: ${key} not saved: another job holds the key, or the service refused it`);
      return false;
    }
    log.info(`Actions cache: saved ${key}`);
    return true;
  } catch (error) {
    // Another job of the same workflow saving the same key at the same time is normal.
    log.warning(`Actions cache: could not save ${key} (the next job installs again): ${errorMessage(error)}`);
    return false;
  }
}
