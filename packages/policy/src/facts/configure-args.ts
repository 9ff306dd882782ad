import { parseCommand } from "@oxidize/core";
import type { ConfigureArgs, WithRust } from "../types.js";

/**
 * Reads the `--with-rust` family out of configure arguments. As with autoconf, the last flag of
 * the family wins: `--with-rust=no --with-rust` means "yes". `--without-rust` is autoconf's twin
 * of `--with-rust=no`; a bare `--with-rust` is an explicit demand like `--with-rust=yes`.
 * Values other than yes/no are kept as given ("yes" for anything but "no"), matching how
 * AC_ARG_WITH scripts usually test `"$with_rust" != no`.
 */
export function parseConfigureArgs(input: string | readonly string[]): ConfigureArgs {
  const args = typeof input === "string" ? parseCommand(input, "configure-args") : [...input];
  let withRust: WithRust = "default";
  let flag: string | undefined;
  for (const arg of args) {
    const decided = withRustOf(arg);
    if (decided !== undefined) {
      withRust = decided;
      flag = arg;
    }
  }
  return flag === undefined ? { withRust, args } : { withRust, flag, args };
}

function withRustOf(arg: string): WithRust | undefined {
  if (arg === "--without-rust") return "no";
  if (arg === "--with-rust") return "yes";
  if (arg.startsWith("--with-rust=")) return arg.slice("--with-rust=".length) === "no" ? "no" : "yes";
  return undefined;
}
