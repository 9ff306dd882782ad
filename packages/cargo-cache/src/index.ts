export {
  type CacheLog,
  type CargoCacheBackend,
  type CargoCachePlan,
  type HitKind,
  pruneForCache,
  type RestoreOutcome,
  restoreCargoCache,
  type SaveOutcome,
  saveCargoCache,
} from "./cache.js";
export { type CargoCacheKeys, type CargoKeyInputs, cargoCacheKeys, outputEnv } from "./key.js";
export { CargoCachePlanError, type PlanOptions, planCargoCache } from "./plan.js";
export {
  CARGO_HOME_CACHED,
  CARGO_HOME_PRUNED,
  crateName,
  type ProfileListing,
  planProfilePrune,
} from "./prune.js";
export { type CacheSummary, summarizeCache } from "./summary.js";
