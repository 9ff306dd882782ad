/**
 * Building the modules with cargo: one `cargo build` for all of them (cargo schedules the crates
 * in parallel and shares dependencies); when it fails, each module without an artifact is rebuilt
 * on its own, so one broken crate never costs the healthy ones their build, and each failure is
 * attributed to the module that caused it.
 */
import { type Env, type Log, lastLine, type Runner } from "@oxidize/core";
import { type CargoArtifact, cdylibFile, parseCargoLine } from "./cargo-messages.js";
import type { Diagnostic, ModuleSpec } from "./types.js";

export interface CargoBuildOptions {
  cargo: string;
  manifestPath: string;
  workspaceRoot: string;
  /** Diagnostic paths are made relative to this. */
  repositoryRoot: string;
  profile: string;
  target?: string;
  locked: boolean;
  offline: boolean;
  /** Extra arguments, appended as given (never through a shell). */
  cargoArgs: readonly string[];
  /** CARGO_TARGET_DIR; cargo's default (`<workspace>/target`) when undefined. */
  targetDir?: string;
  env: Env;
  run: Runner;
  /** Per cargo run; an hour unless given (a cold build of a large dependency tree takes minutes). */
  timeoutMs?: number;
  /** Receives cargo's progress and rendered diagnostics, one group per cargo run. */
  log: Log;
}

export interface ModuleBuild {
  ok: boolean;
  /** The cdylib cargo produced. */
  cdylib?: string;
  diagnostics: Diagnostic[];
  /** Seconds until the artifact was ready (joint build) or of the isolated rebuild. */
  seconds: number;
  /** Why the build failed when no rustc error says it (cargo's own last error line). */
  error?: string;
  /** Whether this module needed an isolated rebuild. */
  isolated: boolean;
}

/** The `cargo build` argument list (exported for tests and the benchmark). */
export function cargoBuildArgs(specs: readonly ModuleSpec[], options: CargoBuildOptions): string[] {
  const args = [
    "build",
    "--lib",
    "--message-format=json-diagnostic-rendered-ansi",
    "--manifest-path",
    options.manifestPath,
    "--profile",
    options.profile,
  ];
  if (options.target) args.push("--target", options.target);
  if (options.locked) args.push("--locked");
  if (options.offline) args.push("--offline");
  for (const spec of specs) args.push("-p", spec.package);
  args.push(...options.cargoArgs);
  return args;
}

export function cargoEnv(options: CargoBuildOptions): Env {
  const env: Record<string, string | undefined> = { ...options.env };
  if (options.targetDir) env["CARGO_TARGET_DIR"] = options.targetDir;
  // RUSTC is deliberately not set to the rustc we probed: cargo finds the same one (RUSTC from the
  // environment, else rustup's proxy), and a different RUSTC path changes cargo's fingerprints,
  // turning every warm build into a rebuild.
  // Colours in rendered diagnostics come from the JSON format; progress lines stay plain in logs.
  env["CARGO_TERM_PROGRESS_WHEN"] = "never";
  return env;
}

interface CargoRun {
  exitCode: number | null;
  artifacts: Array<CargoArtifact & { seconds: number }>;
  diagnostics: Array<{ diagnostic: Diagnostic; manifestPath: string }>;
  error?: string;
  seconds: number;
}

const CARGO_BUILD_TIMEOUT_MS = 60 * 60_000;

