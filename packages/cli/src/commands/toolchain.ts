import { resolve as resolvePath } from "node:path";
import { parseArgs } from "node:util";
import {
  checkMsrv,
  checkPinned,
  detectHost,
  HostDetectionError,
  type MsrvCheck,
  type ResolvedToolchain,
  readMsrv,
  resolveToolchain,
  ToolchainResolutionError,
} from "@oxidize/toolchain";
import type { CliIo } from "../io.js";

const usage = `usage: oxidize toolchain resolve [options]

Show the toolchain setup-rust would install for a directory, decided exactly like rustup:
--toolchain > RUSTUP_TOOLCHAIN > nearest rust-toolchain / rust-toolchain.toml > stable.

options:
  --dir <path>            where to start looking for toolchain files (default: current directory)
  --toolchain <name>      as the action's toolchain input (e.g. 1.85.0, nightly-2025-02-20)
  --components <a,b>      extra components, added to the toolchain file's
  --targets <a,b>         extra targets, added to the toolchain file's
  --profile <name>        minimal | default | complete (overrides the file's)
  --host <triple>         the host triple (default: from \`rustc -vV\`, else this machine's platform)
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
      host: { type: "string" },
      "require-pinned": { type: "boolean" },
      json: { type: "boolean" },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw new TypeError(`unexpected argument '${positionals[0]}'`);
  return values;
}

function formatText(resolved: ResolvedToolchain, hostFrom: string, msrv: MsrvCheck | undefined): string {
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
  for (const warning of resolved.warnings) lines.push(`warning: ${warning}`);
  return `${lines.join("\n")}\n`;
}

function reportError(error: ToolchainResolutionError, json: boolean, io: CliIo): number {
  if (json) {
    const { code, rustupMessage: message, help, file } = error;
    io.stdout(`${JSON.stringify({ error: { code, message, help, file } }, null, 2)}\n`);
  } else {
    io.stderr(`error: ${error.rustupMessage}\n${error.help ? `help: ${error.help}\n` : ""}`);
  }
  return 1;
}

async function resolveCommand(args: string[], io: CliIo): Promise<number> {
  let flags: ResolveFlags;
  try {
    flags = parseResolveArgs(args);
  } catch (error) {
    io.stderr(`oxidize toolchain resolve: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  const json = flags.json === true;
  const dir = resolvePath(io.cwd, flags.dir ?? ".");
  try {
    const detected = flags.host ? { host: flags.host, from: "--host" } : await detectHost();
    const resolved = await resolveToolchain({
      input: {
        ...(flags.toolchain !== undefined && { toolchain: flags.toolchain }),
        ...(flags.components !== undefined && { components: list(flags.components) }),
        ...(flags.targets !== undefined && { targets: list(flags.targets) }),
        ...(flags.profile !== undefined && { profile: flags.profile }),
      },
      env: io.env,
      workingDirectory: dir,
      host: detected.host,
    });
    if (flags["require-pinned"]) {
      const notPinned = checkPinned(resolved);
      if (notPinned) return reportError(notPinned, json, io);
    }
    const msrv = await readMsrv(dir, { walkUp: true });
    const msrvCheck = msrv ? checkMsrv(resolved, msrv) : undefined;
    if (msrvCheck?.error) return reportError(msrvCheck.error, json, io);
    if (json) {
      const out = {
        ...resolved,
        hostFrom: detected.from,
        ...(msrvCheck && { msrv: { ...msrv, ...msrvCheck } }),
      };
      io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    } else {
      io.stdout(formatText(resolved, `from ${detected.from}`, msrvCheck));
    }
    return 0;
  } catch (error) {
    if (error instanceof ToolchainResolutionError) return reportError(error, json, io);
    if (error instanceof HostDetectionError) {
      io.stderr(`error: ${error.message}\n`);
      return 1;
    }
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
    io.stdout(usage);
    return 0;
  }
  if (sub !== "resolve") {
    io.stderr(
      `oxidize toolchain: ${sub === undefined ? "missing subcommand" : `unknown subcommand '${sub}'`}\n${usage}`,
    );
    return 2;
  }
  return resolveCommand(rest, io);
}
