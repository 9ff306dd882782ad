import { homedir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import { ConfigurationError, errorMessage, runAction } from "@oxidize/action-kit";
import type { ResultReason } from "@oxidize/report";
import {
  checkMsrv,
  checkPinned,
  detectHost,
  type Msrv,
  type ResolvedToolchain,
  readMsrv,
  repairFloatTrap,
  resolveToolchain,
  ToolchainResolutionError,
} from "@oxidize/toolchain";
import { actionsCacheBackend } from "./cache.js";
import { planEnvironment, toolHomes } from "./environment.js";
import { readInputs, type SetupInputs } from "./inputs.js";
import { chooseInstaller, type InstallOutcome, installToolchain, isUnavailable } from "./install.js";
import { addMatcherCommands, matchersDirectory } from "./matchers.js";
import { probeToolchain, type ToolchainProbe } from "./probe.js";
import { publish } from "./publish.js";
import { applyShims, listExecutables, planShims } from "./shims.js";
import { buildResult, type SetupDetails } from "./summary.js";

const exe = (name: string) => (process.platform === "win32" ? `${name}.exe` : name);

/** Wall-clock time per phase, for the summary and the report. */
class Phases {
  readonly timings: Record<string, number> = {};
  async time<T>(phase: string, body: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await body();
    } finally {
      this.timings[phase] = Math.round((this.timings[phase] ?? 0) + performance.now() - started);
    }
  }
}

/** Resolution errors are the user's to fix: report them as configuration errors, with rustup's words. */
function asConfigurationError(error: unknown): unknown {
  if (error instanceof ToolchainResolutionError) return new ConfigurationError(error.message);
  return error;
}

function reasonFrom(
  level: ResultReason["level"],
  code: string,
  message: string,
  file?: string,
): ResultReason {
  const workspace = process.env["GITHUB_WORKSPACE"];
  const relative =
    file && workspace && file.startsWith(`${workspace}/`) ? file.slice(workspace.length + 1) : file;
  return { level, code, message, ...(relative !== undefined && { file: relative }) };
}

export async function run(): Promise<void> {
  await runAction(setup);
}

