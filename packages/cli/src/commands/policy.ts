import { readFile } from "node:fs/promises";
import { resolve as resolvePath } from "node:path";
import { parseArgs } from "node:util";
import { UserError } from "@oxidize/core";
import {
  type ConformanceReport,
  checkFacts,
  checkPolicy,
  DEFAULT_PRESET,
  FAIL_ON_CHOICES,
  type FailOn,
  impact,
  loadPolicy,
  type PolicyCheck,
  RUST_CHOICES,
  type RustAssumption,
  reachesFailOn,
  renderImpactTable,
  renderImpactText,
} from "@oxidize/policy";
import type { CliIo } from "../io.js";
import { parseArgsMessage, UsageError, usageFailure } from "../usage.js";

export const policyUsage = `usage: oxidize policy <evaluate|conformance|impact> [options]

  evaluate      what configure must do about Rust for this build (pass, warn or fail)
  conformance   evaluate, then run configure with Rust present and hidden and check it complies
  impact        which platforms pass, warn or fail in which CPython version under a policy

options (evaluate, conformance; as the configure-policy action's inputs):
  --policy <name|file>        preset (summit-2026, pre-pep-2025, optional-modules, accelerators) or policy file
                              (default: ${DEFAULT_PRESET})
  --python-version <x.y|auto> CPython version (default: auto, read from the source tree)
  --trust-python-version      when --python-version and the tree disagree, use --python-version (default: the tree's)
  --source-dir <path>         CPython source tree (default: current directory)
  --configure-args <args>     configure arguments, e.g. "--prefix=/x --with-rust=no" (never run by a shell)
  --rust <auto|present|absent>  detect Rust, or assume it present/absent (default: auto)
  --msrv <version>            minimum supported Rust version (default: Cargo.toml rust-version, else the policy's)
  --target <triplet>          host triplet (default: the detected rustc's host, else this machine)
  --run <command>             configure command for a conformance run (required by conformance)
  --timeout <seconds>         per configure run of a conformance check (default: 600)
  --fail-on <fail|warn|never> which verdict makes the exit status 1 (default: fail)
  --json                      print the verdict, facts and conformance evidence as JSON

options (impact):
  --policy <name|file>        as above
  --python-version <a,b>      CPython versions (columns; default: each phase boundary)
  --target <a,b>              host triplets (rows; default: PEP 11's platforms and niche architectures)
  --rust <present|absent>     assume Rust present (default) or absent everywhere
  --markdown                  a Markdown table instead of aligned text
  --json                      the report as JSON

exit status: 0 below fail-on, 1 the verdict reaches fail-on, 2 usage or configuration error
`;

