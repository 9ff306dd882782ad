import { policyCommand } from "./commands/policy.js";
import { toolchainCommand } from "./commands/toolchain.js";
import type { CliIo, Command } from "./io.js";

const commands: Record<string, Command> = {
  policy: policyCommand,
  toolchain: toolchainCommand,
};

const usage = `usage: oxidize <command> [options]

commands:
  policy evaluate|impact|conformance   decide what configure must do (see: oxidize policy --help)
  toolchain resolve                    the toolchain setup-rust would install (see: oxidize toolchain --help)
`;

export async function main(args: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === "--help" || name === "-h") {
    io.stdout(usage);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`oxidize: unknown command '${name}'\n${usage}`);
    return 2;
  }
  return command(rest, io);
}
