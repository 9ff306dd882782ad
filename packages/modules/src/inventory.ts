/**
 * What went into a module, crate by crate: the packages cargo compiled for it (build.ts's
 * compiledFor) with each one's source, checksum, licence, build script and proc-macro flags, and
 * whether it is linked in or only ran at build time. Each crate's own Cargo.toml gives its licence
 * and its dependency tables; Cargo.lock gives the checksums. No second `cargo metadata`: the
 * build's JSON messages already say exactly which packages were compiled.
 */
import { readFileSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { compareText } from "@oxidize/core";
import { repositoryPath } from "@oxidize/report";
import { type CrateEntry, normalizeLicense, packageIdSource } from "@oxidize/sbom";
import { parse as parseToml } from "smol-toml";
import type { CompiledPackage } from "./build.js";
import { packageIdRef } from "./cargo-messages.js";
import type { LockGraph } from "./lockfile.js";

export interface InventoryOptions {
  /** Sources under this directory are `vendored:<dir>` (the vendor directory cargo builds from). */
  vendorDir?: string;
  /** Directories are shown relative to this (the repository). */
  repositoryRoot: string;
  lock?: LockGraph;
  /** Facts already read, by manifest path: the modules of one workspace share most crates. */
  manifests?: ManifestCache;
}

/** Each Cargo.toml read and parsed once per run, however many modules compiled its crate. */
export type ManifestCache = Map<string, ManifestFacts>;

// The files are read synchronously: a module's inventory is dozens of small files, and read through
// libuv's pool each costs four round trips (open, fstat, read, close), which at the end of a no-op
// build took longer than the import check it runs beside.
function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

function factsOf(manifestPath: string, cache?: ManifestCache): ManifestFacts {
  const known = cache?.get(manifestPath);
  if (known) return known;
  const facts = manifestFacts(readIfPresent(manifestPath) ?? "");
  cache?.set(manifestPath, facts);
  return facts;
}

type Table = Record<string, unknown>;

/** The facts of one crate's manifest the inventory needs. */
export interface ManifestFacts {
  license?: string;
  licenseFile?: string;
  /** Package names of `[dependencies]` (and target-specific ones). */
  normal: string[];
  /** Package names of `[build-dependencies]` (and target-specific ones). */
  build: string[];
}

function isTable(value: unknown): value is Table {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The package names a dependency table names (`foo = { package = "bar" }` is bar). */
function dependencyNames(table: unknown): string[] {
  if (!isTable(table)) return [];
  return Object.entries(table).map(([key, spec]) =>
    isTable(spec) && typeof spec["package"] === "string" ? spec["package"] : key,
  );
}

/** Reads licence and dependency tables from a Cargo.toml's text. */
export function manifestFacts(text: string): ManifestFacts {
  let data: Table;
  try {
    data = parseToml(text) as Table;
  } catch {
    return { normal: [], build: [] };
  }
  const pkg = isTable(data["package"]) ? data["package"] : {};
  const facts: ManifestFacts = {
    normal: dependencyNames(data["dependencies"]),
    build: [...dependencyNames(data["build-dependencies"]), ...dependencyNames(data["build_dependencies"])],
  };
  for (const target of Object.values(isTable(data["target"]) ? data["target"] : {})) {
    if (!isTable(target)) continue;
    facts.normal.push(...dependencyNames(target["dependencies"]));
    facts.build.push(...dependencyNames(target["build-dependencies"]));
  }
  if (typeof pkg["license"] === "string") facts.license = normalizeLicense(pkg["license"]);
  if (typeof pkg["license-file"] === "string") facts.licenseFile = pkg["license-file"];
  return facts;
}

function inside(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

/** Where a crate came from, as CrateEntry.source says it. */
export function crateSource(pkg: CompiledPackage, options: InventoryOptions): string {
  const dir = dirname(pkg.manifestPath);
  if (options.vendorDir !== undefined && inside(resolve(options.vendorDir), dir)) {
    return `vendored:${repositoryPath(dir, options.repositoryRoot)}`;
  }
  const source = packageIdSource(pkg.packageId);
  if (source?.kind === "git") return `git:${source.location}`;
  if (source?.kind === "registry" || source?.kind === "sparse") return "registry";
  return `path:${repositoryPath(dir, options.repositoryRoot)}`;
}

const SHA256 = /^[0-9a-f]{64}$/;

/** Cargo.lock's checksum, else the directory source's `.cargo-checksum.json` (a vendored crate). */
function checksumOf(pkg: CompiledPackage, name: string, version: string, lock?: LockGraph) {
  const locked = lock?.packages.find((p) => p.name === name && p.version === version)?.checksum;
  if (locked !== undefined && SHA256.test(locked)) return locked;
  const text = readIfPresent(resolve(dirname(pkg.manifestPath), ".cargo-checksum.json"));
  if (text === undefined) return undefined;
  try {
    const recorded = (JSON.parse(text) as { package?: unknown }).package;
    // Debian's crates record "Could not get crate checksum" here: not a checksum.
    return typeof recorded === "string" && SHA256.test(recorded) ? recorded : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The crates linked into the module (`normal`): reached from the module's own package through
 * `[dependencies]`, never through a proc-macro; every other compiled crate ran only at build time.
 */
export function linkedCrates(
  root: string,
  crates: ReadonlyMap<string, { name: string; procMacro: boolean; facts: ManifestFacts }>,
): Set<string> {
  const byName = new Map<string, string[]>();
  for (const [id, c] of crates) byName.set(c.name, [...(byName.get(c.name) ?? []), id]);
  const linked = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const id = stack.pop()!;
    const crate = crates.get(id);
    if (!crate || linked.has(id) || crate.procMacro) continue;
    linked.add(id);
    for (const dep of crate.facts.normal) stack.push(...(byName.get(dep) ?? []));
  }
  return linked;
}

/** The inventory of one module, sorted by name and version; `rootId` is the module's package id. */
export async function crateInventory(
  compiled: readonly CompiledPackage[],
  rootId: string,
  options: InventoryOptions,
): Promise<CrateEntry[]> {
  const facts = compiled.map((pkg) => factsOf(pkg.manifestPath, options.manifests));
  const crates = new Map<
    string,
    { name: string; version: string; procMacro: boolean; facts: ManifestFacts; pkg: CompiledPackage }
  >();
  compiled.forEach((pkg, i) => {
    const { name, version } = packageIdRef(pkg.packageId);
    crates.set(pkg.packageId, {
      name,
      version: version ?? "0.0.0",
      procMacro: pkg.targetKinds.includes("proc-macro"),
      facts: facts[i]!,
      pkg,
    });
  });
  const linked = linkedCrates(rootId, crates);
  const entries = [...crates].map(([id, crate]) => {
    const entry: CrateEntry = {
      name: crate.name,
      version: crate.version,
      source: crateSource(crate.pkg, options),
      buildScript: crate.pkg.targetKinds.includes("custom-build"),
      procMacro: crate.procMacro,
      kind: linked.has(id) ? "normal" : "build",
    };
    const checksum = checksumOf(crate.pkg, crate.name, crate.version, options.lock);
    if (checksum !== undefined) entry.checksum = checksum;
    if (crate.facts.license !== undefined) entry.license = crate.facts.license;
    else if (crate.facts.licenseFile !== undefined) entry.licenseFile = crate.facts.licenseFile;
    return entry;
  });
  return entries.sort((a, b) => compareText(a.name, b.name) || compareText(a.version, b.version));
}
