/**
 * The whole job, in order: the interpreter, the toolchain and the workspace (side by side) →
 * Python version → policy phase → per-module decision → one cargo build for that interpreter →
 * ABI check → install, clearing stale files → import check → optional differential check.
 * Every process goes through the injected runner; every decision through decide.ts.
 */
import { readFile, rm, stat } from "node:fs/promises";
import { homedir } from "node:os";
import { basename, isAbsolute, join, resolve } from "node:path";
import {
  type Env,
  isoTimestamp,
  type Log,
  type Memo,
  monotonicMs,
  type Runner,
  runProcess,
} from "@oxidize/core";
import {
  type ConfiguredTree,
  findPythonVersion,
  formatPythonVersion,
  moduleStateVar,
  PolicyError,
  parsePythonVersion,
  readPythonVersion,
  readRustTree,
  reconcileVersions,
} from "@oxidize/policy";
import { sbomTimestamp } from "@oxidize/sbom";
import { findRustTool } from "@oxidize/toolchain";
import { abiProblem, type BuiltAbi, describeAbi, PYO3_CFG_CRATES } from "./abi.js";
import { buildWithCargo, type ModuleBuild } from "./build.js";
import { stateDisagreement, statusForState } from "./configure-state.js";
import {
  compareRustVersions,
  type DecisionContext,
  decideModule,
  headline,
  notBuilt,
  type PhaseDecision,
  reactionMandatory,
  type TargetFacts,
} from "./decide.js";
import { discoverWorkspace, filterModules, type SetupDeclaration } from "./discover.js";
import { ModulesConfigError } from "./errors.js";
import { abi3Suffix, installModule, removeStaleModules } from "./install.js";
import {
  defaultInterpreterCommand,
  type Interpreter,
  type InterpreterProblem,
  interpreterEnv,
  queryInterpreter,
} from "./interpreter.js";
import { crateInventory, type ManifestCache } from "./inventory.js";
import { closureHas, dependencyClosure, readLockfile } from "./lockfile.js";
import { buildWithMake, builtInterpreter, type MakeModuleBuild } from "./make-build.js";
import { decisionFromPolicy, decisionFromReport } from "./phase.js";
import { pythonLinkEnv } from "./python-link.js";
import type { ProbedToolchain } from "./remembered-metadata.js";
import {
  checkSupplyChain,
  loadAllowList,
  moduleInventories,
  type SupplyChainFindings,
  type SupplyChainOptions,
  writeSbom,
} from "./supply-chain.js";
import { detectBuildToolchain, probeTarget } from "./toolchain.js";
import type { ModuleOutcome, ModuleSpec, Workspace } from "./types.js";
import { downloadSnapshot, downloadsAdded, type VendorReport, verifyVendorDir } from "./vendor.js";
import { type ImportCheck, runDifferentialCheck, startFallbackCheck, startImportCheck } from "./verify.js";
import { VERSION } from "./version.js";

export interface BuildModulesOptions {
  /** The CPython-like source tree (absolute). */
  sourceDir: string;
  /**
   * Where configure ran (absolute; default sourceDir). Its generated Makefile, when present, gives
   * configure's verdict per module and the cargo settings make uses.
   */
  buildDir?: string;
  /**
   * "cargo" (default): this action builds with cargo and installs into outDir. "make": the tree's
   * own Makefile builds the Rust modules (the targets makesetup wrote), then the same checks run.
   */
  buildWith?: "cargo" | "make";
  /** When pythonVersion and the tree disagree, use pythonVersion (default: the tree's version). */
  trustPythonVersion?: boolean;
  /**
   * The repository (GITHUB_WORKSPACE): diagnostic paths are made relative to it, and a relative
   * policy file or policy report is found from it, as in every action.
   */
  repositoryRoot: string;
  /** The workspace's Cargo.toml; relative to sourceDir. Default `<sourceDir>/Cargo.toml`. */
  manifestPath?: string;
  /** Only these modules (import or package names); all when empty. */
  modules: readonly string[];
  /** Preset name or policy file (relative to repositoryRoot). */
  policy: string;
  /**
   * "auto": from Include/patchlevel.h, or the interpreter's own version when the tree has none
   * (a Python package rather than CPython); else "3.16" or "3.14t".
   */
  pythonVersion: string;
  /** A configure-policy JSON report (relative to repositoryRoot); replaces the policy/python-version phase lookup. */
  policyReport?: string;
  /** Rust target triple; the host's when undefined. */
  target?: string;
  /** Cargo profile; undefined: the Makefile's CARGO_PROFILE in a configured tree, else release. */
  profile?: string;
  locked: boolean;
  offline: boolean;
  /**
   * A `cargo vendor` directory (absolute) outside the tree: verified against Cargo.lock, then
   * cargo builds `--frozen` from it alone, and the result says whether no download was proven.
   * Crates under it are `vendored:<dir>` in the inventory.
   */
  vendorDir?: string;
  cargoArgs: readonly string[];
  targetDir?: string;
  /** Where modules are installed (absolute or relative to sourceDir). */
  outDir: string;
  /**
   * The Python the modules are built for: PyO3's interpreter, EXT_SUFFIX, the import check.
   * "auto": the interpreter the build directory's make built (`./python`, `python.exe` on
   * macOS), else python3 (python on Windows).
   */
  python: string;
  /** Suffix for every module, overriding the computed one (cross-compiling). */
  extSuffix?: string;
  /** Module names that must build: their failures fail the job. */
  required: readonly string[];
  /** Differential check command (argument list), run per built module. */
  verifyCommand: readonly string[];
  /** Advisories and the policy's allow-list over what went in; not checked when undefined. */
  supplyChain?: Omit<SupplyChainOptions, "allowList">;
  /** Write the CycloneDX SBOM of the built modules here (absolute). */
  sbom?: string;
}

