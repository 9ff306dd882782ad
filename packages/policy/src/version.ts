import type { Phase, Policy, PythonVersion } from "./types.js";

export function parsePythonVersion(_text: string): PythonVersion {
  throw new Error("parsePythonVersion: not implemented yet");
}

export function phaseFor(_policy: Policy, _version: string | PythonVersion): Phase | undefined {
  throw new Error("phaseFor: not implemented yet");
}
