// Installing a Rust toolchain: from a dist server without rustup (verified, atomic, cached), or through rustup.
export {
  type CachedToolchain,
  type CacheKeyInput,
  type CompleteMarker,
  cacheKey,
  findCached,
  isImmutableToolchain,
} from "./cache.js";
export { findInstalled, manifestUrl, splitToolchain } from "./cached.js";
export {
  ChecksumError,
  ComponentUnavailableError,
  CorruptArchiveError,
  DownloadError,
  HostUnsupportedError,
  InstallError,
  InstallTimeoutError,
  ManifestError,
  NotAvailableError,
  RustupError,
  SignatureError,
  TooLargeError,
  UnsafeArchiveError,
} from "./errors.js";
export {
  DEFAULT_LIMITS,
  type InstalledPackage,
  type InstallLimits,
  type InstallOptions,
  type InstallResult,
  installToolchain,
  type SignatureStatus,
} from "./install.js";
export { type ChannelManifest, parseChannelManifest, rustVersion } from "./manifest.js";
export {
  type PlannedPackage,
  type PlanRequest,
  planInstall,
  rewriteDistUrl,
} from "./plan.js";
export { exeSuffix, type ToolchainPaths, toolchainPaths } from "./platform.js";
export {
  installWithRustup,
  isTransientRustupFailure,
  type LinkOptions,
  linkIntoRustupHome,
  RUSTUP_RETRY,
  type RustupInstallOptions,
  type RustupInstallResult,
  rustupInstallArgs,
} from "./rustup.js";
export {
  DEFAULT_RELEASE_KEY_PATH,
  loadReleaseKey,
  loadShippedReleaseKey,
  type ReleaseKey,
  RUST_RELEASE_KEY_FINGERPRINT,
} from "./signature.js";
export type {
  CompressionPreference,
  FetchLike,
  Logger,
  Platform,
  RetryOptions,
  SignatureMode,
} from "./types.js";
export { silentLogger } from "./types.js";
export { UPSTREAM_DIST_SERVER } from "./upstream.js";
