export { parseConfigureArgs } from "./configure-args.js";
export { FactsError } from "./errors.js";
export { type GatherFactsOptions, gatherFacts, type RustAssumption } from "./gather.js";
export { guessHostTriplet } from "./host-triplet.js";
export {
  findPythonVersion,
  parseConfigureAc,
  parsePatchlevel,
  type ReadTextFile,
  readPythonVersion,
  type SourcedPythonVersion,
} from "./python-version.js";
