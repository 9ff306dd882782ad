import { readFile } from "node:fs/promises";
import { resolve as resolvePath } from "node:path";
import { parseArgs } from "node:util";
import { UserError } from "@oxidize/core";
import {
  checkSupplyChain,
  loadAllowList,
  type ModuleOutcome,
  moduleInventories,
  type SupplyChainFindings,
  supplyChainReasons,
  writeSbom,
} from "@oxidize/modules";
import { parseResult, ResultValidationError } from "@oxidize/report";
import { sbomTimestamp } from "@oxidize/sbom";
import { cyclonedxJson } from "@oxidize/sbom/cyclonedx";
import type { CliIo } from "../io.js";
import { parseArgsMessage, UsageError, usageFailure } from "../usage.js";
import { VERSION } from "../version.js";

export const modulesUsage = `usage: oxidize modules <sbom|audit> --result <file> [options]

  sbom     write the CycloneDX 1.6 SBOM of the crates compiled into the built modules
  audit    check those crates against a RustSec advisory database and the policy's allow-list

Both read what went in from a build-rust-modules result (its 'report' output, oxidize/result@1).

options:
  --result <file>             the build-rust-modules result file (required)
  --output <file>             sbom: where to write the SBOM (default: standard output)
  --advisory-db <dir>         audit: a checkout of the RustSec advisory database (crates/<crate>/RUSTSEC-*.md)
  --policy <file>             audit: a policy file whose dependencies.allow lists the crates allowed
  --on-advisory <warn|fail>   audit: whether a vulnerability fails (default: fail); informational ones warn
  --json                      audit: print the findings as JSON

exit status: 0 clean (or warnings only), 1 a failing advisory or a crate the policy does not allow,
2 usage or configuration error
`;

const OPTIONS = {
  result: { type: "string" },
  output: { type: "string" },
  "advisory-db": { type: "string" },
  policy: { type: "string" },
  "on-advisory": { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

type Flags = ReturnType<typeof parseFlags>;

function parseFlags(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(parseArgsMessage(error));
  }
}

/** The modules of a build-rust-modules result, as its details record them. */
async function modulesOfResult(file: string, cwd: string): Promise<ModuleOutcome[]> {
  const path = resolvePath(cwd, file);
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new UserError(
      `--result ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}; pass the 'report' output of build-rust-modules`,
    );
  });
  let result: Awaited<ReturnType<typeof parseResult>>;
  try {
    result = await parseResult(text, file);
  } catch (error) {
    if (error instanceof ResultValidationError) throw new UserError(error.message.split("\n").join(" "));
    throw error;
  }
  const modules = (result.details as { modules?: unknown } | undefined)?.modules;
  if (result.action !== "build-rust-modules" || !Array.isArray(modules)) {
    throw new UserError(
      `--result ${file} is a ${result.action} result; pass the 'report' output of build-rust-modules`,
    );
  }
  return modules as ModuleOutcome[];
}

async function sbomCommand(flags: Flags, io: CliIo): Promise<number> {
  for (const flag of ["advisory-db", "policy", "on-advisory", "json"] as const) {
    if (flags.values[flag] !== undefined) throw new UsageError(`--${flag} applies to audit only`);
  }
  const inventories = moduleInventories(await modulesOfResult(flags.values.result!, io.cwd));
  const options = {
    name: "rust-modules",
    timestamp: sbomTimestamp(io.env),
    tool: { name: "oxidize", version: VERSION },
  };
  if (flags.values.output === undefined) {
    io.stdout(cyclonedxJson(inventories, options));
    return 0;
  }
  const written = await writeSbom(resolvePath(io.cwd, flags.values.output), inventories, options);
  io.stderr(
    `oxidize modules sbom: ${written.crates} crates of ${inventories.length} modules in ${written.path} (${written.bytes} bytes)\n`,
  );
  return 0;
}

function findingLines(findings: SupplyChainFindings): string[] {
  const label = { failure: "error", warning: "warning", notice: "notice" } as const;
  return supplyChainReasons(findings).map((reason) => `${label[reason.level]}: ${reason.message}`);
}

async function auditCommand(flags: Flags, io: CliIo): Promise<number> {
  if (flags.values.output !== undefined) throw new UsageError("--output applies to sbom only");
  const onAdvisory = flags.values["on-advisory"] ?? "fail";
  if (onAdvisory !== "warn" && onAdvisory !== "fail") {
    throw new UsageError(`--on-advisory must be one of warn, fail; got '${onAdvisory}'`);
  }
  const advisoryDb = flags.values["advisory-db"];
  const policy = flags.values.policy;
  if (advisoryDb === undefined && policy === undefined) {
    throw new UsageError("audit needs --advisory-db, --policy or both");
  }
  const inventories = moduleInventories(await modulesOfResult(flags.values.result!, io.cwd));
  const allowList = policy === undefined ? undefined : await loadAllowList(policy, io.cwd);
  if (policy !== undefined && allowList === undefined) {
    throw new UserError(`--policy ${policy} has no dependencies.allow list to check against`);
  }
  const findings = await checkSupplyChain(inventories, {
    onAdvisory,
    ...(advisoryDb !== undefined && { advisoryDb: resolvePath(io.cwd, advisoryDb) }),
    ...(allowList !== undefined && { allowList }),
  });
  const failing = findings.advisories.filter((hit) => hit.failing).length + findings.notAllowed.length;
  if (flags.values.json) io.stdout(`${JSON.stringify(findings, null, 2)}\n`);
  else {
    const crates = new Set(inventories.flatMap((m) => m.crates.map((c) => `${c.name}@${c.version}`)));
    const lines = findingLines(findings);
    lines.push(
      `${crates.size} crates in ${inventories.length} modules: ${findings.advisories.length} advisories, ` +
        `${findings.notAllowed.length} not allowed${failing ? ` — ${failing} failing` : ""}`,
    );
    io.stdout(`${lines.join("\n")}\n`);
  }
  return failing > 0 ? 1 : 0;
}

export async function modulesCommand(args: string[], io: CliIo): Promise<number> {
  try {
    const flags = parseFlags(args);
    if (flags.values.help) {
      io.stdout(modulesUsage);
      return 0;
    }
    const [sub, ...extra] = flags.positionals;
    if (sub === undefined) throw new UsageError("missing subcommand (sbom or audit)");
    if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
    if (sub !== "sbom" && sub !== "audit") throw new UsageError(`unknown subcommand '${sub}'`);
    if (flags.values.result === undefined) throw new UsageError(`${sub} needs --result <file>`);
    return sub === "sbom" ? await sbomCommand(flags, io) : await auditCommand(flags, io);
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(io, error.message, "modules");
    if (error instanceof UserError) {
      io.stderr(`oxidize modules: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
