// The whole setup behind one call: resolve → choose the installer → install with rustup or from the dist server →
// probe the installed binaries → environment and shims for later steps → the result. Plain TypeScript: the action
// passes the runner's environment, the Actions cache and a log, and applies what comes back.

import { join } from "node:path";
import { type Env, errorMessage, type Log, monotonicMs, UserError } from "@oxidize/core";
import type { ActionResult, ResultReason } from "@oxidize/report";
import type { SignatureMode } from "../install/types.js";
import { probeRustc } from "../probe/rustc.js";
import { detectHost, HostDetectionError } from "../resolve/host.js";
import { checkMsrv } from "../resolve/msrv.js";
import type { ResolvedToolchain } from "../resolve/resolve-toolchain.js";
import type { ToolchainCacheBackend } from "./cache.js";
import type { DistServer } from "./dist-server.js";
import { type Homes, planEnvironment, toolHomes } from "./environment.js";
import {
  chooseInstaller,
  type InstallerChoice,
  type InstallOutcome,
  installToolchain,
  isUnavailable,
} from "./install.js";
import { type InstalledProbe, readProbeRecord, writeProbeRecord } from "./probe-record.js";
import { resolveSetup } from "./resolve-setup.js";
import { type SetupDetails, setupResult } from "./result.js";
import { applyShims, listExecutables, planShims } from "./shims.js";

/** What the user asked for (the action's inputs, typed). */
export interface SetupRequest {
  /** As written; undefined: resolve like rustup (RUSTUP_TOOLCHAIN, toolchain file, stable). */
  toolchain?: string;
  /** Absolute; where the toolchain-file walk starts. */
  workingDirectory: string;
  components: string[];
  targets: string[];
  profile?: string;
  requirePinned: boolean;
  /** Absolute; where the MSRV search starts. Default: `workingDirectory`. */
  msrvFrom?: string;
  installer: InstallerChoice;
  distServer: DistServer;
  verifySignature: SignatureMode;
  /** A toolchain that does not exist for this host gives available=false instead of a failure. */
  optional: boolean;
}

export interface SetupDeps {
  env: Env;
  platform: NodeJS.Platform;
  /** The user's home: the default CARGO_HOME and RUSTUP_HOME are under it. */
  home: string;
  /** RUNNER_TOOL_CACHE: the dist installer installs into `<toolCache>/rust/<cachekey>`. */
  toolCache: string;
  /** The Actions cache, when the `cache` input is on. */
  cache?: ToolchainCacheBackend;
  log: Log;
}

export interface SetupOutcome {
  /** The step's `oxidize/result@1`. */
  result: ActionResult<SetupDetails>;
  /** Variables and PATH entries for later steps; the caller applies them (it knows the runner). */
  environment?: { exports: Record<string, string>; paths: string[] };
  /** The user's problem that stopped the setup; the result already says so. */
  failure?: UserError;
}

const exe = (name: string, platform: NodeJS.Platform) => (platform === "win32" ? `${name}.exe` : name);

/** What one run collects for its result: phase timings, reasons, and the details so far. */
class SetupRun {
  readonly startedAt = new Date();
  readonly timings: Record<string, number> = {};
  readonly reasons: ResultReason[] = [];
  readonly details: SetupDetails;

  constructor(
    request: SetupRequest,
    readonly deps: SetupDeps,
  ) {
    this.details = {
      available: true,
      toolchain: request.toolchain ?? "(not resolved)",
      components: request.components,
      targets: request.targets,
      distServer: request.distServer.distServer,
      cacheHit: false,
    };
  }

  async time<T>(phase: string, body: () => Promise<T>): Promise<T> {
    const started = monotonicMs();
    try {
      return await body();
    } finally {
      this.timings[phase] = Math.round((this.timings[phase] ?? 0) + monotonicMs() - started);
    }
  }

  /** Said once: published as an annotation with the result, within GitHub's limits. */
  warn(code: string, message: string, file?: string): void {
    this.reasons.push({ level: "warning", code, message, ...(file !== undefined && { file }) });
  }

