import type { Policy } from "./types.js";

export type ReadFile = (path: string) => string | Promise<string>;

export interface LoadPolicyOptions {
  readFile: ReadFile;
  cwd?: string;
}

export async function loadPolicy(_nameOrPath: string, _options: LoadPolicyOptions): Promise<Policy> {
  throw new Error("loadPolicy: not implemented yet");
}

export function parsePolicy(_text: string, _file: string): Policy {
  throw new Error("parsePolicy: not implemented yet");
}
