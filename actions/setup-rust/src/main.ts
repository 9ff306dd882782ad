import { homedir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import { errorMessage, runAction, UserError } from "@oxidize/action-kit";
import type { ResultReason } from "@oxidize/report";
import {
  checkMsrv,
  checkPinned,
  detectHost,
  HostDetectionError,
  type Msrv,
  type ResolvedToolchain,
  readMsrv,
  repairFloatTrap,
  resolveToolchain,
} from "@oxidize/toolchain";
import { actionsCacheBackend } from "./cache.js";
import { type Homes, planEnvironment, toolHomes } from "./environment.js";
import { readInputs, type SetupInputs } from "./inputs.js";
import { chooseInstaller, type InstallOutcome, installToolchain, isUnavailable } from "./install.js";
import { addMatcherCommands, matchersDirectory } from "./matchers.js";
import { probeToolchain, readProbeRecord, writeProbeRecord } from "./probe.js";
import { publish } from "./publish.js";
import { applyShims, listExecutables, planShims } from "./shims.js";
import { buildResult, type SetupDetails } from "./summary.js";

const exe = (name: string) => (process.platform === "win32" ? `${name}.exe` : name);

/** What one run collects for its report: phase timings, reasons, and the details so far. */
class Run {
  readonly startedAt = new Date();
  readonly timings: Record<string, number> = {};
  readonly reasons: ResultReason[] = [];
  readonly details: SetupDetails;

  constructor(readonly inputs: SetupInputs) {
    this.details = {
      available: true,
      toolchain: inputs.toolchain ?? "(not resolved)",
      components: inputs.components,
      targets: inputs.targets,
      distServer: inputs.distServer,
      cacheHit: false,
    };
  }

  async time<T>(phase: string, body: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await body();
    } finally {
      this.timings[phase] = Math.round((this.timings[phase] ?? 0) + performance.now() - started);
    }
  }

  /** Logged now; published as an annotation with the report (once, within GitHub's limits). */
  warn(code: string, message: string, file?: string): void {
    core.info(`warning: ${message}`);
    const workspace = process.env["GITHUB_WORKSPACE"];
    const relative =
      file && workspace && file.startsWith(`${workspace}/`) ? file.slice(workspace.length + 1) : file;
    this.reasons.push({ level: "warning", code, message, ...(relative !== undefined && { file: relative }) });
  }

  async finish(failure?: string): Promise<void> {
    const result = buildResult({
      details: this.details,
      reasons: this.reasons,
      timings: this.timings,
      ...(failure !== undefined && { failure }),
      ...(this.inputs.matrix !== undefined && { matrix: this.inputs.matrix }),
      startedAt: this.startedAt,
      finishedAt: new Date(),
    });
    core.setOutput("report", await publish(result, this.inputs, failure));
  }
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = readInputs();
    if (inputs.matchers) {
      for (const command of addMatcherCommands(matchersDirectory())) core.info(command);
    }
    const state = new Run(inputs);
    try {
      await setup(state);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      await state
        .finish(error.message)
        .catch((e: unknown) => core.debug(`report not written: ${errorMessage(e)}`));
      throw error;
    }
    await state.finish();
  });
}

