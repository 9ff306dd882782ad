import { homedir } from "node:os";
import { isAbsolute, relative, sep } from "node:path";
import { markAbandoned } from "./abandoned.js";

/** Test hook: every cache operation's time limit in milliseconds (a hung double in seconds, not minutes). */
export const CACHE_TIMEOUT_ENV = "OXIDIZE_CACHE_TIMEOUT_MS";
/** Long enough for a few GB at runner speeds; a service that takes longer is treated as down. */
const DEFAULT_TIMEOUT_MS = 5 * 60_000;

/** Thrown when the cache service did not finish within the time limit; the step goes on without it. */
export class CacheTimeoutError extends Error {
  constructor(operation: string, ms: number) {
    super(`${operation} did not finish within ${Math.round(ms / 1000)} s; going on without it`);
    this.name = "CacheTimeoutError";
  }
}

/** The Actions cache as the oxidize packages use it (@oxidize/toolchain's and @oxidize/cargo-cache's backend). */
export interface ActionsCache {
  isFeatureAvailable(): Promise<boolean>;
  restoreCache(
    paths: string[],
    primaryKey: string,
    restoreKeys?: string[],
    options?: { lookupOnly?: boolean },
  ): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

// @actions/cache (with the Azure storage SDK) is most of a bundle's size; loading it only on
// runners that have a cache service keeps every other run's start-up fast.
const load = () => import("@actions/cache");

function timeLimit(env: NodeJS.ProcessEnv): number {
  const asked = Number(env[CACHE_TIMEOUT_ENV]);
  return Number.isFinite(asked) && asked > 0 ? asked : DEFAULT_TIMEOUT_MS;
}

/**
 * Races an operation against the time limit. @actions/cache retries with back-off and has no
 * overall limit of its own (a Twirp call to a service that never answers waits forever), so the
 * limit is enforced here; the abandoned request is left to the process exit (see abandoned.ts).
 */
async function bounded<T>(operation: string, ms: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      markAbandoned();
      reject(new CacheTimeoutError(operation, ms));
    }, ms);
  });
  try {
    return await Promise.race([work(), expired]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * @actions/cache versions an entry by the path strings it is given, so the same directories on two
 * runners must be spelled alike: relative to the step's directory (the workspace) when inside it,
 * `~/…` when in the home directory (both of which @actions/glob expands), else absolute.
 */
export function portablePaths(paths: readonly string[], cwd = process.cwd(), home = homedir()): string[] {
  const inside = (base: string, path: string) => {
    const rel = relative(base, path);
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : undefined;
  };
  return paths.map((path) => {
    const inWorkspace = inside(cwd, path);
    if (inWorkspace !== undefined) return inWorkspace;
    const inHome = inside(home, path);
    return inHome !== undefined ? `~/${inHome}` : path;
  });
}

/**
 * The Actions cache service through @actions/cache, each call bounded in time. Its own failures
 * (service down, 5xx after retries, a corrupt archive) come back from @actions/cache as a warning
 * and a miss; a save of a key another job is saving as an info line and -1, as on GitHub.
 */
export function actionsCache(env: NodeJS.ProcessEnv = process.env): ActionsCache {
  const ms = timeLimit(env);
  return {
    async isFeatureAvailable() {
      if (!env["ACTIONS_CACHE_URL"] && !env["ACTIONS_RESULTS_URL"]) return false;
      return (await load()).isFeatureAvailable();
    },
    restoreCache: (paths, key, restoreKeys, options) =>
      bounded("Actions cache restore", ms, async () =>
        (await load()).restoreCache(portablePaths(paths), key, restoreKeys, {
          // Used by the Azure SDK path (github.com's storage); the race above covers the rest.
          segmentTimeoutInMs: ms,
          ...(options?.lookupOnly && { lookupOnly: true }),
        }),
      ),
    saveCache: (paths, key) =>
      bounded("Actions cache save", ms, async () => (await load()).saveCache(portablePaths(paths), key)),
  };
}