export interface BuildModulesDeps {
  env: Env;
  platform: NodeJS.Platform;
  /** Runs every program (cargo, rustc, Python); the real runner unless a test stands in. */
  run?: Runner;
  /** Log lines (cargo progress, diagnostics, decisions), a group per cargo run. */
  log: Log;
  /** Where rustc's, the interpreter's and cargo metadata's answers are kept between runs; asked every run without. */
  memo?: Memo;
}

export interface BuildModulesResult {
  outcomes: ModuleOutcome[];
  headline: string;
  python: { version: string; source: string; disagreement?: string };
  /** The interpreter the modules were built for, when it answered. */
  interpreter?: Interpreter;
  /** Files of these modules removed from out-dir because this run did not install them. */
  removed: string[];
  phase: PhaseDecision;
  workspace: Workspace;
  toolchain: {
    available: boolean;
    release?: string;
    host?: string;
    cargo?: string;
    rustc?: string;
    problem?: string;
  };
  target?: string;
  outDir: string;
  /** The configured build directory's Makefile, when there is one. */
  configured?: { buildDir: string; makefile: string; cargo: ConfiguredTree["cargo"] };
  /** The vendor directory's check and the proof that the build stayed offline, when one was given. */
  vendor?: VendorReport;
  buildWith: "cargo" | "make";
  /** The interpreter used (after `auto`). */
  pythonCommand: string;
  timings: Record<string, number>;
  startedAt: string;
  finishedAt: string;
  /** Advisory and allow-list findings, when checked. */
  supplyChain?: SupplyChainFindings;
  /** The SBOM written, when asked for. */
  sbom?: { path: string; bytes: number; crates: number };
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Whether the version comes from the interpreter: `auto` in a tree that is not CPython's. */
async function versionFromInterpreter(options: BuildModulesOptions): Promise<boolean> {
  if (options.pythonVersion !== "auto") return false;
  const cpythonTree =
    (await exists(join(options.sourceDir, "Include", "patchlevel.h"))) ||
    (await exists(join(options.sourceDir, "configure.ac")));
  return !cpythonTree;
}

async function resolvePython(
  options: BuildModulesOptions,
  ask: () => Promise<Interpreter | InterpreterProblem>,
  fromInterpreter: boolean,
): Promise<{ version: string; source: string; freeThreaded: boolean; disagreement?: string }> {
  try {
    if (options.pythonVersion !== "auto") {
      const given = parsePythonVersion(options.pythonVersion, "Input 'python-version'");
      const tree = await findPythonVersion(options.sourceDir);
      const { version, disagreement } = reconcileVersions(
        given,
        "tried" in tree ? undefined : tree,
        options.trustPythonVersion ? "input" : "tree",
      );
      return {
        version: formatPythonVersion(version),
        source: version.source,
        freeThreaded: version.freeThreaded === true,
        ...(disagreement ? { disagreement } : {}),
      };
    }
    if (fromInterpreter) {
      // Not a CPython tree: the modules are for the interpreter they are built with.
      const interpreter = await ask();
      if ("error" in interpreter) {
        throw new ModulesConfigError(
          `Input 'python-version' is auto, but ${options.sourceDir} has no Include/patchlevel.h and ${interpreter.error}. ` +
            "Set 'python-version' (e.g. 3.12) or 'python'.",
        );
      }
      return {
        version: interpreter.version,
        source: `interpreter ${interpreter.executable}`,
        freeThreaded: interpreter.freeThreaded,
      };
    }
    const found = await readPythonVersion(options.sourceDir);
    return { version: formatPythonVersion(found), source: found.source, freeThreaded: false };
  } catch (error) {
    if (error instanceof PolicyError) throw new ModulesConfigError(error.message);
    throw error;
  }
}

/** The configured build directory, if any, and the Rust modules the tree's Setup files declare. */
async function readTree(
  options: BuildModulesOptions,
  buildDir: string,
): Promise<{ configured?: ConfiguredTree; setup: SetupDeclaration[] }> {
  try {
    const { configured, modules } = await readRustTree(options.sourceDir, buildDir);
    return configured ? { configured, setup: modules } : { setup: modules };
  } catch (error) {
    if (error instanceof PolicyError) throw new ModulesConfigError(error.message);
    throw error;
  }
}

/** `<build>/build/lib.<platform>-<version>`, where make links the shared modules ./python imports. */
async function pybuildDir(buildDir: string): Promise<string | undefined> {
  const named = await readFile(join(buildDir, "pybuilddir.txt"), "utf8").then(
    (text) => text.trim(),
    () => "",
  );
  return named && named !== "none" ? resolve(buildDir, named) : undefined;
}

/**
 * Whether a module links Python without PyO3 (whose build script finds the import library
 * itself). Without a readable Cargo.lock, assumed so: the extra search path is harmless.
 */
async function anyPlainFfi(toBuild: ReadonlyArray<{ spec: ModuleSpec }>, workspaceRoot: string) {
  const lock = await readLockfile(workspaceRoot);
  return toBuild.some(({ spec }) => {
    if (!lock) return true;
    const closure = dependencyClosure(lock, { name: spec.package });
    return !PYO3_CFG_CRATES.some((name) => closureHas(closure, { name }));
  });
}

/** `auto`: the interpreter the tree's make built, when it exists, else the platform's usual command. */
async function resolveInterpreterCommand(
  python: string,
  configured: ConfiguredTree | undefined,
  platform: NodeJS.Platform,
): Promise<string> {
  if (python !== "auto") return python;
  if (configured) {
    const built = join(configured.buildDir, builtInterpreter(configured));
    if (await exists(built)) return built;
  }
  return defaultInterpreterCommand(platform);
}

/**
 * The environment cargo and make run in. make runs `$(CARGO_HOME)/bin/cargo` with the
 * Makefile's CARGO_HOME; when the environment names none, the action looks there too, so both
 * build with the same cargo.
 */
async function treeEnv(
  env: Env,
  configured: ConfiguredTree | undefined,
  platform: NodeJS.Platform,
): Promise<Env> {
  const home = configured?.cargo.home;
  if (!home || env["CARGO_HOME"]) return env;
  const cargo = join(home, "bin", platform === "win32" ? "cargo.exe" : "cargo");
  return (await exists(cargo)) ? { ...env, CARGO_HOME: home } : env;
}

async function resolvePhase(options: BuildModulesOptions, python: string): Promise<PhaseDecision> {
  if (options.policyReport) {
    const file = resolve(options.repositoryRoot, options.policyReport);
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      throw new ModulesConfigError(
        `Input 'policy-report': cannot read ${file} (${(error as Error).message}).`,
      );
    }
    return decisionFromReport(text, options.policyReport, python);
  }
  return decisionFromPolicy(options.policy, python, options.repositoryRoot);
}

