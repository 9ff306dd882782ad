export { compareRun, lastLines, type ObservedRun, observeRun } from "./compare.js";
export { type HiddenRust, type HideRustOptions, hideRust } from "./hide-rust.js";
export { BASH_FLAGS, configureInvocation, type Invocation } from "./invocation.js";
export {
  checkFacts,
  checkPolicy,
  FAIL_ON_CHOICES,
  type FailOn,
  type PolicyCheck,
  type PolicyCheckOptions,
  RUST_CHOICES,
  reachesFailOn,
} from "./policy-check.js";
export {
  applyConformance,
  ConformanceError,
  type ConformanceOptions,
  type ConformanceReport,
  type ConformanceScenarioResult,
  commandInCopy,
  forgetRustInConfigCache,
  runConformance,
  type ScenarioId,
} from "./run.js";