  result(failure?: string): ActionResult<SetupDetails> {
    return setupResult({
      details: this.details,
      reasons: this.reasons,
      timings: this.timings,
      ...(failure !== undefined && { failure }),
      startedAt: this.startedAt,
      finishedAt: new Date(),
    });
  }
}

/**
 * Never throws for the user's problems (a bad name, a missing release, a broken mirror): they come
 * back as `failure` with a result that says so. Anything else thrown is a bug.
 */
export async function setupToolchain(request: SetupRequest, deps: SetupDeps): Promise<SetupOutcome> {
  const run = new SetupRun(request, deps);
  try {
    const environment = await setup(run, request);
    return { result: run.result(), ...(environment && { environment }) };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { result: run.result(error.message), failure: error };
  }
}

async function setup(run: SetupRun, request: SetupRequest): Promise<SetupOutcome["environment"]> {
  const { details, deps } = run;
  const homes = toolHomes(deps.env, deps.home);
  const installer = await chooseInstaller(
    request.installer,
    deps.env,
    homes,
    deps.platform,
    request.verifySignature,
  );
  const { resolved, msrv } = await run.time("resolve", async () => {
    const setup = await resolveSetup({
      ...(request.toolchain !== undefined && { toolchain: request.toolchain }),
      workingDirectory: request.workingDirectory,
      components: request.components,
      targets: request.targets,
      ...(request.profile !== undefined && { profile: request.profile }),
      requirePinned: request.requirePinned,
      ...(request.msrvFrom !== undefined && { msrvFrom: request.msrvFrom }),
      host: (await setupHost(installer.kind)).host,
      env: deps.env,
    });
    details.toolchain = setup.resolved.toolchain;
    for (const w of setup.warnings) run.warn(w.code, w.message, w.file);
    if (setup.msrvCheck) deps.log.info(setup.msrvCheck.message);
    return setup;
  });
  Object.assign(details, {
    toolchain: resolved.toolchain,
    source: resolved.source,
    reason: resolved.reason,
    ...(resolved.file !== undefined && { file: resolved.file }),
    profile: resolved.profile,
    components: resolved.components,
    targets: resolved.targets,
    installer: installer.kind,
    host: resolved.host,
  });
  deps.log.info(`Toolchain ${resolved.toolchain}: ${resolved.reason}; installer: ${installer.kind}`);

  let outcome: InstallOutcome;
  try {
    outcome = await run.time("install", () =>
      deps.log.group(`Installing ${resolved.toolchain} with ${installer.kind}`, () =>
        installToolchain({
          resolved,
          installer,
          distServer: request.distServer.distServer,
          verifySignature: request.verifySignature,
          toolCache: deps.toolCache,
          homes,
          cache: deps.cache,
          log: {
            info: (m) => deps.log.info(m),
            warning: (m) => run.warn("install", m),
            debug: (m) => deps.log.debug(m),
            untrusted: (body) => deps.log.untrusted(body),
          },
        }),
      ),
    );
  } catch (error) {
    if (!(request.optional && isUnavailable(error, resolved.host))) throw error;
    details.available = false;
    run.warn(
      "toolchain-unavailable",
      `${errorMessage(error)} (optional: true, so the step continues without Rust)`,
    );
    return undefined;
  }
  Object.assign(details, {
    cacheHit: outcome.cacheHit,
    ...(outcome.cacheSource !== undefined && { cacheSource: outcome.cacheSource }),
    cachekey: outcome.cachekey,
    ...(outcome.bytesDownloaded !== undefined && { bytesDownloaded: outcome.bytesDownloaded }),
  });
  for (const [phase, ms] of Object.entries(outcome.timings))
    run.timings[`install: ${phase}`] = Math.round(ms);

  const bin = join(outcome.toolchainDir, "bin");
  const probe = await run.time("probe", () => probeInstalled(outcome, installer.kind, bin, deps));
  Object.assign(details, {
    rustcVerbose: probe.rustc.text,
    rustcPath: join(bin, exe("rustc", deps.platform)),
    rustcVersion: probe.rustc.release,
    rustcCommitHash: probe.rustc.commitHash,
    ...(probe.cargoVersion !== undefined && { cargoVersion: probe.cargoVersion }),
    host: probe.rustc.host,
  });
  deps.log.info(probe.rustc.text);

  if (msrv) {
    // A moving channel can only be judged now that we know which release it gave us.
    const check = checkMsrv({ ...resolved, kind: "official", channel: probe.rustc.release }, msrv);
    if (check.error) throw check.error;
  }
  return run.time("environment", async () =>
    configureEnvironment(resolved, installer.kind, outcome, homes, deps),
  );
}

