export { isoTimestamp, monotonicMs } from "./clock.js";
export { ArgumentSyntaxError, parseCommand, splitWords } from "./command.js";
export { describeJsonError, MAX_JSON_DEPTH, nestedDeeperThan, parseJsonText } from "./json.js";
export type { Log } from "./log.js";
export {
  envPart,
  fileIdentity,
  fileMemo,
  isScript,
  type Memo,
  probeMemo,
  realFile,
  userCacheDir,
} from "./memo.js";
export { nameHash } from "./name-hash.js";
export { compareText } from "./order.js";
export {
  type Env,
  lastLine,
  type Runner,
  type RunOptions,
  type RunResult,
  runProcess,
} from "./process.js";
export { randomBytes, randomHex } from "./random.js";
export { errorMessage, UserError } from "./user-error.js";
