/**
 * Reading a CPython tree from disk: the Rust modules its Setup files declare and, when a build
 * directory holds a generated Makefile, what configure decided about them.
 */
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { FactsError } from "../facts/errors.js";
import {
  type MakefileCargo,
  type ModuleState,
  makefileCargo,
  moduleState,
  parseMakefileVars,
} from "./makefile.js";
import { mergeSetupFiles, parseSetupFile, type SetupModule } from "./setup-files.js";

/** A generated Makefile: configure has run in this build directory. */
export interface ConfiguredTree {
  buildDir: string;
  makefile: string;
  vars: ReadonlyMap<string, string>;
  cargo: MakefileCargo;
  /** `EXT_SUFFIX` (`.cpython-314-x86_64-linux-gnu.so`). */
  extSuffix?: string;
  /** `VERSION` (`3.14`). */
  version?: string;
  /** `MODULE_BUILDTYPE`: how `*@MODULE_BUILDTYPE@*` sections are built. */
  buildType?: "static" | "shared";
  stateOf(module: string): ModuleState | undefined;
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (
      (error as NodeJS.ErrnoException).code === "ENOENT" ||
      (error as NodeJS.ErrnoException).code === "ENOTDIR"
    )
      return undefined;
    throw new FactsError(`Cannot read ${path}: ${(error as Error).message}`);
  }
}

/** The build directory's Makefile, or undefined when the tree is not configured there. */
export async function readConfiguredTree(buildDir: string): Promise<ConfiguredTree | undefined> {
  const makefile = join(buildDir, "Makefile");
  const text = await readIfPresent(makefile);
  // Only a configure-generated Makefile records module states; a hand-written one is not a verdict.
  if (text === undefined || !/^MODULE_[A-Z0-9_]+_STATE\s*=/m.test(text)) return undefined;
  const vars = parseMakefileVars(text);
  const tree: ConfiguredTree = {
    buildDir,
    makefile,
    vars,
    cargo: makefileCargo(vars),
    stateOf: (module) => moduleState(vars, module),
  };
  const ext = vars.get("EXT_SUFFIX");
  if (ext) tree.extSuffix = ext;
  const version = vars.get("VERSION");
  if (version) tree.version = version;
  const buildType = vars.get("MODULE_BUILDTYPE");
  if (buildType === "static" || buildType === "shared") tree.buildType = buildType;
  return tree;
}

/**
 * The modules the tree's Setup files declare, merged in makesetup's order: `Setup.local` (the
 * build directory's, then the source tree's), `Setup.stdlib.in`, `Setup.bootstrap.in`, `Setup`.
 * The `.in` templates are read rather than the generated files, because configure comments
 * out the lines of modules it turns off: the declaration is in the template, the verdict in
 * the Makefile.
 */
export async function readSetupModules(
  sourceDir: string,
  buildDir: string = sourceDir,
  configuredBuildType: "static" | "shared" = "shared",
): Promise<SetupModule[]> {
  const modulesDir = (dir: string) => join(dir, "Modules");
  const candidates = [
    join(modulesDir(buildDir), "Setup.local"),
    ...(resolve(buildDir) === resolve(sourceDir) ? [] : [join(modulesDir(sourceDir), "Setup.local")]),
    join(modulesDir(sourceDir), "Setup.stdlib.in"),
    join(modulesDir(sourceDir), "Setup.bootstrap.in"),
    join(modulesDir(sourceDir), "Setup"),
  ];
  const parsed: SetupModule[][] = [];
  for (const path of candidates) {
    const text = await readIfPresent(path);
    if (text !== undefined) parsed.push(parseSetupFile(text, path, configuredBuildType));
  }
  return mergeSetupFiles(parsed);
}

/**
 * A build directory's configure verdict, if configure ran there, and the Rust modules the
 * tree's Setup files declare. `sourceDir` undefined: the Makefile's `srcdir` (else the build
 * directory itself, an in-tree build).
 */
export async function readRustTree(
  sourceDir: string | undefined,
  buildDir: string,
): Promise<{ configured?: ConfiguredTree; modules: RustSetupModule[] }> {
  const configured = await readConfiguredTree(buildDir);
  const source = sourceDir ?? resolve(buildDir, configured?.vars.get("srcdir") ?? ".");
  const modules = rustModules(await readSetupModules(source, buildDir, configured?.buildType), source);
  return configured ? { configured, modules } : { modules };
}

/** A Rust module of the Setup files, with its crate's Cargo.toml resolved (absolute). */
export type RustSetupModule = SetupModule & { rust: NonNullable<SetupModule["rust"]>; manifestPath: string };

/** The Rust modules among them (a Cargo.toml on the line), with the crate's manifest resolved. */
export function rustModules(modules: readonly SetupModule[], sourceDir: string): RustSetupModule[] {
  return modules.flatMap((m) =>
    m.rust ? [{ ...m, rust: m.rust, manifestPath: resolve(sourceDir, "Modules", m.rust.manifest) }] : [],
  );
}
