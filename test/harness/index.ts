export {
  type ActionRunOptions,
  type ActionRunResult,
  inputEnvName,
  type PreparedActionRun,
  prepareActionRun,
  repoRoot,
  runAction,
} from "./run-action.js";
export {
  type Annotation,
  type ParsedCommands,
  parseKeyValueFile,
  parseWorkflowCommands,
} from "./workflow-commands.js";