async function setup(): Promise<void> {
  const startedAt = new Date();
  const phases = new Phases();
  const reasons: ResultReason[] = [];
  const warn = (code: string, message: string, file?: string) => {
    core.warning(message, file ? { file } : {});
    reasons.push(reasonFrom("warning", code, message, file));
  };

  const inputs = readInputs();
  if (inputs.matchers) {
    for (const command of addMatcherCommands(matchersDirectory())) core.info(command);
  }

  const { resolved, msrv } = await phases
    .time("resolve", () => resolve(inputs, warn))
    .catch((error: unknown) => {
      throw asConfigurationError(error);
    });
  const homes = toolHomes(process.env, homedir());
  const installer = await chooseInstaller(inputs.installer, process.env, homes);
  core.info(`Toolchain ${resolved.toolchain} (${resolved.reason}); installer: ${installer.kind}`);

  const details: SetupDetails = {
    available: true,
    toolchain: resolved.toolchain,
    source: resolved.source,
    reason: resolved.reason,
    ...(resolved.file !== undefined && { file: resolved.file }),
    profile: resolved.profile,
    components: resolved.components,
    targets: resolved.targets,
    installer: installer.kind,
    distServer: inputs.distServer,
    cacheHit: false,
    host: resolved.host,
  };
  const finish = async () => {
    const result = buildResult({
      details,
      reasons,
      timings: phases.timings,
      ...(inputs.matrix !== undefined && { matrix: inputs.matrix }),
      startedAt,
      finishedAt: new Date(),
    });
    const report = await publish(result, inputs);
    core.setOutput("report", report);
  };

  core.setOutput("toolchain", resolved.toolchain);
  core.setOutput("source", resolved.source);
  core.setOutput("installer", installer.kind);
  core.setOutput("host", resolved.host);

  let outcome: InstallOutcome;
  try {
    outcome = await phases.time("install", () =>
      installToolchain({
        resolved,
        installer,
        distServer: inputs.distServer,
        verifySignature: inputs.verifySignature,
        toolCache: process.env["RUNNER_TOOL_CACHE"] || join(homedir(), ".oxidize", "tool-cache"),
        homes,
        cache: inputs.cache ? actionsCacheBackend : undefined,
        log: { info: core.info, warning: (m) => warn("install", m), debug: core.debug },
      }),
    );
  } catch (error) {
    if (inputs.optional && isUnavailable(error)) {
      details.available = false;
      warn(
        "toolchain-unavailable",
        `${errorMessage(error)} (optional: true, so the step continues without Rust)`,
      );
      core.setOutput("available", "false");
      core.setOutput("cache-hit", "false");
      await finish();
      return;
    }
    reasons.push(reasonFrom("failure", "install-failed", errorMessage(error)));
    await finish().catch((e: unknown) => core.debug(`report not written: ${errorMessage(e)}`));
    throw new ConfigurationError(errorMessage(error));
  }
  Object.assign(details, {
    cacheHit: outcome.cacheHit,
    ...(outcome.cacheSource !== undefined && { cacheSource: outcome.cacheSource }),
    cachekey: outcome.cachekey,
    ...(outcome.bytesDownloaded !== undefined && { bytesDownloaded: outcome.bytesDownloaded }),
  });
  for (const [phase, ms] of Object.entries(outcome.timings)) phases.timings[`install: ${phase}`] = ms;

  const bin = join(outcome.toolchainDir, "bin");
  const probe: ToolchainProbe = await phases.time("probe", () =>
    probeToolchain(join(bin, exe("rustc")), join(bin, exe("cargo"))),
  );
  const release = probe.rustc["release"];
  Object.assign(details, {
    rustcVerbose: probe.rustcText,
    rustcPath: join(bin, exe("rustc")),
    ...(release !== undefined && { rustcVersion: release }),
    host: probe.rustc["host"] ?? resolved.host,
  });
  core.info(probe.rustcText);

  if (msrv && release) {
    // Floating channels could only be judged now that we know the release they gave us.
    const check = checkMsrv({ ...resolved, kind: "official", channel: release }, msrv);
    if (check.status === "violated" && check.error) {
      reasons.push(reasonFrom("failure", "below-msrv", check.error.message, msrv.file));
      await finish();
      throw new ConfigurationError(check.error.message);
    }
  }

  await phases.time("environment", async () =>
    configureEnvironment(resolved, installer.kind, outcome, homes),
  );

  core.setOutput("rustc-version", release ?? "");
  core.setOutput("rustc-commit-hash", probe.rustc["commit-hash"] ?? "");
  core.setOutput("cargo-version", probe.cargoVersion ?? "");
  core.setOutput("host", details.host);
  core.setOutput("cache-hit", String(outcome.cacheHit));
  core.setOutput("cachekey", outcome.cachekey);
  core.setOutput("available", "true");
  core.setOutput("rustc", details.rustcPath);
  await finish();
}

/** Float-trap repair, rustup's resolution, then the pinning and MSRV rules — all before any download. */
async function resolve(
  inputs: SetupInputs,
  warn: (code: string, message: string, file?: string) => void,
): Promise<{ resolved: ResolvedToolchain; msrv: Msrv | undefined }> {
  const msrv = await readMsrv(inputs.msrvFrom);
  let toolchain = inputs.toolchain;
  if (toolchain !== undefined) {
    const repair = repairFloatTrap(toolchain, msrv ? { msrv: msrv.version } : {});
    if (repair.warning) warn("float-trap", repair.warning);
    toolchain = repair.value;
  }
  const { host } = await detectHost();
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
  for (const warning of resolved.warnings) warn("resolve", warning, resolved.file);
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

function configureEnvironment(
  resolved: ResolvedToolchain,
  installer: "rustup" | "dist",
  outcome: InstallOutcome,
  homes: ReturnType<typeof toolHomes>,
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