const OPTIONS = {
  policy: { type: "string" },
  "python-version": { type: "string" },
  "trust-python-version": { type: "boolean" },
  "source-dir": { type: "string" },
  "configure-args": { type: "string" },
  rust: { type: "string" },
  msrv: { type: "string" },
  target: { type: "string" },
  run: { type: "string" },
  timeout: { type: "string" },
  "fail-on": { type: "string" },
  json: { type: "boolean" },
  markdown: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

type Flags = ReturnType<typeof parseFlags>;

/**
 * Like getopt, a string option takes the next word whatever it looks like, so
 * `--configure-args "--with-rust=no"` works (node's parseArgs would call it ambiguous).
 */
function joinStringValues(args: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const name = arg.startsWith("--") ? arg.slice(2) : undefined;
    const option = name === undefined ? undefined : OPTIONS[name as keyof typeof OPTIONS];
    if (option?.type === "string" && i + 1 < args.length) {
      joined.push(`${arg}=${args[++i]}`);
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

function parseFlags(args: string[]) {
  try {
    return parseArgs({
      args: joinStringValues(args),
      options: OPTIONS,
      allowPositionals: false,
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError(parseArgsMessage(error));
  }
}

function choice<T extends string>(
  flag: string,
  value: string | undefined,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${choices.join(", ")}; got '${value}'`);
}

const list = (value: string | undefined): string[] | undefined => {
  const items = value
    ?.split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  return items && items.length > 0 ? items : undefined;
};

export async function policyCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "--help" || sub === "-h" || sub === "help") {
    io.stdout(policyUsage);
    return 0;
  }
  if (sub === undefined)
    return usageFailure(io, "policy needs a subcommand (evaluate, conformance, impact)", "policy");
  try {
    const flags = parseFlags(rest);
    if (flags.help) {
      io.stdout(policyUsage);
      return 0;
    }
    switch (sub) {
      case "evaluate":
        return await evaluateCommand(flags, io, false);
      case "conformance":
        return await evaluateCommand(flags, io, true);
      case "impact":
        return await impactCommand(flags, io);
      default:
        throw new UsageError(`unknown subcommand '${sub}'`);
    }
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(io, error.message, "policy");
    if (error instanceof UserError) {
      io.stderr(`oxidize policy: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function evaluateCommand(flags: Flags, io: CliIo, conformance: boolean): Promise<number> {
  if (conformance && !flags.run?.trim()) {
    throw new UsageError(
      "conformance needs --run <configure command>, e.g. --run './configure --prefix=/tmp/x'",
    );
  }
  if (flags.markdown) throw new UsageError("--markdown applies to impact only");
  const failOn: FailOn = choice("fail-on", flags["fail-on"], FAIL_ON_CHOICES, "fail");
  const rust: RustAssumption = choice("rust", flags.rust, RUST_CHOICES, "auto");
  const timeout = flags.timeout === undefined ? undefined : Number(flags.timeout);
  if (timeout !== undefined && !(Number.isFinite(timeout) && timeout > 0)) {
    throw new UsageError(`--timeout must be a positive number of seconds; got '${flags.timeout}'`);
  }
  const python = flags["python-version"];
  const check = await checkPolicy({
    policy: flags.policy ?? DEFAULT_PRESET,
    sourceDir: resolvePath(io.cwd, flags["source-dir"] ?? "."),
    env: io.env,
    cwd: io.cwd,
    rust,
    ...(python !== undefined && python !== "auto" ? { pythonVersion: python } : {}),
    ...(flags["trust-python-version"] ? { trustPythonVersion: true } : {}),
    ...(flags["configure-args"] !== undefined ? { configureArgs: flags["configure-args"] } : {}),
    ...(flags.msrv !== undefined ? { msrv: flags.msrv } : {}),
    ...(flags.target !== undefined ? { target: flags.target } : {}),
    ...(flags.run !== undefined ? { run: flags.run } : {}),
    ...(timeout !== undefined ? { runTimeoutMs: timeout * 1000 } : {}),
  });
  const fails = reachesFailOn(check.verdict.outcome, failOn);
  if (flags.json) {
    const { policy, facts, verdict, conformance: report } = check;
    const json = {
      policy: policy.name,
      verdict,
      facts,
      conformance: report,
      failOn,
      exitStatus: fails ? 1 : 0,
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.stdout(renderCheck(check));
  }
  return fails ? 1 : 0;
}

function renderCheck(check: PolicyCheck): string {
  const { verdict, policy } = check;
  const lines = [
    `verdict: ${verdict.outcome} (policy ${policy.name}, phase ${verdict.phase})`,
    verdict.message,
    "",
  ];
  const facts = Object.entries(checkFacts(check));
  const width = Math.max(...facts.map(([label]) => label.length));
  lines.push("facts:");
  for (const [label, value] of facts) lines.push(`  ${label.padEnd(width)}  ${value ?? "-"}`);
  lines.push("", "reasons:");
  if (check.facts.python.disagreement)
    lines.push(`  [warn] python-version-disagreement: ${check.facts.python.disagreement}`);
  for (const reason of verdict.reasons) lines.push(`  [${reason.outcome}] ${reason.code}: ${reason.message}`);
  if (check.conformance) lines.push("", ...renderConformanceText(check.conformance));
  return `${lines.join("\n")}\n`;
}

function renderConformanceText(report: ConformanceReport): string[] {
  const lines = [`conformance run in ${report.cwd}:`];
  for (const s of report.scenarios) {
    const mark = s.mismatches.length ? "FAIL" : s.skipped ? "skip" : "ok";
    const exit = s.observed.exitCode === null ? "killed" : `exit ${s.observed.exitCode}`;
    lines.push(
      `  ${mark.padEnd(4)}  ${s.description}: ${s.argv.join(" ")} → ${exit}; policy requires ${s.expected.outcome}, configure did ${s.observed.outcome}`,
    );
    if (s.skipped) lines.push(`        ${s.skipped}`);
    if (s.mismatches.length === 0) continue;
    for (const mismatch of s.mismatches) lines.push(`        - ${mismatch}`);
    lines.push(`        required: ${s.expected.message}`, `        last ${s.tail.length} lines of output:`);
    for (const line of s.tail) lines.push(`          | ${line}`);
  }
  return lines;
}

async function impactCommand(flags: Flags, io: CliIo): Promise<number> {
  for (const flag of [
    "source-dir",
    "configure-args",
    "msrv",
    "run",
    "timeout",
    "fail-on",
    "trust-python-version",
  ] as const) {
    if (flags[flag] !== undefined) throw new UsageError(`--${flag} does not apply to impact`);
  }
  const rust = choice("rust", flags.rust, ["present", "absent"] as const, "present");
  const policy = await loadPolicy(flags.policy ?? DEFAULT_PRESET, {
    readFile: (path) => readFile(path, "utf8"),
    cwd: io.cwd,
  });
  const pythonVersions = list(flags["python-version"]);
  const platforms = list(flags.target);
  const report = impact(policy, {
    ...(pythonVersions ? { pythonVersions } : {}),
    ...(platforms ? { platforms } : {}),
    ...(rust === "absent" ? { rust: { available: false } } : {}),
  });
  if (flags.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout(flags.markdown ? renderImpactTable(report) : renderImpactText(report));
  return 0;
}
