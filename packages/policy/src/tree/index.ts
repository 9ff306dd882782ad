export {
  type MakefileCargo,
  type ModuleState,
  makefileCargo,
  moduleState,
  moduleStateVar,
  parseMakefileVars,
} from "./makefile.js";
export {
  type ConfiguredTree,
  type RustSetupModule,
  readConfiguredTree,
  readRustTree,
  readSetupModules,
  rustModules,
} from "./read-tree.js";
export { mergeSetupFiles, parseSetupFile, type SetupBuildType, type SetupModule } from "./setup-files.js";
export { type ReconciledVersion, reconcileVersions, type VersionPreference } from "./version-agreement.js";
