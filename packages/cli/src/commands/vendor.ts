import { resolve as resolvePath } from "node:path";
import { parseArgs } from "node:util";
import { UserError } from "@oxidize/core";
import { verifyVendorDir } from "@oxidize/modules";
import type { CliIo } from "../io.js";
import { parseArgsMessage, usageFailure } from "../usage.js";

export const vendorUsage = `usage: oxidize vendor verify <vendor-dir> [--workspace <dir>]

Check a cargo vendor directory against a workspace's Cargo.lock, as build-rust-modules' vendor-dir
input does before it builds: every crate locked from a registry or git present (<name>-<version>/
or <name>/), with the package checksum Cargo.lock names, and every file as .cargo-checksum.json
lists it (nothing changed, added or missing).

options:
  --workspace <dir>   the directory holding Cargo.lock (default: .)
  -h, --help          show this help

exit status: 0 verified, 1 the directory does not match (one line naming the crate and the file),
2 usage error
`;

export async function vendorCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "--help" || sub === "-h" || rest.includes("--help") || rest.includes("-h")) {
    io.stdout(vendorUsage);
    return 0;
  }
  if (sub !== "verify") {
    const what = sub === undefined ? "vendor needs a subcommand (verify)" : `unknown subcommand '${sub}'`;
    return usageFailure(io, what, "vendor");
  }
  let values: { workspace?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: rest,
      options: { workspace: { type: "string" } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    return usageFailure(io, parseArgsMessage(error), "vendor");
  }
  if (positionals.length !== 1) {
    const what =
      positionals.length === 0
        ? "vendor verify needs the vendor directory"
        : `unexpected argument '${positionals[1]}'`;
    return usageFailure(io, what, "vendor");
  }
  try {
    const check = await verifyVendorDir(
      resolvePath(io.cwd, positionals[0]!),
      resolvePath(io.cwd, values.workspace ?? "."),
    );
    io.stdout(
      `${check.crates} crate(s), ${check.files} file(s) verified against Cargo.lock in ${check.dir}\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    // The library words it for the action's input; here the directory is an argument.
    io.stderr(`error: ${error.message.replace(/^(Input 'vendor-dir'|vendor-dir): /, "")}\n`);
    return 1;
  }
}
