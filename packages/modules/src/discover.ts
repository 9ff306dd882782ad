/**
 * Finding the CPython extension modules of a Cargo workspace: every package whose Cargo.toml
 * has a `[package.metadata.cpython]` table. `cargo metadata` is the authority; when cargo is
 * missing or cannot read the workspace (an old cargo and edition 2024, say) the manifests are
 * read directly, so the modules can still be reported as skipped by name.
 */

import { readFile, stat } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { type Env, lastLine, type Runner } from "@oxidize/core";
import type { RustSetupModule } from "@oxidize/policy";
import { expandWorkspaceMember, readMsrv, readWorkspaceMsrv } from "@oxidize/toolchain";
import { parse as parseToml } from "smol-toml";
import { parseCargoStderr } from "./cargo-stderr.js";
import { ModulesConfigError } from "./errors.js";
import { lookUpCargoMetadata, type MetadataMemo } from "./remembered-metadata.js";
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

interface CpythonAttributes {
  module?: string;
  fallback?: string;
  requiredFrom?: string;
  abi3?: boolean;
}

/** The attributes of a `[package.metadata.cpython]` table, checked; `where` names it in errors. */
function cpythonAttributes(cpython: unknown, where: string): CpythonAttributes {
  if (!isTable(cpython)) throw new ModulesConfigError(`${where} must be a table.`);
  const attributes: CpythonAttributes = {};
  const moduleName = cpython["module"];
  if (moduleName !== undefined) {
    if (typeof moduleName !== "string" || !MODULE_NAME.test(moduleName)) {
      throw new ModulesConfigError(
        `${where}: 'module' must be the import name of the extension module, such as "_base64" or "pkg._speedups" ` +
          `(got ${JSON.stringify(moduleName)}).`,
      );
    }
    attributes.module = moduleName;
  }
  const fallback = cpython["fallback"];
  if (fallback !== undefined && (typeof fallback !== "string" || !/^[A-Za-z_][\w.]*$/.test(fallback))) {
    throw new ModulesConfigError(`${where}: 'fallback' must be a module name such as "base64".`);
  }
  if (typeof fallback === "string") attributes.fallback = fallback;
  const requiredFrom = cpython["required-from"];
  if (
    requiredFrom !== undefined &&
    (typeof requiredFrom !== "string" || !PYTHON_VERSION.test(requiredFrom))
  ) {
    throw new ModulesConfigError(
      `${where}: 'required-from' must be a quoted CPython version such as "3.17" (got ${JSON.stringify(requiredFrom)}).`,
    );
  }
  if (typeof requiredFrom === "string") attributes.requiredFrom = requiredFrom;
  const abi3 = cpython["abi3"];
  if (abi3 !== undefined && typeof abi3 !== "boolean") {
    throw new ModulesConfigError(`${where}: 'abi3' must be true or false.`);
  }
  if (typeof abi3 === "boolean") attributes.abi3 = abi3;
  return attributes;
}

function baseSpec(module: string, pkg: PackageFacts, attributes: CpythonAttributes): ModuleSpec {
  const spec: ModuleSpec = {
    module,
    package: pkg.name,
    manifestPath: pkg.manifestPath,
    libName: (pkg.libName ?? pkg.name).replace(/-/g, "_"),
  };
  if (attributes.abi3 !== undefined) spec.abi3 = attributes.abi3;
  if (pkg.id !== undefined) spec.packageId = pkg.id;
  if (attributes.fallback !== undefined) spec.fallback = attributes.fallback;
  if (attributes.requiredFrom !== undefined) spec.requiredFrom = attributes.requiredFrom;
  if (pkg.rustVersion !== undefined) spec.rustVersion = pkg.rustVersion;
  return spec;
}

/**
 * The module spec of a package, undefined when it is not a CPython module; throws
 * ModulesConfigError when it declares `[package.metadata.cpython]` wrongly.
 */
