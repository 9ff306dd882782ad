/**
 * The whole job, in order: Python version → policy phase → toolchain → discovery → per-module
 * decision → one cargo build → install → import check → optional differential check. Every
 * process goes through the injected runner; every decision through decide.ts.
 */
import { readFile, rm } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { type Env, type Log, type Runner, runProcess } from "@oxidize/core";
import { formatPythonVersion, PolicyError, parsePythonVersion, readPythonVersion } from "@oxidize/policy";
import { findRustTool } from "@oxidize/toolchain";
import { buildWithCargo, type ModuleBuild } from "./build.js";
import {
  type DecisionContext,
  decideModule,
  headline,
  notBuilt,
  type PhaseDecision,
  type TargetFacts,
} from "./decide.js";
import { discoverWorkspace, filterModules } from "./discover.js";
import { ModulesConfigError } from "./errors.js";
import { abi3Suffix, installModule, pythonExtSuffix } from "./install.js";
import { decisionFromPolicy, decisionFromReport } from "./phase.js";
import { detectBuildToolchain, probeTarget } from "./toolchain.js";
import type { ModuleOutcome, ModuleSpec, Workspace } from "./types.js";
import { checkImports, runDifferentialCheck } from "./verify.js";

export interface BuildModulesOptions {
  /** The CPython-like source tree (absolute). */
  sourceDir: string;
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
  /** "auto" (from Include/patchlevel.h) or "3.16". */
  pythonVersion: string;
  /** A configure-policy JSON report (relative to repositoryRoot); replaces the policy/python-version phase lookup. */
  policyReport?: string;
  /** Rust target triple; the host's when undefined. */
  target?: string;
  profile: string;
  locked: boolean;
  offline: boolean;
  cargoArgs: readonly string[];
  targetDir?: string;
  /** Where modules are installed (absolute or relative to sourceDir). */
  outDir: string;
  /** The Python that gives EXT_SUFFIX and runs the import check. */
  python: string;
  /** Suffix for every module, overriding the computed one (cross-compiling). */
  extSuffix?: string;
  /** Module names that must build: their failures fail the job. */
  required: readonly string[];
  /** Differential check command (argument list), run per built module. */
  verifyCommand: readonly string[];
}

export interface BuildModulesDeps {
  env: Env;
  platform: NodeJS.Platform;
  /** Runs every program (cargo, rustc, Python); the real runner unless a test stands in. */
  run?: Runner;
  /** Log lines (cargo progress, diagnostics, decisions), a group per cargo run. */
  log: Log;
}

export interface BuildModulesResult {
  outcomes: ModuleOutcome[];
  headline: string;
  python: { version: string; source: string };
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
  timings: Record<string, number>;
  startedAt: string;
  finishedAt: string;
}

async function resolvePython(options: BuildModulesOptions): Promise<{ version: string; source: string }> {
  try {
    if (options.pythonVersion === "auto") {
      const found = await readPythonVersion(options.sourceDir);
      return { version: formatPythonVersion(found), source: found.source };
    }
    return {
      version: formatPythonVersion(parsePythonVersion(options.pythonVersion, "Input 'python-version'")),
      source: "input",
    };
  } catch (error) {
    if (error instanceof PolicyError) throw new ModulesConfigError(error.message);
    throw error;
  }
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
  return Math.round(performance.now() - since);
}

