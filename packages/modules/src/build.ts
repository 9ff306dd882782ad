/**
 * Building the modules with cargo: one `cargo build --keep-going` for all of them (cargo
 * schedules the crates in parallel, compiles each shared dependency once, and goes on past a
 * broken crate), then each module's outcome read from what cargo said: its artifact, its own
 * rustc errors, its build script's panic or `cargo::error=`, or a failed dependency found
 * through Cargo.lock. Only a module whose failure cannot be attributed that way is rebuilt on
 * its own. Cargo before 1.74 has no `--keep-going`: there every module without an artifact is
 * rebuilt on its own, as the only way to get past the first failure.
 */
import { type Env, type Log, lastLine, monotonicMs, type Runner } from "@oxidize/core";
import { abiFromCfgs, type BuiltAbi, PYO3_CFG_CRATES } from "./abi.js";
import { type CargoArtifact, cdylibFile, packageIdRef, parseCargoLine, spanPath } from "./cargo-messages.js";
import { type CargoFailure, missingLibrary, type PackageRef, parseCargoStderr } from "./cargo-stderr.js";
import { ModulesConfigError } from "./errors.js";
import { closureHas, dependencyClosure, type LockGraph, readLockfile } from "./lockfile.js";
import type { Diagnostic, ModuleSpec } from "./types.js";
import { vendorCargoArgs } from "./vendor.js";

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
  /**
   * A `cargo vendor` directory: crates-io is replaced by it on the command line, and cargo runs
   * `--frozen` with CARGO_NET_OFFLINE (locked and offline whatever `locked`/`offline` say).
   */
  vendorDir?: string;
  /** Pass `--keep-going` (cargo ≥ 1.74). */
  keepGoing: boolean;
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
  /** One line: why it failed, when it did. */
  error?: string;
  /** The failure is a package needing a newer rustc: the module's Rust is missing, not broken. */
  tooOld?: { package: string; requires: string };
  /** Whether this module needed an isolated rebuild. */
  isolated: boolean;
  /** The ABI PyO3 built it for (from its build scripts' cfgs), when it links PyO3. */
  abi?: BuiltAbi;
  /** What went in: the packages cargo compiled for it (see compiledFor), when built. */
  compiled?: CompiledPackage[];
  /** The lock file the build used, for the packages' checksums. */
  lock?: LockGraph;
}

/** One package cargo compiled, with the kinds of every target of it that it built. */
export interface CompiledPackage {
  packageId: string;
  manifestPath: string;
  /** Target kinds seen: `lib`, `cdylib`, `proc-macro`, `custom-build` … */
  targetKinds: string[];
}

/**
 * A failure of the workspace rather than of a module (lock file, manifest, resolution, download):
 * every module would fail the same way, so the step fails once with cargo's own words and the fix.
 */
export class WorkspaceBuildError extends ModulesConfigError {}

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
  if (options.keepGoing && specs.length > 1) args.push("--keep-going");
  if (options.target) args.push("--target", options.target);
  if (options.vendorDir !== undefined) args.push(...vendorCargoArgs(options.vendorDir));
  else {
    if (options.locked) args.push("--locked");
    if (options.offline) args.push("--offline");
  }
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
  // Belt and braces with --frozen: nothing of cargo's (a build script's nested cargo included) goes online.
  if (options.vendorDir !== undefined) env["CARGO_NET_OFFLINE"] = "true";
  return env;
}

interface CargoRun {
  exitCode: number | null;
  artifacts: Array<CargoArtifact & { seconds: number }>;
  diagnostics: Array<{ diagnostic: Diagnostic; manifestPath: string }>;
  buildScripts: Array<{ packageId: string; cfgs: string[] }>;
  failures: CargoFailure[];
  /** When cargo could not run or finish at all. */
  error?: string;
  seconds: number;
}

const CARGO_BUILD_TIMEOUT_MS = 60 * 60_000;
/** The end of cargo's stderr kept for reading its errors (progress lines are a few bytes each). */
const STDERR_KEEP_CHARS = 4_000_000;