function elapsed(since: number): number {
  return Math.round(monotonicMs() - since);
}

/** `cargo build --keep-going` exists from cargo 1.74. */
const KEEP_GOING_SINCE = "1.74.0";

/** The module's ABI: what PyO3 built, else what the metadata declares (plain FFI). */
function moduleAbi(spec: ModuleSpec, build: ModuleBuild): BuiltAbi {
  return build.abi ?? { source: "declared", limited: spec.abi3 === true, freeThreaded: false, pypy: false };
}

/** Why this build must not be installed for this interpreter, or undefined. */
function abiRefusal(
  spec: ModuleSpec,
  abi: BuiltAbi,
  interpreter: Interpreter | undefined,
  freeThreaded: boolean,
): string | undefined {
  if (abi.source !== "declared" && spec.abi3 === true && !abi.limited) {
    return (
      `${spec.package} declares abi3 = true, but PyO3 built it for ${describeAbi(abi)}: pyo3's abi3 feature is off. ` +
      `Enable a pyo3 "abi3-py3x" feature, or remove abi3 from [package.metadata.cpython]`
    );
  }
  if (interpreter) {
    const problem = abiProblem(abi, interpreter);
    if (problem) return `Built, but not for the interpreter: ${problem}`;
  } else if (abi.limited && freeThreaded) {
    return "Built for the stable ABI (abi3), which free-threaded Python cannot load; build without pyo3's abi3 feature";
  }
  return undefined;
}

export async function buildRustModules(
  options: BuildModulesOptions,
  deps: BuildModulesDeps,
): Promise<BuildModulesResult> {
  // Interpreters started ahead of their question wait for it on stdin: a run that fails before
  // asking lets them exit now rather than when this process ends.
  const waiting: Array<{ cancel(): void }> = [];
  try {
    return await buildModules(options, deps, waiting);
  } catch (error) {
    for (const interpreter of waiting) interpreter.cancel();
    throw error;
  }
}