export function moduleSpecOf(pkg: PackageFacts, displayRoot: string): ModuleSpec | undefined {
  const cpython = isTable(pkg.metadata) ? pkg.metadata["cpython"] : undefined;
  if (cpython === undefined) return undefined;
  const manifest = relative(displayRoot, pkg.manifestPath) || pkg.manifestPath;
  const where = `${manifest} ([package.metadata.cpython] of package ${pkg.name})`;
  const attributes = cpythonAttributes(cpython, where);
  if (attributes.module === undefined) {
    throw new ModulesConfigError(
      `${where}: 'module' must be the import name of the extension module, such as "_base64" or "pkg._speedups" (got undefined).`,
    );
  }
  if (!pkg.libKinds?.includes("cdylib")) {
    const found = pkg.libKinds ? `its lib target is ${pkg.libKinds.join(", ")}` : "it has no lib target";
    throw new ModulesConfigError(
      `${where}: a CPython extension module must be a cdylib, but ${found}. ` +
        `Add [lib] crate-type = ["cdylib"] to ${manifest}.`,
    );
  }
  return baseSpec(attributes.module, pkg, attributes);
}

/**
 * A Rust module as a CPython tree declares it: a `Modules/Setup*` line listing its crate's
 * Cargo.toml (policy's reader gives them; the file is absolute).
 */
export type SetupDeclaration = Pick<
  RustSetupModule,
  "module" | "manifestPath" | "buildType" | "file" | "line" | "rust"
>;

/**
 * The spec of a module a Setup line declares: the import name is the line's, the crate is the
 * workspace member at the manifest it lists, and `[package.metadata.cpython]`, when present,
 * adds attributes. `requireCdylib`: the action installs the module itself (not the tree's make),
 * which needs a cdylib.
 */
