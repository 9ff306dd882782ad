import { homedir } from "node:os";
import { resolve as resolvePath } from "node:path";
import { parseArgs } from "node:util";
import { UserError } from "@oxidize/core";
import {
  chooseInstaller,
  INSTALLERS,
  type InstallerChoice,
  type MsrvCheck,
  type ResolvedSetup,
  resolveSetup,
  setupHost,
  ToolchainResolutionError,
  toolHomes,
} from "@oxidize/toolchain";
import type { CliIo } from "../io.js";
import { parseArgsMessage, usageFailure } from "../usage.js";

export const toolchainUsage = `usage: oxidize toolchain resolve [options]

Show the toolchain setup-rust would install for a directory: the same code as the action, so the
same answer — the toolchain decided exactly like rustup (--toolchain > RUSTUP_TOOLCHAIN > nearest
rust-toolchain / rust-toolchain.toml > stable), an unquoted YAML version repaired, the profile,
and the MSRV check.

options:
  --dir <path>            the action's working-directory: where the toolchain-file walk starts (default: .)
  --toolchain <name>      as the action's toolchain input (e.g. 1.85.0, nightly-2025-02-20)
  --components <a,b>      extra components, added to the toolchain file's
  --targets <a,b>         extra targets, added to the toolchain file's
  --profile <name>        minimal | default | complete (overrides the file's; default minimal)
  --msrv-from <path>      where the search for the Cargo.toml with rust-version starts (default: --dir)
  --installer <kind>      auto | rustup | dist, as the action's input: picks how the host is found (default auto)
  --host <triple>         the host triple (default: what the installer would use)
  --require-pinned        fail when the toolchain floats (stable, beta, nightly, 1.85, …)
  --json                  print the result (or the error) as JSON
  -h, --help              show this help

exit status: 0 resolved, 1 resolution error, 2 usage error
`;

const list = (value: string | undefined): string[] | undefined =>
  value
    ?.split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");

interface ResolveFlags {
  dir?: string;
  toolchain?: string;
  components?: string;
  targets?: string;
  profile?: string;
  "msrv-from"?: string;
  installer?: string;
  host?: string;
  "require-pinned"?: boolean;
  json?: boolean;
}

function parseResolveArgs(args: string[]): ResolveFlags {
  const { values, positionals } = parseArgs({
    args,
    options: {
      dir: { type: "string" },
      toolchain: { type: "string" },
      components: { type: "string" },
      targets: { type: "string" },
      profile: { type: "string" },
      "msrv-from": { type: "string" },
      installer: { type: "string" },
      host: { type: "string" },
      "require-pinned": { type: "boolean" },
      json: { type: "boolean" },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw new TypeError(`unexpected argument '${positionals[0]}'`);
  if (values.installer !== undefined && !(INSTALLERS as readonly string[]).includes(values.installer)) {
    throw new TypeError(`--installer must be one of ${INSTALLERS.join(", ")}; got '${values.installer}'`);
  }
  return values;
}

function formatText(setup: ResolvedSetup, hostFrom: string, msrv: MsrvCheck | undefined): string {
  const { resolved } = setup;
  const rows: [string, string][] = [
    ["toolchain", resolved.toolchain],
    ["source", resolved.source],
  ];
  if (resolved.file) rows.push(["file", resolved.file]);
  if (resolved.kind === "official") {
    const date = resolved.date ? ` (${resolved.date})` : "";
    rows.push(["channel", `${resolved.channel}${date}${resolved.floating ? ", floating" : ", pinned"}`]);
    rows.push(["components", resolved.components.join(", ") || "(none)"]);
    rows.push(["targets", resolved.targets.join(", ") || "(none)"]);
    rows.push(["profile", resolved.profile]);
  }
  rows.push(["host", `${resolved.host} (${hostFrom})`]);
  if (msrv) rows.push(["msrv", `${msrv.status}: ${msrv.message}`]);
  const width = Math.max(...rows.map(([k]) => k.length)) + 2;
  const lines = rows.map(([k, v]) => `${`${k}:`.padEnd(width)}${v}`);
  for (const warning of setup.warnings) lines.push(`warning: ${warning.message}`);
  return `${lines.join("\n")}\n`;
}

function reportError(error: UserError, json: boolean, io: CliIo): number {
  const resolution = error instanceof ToolchainResolutionError;
  const message = resolution ? error.rustupMessage : error.message;
  const help = resolution ? error.help : undefined;
  if (json) {
    const code = resolution ? error.code : undefined;
    const file = resolution ? error.file : undefined;
    io.stdout(`${JSON.stringify({ error: { code, message, help, file } }, null, 2)}\n`);
  } else {
    io.stderr(`error: ${message}\n${help ? `help: ${help}\n` : ""}`);
  }
  return 1;
}

async function resolveCommand(args: string[], io: CliIo): Promise<number> {
  let flags: ResolveFlags;
  try {
    flags = parseResolveArgs(args);
  } catch (error) {
    return usageFailure(io, parseArgsMessage(error), "toolchain");
  }
  const json = flags.json === true;
  const dir = resolvePath(io.cwd, flags.dir ?? ".");
  try {
    let host: { host: string; from: string };
    if (flags.host) {
      host = { host: flags.host, from: "--host" };
    } else {
      const choice = (flags.installer ?? "auto") as InstallerChoice;
      const installer = await chooseInstaller(choice, io.env, toolHomes(io.env, homedir()));
      host = await setupHost(installer.kind);
    }
    const components = list(flags.components);
    const targets = list(flags.targets);
    const setup = await resolveSetup({
      ...(flags.toolchain !== undefined && { toolchain: flags.toolchain }),
      workingDirectory: dir,
      ...(components !== undefined && { components }),
      ...(targets !== undefined && { targets }),
      ...(flags.profile !== undefined && { profile: flags.profile }),
      requirePinned: flags["require-pinned"] === true,
      ...(flags["msrv-from"] !== undefined && { msrvFrom: resolvePath(io.cwd, flags["msrv-from"]) }),
      host: host.host,
      env: io.env,
    });
    if (json) {
      const out = {
        ...setup.resolved,
        warnings: setup.warnings.map((w) => w.message),
        hostFrom: host.from,
        ...(setup.msrv && setup.msrvCheck && { msrv: { ...setup.msrv, ...setup.msrvCheck } }),
      };
      io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    } else {
      io.stdout(formatText(setup, `from ${host.from}`, setup.msrvCheck));
    }
    return 0;
  } catch (error) {
    if (error instanceof UserError) return reportError(error, json, io);
    throw error;
  }
}

export async function toolchainCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (
    sub === "--help" ||
    sub === "-h" ||
    (sub === "resolve" && (rest.includes("--help") || rest.includes("-h")))
  ) {
    io.stdout(toolchainUsage);
    return 0;
  }
  if (sub !== "resolve") {
    const what = sub === undefined ? "toolchain needs a subcommand (resolve)" : `unknown subcommand '${sub}'`;
    return usageFailure(io, what, "toolchain");
  }
  return resolveCommand(rest, io);
}