export async function buildRustModules(
  options: BuildModulesOptions,
  deps: BuildModulesDeps,
): Promise<BuildModulesResult> {
  const startedAt = new Date();
  const timings: Record<string, number> = {};
  let t = performance.now();
  const { env, platform, log } = deps;
  const run = deps.run ?? runProcess;

  const python = await resolvePython(options);
  const phase = await resolvePhase(options, python.version);
  timings["policy"] = elapsed(t);

  // Toolchain probe and discovery are independent: run them side by side (each is a few
  // process spawns, the bulk of the action's fixed cost). Locating cargo is only file checks.
  t = performance.now();
  const workspaceDir = options.sourceDir;
  const manifestPath = resolve(options.sourceDir, options.manifestPath ?? "Cargo.toml");
  const cargo = await findRustTool("cargo", { env, platform });
  const discoverOptions = { manifestPath, displayRoot: options.repositoryRoot, env, run };
  const [toolchain, workspace] = await Promise.all([
    detectBuildToolchain({ env, platform, cwd: workspaceDir }),
    discoverWorkspace(cargo.path ? { ...discoverOptions, cargo: cargo.path } : discoverOptions),
  ]);
  timings["toolchain+discover"] = elapsed(t);
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

  const triple = options.target ?? toolchain.host;
  let target: TargetFacts | undefined;
  if (toolchain.available && triple && phase.buildModules) {
    target = await probeTarget(toolchain, triple, run, { env, platform, cwd: workspaceDir });
  }
  const ctx: DecisionContext = { python: python.version, phase, rust: toolchain, required: options.required };
  if (target) ctx.target = target;
  if (workspace.rustVersion) ctx.workspaceRustVersion = workspace.rustVersion;

  const outcomes = new Map<string, ModuleOutcome>();
  const toBuild: Array<{ spec: ModuleSpec; mandatory?: string }> = [];
  for (const spec of specs) {
    const decision = decideModule(spec, ctx);
    if (decision.action === "skip") outcomes.set(spec.module, decision.outcome);
    else toBuild.push(decision.mandatory ? { spec, mandatory: decision.mandatory } : { spec });
  }

  t = performance.now();
  let builds = new Map<string, ModuleBuild>();
  if (toBuild.length > 0 && toolchain.cargo) {
    const cargoOptions = {
      cargo: toolchain.cargo,
      manifestPath,
      workspaceRoot: workspace.root,
      repositoryRoot: options.repositoryRoot,
      profile: options.profile,
      locked: options.locked,
      offline: options.offline,
      cargoArgs: options.cargoArgs,
      env,
      run,
      log,
      ...(options.target ? { target: options.target } : {}),
      ...(options.targetDir ? { targetDir: resolve(options.sourceDir, options.targetDir) } : {}),
    };
    builds = await buildWithCargo(
      toBuild.map((b) => b.spec),
      cargoOptions,
    );
  }
  timings["build"] = elapsed(t);

  // Install what built.
  t = performance.now();
  const outDir = isAbsolute(options.outDir) ? options.outDir : resolve(options.sourceDir, options.outDir);
  const cross =
    options.target !== undefined && toolchain.host !== undefined && options.target !== toolchain.host;
  let hostSuffix: Promise<string> | undefined;
  const installed = new Map<string, string>();
  for (const { spec, mandatory } of toBuild) {
    const build = builds.get(spec.module);
    if (!build?.ok || !build.cdylib) {
      const errors = build?.diagnostics.filter((d) => d.level === "error" && d.span) ?? [];
      const first = errors[0];
      const why = first
        ? `${first.message} (${first.span!.file}:${first.span!.line})${errors.length > 1 ? ` and ${errors.length - 1} more error(s)` : ""}`
        : (build?.error ?? "cargo is not available");
      const outcome = notBuilt(
        spec,
        "skipped",
        "build-failed",
        `cargo build failed: ${why}.`,
        "build failed",
        mandatory,
      );
      outcome.diagnostics = build?.diagnostics ?? [];
      if (build) outcome.buildSeconds = round(build.seconds);
      outcomes.set(spec.module, outcome);
      continue;
    }
    try {
      let suffix = options.extSuffix;
      if (suffix === undefined && spec.abi3) suffix = abi3Suffix(options.target, platform);
      if (suffix === undefined && cross) {
        throw new Error(
          `cross-compiling for ${options.target}: the host Python cannot tell the target's EXT_SUFFIX; set input 'ext-suffix'`,
        );
      }
      if (suffix === undefined) {
        hostSuffix ??= pythonExtSuffix(options.python, run, env, options.sourceDir);
        suffix = await hostSuffix;
      }
      const artifact = await installModule(spec, build.cdylib, outDir, suffix);
      installed.set(spec.module, artifact.path);
      const outcome: ModuleOutcome = {
        module: spec.module,
        package: spec.package,
        status: "built",
        code: "built",
        reason: `Built and installed as ${artifact.path}.`,
        short: "built",
        artifact,
        buildSeconds: round(build.seconds),
        diagnostics: build.diagnostics,
      };
      if (spec.fallback) outcome.fallback = spec.fallback;
      if (mandatory) outcome.mandatory = mandatory;
      outcomes.set(spec.module, outcome);
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
  }
  timings["install"] = elapsed(t);

  // Import check, then the differential check, for what was installed.
  t = performance.now();
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
    await rm(installed.get(module)!, { force: true });
    installed.delete(module);
    outcomes.set(module, outcome);
  };
  if (cross) {
    for (const module of installed.keys())
      outcomes.get(module)!.imported = `not checked: cross-compiled for ${options.target}`;
  } else if (installed.size > 0) {
    const imports = await checkImports(options.python, outDir, installed, run, env, options.sourceDir);
    for (const [module, result] of imports) {
      if (result.ok) outcomes.get(module)!.imported = true;
      else
        await demote(
          module,
          "import-failed",
          `Built, but ${options.python} cannot import it: ${result.error}`,
        );
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
  timings["verify"] = elapsed(t);

  const ordered = specs.map((s) => outcomes.get(s.module)!);
  const toolchainSummary: BuildModulesResult["toolchain"] = { available: toolchain.available };
  for (const key of ["release", "host", "cargo", "rustc", "problem"] as const) {
    if (toolchain[key] !== undefined) toolchainSummary[key] = toolchain[key];
  }
  const result: BuildModulesResult = {
    outcomes: ordered,
    headline: headline(ordered),
    python,
    phase,
    workspace,
    toolchain: toolchainSummary,
    outDir,
    timings,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
  };
  if (triple) result.target = triple;
  return result;
}

function round(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}
