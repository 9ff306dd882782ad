import * as core from "@actions/core";
import {
  actionLog,
  getOptionalInput,
  getPathInput,
  runAction,
  workspaceDirectory,
  writeSummary,
} from "@oxidize/action-kit";
import { actionsCache } from "@oxidize/action-kit/actions-cache";
import {
  type CargoCachePlan,
  planCargoCache,
  type RestoreOutcome,
  restoreCargoCache,
  saveCargoCache,
  summarizeCache,
} from "@oxidize/cargo-cache";
import { errorMessage, runProcess } from "@oxidize/core";

export const Inputs = {
  manifestPath: "manifest-path",
  targetDir: "target-dir",
  profile: "profile",
  target: "target",
} as const;

export const Outputs = { cacheHit: "cache-hit", cacheKey: "cache-key" } as const;

/** What the main step hands to the post step (the runner's STATE_ variables). */
const State = { isPost: "isPost", plan: "plan", restore: "restore", restoredAt: "restored-at" } as const;

// core.warning escapes the message's data: a key or path can never turn into a workflow command.
const cacheLog = { info: actionLog.info, warning: (message: string) => core.warning(message) };

/**
 * One bundle, two steps: the main step restores, the post step (the end of the job, after the
 * build steps) prunes and saves — as actions/cache does, so a make or cargo build between them
 * needs nothing else.
 */
export async function run(): Promise<void> {
  await runAction(async () => {
    if (core.getState(State.isPost)) await save();
    else await restore();
  });
}

async function restore(): Promise<void> {
  core.saveState(State.isPost, "true");
  const workspace = workspaceDirectory();
  let plan: CargoCachePlan;
  try {
    const targetDir = getPathInput(Inputs.targetDir, { workspace });
    const target = getOptionalInput(Inputs.target);
    plan = await planCargoCache({
      cargo: process.env["CARGO"] || "cargo",
      manifestPath: getPathInput(Inputs.manifestPath, { workspace }, "file") ?? `${workspace}/Cargo.toml`,
      ...(targetDir && { targetDir }),
      profile: getOptionalInput(Inputs.profile) ?? "release",
      ...(target && { target }),
      env: process.env,
      run: runProcess,
      os: process.env["RUNNER_OS"] ?? process.platform,
      arch: process.env["RUNNER_ARCH"] ?? process.arch,
    });
  } catch (error) {
    if (error instanceof Error && error.name === "UserError") throw error;
    cacheLog.warning(`Cargo cache: not used, its key could not be worked out: ${errorMessage(error)}`);
    return;
  }
  const outcome = await restoreCargoCache(plan, actionsCache(), cacheLog);
  core.setOutput(Outputs.cacheHit, outcome.hit);
  core.setOutput(Outputs.cacheKey, plan.key);
  core.saveState(State.plan, JSON.stringify(plan));
  core.saveState(State.restore, JSON.stringify(outcome));
  core.saveState(State.restoredAt, String(Date.now()));
}

async function save(): Promise<void> {
  const planText = core.getState(State.plan);
  if (!planText) return;
  const plan = JSON.parse(planText) as CargoCachePlan;
  const restored = JSON.parse(core.getState(State.restore)) as RestoreOutcome;
  // The job's steps between restore and save: the build the cache is for.
  const buildMs = Date.now() - Number(core.getState(State.restoredAt));
  const saved = await saveCargoCache(plan, restored, buildMs, actionsCache(), cacheLog);
  const summary = summarizeCache(plan.key, restored, saved, buildMs);
  actionLog.info(`Cargo cache: ${summary.text}`);
  await writeSummary(`**Cargo cache**: ${summary.text} (key \`${plan.key}\`)\n`);
}
