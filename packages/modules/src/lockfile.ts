/**
 * The dependency graph in Cargo.lock, to attribute a failure in a shared dependency (a build
 * script, a crate needing a newer rustc) to the modules that depend on it without asking cargo
 * again. The lock file lists every package that any feature or platform could pull in, so the
 * closure is a superset of what one build compiles: good for attribution, which only looks at
 * modules that did fail.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse as parseToml } from "smol-toml";
import type { PackageRef } from "./cargo-stderr.js";

export interface LockPackage {
  name: string;
  version: string;
  dependencies: string[];
  /** `registry+URL`, `git+URL#rev`; none for path packages. */
  source?: string;
  /** SHA-256 of the `.crate` file, for registry packages. */
  checksum?: string;
}

export interface LockGraph {
  packages: LockPackage[];
}

/** Parses Cargo.lock text; undefined when it is not a lock file we can read. */
export function parseLockfile(text: string): LockGraph | undefined {
  let data: unknown;
  try {
    data = parseToml(text);
  } catch {
    return undefined;
  }
  const raw = (data as { package?: unknown }).package;
  if (!Array.isArray(raw)) return undefined;
  const packages: LockPackage[] = [];
  for (const entry of raw as Array<Record<string, unknown>>) {
    if (typeof entry["name"] !== "string" || typeof entry["version"] !== "string") continue;
    const deps = Array.isArray(entry["dependencies"]) ? entry["dependencies"].map(String) : [];
    const pkg: LockPackage = { name: entry["name"], version: entry["version"], dependencies: deps };
    if (typeof entry["source"] === "string") pkg.source = entry["source"];
    if (typeof entry["checksum"] === "string") pkg.checksum = entry["checksum"];
    packages.push(pkg);
  }
  return { packages };
}

export async function readLockfile(workspaceRoot: string): Promise<LockGraph | undefined> {
  const text = await readFile(join(workspaceRoot, "Cargo.lock"), "utf8").catch(() => undefined);
  return text === undefined ? undefined : parseLockfile(text);
}

/** A lock `dependencies` entry (`name`, `name version`, `name version (source)`) → its package. */
function resolveEntry(graph: LockGraph, entry: string): LockPackage | undefined {
  const [name, version] = entry.split(" ");
  return graph.packages.find((p) => p.name === name && (version === undefined || p.version === version));
}

function matches(p: LockPackage, ref: PackageRef): boolean {
  return p.name === ref.name && (ref.version === undefined || p.version === ref.version);
}

/** The package and everything it can depend on, as `name@version` keys. */
export function dependencyClosure(graph: LockGraph, root: PackageRef): Set<string> {
  const seen = new Set<string>();
  const stack = graph.packages.filter((p) => matches(p, root));
  while (stack.length > 0) {
    const p = stack.pop()!;
    const key = `${p.name}@${p.version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const entry of p.dependencies) {
      const dep = resolveEntry(graph, entry);
      if (dep) stack.push(dep);
    }
  }
  return seen;
}

/** Whether a closure holds the package (any version when the reference has none). */
export function closureHas(closure: ReadonlySet<string>, ref: PackageRef): boolean {
  if (ref.version !== undefined) return closure.has(`${ref.name}@${ref.version}`);
  for (const key of closure) if (key.slice(0, key.lastIndexOf("@")) === ref.name) return true;
  return false;
}

/** The packages of the closure with this name (e.g. every `pyo3-ffi` a module can link). */
export function closureVersions(closure: ReadonlySet<string>, name: string): string[] {
  return [...closure]
    .filter((key) => key.slice(0, key.lastIndexOf("@")) === name)
    .map((key) => key.slice(key.lastIndexOf("@") + 1));
}