async function runCargo(specs: readonly ModuleSpec[], options: CargoBuildOptions): Promise<CargoRun> {
  const started = performance.now();
  const run: CargoRun = { exitCode: null, artifacts: [], diagnostics: [], seconds: 0 };
  const errorLines: string[] = [];
  const args = cargoBuildArgs(specs, options);
  const title = `cargo build: ${specs.map((s) => s.module).join(", ")}`;
  const result = await options.log.group(title, () =>
    options.log.untrusted(() =>
      options.run(options.cargo, args, {
        cwd: options.workspaceRoot,
        env: cargoEnv(options),
        timeoutMs: options.timeoutMs ?? CARGO_BUILD_TIMEOUT_MS,
        onStdoutLine(line) {
          const record = parseCargoLine(line, options.workspaceRoot, options.repositoryRoot);
          if (record?.kind === "artifact") {
            run.artifacts.push({ ...record.artifact, seconds: (performance.now() - started) / 1000 });
          } else if (record?.kind === "diagnostic") {
            run.diagnostics.push({ diagnostic: record.diagnostic, manifestPath: record.manifestPath });
            options.log.info(record.diagnostic.renderedAnsi ?? record.diagnostic.rendered);
          }
        },
        onStderrLine(line) {
          if (/^error(\[|:)/.test(line.trim())) errorLines.push(line.trim());
          options.log.info(line);
        },
      }),
    ),
  );
  run.exitCode = result.exitCode;
  run.seconds = (performance.now() - started) / 1000;
  const error =
    result.startError ??
    (result.timedOut
      ? `cargo did not finish within ${Math.round((options.timeoutMs ?? CARGO_BUILD_TIMEOUT_MS) / 60_000)} minutes`
      : undefined) ??
    errorLines[errorLines.length - 1] ??
    (result.exitCode !== 0 ? lastLine(result.stderr) : undefined);
  if (error) run.error = error;
  return run;
}

function belongsTo(spec: ModuleSpec, packageId: string, manifestPath: string): boolean {
  if (spec.packageId !== undefined && packageId !== "") return spec.packageId === packageId;
  return manifestPath === spec.manifestPath;
}

function key(d: Diagnostic): string {
  return [d.level, d.message, d.span?.file, d.span?.line, d.span?.column].join("\u0000");
}

function collect(spec: ModuleSpec, runs: readonly CargoRun[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const run of runs) {
    for (const { diagnostic, manifestPath } of run.diagnostics) {
      if (!belongsTo(spec, diagnostic.packageId, manifestPath)) continue;
      const k = key(diagnostic);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(diagnostic);
    }
  }
  return out;
}

function artifactOf(spec: ModuleSpec, run: CargoRun): (CargoArtifact & { seconds: number }) | undefined {
  return run.artifacts.find(
    (a) =>
      belongsTo(spec, a.packageId, a.manifestPath) &&
      a.targetName === spec.libName &&
      cdylibFile(a) !== undefined,
  );
}

/** Builds every module; the result maps each module name to its build. */
export async function buildWithCargo(
  specs: readonly ModuleSpec[],
  options: CargoBuildOptions,
): Promise<Map<string, ModuleBuild>> {
  const builds = new Map<string, ModuleBuild>();
  if (specs.length === 0) return builds;
  const joint = await runCargo(specs, options);
  const pending: ModuleSpec[] = [];
  for (const spec of specs) {
    const artifact = artifactOf(spec, joint);
    if (artifact) {
      builds.set(spec.module, {
        ok: true,
        cdylib: cdylibFile(artifact)!,
        diagnostics: [],
        seconds: artifact.seconds,
        isolated: false,
      });
    } else {
      pending.push(spec);
    }
  }
  const runs: CargoRun[] = [joint];
  if (pending.length > 0 && joint.exitCode === 0) {
    // Success without an artifact: cargo built something other than what we asked for.
    for (const spec of pending) {
      builds.set(spec.module, {
        ok: false,
        diagnostics: [],
        seconds: joint.seconds,
        error: `cargo reported success but produced no cdylib for ${spec.package} (lib target ${spec.libName})`,
        isolated: false,
      });
    }
    pending.length = 0;
  }
  for (const spec of pending) {
    const single = specs.length === 1 ? joint : await runCargo([spec], options);
    if (single !== joint) runs.push(single);
    const artifact = artifactOf(spec, single);
    const build: ModuleBuild = {
      ok: artifact !== undefined,
      diagnostics: [],
      seconds: single.seconds,
      isolated: single !== joint,
    };
    if (artifact) build.cdylib = cdylibFile(artifact)!;
    else if (single.error) build.error = single.error;
    builds.set(spec.module, build);
  }
  for (const spec of specs) {
    const build = builds.get(spec.module)!;
    build.diagnostics = collect(spec, runs);
  }
  return builds;
}
