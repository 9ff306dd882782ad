// The whole setup of a toolchain for a CI job, behind `setupToolchain`; `resolveSetup` is its first step alone.
export {
  actionsCacheKey,
  type CacheLog,
  restoreToolchain,
  saveToolchain,
  type ToolchainCacheBackend,
} from "./cache.js";
export { chooseDistServer, type DistServer } from "./dist-server.js";
export {
  type EnvironmentPlan,
  type EnvironmentRequest,
  type Homes,
  planEnvironment,
  toolHomes,
} from "./environment.js";
export {
  chooseInstaller,
  INSTALLERS,
  type Installer,
  type InstallerChoice,
  isUnavailable,
} from "./install.js";
export {
  type ResolvedSetup,
  type ResolveSetupRequest,
  resolveSetup,
  SETUP_DEFAULT_PROFILE,
  type SetupWarning,
} from "./resolve-setup.js";
export { renderExtraSummary, type SetupDetails, setupResult } from "./result.js";
export {
  type SetupDeps,
  type SetupOutcome,
  type SetupRequest,
  setupHost,
  setupToolchain,
} from "./setup.js";
export { applyShims, listExecutables, planShims, type ShimAction } from "./shims.js";
