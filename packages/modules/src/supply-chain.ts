/**
 * The supply-chain checks over what went in: RustSec advisories from a database checkout, the
 * policy's dependency allow-list, and the SBOM file. They take the modules' crate inventories —
 * from a build (ModuleOutcome.crates) or from a result file (the CLI) — so both run one code path.
 */
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { loadPolicy, PolicyError } from "@oxidize/policy";
import type { ResultReason } from "@oxidize/report";
import {
  AdvisoryDbError,
  type AdvisoryHit,
  type AllowedCrate,
  AllowListError,
  advisoryMessage,
  checkAllowed,
  matchAdvisories,
  type NotAllowed,
  notAllowedMessage,
  readAdvisories,
  type SbomModule,
  type SbomOptions,
} from "@oxidize/sbom";
import { ModulesConfigError } from "./errors.js";
import type { ModuleOutcome } from "./types.js";

export type OnAdvisory = "warn" | "fail";

export interface SupplyChainOptions {
  /** A RustSec advisory-db checkout (absolute path). */
  advisoryDb?: string;
  /** What a vulnerability does to the job; informational advisories only ever warn. */
  onAdvisory: OnAdvisory;
  /** The policy's allow-list, and the policy's name for messages; no list: any crate. */
  allowList?: { allow: readonly AllowedCrate[]; policy: string };
}

export interface SupplyChainFindings {
  advisories: Array<AdvisoryHit & { modules: string[]; failing: boolean }>;
  notAllowed: Array<NotAllowed & { modules: string[] }>;
  /** What was checked: the database's path, and whether an allow-list applied. */
  checked: { advisoryDb?: string; allowList?: string };
}

/** The inventories of the modules built with one (cargo builds: make's links are not inventoried). */
export function moduleInventories(outcomes: readonly ModuleOutcome[]): SbomModule[] {
  return outcomes.flatMap((o) => {
    if (o.status !== "built" || o.crates === undefined) return [];
    const own = o.crates.find((c) => c.name === o.package && c.source.startsWith("path:"));
    const module: SbomModule = {
      module: o.module,
      package: o.package,
      version: own?.version ?? "0.0.0",
      crates: o.crates,
    };
    if (o.artifact) module.artifact = o.artifact.path.split(/[\\/]/).pop()!;
    return [module];
  });
}

function modulesWith(inventories: readonly SbomModule[], name: string, version: string): string[] {
  return inventories
    .filter((m) => m.crates.some((c) => c.name === name && c.version === version))
    .map((m) => m.module);
}

/** Advisories and the allow-list over every module's crates. Throws ModulesConfigError on a bad db or list. */
export async function checkSupplyChain(
  inventories: readonly SbomModule[],
  options: SupplyChainOptions,
): Promise<SupplyChainFindings> {
  const crates = inventories.flatMap((m) => m.crates);
  const findings: SupplyChainFindings = { advisories: [], notAllowed: [], checked: {} };
  if (options.advisoryDb !== undefined) {
    let advisories: Awaited<ReturnType<typeof readAdvisories>>;
    try {
      advisories = await readAdvisories(
        options.advisoryDb,
        crates.map((c) => c.name),
      );
    } catch (error) {
      if (error instanceof AdvisoryDbError) {
        throw new ModulesConfigError(
          `Input 'advisory-db': ${error.message}. Point it at a checkout of the RustSec advisory database.`,
        );
      }
      throw error;
    }
    findings.checked.advisoryDb = options.advisoryDb;
    findings.advisories = matchAdvisories(crates, advisories).map((hit) => ({
      ...hit,
      modules: modulesWith(inventories, hit.crate.name, hit.crate.version),
      failing: hit.vulnerability && options.onAdvisory === "fail",
    }));
  }
  if (options.allowList !== undefined) {
    findings.checked.allowList = options.allowList.policy;
    try {
      findings.notAllowed = checkAllowed(crates, options.allowList.allow).map((finding) => ({
        ...finding,
        modules: modulesWith(inventories, finding.crate.name, finding.crate.version),
      }));
    } catch (error) {
      if (error instanceof AllowListError)
        throw new ModulesConfigError(`Policy ${options.allowList.policy}: ${error.message}.`);
      throw error;
    }
  }
  return findings;
}

/** The policy's allow-list (a preset has none); the policy named as the `policy` input is. */
export async function loadAllowList(
  nameOrPath: string,
  cwd: string,
): Promise<SupplyChainOptions["allowList"] | undefined> {
  try {
    const policy = await loadPolicy(nameOrPath, { readFile: (p) => readFile(p, "utf8"), cwd });
    return policy.dependencies ? { allow: policy.dependencies.allow, policy: nameOrPath } : undefined;
  } catch (error) {
    if (error instanceof PolicyError) throw new ModulesConfigError(`Input 'policy': ${error.message}`);
    throw error;
  }
}

/** One reason per finding: advisories (failures when failing), then crates the policy does not allow. */
export function supplyChainReasons(findings: SupplyChainFindings): ResultReason[] {
  const reasons: ResultReason[] = findings.advisories.map((hit) => ({
    level: hit.failing ? "failure" : "warning",
    code: hit.vulnerability ? "rustsec-advisory" : "rustsec-informational",
    title: `${hit.crate.name} ${hit.crate.version}: ${hit.advisory.id}`,
    message: `${advisoryMessage(hit)} In ${hit.modules.join(", ")}.`,
    primary: true,
  }));
  for (const finding of findings.notAllowed) {
    reasons.push({
      level: "warning",
      code: "dependency-not-allowed",
      title: `${finding.crate.name} ${finding.crate.version}: not allowed by policy`,
      message: `${notAllowedMessage(finding, findings.checked.allowList ?? "the policy")} In ${finding.modules.join(", ")}.`,
      primary: true,
    });
  }
  return reasons;
}

/** Whether the findings fail the job (a vulnerability under `on-advisory: fail`). */
export function supplyChainFails(findings: SupplyChainFindings | undefined): boolean {
  return findings?.advisories.some((hit) => hit.failing) ?? false;
}

/** The step's failure message when the findings fail it: the first advisory, and how many in all. */
export function supplyChainFailure(findings: SupplyChainFindings | undefined): string | undefined {
  const failing = findings?.advisories.filter((hit) => hit.failing) ?? [];
  if (failing.length === 0) return undefined;
  const more = failing.length > 1 ? ` (and ${failing.length - 1} more advisories)` : "";
  return `on-advisory is fail: ${advisoryMessage(failing[0]!)}${more}`;
}

/**
 * Writes the CycloneDX SBOM to `file` through a temporary name, so a failed write leaves no
 * half-written SBOM; resolves to its size.
 */
export async function writeSbom(
  file: string,
  inventories: readonly SbomModule[],
  options: SbomOptions,
): Promise<{ path: string; bytes: number; crates: number }> {
  // The CycloneDX library is most of the bundle's weight: loaded only when an SBOM is asked for.
  const { cyclonedxJson } = await import("@oxidize/sbom/cyclonedx");
  const text = cyclonedxJson(inventories, options);
  await mkdir(dirname(file), { recursive: true });
  const temporary = join(dirname(file), `.${process.pid}.sbom.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  const crates = new Set(
    inventories.flatMap((m) => m.crates.map((c) => `${c.name}@${c.version} ${c.source}`)),
  );
  return { path: file, bytes: Buffer.byteLength(text), crates: crates.size };
}