/**
 * The host to install for. The dist installer installs for this machine, which node's platform,
 * arch and libc name unambiguously on the usual runners, so it skips spawning `rustc -vV` (through a
 * rustup proxy that costs ~0.1 s); rustup installs for its own default host, which the active rustc
 * reports. Either way an unknown platform falls back to asking rustc.
 */
export async function setupHost(installer: "rustup" | "dist") {
  if (installer === "dist") {
    try {
      return await detectHost({ rustc: false });
    } catch (error) {
      if (!(error instanceof HostDetectionError)) throw error;
    }
  }
  return detectHost();
}

/**
 * Asks the installed binaries themselves (not a proxy on PATH) what they are. A dist install's
 * directory never changes, so a cache hit reads the answer recorded beside it instead; rustup may
 * update a moving channel in place, so it is always asked.
 */
async function probeInstalled(
  outcome: InstallOutcome,
  installer: "rustup" | "dist",
  bin: string,
  deps: SetupDeps,
): Promise<InstalledProbe> {
  const recorded =
    installer === "dist" && outcome.cacheHit ? readProbeRecord(outcome.toolchainDir) : undefined;
  if (recorded) return recorded;
  if (outcome.probe) {
    // A fresh dist install ran and checked these very binaries before caching them.
    writeProbeRecord(outcome.toolchainDir, outcome.probe);
    return outcome.probe;
  }
  // Without RUSTUP_TOOLCHAIN, rustup proxies (if any) stay out of it.
  const env = { ...deps.env, RUSTUP_TOOLCHAIN: undefined };
  const rustc = join(bin, exe("rustc", deps.platform));
  const probe = await probeRustc(rustc, { env, cargo: join(bin, exe("cargo", deps.platform)) }).catch(
    (error: unknown) => ({
      ok: false as const,
      problem: `${rustc} could not be started (${errorMessage(error)})`,
    }),
  );
  if (!probe.ok) throw new UserError(`The installed toolchain does not work: ${probe.problem}.`);
  const fresh: InstalledProbe = {
    rustc: probe.rustc,
    ...(probe.cargoVersion !== undefined && { cargoVersion: probe.cargoVersion }),
  };
  if (installer === "dist") writeProbeRecord(outcome.toolchainDir, fresh);
  return fresh;
}

function configureEnvironment(
  resolved: ResolvedToolchain,
  installer: "rustup" | "dist",
  outcome: InstallOutcome,
  homes: Homes,
  deps: SetupDeps,
): SetupOutcome["environment"] {
  const cargoBin = join(homes.cargoHome, "bin");
  const plan = planEnvironment({
    env: deps.env,
    homes,
    installer,
    source: resolved.source,
    toolchain: resolved.toolchain,
    toolchainDir: outcome.toolchainDir,
    rustupProxies: outcome.rustupProxies,
    platform: deps.platform,
  });
  if (plan.shims) {
    const bin = join(outcome.toolchainDir, "bin");
    try {
      applyShims(planShims(bin, cargoBin, listExecutables(bin), deps.platform), cargoBin);
    } catch (error) {
      throw new UserError(
        `Could not write the shims in ${cargoBin} (${errorMessage(error)}); check that CARGO_HOME is a writable directory.`,
      );
    }
  }
  for (const note of plan.notes) deps.log.info(note);
  return { exports: plan.exports, paths: [...plan.paths, ...outcome.extraPaths] };
}
