/**
 * The tree builds its own Rust modules: the make targets that `Modules/makesetup` wrote into the
 * generated Makefile (`Modules/<mod><EXT_SUFFIX>` for a shared module, then `sharedmods` for the
 * links the built interpreter imports through; the interpreter for a static one), run once with
 * `make -k` so one broken module does not hide the others. What each
 * module's outcome is comes from make itself (`make -q` per target after a failed run) and its
 * rustc errors from the output, attributed by the crate directory they point into.
 */
import { availableParallelism } from "node:os";
import { dirname, join, resolve, sep } from "node:path";
import { type Env, type Log, lastLine, monotonicMs, type Runner } from "@oxidize/core";
import type { ConfiguredTree } from "@oxidize/policy";
import { parseHumanDiagnostics } from "./human-diagnostics.js";
import type { Diagnostic, ModuleSpec } from "./types.js";

export interface MakeBuildOptions {
  tree: ConfiguredTree;
  /** The interpreter's pybuilddir, present once make has built the tree (pybuilddir.txt names it). */
  pybuildDir?: string;
  /** The source tree: cargo's paths in the output are relative to its workspace root. */
  sourceDir: string;
  repositoryRoot: string;
  /** `make` unless the environment's MAKE names another. */
  make?: string;
  env: Env;
  run: Runner;
  log: Log;
  /** For the whole make run; an hour unless given. */
  timeoutMs?: number;
}

export interface MakeModuleBuild {
  ok: boolean;
  /** The make target(s) for this module, relative to the build directory. */
  targets: string[];
  /** The importable file make produced (shared modules). */
  file?: string;
  diagnostics: Diagnostic[];
  seconds: number;
  error?: string;
}

/** `$(NAME)` and `${NAME}` references expanded from the Makefile's own variables (one level deep is all configure writes). */
export function expandMakeVars(value: string, vars: ReadonlyMap<string, string>, depth = 4): string {
  const expanded = value.replace(
    /\$[({]([A-Za-z_][A-Za-z0-9_]*)[)}]/g,
    (_, name: string) => vars.get(name) ?? "",
  );
  return depth > 0 && /\$[({]/.test(expanded) ? expandMakeVars(expanded, vars, depth - 1) : expanded;
}

/** The interpreter make builds (`python`, `python.exe` on macOS), relative to the build directory. */
export function builtInterpreter(tree: ConfiguredTree): string {
  return expandMakeVars(tree.vars.get("BUILDPYTHON") ?? "python$(BUILDEXE)", tree.vars) || "python";
}

/** What make must build for one module: the shared library makesetup links, or the interpreter a static module is linked into. */
export function makeTargets(spec: ModuleSpec, tree: ConfiguredTree): string[] {
  if (spec.setup?.buildType === "static") return [builtInterpreter(tree)];
  return [`Modules/${spec.module}${tree.extSuffix ?? ""}`];
}

function ownerOf(
  file: string | undefined,
  specs: readonly ModuleSpec[],
  repositoryRoot: string,
): ModuleSpec | undefined {
  if (!file) return undefined;
  const absolute = resolve(repositoryRoot, file);
  return specs.find((s) => absolute.startsWith(dirname(s.manifestPath) + sep));
}

export async function buildWithMake(
  specs: readonly ModuleSpec[],
  options: MakeBuildOptions,
): Promise<Map<string, MakeModuleBuild>> {
  const { tree, env, run, log } = options;
  const make = options.make ?? env["MAKE"] ?? "make";
  const targets = new Map(specs.map((s) => [s.module, makeTargets(s, tree)]));
  const all = [...new Set([...targets.values()].flat())];
  // ./python imports shared modules through the links `make sharedmods` puts in its pybuilddir
  // (3.12+). Only in a tree make has built (it has a pybuilddir): there the other shared modules
  // are up to date and it only adds the links; in a tree never built it would build them all.
  const built = options.pybuildDir !== undefined;
  if (built && tree.vars.has("SHAREDMODS") && specs.some((s) => s.setup?.buildType !== "static"))
    all.push("sharedmods");
  const args = ["-k", `-j${availableParallelism()}`, ...all];
  const started = monotonicMs();
  const execute = () =>
    run(make, args, {
      cwd: tree.buildDir,
      env,
      timeoutMs: options.timeoutMs ?? 3_600_000,
      onStdoutLine: (line: string) => log.info(line),
      onStderrLine: (line: string) => log.info(line),
    });
  const result = await log.group(`${make} ${args.join(" ")} (in ${tree.buildDir})`, () =>
    log.untrusted(execute),
  );
  const seconds = (monotonicMs() - started) / 1000;
  const builds = new Map<string, MakeModuleBuild>();
  if (result.startError !== undefined) {
    for (const spec of specs) {
      builds.set(spec.module, {
        ok: false,
        targets: targets.get(spec.module)!,
        diagnostics: [],
        seconds,
        error: `cannot run ${make}: ${result.startError}`,
      });
    }
    return builds;
  }
  const diagnostics = parseHumanDiagnostics(result.output, options.sourceDir, options.repositoryRoot);
  for (const spec of specs) {
    const own = diagnostics.filter((d) => ownerOf(d.span?.file, [spec], options.repositoryRoot) === spec);
    const moduleTargets = targets.get(spec.module)!;
    // After a failed `make -k`, a target is built when make itself says it is up to date.
    let ok = result.exitCode === 0;
    if (!ok && !result.timedOut) {
      const check = await run(make, ["-q", ...moduleTargets], {
        cwd: tree.buildDir,
        env,
        timeoutMs: 120_000,
      });
      ok = check.exitCode === 0;
    }
    const build: MakeModuleBuild = { ok, targets: moduleTargets, diagnostics: own, seconds };
    if (spec.setup?.buildType !== "static") build.file = join(tree.buildDir, moduleTargets[0]!);
    if (!ok) {
      const firstError = own.find((d) => d.level === "error")?.message;
      build.error = result.timedOut
        ? `make did not finish within ${(options.timeoutMs ?? 3_600_000) / 1000} s`
        : `make ${moduleTargets.join(" ")} failed: ${firstError ?? (lastLine(result.stderr) || lastLine(result.output) || `exit code ${result.exitCode}`)}`;
    }
    builds.set(spec.module, build);
  }
  return builds;
}
