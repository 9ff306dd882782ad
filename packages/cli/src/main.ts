import { modulesCommand, modulesUsage } from "./commands/modules.js";
import { policyCommand, policyUsage } from "./commands/policy.js";
import { toolchainCommand, toolchainUsage } from "./commands/toolchain.js";
import { vendorCommand, vendorUsage } from "./commands/vendor.js";
import type { CliIo, Command } from "./io.js";
import { usageFailure } from "./usage.js";
import { VERSION } from "./version.js";

const commands: Record<string, { run: Command; usage: string }> = {
  modules: { run: modulesCommand, usage: modulesUsage },
  policy: { run: policyCommand, usage: policyUsage },
  toolchain: { run: toolchainCommand, usage: toolchainUsage },
  vendor: { run: vendorCommand, usage: vendorUsage },
};

const usage = `usage: oxidize <command> [options]

commands:
  modules sbom|audit                   what went into the built modules: SBOM, advisories (see: oxidize help modules)
  policy evaluate|impact|conformance   decide what configure must do (see: oxidize help policy)
  toolchain resolve                    the toolchain setup-rust would install (see: oxidize help toolchain)
  vendor verify <dir>                  a cargo vendor directory against Cargo.lock (see: oxidize help vendor)
  help [command]                       this help, or a command's
  --version                            the version of oxidize

exit status: 2 for a usage error; each command documents the others
`;

function help(topic: string | undefined, io: CliIo): number {
  if (topic === undefined) {
    io.stdout(usage);
    return 0;
  }
  const command = Object.hasOwn(commands, topic) ? commands[topic] : undefined;
  if (!command) return usageFailure(io, `no help for '${topic}'`);
  io.stdout(command.usage);
  return 0;
}

export async function main(args: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined) return usageFailure(io, "missing command");
  if (name === "--version" || name === "-V" || name === "version") {
    io.stdout(`oxidize ${VERSION}\n`);
    return 0;
  }
  if (name === "--help" || name === "-h") return help(undefined, io);
  if (name === "help") {
    if (rest.length > 1) return usageFailure(io, `help takes one command, got '${rest.join(" ")}'`);
    return help(rest[0], io);
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    return usageFailure(io, name.startsWith("-") ? `unknown option ${name}` : `unknown command '${name}'`);
  }
  return command.run(rest, io);
}