async function buildModules(
  options: BuildModulesOptions,
  deps: BuildModulesDeps,
  waiting: Array<{ cancel(): void }>,
): Promise<BuildModulesResult> {
  const startedAt = new Date();
  const timings: Record<string, number> = {};
  let t = monotonicMs();
  const { platform, log } = deps;
  const run = deps.run ?? runProcess;
  const buildWith = options.buildWith ?? "cargo";
  const buildDir = options.buildDir ?? options.sourceDir;
  const { configured, setup } = await readTree(options, buildDir);
  if (buildWith === "make" && !configured) {
    throw new ModulesConfigError(
      `Input 'build-with' is make, but ${buildDir} has no Makefile written by configure (none with ` +
        `MODULE_<NAME>_STATE lines). Run configure first, or set 'build-dir' to where it ran.`,
    );
  }
  if (buildWith === "make" && options.vendorDir !== undefined) {
    throw new ModulesConfigError(
      "Input 'vendor-dir' applies to build-with: cargo; with make, the tree's Makefile decides where cargo finds its crates.",
    );
  }
  if (buildWith === "make" && setup.length === 0) {
    throw new ModulesConfigError(
      `Input 'build-with' is make, but no Modules/Setup* file in ${options.sourceDir} lists a Cargo.toml, so the ` +
        `Makefile builds no Rust module. Use build-with: cargo.`,
    );
  }
  const env = await treeEnv(deps.env, configured, platform);
  const pythonCommand = await resolveInterpreterCommand(options.python, configured, platform);

  // The interpreter, the toolchain and the workspace are independent: ask them side by side
  // (each is a process or two, the bulk of the action's fixed cost). Locating cargo is only
  // file checks. The interpreter is asked only when needed — its version is the Python version,
  // or cargo exists, so modules are likely to be built — so the skip path without Rust never
  // starts Python.
  const workspaceDir = options.sourceDir;
  const manifestPath = resolve(options.sourceDir, options.manifestPath ?? "Cargo.toml");
  let asked: Promise<Interpreter | InterpreterProblem> | undefined;
  const ask = () => {
    asked ??= queryInterpreter(
      pythonCommand,
      run,
      env,
      options.sourceDir,
      deps.memo && { memo: deps.memo, platform },
    ).catch((error: unknown) => ({
      error: `input 'python' (${pythonCommand}) cannot be queried: ${(error as Error).message}`,
      cannotRun: true,
    }));
    return asked;
  };
  const fromInterpreter = await versionFromInterpreter(options);
  if (fromInterpreter) void ask();
  const cargo = await findRustTool("cargo", { env, platform });
  // Without cargo nothing is built, so every module with a fallback will have it checked: that
  // interpreter starts now, beside discovery and the policy, rather than after them.
  const fallbackCheck =
    !cargo.path && buildWith === "cargo"
      ? startFallbackCheck(pythonCommand, run, env, options.sourceDir)
      : undefined;
  if (fallbackCheck) waiting.push(fallbackCheck);
  // Started beside cargo metadata and rustc -vV rather than after them: on a no-op build the
  // query would otherwise sit on the critical path between the probes and cargo build.
  if (cargo.path && buildWith === "cargo") void ask();
  // Where modules are likely to be built for this machine's own Python (cargo found, no target
  // named), the import check's interpreter starts while cargo metadata runs, once the toolchain is
  // known: its start-up then overlaps metadata's rather than cargo build's, and its spawn no longer
  // stands between the two. Not beside rustc's probes (a first run on the machine): they are the
  // longest chain then, and a Python starting on the same two cores slows them. If nothing is
  // installed after all, it is cancelled, having cost only CPU. When metadata's answer is kept from
  // an earlier run, no metadata runs and it starts just after cargo build.
  let importCheck: ImportCheck | undefined;
  let metadataRunning = false;
  let toolchainKnown = false;
  const startImportCheckEarly = () => {
    if (importCheck || !metadataRunning || !toolchainKnown) return;
    importCheck = startImportCheck(pythonCommand, run, env, options.sourceDir);
    waiting.push(importCheck);
  };
  const early = cargo.path !== undefined && buildWith === "cargo" && options.target === undefined;
  const discoverRun: Runner = early
    ? (file, args, runOptions) => {
        const running = run(file, args, runOptions);
        const done = () => {
          metadataRunning = false;
        };
        running.then(done, done);
        metadataRunning = true;
        startImportCheckEarly(); // after metadata's run call, so metadata is spawned first
        return running;
      }
    : run;
  const probing = detectBuildToolchain({
    env,
    platform,
    cwd: workspaceDir,
    ...(deps.memo && { memo: deps.memo }),
  }).then((facts) => {
    toolchainKnown = true;
    startImportCheckEarly();
    return facts;
  });
  // A proxy's cargo metadata answer is kept only for the toolchain this probe found.
  const probed = async (): Promise<ProbedToolchain> => {
    const { rustc, sysroot } = await probing;
    return { cwd: workspaceDir, ...(rustc && { rustc }), ...(sysroot && { sysroot }) };
  };
  const discoverOptions = {
    manifestPath,
    displayRoot: options.repositoryRoot,
    env,
    run: discoverRun,
    setup,
    requireCdylib: buildWith === "cargo",
    ...(deps.memo && { remember: { memo: deps.memo, platform, probed } }),
  };
  const [toolchain, workspace] = await Promise.all([
    probing,
    discoverWorkspace(cargo.path ? { ...discoverOptions, cargo: cargo.path } : discoverOptions),
  ]);
  timings["toolchain+discover"] = elapsed(t);
  t = monotonicMs();
  const python = await resolvePython(options, ask, fromInterpreter);
  if (python.disagreement) log.info(`Python version: ${python.disagreement}`);
  const phase = await resolvePhase(options, python.version);
  timings["policy"] = elapsed(t);

  const specs = filterModules(workspace.modules, options.modules, manifestPath);
  const unknownRequired = options.required.filter(
    (r) => !specs.some((s) => s.module === r || s.package === r),
  );
  if (unknownRequired.length > 0) {
    throw new ModulesConfigError(
      `Input 'required' names ${unknownRequired.join(", ")}, not among the modules being built ` +
        `(${specs.map((s) => s.module).join(", ") || "none"}).`,
    );
  }
  if (workspace.note) log.info(`Discovery: ${workspace.note}.`);
  // The tree's make installs into its own Modules/ directory; files of these modules there that
  // this run did not produce are as stale as in out-dir.
  const outDir =
    buildWith === "make"
      ? join(buildDir, "Modules")
      : isAbsolute(options.outDir)
        ? options.outDir
        : resolve(options.sourceDir, options.outDir);
  const installed = new Map<string, string>();
  /** Static modules make linked into the interpreter: imported without a file. */
  const builtIn = new Set<string>();
  const removed: string[] = [];
  // The tree's interpreter finds shared modules through links in its pybuilddir (make sharedmods).
  const linkDir = buildWith === "make" ? await pybuildDir(buildDir) : undefined;
  // Whatever happens, no file of a module this run did not install may shadow its fallback.
  const clearStale = async () => {
    const kept = [...installed.values()];
    const dirs: Array<[string, string[]]> = [[outDir, kept]];
    if (linkDir) dirs.push([linkDir, kept.map((file) => join(linkDir, basename(file)))]);
    for (const [dir, keep] of dirs) {
      for (const file of await removeStaleModules(
        dir,
        specs.map((s) => s.module),
        new Set(keep),
      )) {
        removed.push(file);
        log.info(`Removed ${file}: this run did not install it, and it would shadow the module's fallback.`);
      }
    }
  };

  // The Makefile's CARGO_TARGET, when it names another platform than the host: build what make builds.
  const makefileTarget = configured?.cargo.target;
  const buildTarget =
    options.target ?? (makefileTarget && makefileTarget !== toolchain.host ? makefileTarget : undefined);
  const triple = buildTarget ?? toolchain.host;
  const cross = buildTarget !== undefined && toolchain.host !== undefined && buildTarget !== toolchain.host;
  let target: TargetFacts | undefined;
  if (toolchain.available && triple && phase.buildModules) {
    void ask(); // alongside the target probe: modules are likely to be built
    target = await probeTarget(toolchain, triple, run, { env, platform, cwd: workspaceDir });
  }
  const ctx: DecisionContext = { python: python.version, phase, rust: toolchain, required: options.required };
  if (target) ctx.target = target;

  const outcomes = new Map<string, ModuleOutcome>();
  const toBuild: Array<{ spec: ModuleSpec; mandatory?: string }> = [];
  const policyBuilds = new Set<string>();
  for (const spec of specs) {
    const decision = decideModule(spec, ctx);
    if (decision.action === "skip") {
      outcomes.set(spec.module, decision.outcome);
      continue;
    }
    policyBuilds.add(spec.module);
    const state = configured?.stateOf(spec.module);
    if (buildWith === "make" && state !== "yes") {
      // configure turned it off: makesetup wrote no rule for it, so make cannot build it.
      const variable = moduleStateVar(spec.module);
      outcomes.set(
        spec.module,
        notBuilt(
          spec,
          statusForState(state ?? "disabled"),
          "configure-off",
          `configure set ${variable}=${state ?? "(nothing)"}, so the Makefile does not build it.`,
          `configure: ${state ?? "no state"}`,
          decision.mandatory,
        ),
      );
      continue;
    }
    toBuild.push(decision.mandatory ? { spec, mandatory: decision.mandatory } : { spec });
  }

  t = monotonicMs();
  let builds = new Map<string, ModuleBuild>();
  let vendor: VendorReport | undefined;
  const queried = toBuild.length > 0 ? await ask() : undefined;
  if (queried && "error" in queried && queried.cannotRun && !cross) {
    // Every module would be built for it, installed by its EXT_SUFFIX and imported by it: rather
    // than skipping each one as "import failed", the input is wrong and is said once.
    await clearStale();
    throw new ModulesConfigError(
      `${queried.error.charAt(0).toUpperCase()}${queried.error.slice(1)}. Set 'python' to a Python interpreter: a command on PATH ` +
        `(${defaultInterpreterCommand(platform)}) or a path relative to the workspace (.venv/bin/python).`,
    );
  }
  const interpreter = queried && !("error" in queried) ? queried : undefined;
  const interpreterError = queried && "error" in queried ? queried.error : undefined;
  let makeBuilds = new Map<string, MakeModuleBuild>();
  if (toBuild.length > 0 && buildWith === "make" && configured) {
    makeBuilds = await buildWithMake(
      toBuild.map((b) => b.spec),
      {
        tree: configured,
        ...(linkDir !== undefined ? { pybuildDir: linkDir } : {}),
        sourceDir: options.sourceDir,
        repositoryRoot: options.repositoryRoot,
        env,
        run,
        log,
      },
    );
  } else if (toBuild.length > 0 && toolchain.cargo) {
    const cargoOptions = {
      cargo: toolchain.cargo,
      manifestPath,
      workspaceRoot: workspace.root,
      repositoryRoot: options.repositoryRoot,
      // In a configured tree, what make builds: configure's profile, and `$(abs_builddir)/target`.
      profile: options.profile ?? configured?.cargo.profile ?? "release",
      locked: options.locked,
      offline: options.offline,
      ...(options.vendorDir !== undefined ? { vendorDir: options.vendorDir } : {}),
      keepGoing:
        toolchain.release !== undefined && compareRustVersions(toolchain.release, KEEP_GOING_SINCE) >= 0,
      cargoArgs: options.cargoArgs,
      // Build scripts (PyO3's) ask the interpreter the modules are for, not whatever is on PATH;
      // plain FFI links that interpreter's import library on Windows.
      env: cross
        ? env
        : pythonLinkEnv(interpreterEnv(env, interpreter), {
            target: triple,
            libsDir: interpreter?.libsDir,
            plainFfi: interpreter?.libsDir !== undefined && (await anyPlainFfi(toBuild, workspace.root)),
          }),
      run,
      log,
      ...(buildTarget ? { target: buildTarget } : {}),
      ...(options.targetDir
        ? { targetDir: resolve(options.sourceDir, options.targetDir) }
        : configured?.cargo.profileDir
          ? { targetDir: join(buildDir, "target") }
          : {}),
    };
    try {
      const vendorDir = options.vendorDir;
      const checked = vendorDir !== undefined ? await verifyVendorDir(vendorDir, workspace.root) : undefined;
      const cargoHome = env["CARGO_HOME"] || join(homedir(), ".cargo");
      const before = checked ? await downloadSnapshot(cargoHome) : undefined;
      // Unless it started beside cargo metadata, the import check's interpreter starts while cargo
      // builds, spawned just after cargo (whose start is the longer chain); a cross build is not
      // imported.
      const building = buildWithCargo(
        toBuild.map((b) => b.spec),
        cargoOptions,
      );
      if (!cross) importCheck ??= startImportCheck(pythonCommand, run, env, options.sourceDir);
      builds = await building;
      if (checked && before) {
        const added = downloadsAdded(before, await downloadSnapshot(cargoHome));
        vendor = { ...checked, offline: { proven: added.length === 0, cargoHome, added } };
        log.info(
          `Vendored crates: ${checked.crates} crate(s), ${checked.files} file(s) verified against Cargo.lock in ${checked.seconds.toFixed(2)} s; ` +
            (added.length === 0
              ? `offline proven (cargo --frozen, CARGO_NET_OFFLINE=true, nothing added under ${cargoHome}/{registry,git}).`
              : `offline NOT proven: cargo added ${added.join(", ")} under ${cargoHome}.`),
        );
      }
    } catch (error) {
      importCheck?.cancel();
      await clearStale();
      throw error;
    }
  }
  timings["build"] = elapsed(t);

  // What the tree's make built is where make put it; what cargo built is installed for the
  // interpreter it was built for.
  t = monotonicMs();
  for (const { spec, mandatory } of buildWith === "make" ? toBuild : []) {
    const outcome = await makeOutcome(spec, makeBuilds.get(spec.module), mandatory, configured!);
    if (outcome.status === "built" && outcome.artifact) installed.set(spec.module, outcome.artifact.path);
    if (outcome.status === "built" && !outcome.artifact) builtIn.add(spec.module);
    outcomes.set(spec.module, outcome);
  }
  // What went into each module is read while the import check's interpreter runs: neither needs
  // the other, and reading (synchronous, and mostly parsing) holds this thread, so it starts on the
  // next turn of the event loop, once the check's request is written.
  const inventoryJobs: (() => Promise<void>)[] = [];
  const manifests: ManifestCache = new Map();
  let inventories: Promise<unknown> | undefined;
  const readInventories = () => {
    if (!inventories) {
      inventories = new Promise((next) => setImmediate(next)).then(() =>
        Promise.all(inventoryJobs.map((job) => job())),
      );
      inventories.catch(() => undefined); // awaited below, not unhandled while the import check runs
    }
    return inventories;
  };
  /** In the order of the modules, so later steps (and their logs) keep it: the path each was installed at. */
  const installs: Array<Promise<[string, string] | undefined>> = [];
  for (const { spec, mandatory } of buildWith === "cargo" ? toBuild : []) {
    const build = builds.get(spec.module);
    if (build?.tooOld) {
      const outcome = notBuilt(
        spec,
        "missing",
        "rust-too-old",
        `${build.error}. Install a newer Rust, or keep ${build.tooOld.package.split(" ")[0]} at a version that supports this one (cargo update --precise).`,
        `needs Rust ${build.tooOld.requires}`,
        mandatory ?? reactionMandatory(phase.whenTooOld, "Rust is too old", ctx),
      );
      outcome.diagnostics = build.diagnostics;
      outcomes.set(spec.module, outcome);
      continue;
    }
    if (!build?.ok || !build.cdylib) {
      const outcome = notBuilt(
        spec,
        "skipped",
        "build-failed",
        `cargo build failed: ${build?.error ?? "cargo is not available"}.`,
        "build failed",
        mandatory,
      );
      outcome.diagnostics = build?.diagnostics ?? [];
      if (build) outcome.buildSeconds = round(build.seconds);
      outcomes.set(spec.module, outcome);
      continue;
    }
    const abi = moduleAbi(spec, build);
    const refusal = abiRefusal(spec, abi, cross ? undefined : interpreter, python.freeThreaded);
    if (refusal) {
      const outcome = notBuilt(spec, "skipped", "abi-mismatch", `${refusal}.`, "wrong Python ABI", mandatory);
      outcome.diagnostics = build.diagnostics;
      outcome.buildSeconds = round(build.seconds);
      outcomes.set(spec.module, outcome);
      continue;
    }
    // Each module is copied and renamed into place beside the others: a few file-system calls each,
    // which in a row cost a no-op build more than the copies.
    const cdylib = build.cdylib;
    installs.push(
      (async () => {
        try {
          let suffix = options.extSuffix;
          if (suffix === undefined && abi.limited && spec.abi3 !== false)
            suffix = abi3Suffix(buildTarget, platform);
          if (suffix === undefined && cross) {
            throw new Error(
              `cross-compiling for ${buildTarget}: the host Python cannot tell the target's EXT_SUFFIX; set input 'ext-suffix'`,
            );
          }
          if (suffix === undefined) {
            if (!interpreter) throw new Error(`${interpreterError}; set input 'python' or 'ext-suffix'`);
            suffix = interpreter.extSuffix;
          }
          const artifact = await installModule(spec, cdylib, outDir, suffix);
          const outcome: ModuleOutcome = {
            module: spec.module,
            package: spec.package,
            status: "built",
            code: "built",
            reason: `Built for ${describeAbi(abi)} and installed as ${artifact.path}.`,
            short: "built",
            artifact,
            buildSeconds: round(build.seconds),
            diagnostics: build.diagnostics,
          };
          if (build.compiled) {
            const root = build.compiled.find((p) => resolve(p.manifestPath) === resolve(spec.manifestPath));
            const compiled = build.compiled;
            const inventoryOptions = {
              repositoryRoot: options.repositoryRoot,
              manifests,
              ...(options.vendorDir !== undefined && { vendorDir: options.vendorDir }),
              ...(build.lock !== undefined && { lock: build.lock }),
            };
            inventoryJobs.push(async () => {
              outcome.crates = await crateInventory(
                compiled,
                root?.packageId ?? spec.packageId ?? "",
                inventoryOptions,
              );
            });
          }
          if (spec.fallback) outcome.fallback = spec.fallback;
          if (mandatory) outcome.mandatory = mandatory;
          outcomes.set(spec.module, outcome);
          return [spec.module, artifact.path];
        } catch (error) {
          const outcome = notBuilt(
            spec,
            "skipped",
            "install-failed",
            `Built, but not installed: ${(error as Error).message}.`,
            "install failed",
            mandatory,
          );
          outcome.diagnostics = build.diagnostics;
          outcomes.set(spec.module, outcome);
        }
      })(),
    );
  }
  for (const done of await Promise.all(installs)) if (done) installed.set(...done);
  // Before the import check: an older file of another ABI would be imported instead.
  await clearStale();
  timings["install"] = elapsed(t);
  // Import check, then the differential check, for what was installed.
  t = monotonicMs();
  const demote = async (module: string, code: "import-failed" | "verify-failed", error: string) => {
    const previous = outcomes.get(module)!;
    const spec = specs.find((s) => s.module === module)!;
    const short = code === "import-failed" ? "import failed" : "differential check failed";
    const outcome = notBuilt(spec, "skipped", code, `${error}.`, short, previous.mandatory);
    outcome.diagnostics = previous.diagnostics;
    if (previous.buildSeconds !== undefined) outcome.buildSeconds = previous.buildSeconds;
    if (code === "import-failed") outcome.imported = false;
    else {
      outcome.imported = true;
      outcome.verified = false;
    }
    // A module that does not import, or disagrees with its fallback, must not shadow the fallback.
    const file = installed.get(module);
    if (file !== undefined) await rm(file, { force: true });
    installed.delete(module);
    builtIn.delete(module);
    outcomes.set(module, outcome);
  };
  if (cross) {
    for (const module of [...installed.keys(), ...builtIn])
      outcomes.get(module)!.imported = `not checked: cross-compiled for ${buildTarget}`;
  } else if (installed.size + builtIn.size > 0) {
    // The tree's own interpreter imports what make built as it would after `make`: nothing
    // prepended to its path. What cargo built is checked with out-dir first, where it was installed.
    const expected = new Map<string, string | null>([
      ...installed,
      ...[...builtIn].map((m) => [m, null] as const),
    ]);
    // make's interpreter exists only once make has built it, so it starts now.
    const checking = (importCheck ?? startImportCheck(pythonCommand, run, env, options.sourceDir)).check(
      buildWith === "make" ? undefined : outDir,
      expected,
    );
    readInventories();
    const imports = await checking;
    for (const [module, result] of imports) {
      if (result.ok) outcomes.get(module)!.imported = true;
      else {
        const what = builtIn.has(module)
          ? `Linked into ${pythonCommand}, but it cannot import it`
          : `Built, but ${pythonCommand} cannot import it`;
        await demote(module, "import-failed", `${what}: ${result.error}`);
      }
    }
    if (options.verifyCommand.length > 0) {
      for (const [module, path] of [...installed]) {
        const fallback = outcomes.get(module)!.fallback;
        const check = {
          command: options.verifyCommand,
          module,
          path,
          outDir,
          ...(fallback ? { fallback } : {}),
        };
        const result = await runDifferentialCheck(check, run, env, options.sourceDir);
        if (result.ok) outcomes.get(module)!.verified = true;
        else await demote(module, "verify-failed", result.error ?? "verify-command failed");
      }
    }
  }
  importCheck?.cancel(); // nothing was installed, or the check has its request already
  // A module that is not built is only harmless when its fallback works.
  const fallbacks = specs.flatMap((s) => {
    const o = outcomes.get(s.module)!;
    return o.status !== "built" && o.fallback ? [o] : [];
  });
  if (fallbacks.length > 0 && !cross) {
    const checked = await (
      fallbackCheck ?? startFallbackCheck(pythonCommand, run, env, options.sourceDir)
    ).check(fallbacks.map((o) => o.fallback!));
    for (const o of fallbacks) {
      const result = checked.get(o.fallback!)!;
      o.fallbackImported = result.ok ? true : (result.error ?? "import failed");
      if (result.ok || result.notRun) continue;
      o.status = "failed";
      o.mandatory = `its fallback ${o.fallback} does not import either, so nothing provides ${o.module}`;
      o.reason = `${o.reason} But the fallback ${o.fallback} does not import with ${pythonCommand} (${result.error}): nothing provides ${o.module}.`;
    }
  }
  fallbackCheck?.cancel(); // no fallback to check, or the check has its request already
  await readInventories();
  // configure's verdict beside the policy's.
  for (const spec of specs) {
    const state = configured?.stateOf(spec.module);
    if (state === undefined) continue;
    const outcome = outcomes.get(spec.module)!;
    outcome.configure = { state };
    const disagreement = stateDisagreement(spec.module, state, policyBuilds.has(spec.module), outcome);
    if (disagreement) outcome.configure.disagreement = disagreement;
  }
  for (const outcome of outcomes.values()) if (outcome.status === "built") outcome.builtWith = buildWith;
  timings["verify"] = elapsed(t);

  const ordered = specs.map((s) => outcomes.get(s.module)!);
  const toolchainSummary: BuildModulesResult["toolchain"] = { available: toolchain.available };
  for (const key of ["release", "host", "cargo", "rustc", "problem"] as const) {
    if (toolchain[key] !== undefined) toolchainSummary[key] = toolchain[key];
  }
  const result: BuildModulesResult = {
    outcomes: ordered,
    headline: headline(ordered),
    python: {
      version: python.freeThreaded ? `${python.version}t` : python.version,
      source: python.source,
      ...(python.disagreement ? { disagreement: python.disagreement } : {}),
    },
    buildWith,
    pythonCommand,
    ...(configured
      ? {
          configured: {
            buildDir: configured.buildDir,
            makefile: configured.makefile,
            cargo: configured.cargo,
          },
        }
      : {}),
    removed,
    phase,
    workspace,
    toolchain: toolchainSummary,
    outDir,
    timings,
    startedAt: isoTimestamp(startedAt),
    finishedAt: isoTimestamp(new Date()),
  };
  if (triple) result.target = triple;
  if (interpreter) result.interpreter = interpreter;
  if (vendor) result.vendor = vendor;
  await checkWhatWentIn(result, options, env);
  result.finishedAt = isoTimestamp(new Date());
  return result;
}