async function setup(state: Run): Promise<void> {
  const { inputs, details } = state;
  const homes = toolHomes(process.env, homedir());
  const installer = await chooseInstaller(inputs.installer, process.env, homes);
  const { resolved, msrv } = await state.time("resolve", () => resolve(state, installer.kind));
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
  core.info(`Toolchain ${resolved.toolchain}: ${resolved.reason}; installer: ${installer.kind}`);
  // Outputs known before installing, so a later step sees them even when the install fails.
  core.setOutput("toolchain", resolved.toolchain);
  core.setOutput("source", resolved.source);
  core.setOutput("installer", installer.kind);
  core.setOutput("host", resolved.host);
  core.setOutput("cache-hit", "false");

  let outcome: InstallOutcome;
  try {
    outcome = await state.time("install", () =>
      installToolchain({
        resolved,
        installer,
        distServer: inputs.distServer,
        verifySignature: inputs.verifySignature,
        toolCache: process.env["RUNNER_TOOL_CACHE"] || join(homedir(), ".oxidize", "tool-cache"),
        homes,
        cache: inputs.cache ? actionsCacheBackend : undefined,
        log: { info: core.info, warning: (m) => state.warn("install", m), debug: core.debug },
      }),
    );
  } catch (error) {
    if (!(inputs.optional && isUnavailable(error))) throw error;
    details.available = false;
    state.warn(
      "toolchain-unavailable",
      `${errorMessage(error)} (optional: true, so the step continues without Rust)`,
    );
    core.setOutput("available", "false");
    return;
  }
  Object.assign(details, {
    cacheHit: outcome.cacheHit,
    ...(outcome.cacheSource !== undefined && { cacheSource: outcome.cacheSource }),
    cachekey: outcome.cachekey,
    ...(outcome.bytesDownloaded !== undefined && { bytesDownloaded: outcome.bytesDownloaded }),
  });
  for (const [phase, ms] of Object.entries(outcome.timings))
    state.timings[`install: ${phase}`] = Math.round(ms);

  const bin = join(outcome.toolchainDir, "bin");
  const probe = await state.time("probe", async () => {
    // rustup may update a moving channel in place: only the dist installer's directories are immutable.
    const recorded =
      installer.kind === "dist" && outcome.cacheHit ? readProbeRecord(outcome.toolchainDir) : undefined;
    if (recorded) return recorded;
    const fresh = await probeToolchain(join(bin, exe("rustc")), join(bin, exe("cargo")));
    if (installer.kind === "dist") writeProbeRecord(outcome.toolchainDir, fresh);
    return fresh;
  });
  const release = probe.rustc["release"];
  Object.assign(details, {
    rustcVerbose: probe.rustcText,
    rustcPath: join(bin, exe("rustc")),
    ...(release !== undefined && { rustcVersion: release }),
    host: probe.rustc["host"] ?? resolved.host,
  });
  core.info(probe.rustcText);

  if (msrv && release) {
    // A moving channel can only be judged now that we know which release it gave us.
    const check = checkMsrv({ ...resolved, kind: "official", channel: release }, msrv);
    if (check.error) throw check.error;
  }

  await state.time("environment", async () => configureEnvironment(resolved, installer.kind, outcome, homes));

  core.setOutput("rustc-version", release ?? "");
  core.setOutput("rustc-commit-hash", probe.rustc["commit-hash"] ?? "");
  core.setOutput("cargo-version", probe.cargoVersion ?? "");
  core.setOutput("host", details.host);
  core.setOutput("cache-hit", String(outcome.cacheHit));
  core.setOutput("cachekey", outcome.cachekey);
  core.setOutput("available", "true");
  core.setOutput("rustc", details.rustcPath);
}

/** Float-trap repair, rustup's resolution, then the pinning and MSRV rules — all before any download. */
async function resolve(
  state: Run,
  installer: "rustup" | "dist",
): Promise<{ resolved: ResolvedToolchain; msrv: Msrv | undefined }> {
  const { inputs } = state;
  const msrv = await readMsrv(inputs.msrvFrom);
  let toolchain = inputs.toolchain;
  if (toolchain !== undefined) {
    const repair = repairFloatTrap(toolchain, msrv ? { msrv: msrv.version } : {});
    if (repair.warning) state.warn("float-trap", repair.warning);
    toolchain = repair.value;
  }
  const { host } = await hostFor(installer);
  const resolved = await resolveToolchain({
    input: {
      ...(toolchain !== undefined && { toolchain }),
      components: inputs.components,
      targets: inputs.targets,
      ...(inputs.profile !== undefined && { profile: inputs.profile }),
    },
    env: process.env,
    workingDirectory: inputs.workingDirectory,
    host,
    defaultProfile: "minimal",
  });
  state.details.toolchain = resolved.toolchain;
  for (const warning of resolved.warnings) state.warn("resolve", warning, resolved.file);
  if (inputs.requirePinned) {
    const notPinned = checkPinned(resolved);
    if (notPinned) throw notPinned;
  }
  if (msrv) {
    const check = checkMsrv(resolved, msrv);
    if (check.error) throw check.error;
    core.info(check.message);
  }
  return { resolved, msrv };
}

/**
 * The host to install for. The dist installer installs for this machine, which node's platform,
 * arch and libc name unambiguously on the usual runners, so it skips spawning `rustc -vV` (through a
 * rustup proxy that costs ~0.1 s); rustup installs for its own default host, which the active rustc
 * reports. Either way an unknown platform falls back to asking rustc.
 */
async function hostFor(installer: "rustup" | "dist") {
  if (installer === "dist") {
    try {
      return await detectHost({ rustc: false });
    } catch (error) {
      if (!(error instanceof HostDetectionError)) throw error;
    }
  }
  return detectHost();
}

function configureEnvironment(
  resolved: ResolvedToolchain,
  installer: "rustup" | "dist",
  outcome: InstallOutcome,
  homes: Homes,
): void {
  const cargoBin = join(homes.cargoHome, "bin");
  const plan = planEnvironment({
    env: process.env,
    homes,
    installer,
    source: resolved.source,
    toolchain: resolved.toolchain,
    toolchainDir: outcome.toolchainDir,
    rustupProxies: outcome.rustupProxies,
    platform: process.platform,
  });
  for (const [name, value] of Object.entries(plan.exports)) core.exportVariable(name, value);
  for (const path of [...plan.paths, ...outcome.extraPaths]) core.addPath(path);
  if (plan.shims) {
    const bin = join(outcome.toolchainDir, "bin");
    applyShims(planShims(bin, cargoBin, listExecutables(bin), process.platform), cargoBin);
  }
  for (const note of plan.notes) core.info(note);
}
