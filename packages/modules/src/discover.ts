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
import { parseCargoStderr } from "./cargo-stderr.js";
import { ModulesConfigError } from "./errors.js";
import type { ModuleSpec, Workspace, WorkspaceNotice } from "./types.js";

/** An import name: `_base64`, or dotted (`pkg._ext`) for a module inside a package. */
const MODULE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
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
  if (typeof moduleName !== "string" || !MODULE_NAME.test(moduleName)) {
    throw new ModulesConfigError(
      `${where}: 'module' must be the import name of the extension module, such as "_base64" or "pkg._speedups" ` +
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
  };
  if (typeof abi3 === "boolean") spec.abi3 = abi3;
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

/**
 * What discovery passes over without a word from cargo: a cdylib member that is not declared as a
 * module is never built, and a member's `[profile]` is ignored (cargo reads profiles from the
 * workspace root only, and says so only in its log).
 */
async function workspaceNotices(
  members: readonly PackageFacts[],
  rootManifest: string,
  displayRoot: string,
): Promise<WorkspaceNotice[]> {
  const notices: WorkspaceNotice[] = [];
  for (const pkg of members) {
    const file = relative(displayRoot, pkg.manifestPath) || pkg.manifestPath;
    const cpython = isTable(pkg.metadata) ? pkg.metadata["cpython"] : undefined;
    if (cpython === undefined && pkg.libKinds?.includes("cdylib")) {
      notices.push({
        file,
        message:
          `Package ${pkg.name} builds a cdylib but has no [package.metadata.cpython], so it is not built as a ` +
          `module. Add the table with module = "<import name>" to build it, or ignore this if it is not a Python module.`,
      });
    }
    if (pkg.manifestPath === rootManifest) continue;
    const text = await readFile(pkg.manifestPath, "utf8").catch(() => "");
    const line = text.split(/\r?\n/).findIndex((l) => /^\s*\[profile[.\]]/.test(l));
    if (line >= 0) {
      notices.push({
        file,
        line: line + 1,
        message:
          `The [profile] in ${file} is ignored: cargo reads profiles only from the workspace root ` +
          `(${relative(displayRoot, rootManifest) || rootManifest}). Move it there.`,
      });
    }
  }
  return notices;
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
export function parseCargoMetadata(
  json: string,
  manifestPath: string,
  displayRoot: string,
): Workspace & { members: PackageFacts[] } {
  const data = JSON.parse(json) as CargoMetadata;
  const members = new Set(data.workspace_members);
  const modules: ModuleSpec[] = [];
  const memberFacts: PackageFacts[] = [];
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
    memberFacts.push(facts);
    const spec = moduleSpecOf(facts, displayRoot);
    if (spec) modules.push(spec);
  }
  checkUnique(modules);
  return {
    root: data.workspace_root,
    manifestPath,
    modules,
    discoveredBy: "cargo metadata",
    notices: [],
    members: memberFacts,
  };
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
  const memberFacts: PackageFacts[] = [];
  for (const dir of memberDirs) {
    const path = join(dir, "Cargo.toml");
    const manifest = dir === root ? top : await readToml(path, displayRoot);
    if (!isTable(manifest["package"])) continue;
    const facts = await packageFactsFromToml(manifest, path);
    memberFacts.push(facts);
    const spec = moduleSpecOf(facts, displayRoot);
    if (spec) modules.push(spec);
  }
  checkUnique(modules);
  const result: Workspace = {
    root,
    manifestPath,
    modules,
    discoveredBy: "Cargo.toml",
    notices: await workspaceNotices(memberFacts, manifestPath, displayRoot),
  };
  if (workspaceRustVersion !== undefined) result.rustVersion = workspaceRustVersion;
  if (note !== undefined) result.note = note;
  return result;
}

/** cargo's words when the manifests need a newer cargo than the one that reads them. */
const CARGO_TOO_OLD =
  /feature `[^`]+` is required|requires rustc|newer version of Cargo|is not supported by this version of Cargo|unknown edition|edition20\d\d/;

/** The first error of cargo's stderr, with the `file:line:col` of a manifest error. */
function cargoError(stderr: string): string {
  const failure = parseCargoStderr(stderr).find((f) => f.kind === "other");
  return failure?.kind === "other" ? failure.message : lastLine(stderr);
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
    const why = result.startError ?? cargoError(result.stderr);
    // A cargo too old for the manifests (edition 2024 on cargo 1.80, say) cannot read them, but
    // the modules can still be named and reported as needing a newer Rust. Anything else is a
    // mistake in the workspace, which every module would meet: one error, not N skips.
    if (result.startError === undefined && !CARGO_TOO_OLD.test(result.stderr)) {
      throw new ModulesConfigError(
        `cargo cannot read the workspace ${relative(displayRoot, manifestPath) || manifestPath}: ${why}. Fix the manifest.`,
      );
    }
    return readWorkspaceManifests(
      manifestPath,
      displayRoot,
      `cargo metadata failed (${why}): read the Cargo.toml files directly`,
    );
  }
  const { members, ...workspace } = parseCargoMetadata(result.stdout, manifestPath, displayRoot);
  workspace.notices = await workspaceNotices(members, manifestPath, displayRoot);
  const rustVersion = (await readWorkspaceMsrv(workspace.root))?.version;
  if (rustVersion !== undefined) workspace.rustVersion = rustVersion;
  return workspace;
}
