export { ToolchainResolutionError, type ToolchainResolutionErrorCode } from "./errors.js";
export { type FloatTrapRepair, repairFloatTrap } from "./float-trap.js";
export { nodeResolveFs, type ResolveFs } from "./fs.js";
export {
  type DetectedHost,
  type DetectHostOptions,
  detectHost,
  HostDetectionError,
  hostFromPlatform,
  libcFromMaps,
  type PlatformInfo,
} from "./host.js";
export {
  checkMsrv,
  expandWorkspaceMember,
  type Msrv,
  type MsrvCheck,
  readCargoManifest,
  readMsrv,
  readWorkspaceMsrv,
} from "./msrv.js";
export {
  type ParseMode,
  parseOverrideFile,
  rustLinesCount,
  rustTrim,
  type ToolchainSection,
} from "./override-file.js";
export { isAbsolutePath, type PathFlavor } from "./path-flavor.js";
export { checkPinned, describeSource } from "./pinning.js";
export { type Profile, parseProfile } from "./profile.js";
export {
  type ResolvedToolchain,
  type ResolveToolchainInput,
  type ResolveToolchainOptions,
  resolveToolchain,
  type ToolchainSource,
} from "./resolve-toolchain.js";
export {
  KNOWN_ARCHS,
  KNOWN_ENVS,
  KNOWN_OSES,
  type PartialTargetTuple,
  parsePartialTargetTuple,
} from "./target-tuple.js";
export { type FoundToolchainFile, findToolchainFile } from "./toolchain-file.js";
export {
  type ClassifiedName,
  classifyToolchainName,
  formatToolchainDesc,
  isTrackingChannel,
  type PartialToolchainDesc,
  parsePartialToolchainDesc,
  resolveToolchainDesc,
  type ToolchainDesc,
} from "./toolchain-name.js";
