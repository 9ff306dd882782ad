// Building CPython extension modules written in Rust: discovery from Cargo metadata, per-module
// decisions from the policy and the toolchain, one cargo build with failure isolation, install
// under EXT_SUFFIX, import and differential checks, and the result report.
export { abiFromCfgs, abiProblem, type BuiltAbi, describeAbi } from "./abi.js";
export {
  buildWithCargo,
  type CargoBuildOptions,
  type CompiledPackage,
  cargoBuildArgs,
  cargoEnv,
  compiledFor,
  type ModuleBuild,
  WorkspaceBuildError,
} from "./build.js";
export {
  type BuildModulesDeps,
  type BuildModulesOptions,
  type BuildModulesResult,
  buildRustModules,
} from "./build-modules.js";
export {
  type CargoArtifact,
  type CargoRecord,
  cdylibFile,
  isSummaryDiagnostic,
  packageIdRef,
  parseCargoLine,
  spanPath,
  stripAnsi,
} from "./cargo-messages.js";
export { type CargoFailure, missingLibrary, type PackageRef, parseCargoStderr } from "./cargo-stderr.js";
export { stateDisagreement, statusForState } from "./configure-state.js";
export {
  compareRustVersions,
  type Decision,
  type DecisionContext,
  decideModule,
  headline,
  mandatoryReason,
  minimumRust,
  notBuilt,
  type PhaseDecision,
  reactionMandatory,
  type TargetFacts,
  type ToolchainFacts,
} from "./decide.js";
export {
  type DiscoverOptions,
  discoverWorkspace,
  filterModules,
  moduleSpecFromSetup,
  moduleSpecOf,
  type PackageFacts,
  parseCargoMetadata,
  readWorkspaceManifests,
  type SetupDeclaration,
} from "./discover.js";
export { ModulesConfigError } from "./errors.js";
export { parseHumanDiagnostics } from "./human-diagnostics.js";
export {
  abi3Suffix,
  extSuffixProblem,
  installModule,
  isWindowsTarget,
  moduleFiles,
  modulePath,
  removeStaleModules,
} from "./install.js";
export {
  defaultInterpreterCommand,
  type Interpreter,
  type InterpreterProblem,
  interpreterEnv,
  queryInterpreter,
} from "./interpreter.js";
export {
  crateInventory,
  crateSource,
  type InventoryOptions,
  linkedCrates,
  type ManifestFacts,
  manifestFacts,
} from "./inventory.js";
export { closureHas, dependencyClosure, type LockGraph, parseLockfile } from "./lockfile.js";
export {
  buildWithMake,
  builtInterpreter,
  expandMakeVars,
  type MakeBuildOptions,
  type MakeModuleBuild,
  makeTargets,
} from "./make-build.js";
export { decisionFromPolicy, decisionFromReport, phaseDecision } from "./phase.js";
export { appendRustflags, type PythonLinkOptions, pythonLinkEnv } from "./python-link.js";
export {
  conclusionOf,
  type ModulesDetails,
  noticeReasons,
  resultReasons,
  toActionResult,
  treeReasons,
} from "./report.js";
export {
  checkSupplyChain,
  loadAllowList,
  moduleInventories,
  type OnAdvisory,
  type SupplyChainFindings,
  type SupplyChainOptions,
  supplyChainFails,
  supplyChainFailure,
  supplyChainReasons,
  writeSbom,
} from "./supply-chain.js";
export { type BuildToolchain, detectBuildToolchain, probeTarget } from "./toolchain.js";
export * from "./types.js";
export {
  DOWNLOAD_AREAS,
  downloadSnapshot,
  downloadsAdded,
  type LockedCrate,
  lockedCrates,
  type VendorCheck,
  VendorError,
  type VendorReport,
  vendorCargoArgs,
  verifyVendorDir,
} from "./vendor.js";
export {
  type DifferentialCheck,
  type FallbackCheck,
  type FallbackResult,
  type ImportCheck,
  type ImportResult,
  runDifferentialCheck,
  startFallbackCheck,
  startImportCheck,
} from "./verify.js";
