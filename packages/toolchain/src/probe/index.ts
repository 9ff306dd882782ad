// What a Rust toolchain on this machine is: found the way a build finds it, and asked, never trusted by name.
export { type DetectRustOptions, detectRust, installedTargets, type RustFacts } from "./detect.js";
export {
  cargoHome,
  defaultProbe,
  envValue,
  type FileProbe,
  findInDirectory,
  findRustTool,
  type HostContext,
  pathDirectories,
  type RustToolFacts,
  type ToolLookup,
} from "./find-tool.js";
export { type RustTool, rustToolIdentity, sysrootTool, upwardDirectories } from "./identity.js";
export { probeRustcRemembered } from "./remembered.js";
export {
  type ProbeOptions,
  parseCargoVersion,
  parseRustcVerbose,
  probeRustc,
  type RustcProbe,
  type RustcVersion,
} from "./rustc.js";
