export {
  type ActionRunOptions,
  type ActionRunResult,
  collectRunResult,
  inputEnvName,
  type PreparedActionRun,
  prepareActionRun,
  repoRoot,
  runAction,
  type StepExit,
} from "./run-action.js";
export { runActionInProcess } from "./run-in-process.js";
export { errorAnnotations, realPython, resultOf, STACK_FRAME } from "./step-checks.js";
export {
  type Annotation,
  type ParsedCommands,
  parseKeyValueFile,
  parseWorkflowCommands,
} from "./workflow-commands.js";
