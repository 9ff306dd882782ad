import type { CliIo } from "../io.js";

export async function policyCommand(_args: string[], io: CliIo): Promise<number> {
  io.stderr("oxidize policy: not implemented yet\n");
  return 2;
}