export function moduleSpecFromSetup(
  declaration: SetupDeclaration,
  members: readonly PackageFacts[],
  displayRoot: string,
  requireCdylib: boolean,
): ModuleSpec {
  const setupFile = relative(displayRoot, declaration.file) || declaration.file;
  const at = `${setupFile}:${declaration.line}`;
  const manifest = relative(displayRoot, declaration.manifestPath) || declaration.manifestPath;
  const pkg = members.find((m) => resolve(m.manifestPath) === resolve(declaration.manifestPath));
  if (!pkg) {
    throw new ModulesConfigError(
      `${at} declares Rust module ${declaration.module} with ${manifest}, which is not a package of the Cargo ` +
        `workspace. Add its directory to [workspace] members, or fix the path on that line.`,
    );
  }
  const cpython = isTable(pkg.metadata) ? pkg.metadata["cpython"] : undefined;
  const attributes =
    cpython === undefined
      ? {}
      : cpythonAttributes(cpython, `${manifest} ([package.metadata.cpython] of package ${pkg.name})`);
  if (attributes.module !== undefined && attributes.module !== declaration.module) {
    throw new ModulesConfigError(
      `${manifest} says module = "${attributes.module}", but ${at} builds it as ${declaration.module}; ` +
        `make them agree (the Setup line decides what make builds).`,
    );
  }
  if (requireCdylib && !pkg.libKinds?.includes("cdylib")) {
    const kinds = pkg.libKinds ? pkg.libKinds.join(", ") : "no lib target";
    throw new ModulesConfigError(
      `${declaration.module} (${at}) builds ${kinds}, which only the tree's Makefile links into a module. ` +
        `Set build-with: make to let the tree build it, or add "cdylib" to [lib] crate-type in ${manifest}.`,
    );
  }
  const spec = baseSpec(declaration.module, pkg, attributes);
  spec.setup = { file: setupFile, line: declaration.line, buildType: declaration.buildType };
  if (declaration.rust.staticLib !== undefined) spec.setup.staticLib = declaration.rust.staticLib;
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

/** How the tree declares its modules, for discovery. */
interface Declarations {
  /** Rust modules of the tree's `Modules/Setup*` files; none: `[package.metadata.cpython]` decides. */
  setup?: readonly SetupDeclaration[];
  /** The action installs the cdylib itself (cargo mode); false when the tree's make links modules. */
  requireCdylib?: boolean;
}

/**
 * The modules among the members: in a CPython tree whose Setup files declare Rust modules, those
 * (make builds nothing else); otherwise every package with `[package.metadata.cpython]`.
 */
function modulesOf(
  members: readonly PackageFacts[],
  displayRoot: string,
  declarations: Declarations,
): { modules: ModuleSpec[]; notices: WorkspaceNotice[] } {
  const notices: WorkspaceNotice[] = [];
  let modules: ModuleSpec[];
  if (declarations.setup?.length) {
    modules = declarations.setup.map((d) =>
      moduleSpecFromSetup(d, members, displayRoot, declarations.requireCdylib ?? true),
    );
    for (const pkg of members) {
      const cpython = isTable(pkg.metadata) ? pkg.metadata["cpython"] : undefined;
      if (cpython === undefined || modules.some((m) => m.package === pkg.name)) continue;
      notices.push({
        file: relative(displayRoot, pkg.manifestPath) || pkg.manifestPath,
        message:
          `Package ${pkg.name} has [package.metadata.cpython] but no Modules/Setup* line lists its Cargo.toml, so ` +
          `CPython's make never builds it and neither does this action. Add a line to Modules/Setup.stdlib.in.`,
      });
    }
  } else {
    modules = members.flatMap((pkg) => moduleSpecOf(pkg, displayRoot) ?? []);
  }
  checkUnique(modules);
  return { modules, notices };
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
  declarations: Declarations = {},
): Workspace & { members: PackageFacts[] } {
  const data = JSON.parse(json) as CargoMetadata;
  const members = new Set(data.workspace_members);
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
  }
  const { modules, notices } = modulesOf(memberFacts, displayRoot, declarations);
  return {
    root: data.workspace_root,
    manifestPath,
    modules,
    discoveredBy: declarations.setup?.length ? "Modules/Setup + cargo metadata" : "cargo metadata",
    notices,
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

/** The member directories (holding a Cargo.toml) a workspace `members` entry names. */
async function expandMember(root: string, pattern: string): Promise<string[]> {
  const found: string[] = [];
  for (const dir of await expandWorkspaceMember(root, pattern)) {
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
  declarations: Declarations = {},
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
  const memberFacts: PackageFacts[] = [];
  for (const dir of memberDirs) {
    const path = join(dir, "Cargo.toml");
    const manifest = dir === root ? top : await readToml(path, displayRoot);
    if (!isTable(manifest["package"])) continue;
    memberFacts.push(await packageFactsFromToml(manifest, path));
  }
  const { modules, notices } = modulesOf(memberFacts, displayRoot, declarations);
  const result: Workspace = {
    root,
    manifestPath,
    modules,
    discoveredBy: declarations.setup?.length ? "Modules/Setup + Cargo.toml" : "Cargo.toml",
    notices: [...notices, ...(await workspaceNotices(memberFacts, manifestPath, displayRoot))],
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

export interface DiscoverOptions extends Declarations {
  /** Absolute path of the workspace's Cargo.toml. */
  manifestPath: string;
  /** Paths in messages are shown relative to this (the repository). */
  displayRoot: string;
  /** cargo to ask, when one was found. */
  cargo?: string;
  env: Env;
  run: Runner;
  /** Where cargo metadata's answers are kept between runs. */
  remember?: MetadataMemo;
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
      options,
    );
  }
  const cwd = dirname(manifestPath);
  const lookup =
    options.remember && (await lookUpCargoMetadata(options.cargo, cwd, options.env, options.remember));
  const stdout =
    lookup && "stdout" in lookup ? lookup.stdout : await askCargoMetadata(options.cargo, cwd, options);
  if (typeof stdout !== "string") return stdout;
  if (lookup && "keep" in lookup) await lookup.keep(stdout);
  const { members, ...workspace } = parseCargoMetadata(stdout, manifestPath, displayRoot, options);
  workspace.notices = [...workspace.notices, ...(await workspaceNotices(members, manifestPath, displayRoot))];
  const rustVersion = (await readWorkspaceMsrv(workspace.root))?.version;
  if (rustVersion !== undefined) workspace.rustVersion = rustVersion;
  return workspace;
}

/** cargo metadata's answer; when cargo cannot give one, the workspace read without it. */
async function askCargoMetadata(
  cargo: string,
  cwd: string,
  options: DiscoverOptions,
): Promise<string | Workspace> {
  const { manifestPath, displayRoot } = options;
  const args = ["metadata", "--format-version", "1", "--no-deps", "--manifest-path", manifestPath];
  const result = await options.run(cargo, args, { cwd, env: options.env, timeoutMs: 120_000 });
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
      options,
    );
  }
  return result.stdout;
}