/** Advisories, allow-list and SBOM over the built modules' crates, as the options ask. */
async function checkWhatWentIn(result: BuildModulesResult, options: BuildModulesOptions, env: Env) {
  const inventories = moduleInventories(result.outcomes);
  const started = monotonicMs();
  if (options.supplyChain) {
    const allowList = await loadAllowList(options.policy, options.repositoryRoot);
    result.supplyChain = await checkSupplyChain(inventories, {
      ...options.supplyChain,
      ...(allowList !== undefined && { allowList }),
    });
  }
  if (options.sbom) {
    result.sbom = await writeSbom(options.sbom, inventories, {
      name: basename(options.sourceDir),
      timestamp: sbomTimestamp(env),
      tool: { name: "oxidize build-rust-modules", version: VERSION },
    });
  }
  if (options.supplyChain || options.sbom) result.timings["supply-chain"] = elapsed(started);
}

/** The outcome of a module the tree's make built (or did not). */
async function makeOutcome(
  spec: ModuleSpec,
  build: MakeModuleBuild | undefined,
  mandatory: string | undefined,
  tree: ConfiguredTree,
): Promise<ModuleOutcome> {
  if (!build?.ok) {
    const outcome = notBuilt(
      spec,
      "skipped",
      "build-failed",
      `${build?.error ?? "make did not run"}.`,
      "build failed",
      mandatory,
    );
    outcome.diagnostics = build?.diagnostics ?? [];
    if (build) outcome.buildSeconds = round(build.seconds);
    return outcome;
  }
  const outcome: ModuleOutcome = {
    module: spec.module,
    package: spec.package,
    status: "built",
    code: "built",
    reason: build.file
      ? `Built by the tree's make as ${build.file}.`
      : `Built by the tree's make and linked into ${build.targets.join(", ")} (a static module).`,
    short: "built",
    buildSeconds: round(build.seconds),
    diagnostics: build.diagnostics,
  };
  if (build.file) {
    const size = await stat(build.file).then(
      (s) => s.size,
      () => 0,
    );
    outcome.artifact = { source: build.file, path: build.file, bytes: size, extSuffix: tree.extSuffix ?? "" };
  }
  if (spec.fallback) outcome.fallback = spec.fallback;
  if (mandatory) outcome.mandatory = mandatory;
  return outcome;
}

function round(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}
