// What every oxidize action shares with the runner: one way to read inputs, log, publish a result and fail.
export { errorMessage, type Log, parseJsonText, UserError } from "@oxidize/core";
export {
  getBooleanInput,
  getChoiceInput,
  getCommandInput,
  getListInput,
  getOptionalInput,
  getPathInput,
  getReportingInputs,
  getRequiredInput,
  type PathBase,
  parseMatrix,
  REPORTING_INPUTS,
  type ReportingInputs,
  workspaceDirectory,
} from "./inputs.js";
export { actionLog, inert } from "./log.js";
export {
  addMatcherCommands,
  MATCHER_FILES,
  MATCHER_OWNERS,
  MATCHERS_DIR_ENV,
  removeMatcherCommands,
  withoutRustMatchers,
} from "./matchers.js";
export {
  type PublishOptions,
  type PublishReport,
  publishAggregate,
  publishResult,
  writeSummary,
} from "./publish.js";
export {
  CHECKS_PERMISSION_HINT,
  type CheckTarget,
  checkTarget,
  octokitClient,
  publishCheck,
} from "./report-check.js";
export {
  RESULTS_DIRECTORY,
  type ResultFileSubject,
  resultFileName,
  resultsDirectory,
  stepResultPath,
  writeResultDocument,
  writeStepResult,
} from "./result-file.js";
export { failStep, runAction } from "./run.js";
