export { errorMessage, UserError } from "@oxidize/core";
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
  type ReportingInputs,
  workspaceDirectory,
} from "./inputs.js";
export {
  CHECKS_PERMISSION_HINT,
  type CheckTarget,
  checkTarget,
  octokitClient,
  publishCheck,
} from "./report-check.js";
export {
  DEFAULT_RESULTS_DIR,
  defaultResultsDir,
  resultFileName,
  stepResultPath,
  writeResultFile,
  writeStepResult,
} from "./report-file.js";
export {
  type PublishReport,
  type PublishResultOptions,
  publishResult,
  writeSummary,
} from "./report-publish.js";
export { runAction } from "./run.js";
