/** The part of @actions/cache used here, injectable for tests. */
export interface ToolchainCacheBackend {
  isFeatureAvailable(): Promise<boolean>;
  restoreCache(paths: string[], primaryKey: string): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

// @actions/cache (with the Azure storage SDK) is most of the bundle's size; loading it only on
// runners that have a cache service keeps every other run's start-up fast.
const load = () => import("@actions/cache");

export const actionsCacheBackend: ToolchainCacheBackend = {
  async isFeatureAvailable() {
    if (!process.env["ACTIONS_CACHE_URL"] && !process.env["ACTIONS_RESULTS_URL"]) return false;
    return (await load()).isFeatureAvailable();
  },
  restoreCache: async (paths, key) => (await load()).restoreCache(paths, key),
  saveCache: async (paths, key) => (await load()).saveCache(paths, key),
};

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
    log.warning(`Actions cache: restore of ${key} failed, installing instead: ${message(error)}`);
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
    await backend.saveCache(paths, key);
    log.info(`Actions cache: saved ${key}`);
    return true;
  } catch (error) {
    // Another job of the same workflow saving the same key at the same time is normal.
    log.warning(`Actions cache: could not save ${key} (the next job installs again): ${message(error)}`);
    return false;
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
