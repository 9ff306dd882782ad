/**
 * Finding the CPython extension modules of a Cargo workspace: every package whose Cargo.toml
 * has a `[package.metadata.cpython]` table. `cargo metadata` is the authority; when cargo is
 * missing or cannot read the workspace (an old cargo and edition 2024, say) the manifests are
 * read directly, so the modules can still be reported as skipped by name.
 */

import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { type Env, lastLine, type Runner } from "@oxidize/core";
import { readMsrv, readWorkspaceMsrv } from "@oxidize/toolchain";
import { parse as parseToml } from "smol-toml";
import { ModulesConfigError } from "./errors.js";
import type { ModuleSpec, Workspace } from "./types.js";

const PYTHON_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PYTHON_VERSION = /^\d+\.\d+$/;

type Table = Record<string, unknown>;

function isTable(value: unknown): value is Table {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What one package looks like to discovery, whichever way it was read. */
export interface PackageFacts {
  name: string;
  id?: string;
  manifestPath: string;
  rustVersion?: string;
  /** Kinds of the lib target (`["cdylib"]`), undefined when the package has no lib target. */
  libKinds?: string[];
  libName?: string;
  /** The `[package.metadata]` table, if any. */
  metadata?: unknown;
}

/**
 * The module spec of a package, undefined when it is not a CPython module; throws
 * ModulesConfigError when it declares `[package.metadata.cpython]` wrongly.
 */
export function moduleSpecOf(pkg: PackageFacts, displayRoot: string): ModuleSpec | undefined {
  const cpython = isTable(pkg.metadata) ? pkg.metadata["cpython"] : undefined;
  if (cpython === undefined) return undefined;
  const where = `${relative(displayRoot, pkg.manifestPath) || pkg.manifestPath} ([package.metadata.cpython] of package ${pkg.name})`;
  if (!isTable(cpython)) throw new ModulesConfigError(`${where} must be a table.`);
  const moduleName = cpython["module"];
  if (typeof moduleName !== "string" || !PYTHON_IDENTIFIER.test(moduleName)) {
    throw new ModulesConfigError(
      `${where}: 'module' must be the import name of the extension module, a Python identifier such as "_base64" ` +
        `(got ${JSON.stringify(moduleName)}).`,
    );
  }
  const fallback = cpython["fallback"];
  if (fallback !== undefined && (typeof fallback !== "string" || !/^[A-Za-z_][\w.]*$/.test(fallback))) {
    throw new ModulesConfigError(`${where}: 'fallback' must be a module name such as "base64".`);
  }
  const requiredFrom = cpython["required-from"];
  if (
    requiredFrom !== undefined &&
    (typeof requiredFrom !== "string" || !PYTHON_VERSION.test(requiredFrom))
  ) {
    throw new ModulesConfigError(
      `${where}: 'required-from' must be a quoted CPython version such as "3.17" (got ${JSON.stringify(requiredFrom)}).`,
    );
  }
  const abi3 = cpython["abi3"];
  if (abi3 !== undefined && typeof abi3 !== "boolean") {
    throw new ModulesConfigError(`${where}: 'abi3' must be true or false.`);
  }
  if (!pkg.libKinds?.includes("cdylib")) {
    const found = pkg.libKinds ? `its lib target is ${pkg.libKinds.join(", ")}` : "it has no lib target";
    throw new ModulesConfigError(
      `${where}: a CPython extension module must be a cdylib, but ${found}. ` +
        `Add [lib] crate-type = ["cdylib"] to ${relative(displayRoot, pkg.manifestPath) || pkg.manifestPath}.`,
    );
  }
  const spec: ModuleSpec = {
    module: moduleName,
    package: pkg.name,
    manifestPath: pkg.manifestPath,
    libName: (pkg.libName ?? pkg.name).replace(/-/g, "_"),
    abi3: abi3 === true,
  };
  if (pkg.id !== undefined) spec.packageId = pkg.id;
  if (typeof fallback === "string") spec.fallback = fallback;
  if (typeof requiredFrom === "string") spec.requiredFrom = requiredFrom;
  if (pkg.rustVersion !== undefined) spec.rustVersion = pkg.rustVersion;
  return spec;
}

/** Keeps the modules named in `wanted` (by import or package name); unknown names are an error. */
export function filterModules(
  modules: ModuleSpec[],
  wanted: readonly string[],
  manifest: string,
): ModuleSpec[] {
  if (wanted.length === 0) return modules;
  const unknown = wanted.filter((name) => !modules.some((m) => m.module === name || m.package === name));
  if (unknown.length > 0) {
    const known = modules.map((m) => m.module).join(", ") || "none";
    throw new ModulesConfigError(
      `Input 'modules' names ${unknown.join(", ")}, which ${unknown.length === 1 ? "is" : "are"} not a CPython ` +
        `extension module of ${manifest} (found: ${known}). Modules are packages with [package.metadata.cpython].`,
    );
  }
  return modules.filter((m) => wanted.includes(m.module) || wanted.includes(m.package));
}

function checkUnique(modules: ModuleSpec[]): void {
  const seen = new Map<string, string>();
  for (const m of modules) {
    const other = seen.get(m.module);
    if (other !== undefined) {
      throw new ModulesConfigError(
        `Packages ${other} and ${m.package} both declare module = "${m.module}"; each import name must be unique.`,
      );
    }
    seen.set(m.module, m.package);
  }
}

// ---------------------------------------------------------------------------------------------
// cargo metadata

interface CargoMetadata {
  packages: Array<{
    name: string;
    id: string;
    manifest_path: string;
    rust_version?: string | null;
    metadata?: unknown;
    targets: Array<{ name: string; kind: string[]; crate_types?: string[] }>;
  }>;
  workspace_members: string[];
  workspace_root: string;
}

/** Turns `cargo metadata --format-version 1 --no-deps` output into the workspace's modules. */
export function parseCargoMetadata(json: string, manifestPath: string, displayRoot: string): Workspace {
  const data = JSON.parse(json) as CargoMetadata;
  const members = new Set(data.workspace_members);
  const modules: ModuleSpec[] = [];
  for (const pkg of data.packages) {
    if (!members.has(pkg.id)) continue;
    const lib = pkg.targets.find((t) =>
      t.kind.some((k) => ["lib", "cdylib", "rlib", "dylib", "staticlib"].includes(k)),
    );
    const facts: PackageFacts = {
      name: pkg.name,
      id: pkg.id,
      manifestPath: pkg.manifest_path,
      metadata: pkg.metadata,
    };
    if (pkg.rust_version) facts.rustVersion = pkg.rust_version;
    if (lib) {
      facts.libKinds = lib.crate_types ?? lib.kind;
      facts.libName = lib.name;
    }
    const spec = moduleSpecOf(facts, displayRoot);
    if (spec) modules.push(spec);
  }
  checkUnique(modules);
  return { root: data.workspace_root, manifestPath, modules, discoveredBy: "cargo metadata" };
}

// ---------------------------------------------------------------------------------------------
// Reading the manifests (no cargo)

async function readToml(path: string, displayRoot: string): Promise<Table> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ModulesConfigError(
      `Cannot read ${relative(displayRoot, path) || path}: ${(error as Error).message}. ` +
        `Check input 'manifest-path' (or 'source-dir').`,
    );
  }
  try {
    return parseToml(text) as Table;
  } catch (error) {
    throw new ModulesConfigError(
      `${relative(displayRoot, path) || path} is not valid TOML: ${(error as Error).message}`,
    );
  }
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Expands a workspace `members` entry; only `*` within a path component is supported. */
async function expandMember(root: string, pattern: string): Promise<string[]> {
  const parts = pattern.split("/").filter((p) => p !== "" && p !== ".");
  let dirs = [root];
  for (const part of parts) {
    const next: string[] = [];
    for (const dir of dirs) {
      if (!part.includes("*")) {
        next.push(join(dir, part));
        continue;
      }
      const re = new RegExp(`^${part.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
      const entries = await readdir(dir).catch(() => [] as string[]);
      for (const entry of entries.sort()) if (re.test(entry)) next.push(join(dir, entry));
    }
    dirs = next;
  }
  const found: string[] = [];
  for (const dir of dirs) {
    if (
      await stat(join(dir, "Cargo.toml")).then(
        (s) => s.isFile(),
        () => false,
      )
    )
      found.push(dir);
  }
  return found;
}

async function packageFactsFromToml(manifest: Table, manifestPath: string): Promise<PackageFacts> {
  const pkg = manifest["package"] as Table;
  // The one MSRV reader: it follows `rust-version.workspace = true` to the workspace root.
  const rustVersion = (await readMsrv(dirname(manifestPath)))?.version;
  const lib = isTable(manifest["lib"]) ? manifest["lib"] : undefined;
  const crateType = lib?.["crate-type"];
  const facts: PackageFacts = { name: str(pkg["name"]) ?? "?", manifestPath, metadata: pkg["metadata"] };
  if (rustVersion !== undefined) facts.rustVersion = rustVersion;
  if (Array.isArray(crateType)) facts.libKinds = crateType.map(String);
  else if (lib !== undefined || manifest["lib"] === undefined) facts.libKinds = ["lib"];
  const libName = str(lib?.["name"]);
  if (libName !== undefined) facts.libName = libName;
  return facts;
}

/** Reads the workspace's `Cargo.toml` files directly; good enough to name the modules. */
export async function readWorkspaceManifests(
  manifestPath: string,
  displayRoot: string,
  note?: string,
): Promise<Workspace> {
  const root = dirname(manifestPath);
  const top = await readToml(manifestPath, displayRoot);
  const workspace = isTable(top["workspace"]) ? top["workspace"] : undefined;
  const workspaceRustVersion = (await readWorkspaceMsrv(root))?.version;
  const memberDirs: string[] = [];
  if (isTable(top["package"])) memberDirs.push(root);
  const members = Array.isArray(workspace?.["members"])
    ? (workspace["members"] as unknown[]).map(String)
    : [];
  const excluded = new Set(
    (Array.isArray(workspace?.["exclude"]) ? (workspace["exclude"] as unknown[]).map(String) : []).map((e) =>
      resolve(root, e),
    ),
  );
  for (const member of members) {
    for (const dir of await expandMember(root, member))
      if (!excluded.has(dir) && !memberDirs.includes(dir)) memberDirs.push(dir);
  }
  const modules: ModuleSpec[] = [];
  for (const dir of memberDirs) {
    const path = join(dir, "Cargo.toml");
    const manifest = dir === root ? top : await readToml(path, displayRoot);
    if (!isTable(manifest["package"])) continue;
    const spec = moduleSpecOf(await packageFactsFromToml(manifest, path), displayRoot);
    if (spec) modules.push(spec);
  }
  checkUnique(modules);
  const result: Workspace = { root, manifestPath, modules, discoveredBy: "Cargo.toml" };
  if (workspaceRustVersion !== undefined) result.rustVersion = workspaceRustVersion;
  if (note !== undefined) result.note = note;
  return result;
}

export interface DiscoverOptions {
  /** Absolute path of the workspace's Cargo.toml. */
  manifestPath: string;
  /** Paths in messages are shown relative to this (the repository). */
  displayRoot: string;
  /** cargo to ask, when one was found. */
  cargo?: string;
  env: Env;
  run: Runner;
}

/**
 * The workspace's modules, through `cargo metadata` when cargo is usable, else from the
 * manifests. The workspace-level `rust-version` always comes from the root manifest (cargo
 * metadata only reports the per-package value).
 */
export async function discoverWorkspace(options: DiscoverOptions): Promise<Workspace> {
  const { manifestPath, displayRoot } = options;
  if (
    !(await stat(manifestPath).then(
      (s) => s.isFile(),
      () => false,
    ))
  ) {
    throw new ModulesConfigError(
      `No Cargo.toml at ${manifestPath}. Set 'manifest-path' (or 'source-dir') to the Cargo workspace holding the modules.`,
    );
  }
  if (options.cargo === undefined) {
    return readWorkspaceManifests(
      manifestPath,
      displayRoot,
      "cargo not found: read the Cargo.toml files directly",
    );
  }
  const args = ["metadata", "--format-version", "1", "--no-deps", "--manifest-path", manifestPath];
  const result = await options.run(options.cargo, args, {
    cwd: dirname(manifestPath),
    env: options.env,
    timeoutMs: 120_000,
  });
  if (result.exitCode !== 0) {
    const why = result.startError ?? lastLine(result.stderr);
    return readWorkspaceManifests(
      manifestPath,
      displayRoot,
      `cargo metadata failed (${why}): read the Cargo.toml files directly`,
    );
  }
  const workspace = parseCargoMetadata(result.stdout, manifestPath, displayRoot);
  const rustVersion = (await readWorkspaceMsrv(workspace.root))?.version;
  if (rustVersion !== undefined) workspace.rustVersion = rustVersion;
  return workspace;
}
