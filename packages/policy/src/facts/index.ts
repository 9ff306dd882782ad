export { parseConfigureArgs } from "./configure-args.js";
export { type DetectRustOptions, detectRust, installedTargets } from "./detect-rust.js";
export { ArgumentSyntaxError, FactsError } from "./errors.js";
export {
  cargoHome,
  defaultProbe,
  type Env,
  envValue,
  type FileProbe,
  findInDirectory,
  findRustTool,
  type HostContext,
  pathDirectories,
  type ToolLookup,
} from "./find-tool.js";
export { type GatherFactsOptions, gatherFacts, type RustAssumption } from "./gather.js";
export { guessHostTriplet } from "./host-triplet.js";
export { checkRustVersion, readCargoMsrv } from "./msrv.js";
export { type ProcessOptions, type ProcessResult, type RunProcess, runProcess } from "./process.js";
export {
  parseConfigureAc,
  parsePatchlevel,
  type ReadTextFile,
  readPythonVersion,
  type SourcedPythonVersion,
} from "./python-version.js";
export { parseRustcVerbose, type RustcVersion } from "./rustc-version.js";
export { tokenizeArgs } from "./tokenize.js";
