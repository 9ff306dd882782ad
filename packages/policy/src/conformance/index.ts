export { compareRun, lastLines, type ObservedRun, observeRun } from "./compare.js";
export { type HiddenRust, type HideRustOptions, hideRust } from "./hide-rust.js";
export {
  applyConformance,
  ConformanceError,
  type ConformanceOptions,
  type ConformanceReport,
  type ConformanceScenarioResult,
  runConformance,
  type ScenarioId,
} from "./run.js";