async function runCargo(specs: readonly ModuleSpec[], options: CargoBuildOptions): Promise<CargoRun> {
  const started = monotonicMs();
  const run: CargoRun = {
    exitCode: null,
    artifacts: [],
    diagnostics: [],
    buildScripts: [],
    failures: [],
    seconds: 0,
  };
  const args = cargoBuildArgs(specs, options);
  const title = `cargo build: ${specs.map((s) => s.module).join(", ")}`;
  const timeoutMs = options.timeoutMs ?? CARGO_BUILD_TIMEOUT_MS;
  const result = await options.log.group(title, () =>
    options.log.untrusted(() =>
      options.run(options.cargo, args, {
        cwd: options.workspaceRoot,
        env: cargoEnv(options),
        timeoutMs,
        maxCaptureChars: STDERR_KEEP_CHARS,
        onStdoutLine(line) {
          const record = parseCargoLine(line, options.workspaceRoot, options.repositoryRoot);
          if (record?.kind === "artifact") {
            run.artifacts.push({ ...record.artifact, seconds: (monotonicMs() - started) / 1000 });
          } else if (record?.kind === "build-script") {
            run.buildScripts.push({ packageId: record.packageId, cfgs: record.cfgs });
          } else if (record?.kind === "diagnostic") {
            run.diagnostics.push({ diagnostic: record.diagnostic, manifestPath: record.manifestPath });
            options.log.info(record.diagnostic.renderedAnsi ?? record.diagnostic.rendered);
          }
        },
        onStderrLine: (line) => options.log.info(line),
      }),
    ),
  );
  run.exitCode = result.exitCode;
  run.seconds = (monotonicMs() - started) / 1000;
  run.failures = parseCargoStderr(result.stderr);
  const error =
    result.startError ??
    (result.timedOut ? `cargo did not finish within ${Math.round(timeoutMs / 60_000)} minutes` : undefined);
  if (error) run.error = error;
  else if (result.exitCode !== 0 && run.failures.length === 0) {
    run.error = lastLine(result.stderr) || `cargo exited with code ${result.exitCode}`;
  }
  return run;
}

function belongsTo(spec: ModuleSpec, packageId: string, manifestPath: string): boolean {
  if (spec.packageId !== undefined && packageId !== "") return spec.packageId === packageId;
  return manifestPath === spec.manifestPath;
}

function specRef(spec: ModuleSpec): PackageRef {
  const version = spec.packageId ? packageIdRef(spec.packageId).version : undefined;
  return version ? { name: spec.package, version } : { name: spec.package };
}

