import type { CliIo } from "../io.js";

export async function toolchainCommand(_args: string[], io: CliIo): Promise<number> {
  io.stderr("oxidize toolchain: not implemented yet\n");
  return 2;
}
