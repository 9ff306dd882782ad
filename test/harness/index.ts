export { filesContaining, type LoadRecord, recordLoads } from "./loads.js";
export {
  cachedTargetDir,
  copyFixture,
  debianCrateSource,
  debianCratesScript,
  oxidizeCacheDir,
  PYO3_CRATE_PACKAGES,
  type PythonMinor,
  pyo3CrateSource,
  pyo3Fixture,
  pythonInterpreter,
  writeCargoSourceConfig,
} from "./pyo3-crates.js";
export {
  type ActionRunOptions,
  type ActionRunResult,
  collectRunResult,
  declaredInputs,
  inputEnvName,
  type PreparedActionRun,
  prepareActionRun,
  repoRoot,
  runAction,
  type StepExit,
} from "./run-action.js";
export { runActionInProcess } from "./run-in-process.js";
export {
  errorAnnotations,
  pathToolchainWorkspace,
  type ReportModule,
  realPython,
  resultOf,
  STACK_FRAME,
  withoutRust,
} from "./step-checks.js";
export {
  type Annotation,
  type ParsedCommands,
  parseKeyValueFile,
  parseWorkflowCommands,
} from "./workflow-commands.js";
export { zlibRsVendorDir, zlibRsVendorScript } from "./zlib-rs-vendor.js";