function sameRef(a: PackageRef, b: PackageRef): boolean {
  return a.name === b.name && (a.version === undefined || b.version === undefined || a.version === b.version);
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

function refText(ref: PackageRef): string {
  return ref.version ? `${ref.name} ${ref.version}` : ref.name;
}

/** One line for rustc errors: the first located error, the link failure's missing library. */
function diagnosticsReason(errors: readonly Diagnostic[]): string | undefined {
  const first = errors.find((d) => d.span) ?? errors[0];
  if (!first) return undefined;
  const more = errors.length > 1 ? ` and ${errors.length - 1} more error(s)` : "";
  if (first.message.startsWith("linking with")) {
    const library = missingLibrary(first.rendered);
    if (library) {
      return `the linker cannot find the native library ${library} (-l${library}): install its development files or point the build at it${more}`;
    }
  }
  return first.span
    ? `${first.message} (${first.span.file}:${first.span.line})${more}`
    : `${first.message}${more}`;
}

interface Attribution {
  error: string;
  /** Located where a build script panicked inside the repository. */
  diagnostic?: Diagnostic;
}

function failureReason(
  failure: CargoFailure,
  run: CargoRun,
  options: CargoBuildOptions,
): Attribution | undefined {
  switch (failure.kind) {
    case "build-script": {
      const where = failure.location ? ` (${failure.location.file}:${failure.location.line})` : "";
      const attribution: Attribution = {
        error: `the build script of ${refText(failure.package)} failed: ${failure.message}${where}`,
      };
      if (failure.location) {
        const file = spanPath(failure.location.file, options.workspaceRoot, options.repositoryRoot);
        attribution.diagnostic = {
          level: "error",
          message: `build script of ${refText(failure.package)} failed: ${failure.message}`,
          rendered: failure.detail,
          packageId: "",
          span: {
            file,
            line: failure.location.line,
            column: failure.location.column,
            endLine: failure.location.line,
            endColumn: failure.location.column,
          },
        };
      }
      return attribution;
    }
    case "script-error":
      return { error: `the build script of ${refText(failure.package)} reported: ${failure.message}` };
    case "compile": {
      const errors = run.diagnostics
        .filter(({ diagnostic }) => diagnostic.level === "error")
        .filter(({ diagnostic }) => packageIdRef(diagnostic.packageId).name === failure.package.name)
        .map(({ diagnostic }) => diagnostic);
      const why = diagnosticsReason(errors);
      return { error: `${refText(failure.package)} does not compile${why ? `: ${why}` : ""}` };
    }
    default:
      return undefined;
  }
}

function failurePackage(failure: CargoFailure): PackageRef | undefined {
  return failure.kind === "other" ? undefined : failure.package;
}

/** Why a module without an artifact failed, from its own errors or a failed dependency. */
function attribute(
  spec: ModuleSpec,
  run: CargoRun,
  lock: LockGraph | undefined,
  options: CargoBuildOptions,
): Attribution | undefined {
  const own = specRef(spec);
  const errors = collect(spec, [run]).filter((d) => d.level === "error");
  const ownFailures = run.failures.filter((f) => {
    const ref = failurePackage(f);
    return ref !== undefined && f.kind !== "compile" && sameRef(ref, own);
  });
  if (ownFailures.length > 0) return failureReason(ownFailures[0]!, run, options);
  const why = diagnosticsReason(errors);
  if (why) return { error: why };
  if (!lock) return undefined;
  const closure = dependencyClosure(lock, own);
  for (const failure of run.failures) {
    const ref = failurePackage(failure);
    if (!ref || sameRef(ref, own) || !closureHas(closure, ref)) continue;
    const reason = failureReason(failure, run, options);
    if (reason) {
      const attribution: Attribution = { error: `its dependency ${reason.error.replace(/^the /, "")}` };
      if (reason.diagnostic) attribution.diagnostic = reason.diagnostic;
      return attribution;
    }
  }
  return undefined;
}

/** The ABI of the PyO3 this module links, read from the build scripts' cfgs of this run. */
function abiOf(spec: ModuleSpec, run: CargoRun, lock: LockGraph | undefined): BuiltAbi | undefined {
  const closure = lock ? dependencyClosure(lock, specRef(spec)) : undefined;
  for (const crate of PYO3_CFG_CRATES) {
    for (const script of run.buildScripts) {
      const ref = packageIdRef(script.packageId);
      if (ref.name !== crate) continue;
      // Without a lock file, a single PyO3 in the build is the one every module links.
      if (
        closure
          ? !closureHas(closure, ref)
          : run.buildScripts.filter((s) => packageIdRef(s.packageId).name === crate).length !== 1
      )
        continue;
      const abi = abiFromCfgs(script.cfgs, refText(ref));
      if (abi) return abi;
    }
  }
  return undefined;
}

/** Cargo stopped before compiling anything, for a reason that is not any module's. */
function workspaceFailure(run: CargoRun): string | undefined {
  if (run.exitCode === 0 || run.error !== undefined) return undefined;
  if (run.artifacts.length > 0 || run.diagnostics.some((d) => d.diagnostic.level === "error"))
    return undefined;
  const other = run.failures.find((f) => f.kind === "other");
  if (!other || run.failures.some((f) => f.kind !== "other")) return undefined;
  return other.message;
}

/** The fix for the usual workspace-level failures. */
function workspaceFix(message: string, options: CargoBuildOptions): string {
  if (/lock file .*(needs to be updated|because --locked was passed)/.test(message)) {
    return options.locked
      ? "Commit an up-to-date Cargo.lock (run `cargo generate-lockfile` or `cargo update -w`), or set input 'locked' to false"
      : "Commit an up-to-date Cargo.lock";
  }
  if (/\.toml:\d+:\d+|failed to (load|parse) manifest/.test(message))
    return "Fix the manifest at the file and line given";
  if (
    /failed to (download|get|select|fetch)|no matching package|Unable to update|failed to query/i.test(
      message,
    )
  ) {
    return options.offline
      ? "Vendor the missing crates or make them available to cargo offline (set input 'offline' to false to let cargo fetch them)"
      : "Check that cargo can reach its registry (or vendor the dependencies and set input 'offline')";
  }
  return "Fix the workspace so that `cargo build` can start";
}

function failWorkspace(run: CargoRun, options: CargoBuildOptions): void {
  const message = workspaceFailure(run);
  if (message !== undefined) {
    throw new WorkspaceBuildError(
      `cargo cannot build the workspace: ${message}. ${workspaceFix(message, options)}.`,
    );
  }
}

type RustVersionFailure = Extract<CargoFailure, { kind: "rust-version" }>;

/**
 * The module's build when a package it needs requires a newer rustc: found in its Cargo.lock
 * closure, or (a module built on its own) any such package of the run.
 */
function tooOldBuild(
  spec: ModuleSpec,
  run: CargoRun,
  lock: LockGraph | undefined,
  alone: boolean,
): ModuleBuild | undefined {
  const failures = run.failures.filter((f): f is RustVersionFailure => f.kind === "rust-version");
  const closure = lock ? dependencyClosure(lock, specRef(spec)) : undefined;
  const blocking = failures.find(
    (f) =>
      alone || sameRef(f.package, specRef(spec)) || (closure !== undefined && closureHas(closure, f.package)),
  );
  if (!blocking) return undefined;
  const rustc = blocking.rustc ? `; this is rustc ${blocking.rustc}` : "";
  return {
    ok: false,
    diagnostics: [],
    seconds: run.seconds,
    error: `${refText(blocking.package)} requires rustc ${blocking.requires}${rustc}`,
    tooOld: { package: refText(blocking.package), requires: blocking.requires },
    isolated: false,
  };
}

/**
 * The packages of this run that went into the module: those cargo reported compiling (fresh or
 * not) that lie in the module's Cargo.lock closure — exact for one module, and for a joint build
 * the lock file is what tells the modules' dependencies apart.
 */
export function compiledFor(
  spec: ModuleSpec,
  artifacts: readonly CargoArtifact[],
  buildScripts: readonly { packageId: string }[],
  lock: LockGraph | undefined,
): CompiledPackage[] {
  const closure = lock ? dependencyClosure(lock, specRef(spec)) : undefined;
  const packages = new Map<string, CompiledPackage>();
  const add = (packageId: string, manifestPath: string, kinds: readonly string[]) => {
    const ref = packageIdRef(packageId);
    const own = belongsTo(spec, packageId, manifestPath);
    if (!own && closure !== undefined && !closureHas(closure, ref)) return;
    const entry = packages.get(packageId) ?? { packageId, manifestPath, targetKinds: [] };
    if (manifestPath !== "") entry.manifestPath = manifestPath;
    for (const kind of kinds) if (!entry.targetKinds.includes(kind)) entry.targetKinds.push(kind);
    packages.set(packageId, entry);
  };
  for (const a of artifacts) add(a.packageId, a.manifestPath, a.targetKinds ?? a.kinds);
  // A build script that ran is one, even when cargo reported its compilation in an earlier run.
  for (const s of buildScripts) if (packages.has(s.packageId)) add(s.packageId, "", ["custom-build"]);
  return [...packages.values()].filter((p) => p.manifestPath !== "");
}

function success(
  spec: ModuleSpec,
  artifact: CargoArtifact & { seconds: number },
  run: CargoRun,
  lock: LockGraph | undefined,
  isolated: boolean,
): ModuleBuild {
  const build: ModuleBuild = {
    ok: true,
    cdylib: cdylibFile(artifact)!,
    diagnostics: [],
    seconds: artifact.seconds,
    isolated,
    compiled: compiledFor(spec, run.artifacts, run.buildScripts, lock),
  };
  if (lock) build.lock = lock;
  return build;
}

/** Builds every module; the result maps each module name to its build. */
export async function buildWithCargo(
  specs: readonly ModuleSpec[],
  options: CargoBuildOptions,
): Promise<Map<string, ModuleBuild>> {
  const builds = new Map<string, ModuleBuild>();
  if (specs.length === 0) return builds;
  const runs: CargoRun[] = [];
  let remaining = [...specs];
  let joint = await runCargo(remaining, options);
  runs.push(joint);
  let lock = await readLockfile(options.workspaceRoot);

  // A package needing a newer rustc stops cargo before it compiles anything: the modules that
  // depend on it lack Rust (as a too-old toolchain would), and the others are built again.
  if (joint.failures.some((f) => f.kind === "rust-version")) {
    for (const spec of remaining) {
      const build = tooOldBuild(spec, joint, lock, remaining.length === 1);
      if (build) builds.set(spec.module, build);
    }
    remaining = remaining.filter((spec) => !builds.has(spec.module));
    if (remaining.length > 0 && builds.size > 0) {
      joint = await runCargo(remaining, options);
      runs.push(joint);
      lock = (await readLockfile(options.workspaceRoot)) ?? lock;
    }
  }
  if (builds.size === 0) failWorkspace(joint, options);

  const isolate: ModuleSpec[] = [];
  for (const spec of remaining) {
    const artifact = artifactOf(spec, joint);
    if (artifact) {
      const build = success(spec, artifact, joint, lock, false);
      const abi = abiOf(spec, joint, lock);
      if (abi) build.abi = abi;
      builds.set(spec.module, build);
      continue;
    }
    if (joint.exitCode === 0 && joint.error === undefined) {
      // Success without an artifact: cargo built something other than what we asked for.
      builds.set(spec.module, {
        ok: false,
        diagnostics: [],
        seconds: joint.seconds,
        error: `cargo reported success but produced no cdylib for ${spec.package} (lib target ${spec.libName})`,
        isolated: false,
      });
      continue;
    }
    const attribution =
      options.keepGoing || remaining.length === 1 ? attribute(spec, joint, lock, options) : undefined;
    if (attribution || joint.error !== undefined || remaining.length === 1) {
      const build: ModuleBuild = { ok: false, diagnostics: [], seconds: joint.seconds, isolated: false };
      build.error = attribution?.error ?? joint.error ?? "cargo build failed";
      if (attribution?.diagnostic) build.diagnostics.push(attribution.diagnostic);
      builds.set(spec.module, build);
    } else {
      isolate.push(spec);
    }
  }

  for (const spec of isolate) {
    const single = await runCargo([spec], options);
    runs.push(single);
    const artifact = artifactOf(spec, single);
    if (artifact) {
      const build = success(spec, artifact, single, lock, true);
      build.seconds = single.seconds;
      const abi = abiOf(spec, single, lock);
      if (abi) build.abi = abi;
      builds.set(spec.module, build);
      continue;
    }
    const tooOld = tooOldBuild(spec, single, lock, true);
    if (tooOld) {
      builds.set(spec.module, { ...tooOld, isolated: true });
      continue;
    }
    const attribution = attribute(spec, single, lock, options);
    const build: ModuleBuild = { ok: false, diagnostics: [], seconds: single.seconds, isolated: true };
    build.error =
      attribution?.error ??
      single.error ??
      workspaceFailure(single) ??
      (single.failures.find((f) => f.kind === "other") as { message?: string } | undefined)?.message ??
      "cargo build failed";
    if (attribution?.diagnostic) build.diagnostics.push(attribution.diagnostic);
    builds.set(spec.module, build);
  }

  for (const spec of specs) {
    const build = builds.get(spec.module)!;
    build.diagnostics = [...build.diagnostics, ...collect(spec, runs)];
  }
  return builds;
}
