import { join, resolve } from "node:path";
import * as core from "@actions/core";
import { actionLog } from "@oxidize/action-kit";
import { actionsCache } from "@oxidize/action-kit/actions-cache";
import {
  type CacheSummary,
  type CargoCachePlan,
  planCargoCache,
  type RestoreOutcome,
  restoreCargoCache,
  saveCargoCache,
  summarizeCache,
} from "@oxidize/cargo-cache";
import { errorMessage, runProcess } from "@oxidize/core";
import type { BuildModulesOptions } from "@oxidize/modules";

// core.warning escapes the message's data: a key or path can never turn into a workflow command.
const cacheLog = { info: actionLog.info, warning: (message: string) => core.warning(message) };

export interface CargoCacheSession {
  plan: CargoCachePlan;
  restore: RestoreOutcome;
}

/**
 * Restores the cargo cache for this build before it starts. The key also names the Python the
 * modules are built for (PyO3's build script bakes it in), as the step's inputs give it. Anything
 * that stops the cache from being planned is a warning: the build itself then says what is wrong.
 */
export async function restoreForBuild(build: BuildModulesOptions): Promise<CargoCacheSession | undefined> {
  const env = {
    ...process.env,
    OXIDIZE_PYTHON: build.python,
    OXIDIZE_PYTHON_VERSION: build.pythonVersion,
    OXIDIZE_PYTHON_LOCATION: process.env["pythonLocation"] ?? "",
  };
  let plan: CargoCachePlan;
  try {
    plan = await planCargoCache({
      cargo: process.env["CARGO"] || "cargo",
      manifestPath: resolve(build.sourceDir, build.manifestPath ?? "Cargo.toml"),
      // Where the build puts it: the input, else in a configured tree make's `$(abs_builddir)/target`,
      // else cargo's own answer.
      ...(build.targetDir
        ? { targetDir: resolve(build.sourceDir, build.targetDir) }
        : build.buildDir && { targetDir: join(build.buildDir, "target") }),
      profile: build.profile ?? "release",
      ...(build.target && { target: build.target }),
      env: { ...env, ...pythonKeyEnv(env) },
      run: runProcess,
      os: process.env["RUNNER_OS"] ?? process.platform,
      arch: process.env["RUNNER_ARCH"] ?? process.arch,
    });
  } catch (error) {
    cacheLog.warning(`Cargo cache: not used, its key could not be worked out: ${errorMessage(error)}`);
    return undefined;
  }
  return { plan, restore: await restoreCargoCache(plan, actionsCache(), cacheLog) };
}

/** The Python inputs, under names outputEnv keeps. */
function pythonKeyEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  return {
    PYO3_PYTHON:
      env["PYO3_PYTHON"] ??
      `${env["OXIDIZE_PYTHON"]} ${env["OXIDIZE_PYTHON_VERSION"]} ${env["OXIDIZE_PYTHON_LOCATION"]}`,
  };
}

/** Saves unless the step fails (as actions/cache's post step, a failed job's state is not cached). */
export async function saveAfterBuild(
  session: CargoCacheSession,
  buildMs: number,
  stepFails: boolean,
): Promise<CacheSummary> {
  const saved = stepFails
    ? { saved: false, skipped: "the step failed" }
    : await saveCargoCache(session.plan, session.restore, buildMs, actionsCache(), cacheLog);
  return summarizeCache(session.plan.key, session.restore, saved, buildMs);
}
