import type { ToolchainCacheBackend } from "@oxidize/toolchain";

// @actions/cache (with the Azure storage SDK) is most of the bundle's size; loading it only on
// runners that have a cache service keeps every other run's start-up fast.
const load = () => import("@actions/cache");

/** The Actions cache service behind the setup pipeline's cache interface. */
export const actionsCacheBackend: ToolchainCacheBackend = {
  async isFeatureAvailable() {
    if (!process.env["ACTIONS_CACHE_URL"] && !process.env["ACTIONS_RESULTS_URL"]) return false;
    return (await load()).isFeatureAvailable();
  },
  restoreCache: async (paths, key) => (await load()).restoreCache(paths, key),
  saveCache: async (paths, key) => (await load()).saveCache(paths, key),
};
