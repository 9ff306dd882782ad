import { statSync } from "node:fs";
import { join } from "node:path";
import { isMainThread } from "node:worker_threads";
import {
  type ActionRunOptions,
  type ActionRunResult,
  collectRunResult,
  prepareActionRun,
  repoRoot,
} from "./run-action.js";
import { captureStdout, captureWrites } from "./stdout-capture.js";

/**
 * The middle test layer: `actions/<name>/src/main.ts`'s `run()` called in this process, with the
 * runner's side of the step laid out exactly as for runAction (the same options, the same result),
 * so one test body can exercise the source or the bundle.
 *
 * Only under vitest, in the forks pool (its default): the step's working directory needs
 * `process.chdir`, which worker threads refuse. For the duration of a run this process IS the
 * step — process.env, the working directory, process.stdout/stderr and process.exitCode are the
 * step's, and are given back afterwards even when the run throws. Runs are therefore serialized:
 * concurrent calls (describe.concurrent) queue up.
 *
 * Isolation between runs: a step is a fresh process on the runner, so every run here imports a
 * fresh copy of the action's module graph (vi.resetModules() before importing main.ts). That
 * resets the actions' and packages' module-level state, and — because the actions projects
 * inline `@actions/core` and `@actions/github` (server.deps.inline in the root vitest.config.ts;
 * node_modules are otherwise loaded natively and never reset) — also the toolkit's singletons:
 * `core.summary`, which caches the GITHUB_STEP_SUMMARY path on first use, and `github.context`
 * and the octokit defaults, which read the event and GITHUB_API_URL at import. Where that
 * configuration is missing, a run that writes its summary into an earlier run's file is
 * reported as an error instead of passing silently with crossed summaries.
 *
 * `timeoutMs` works as for runAction except that code in this process cannot be killed: a run
 * that times out is abandoned (the process is given back and the call rejects with the output so
 * far), and whatever it still does afterwards happens in the test's process.
 */
export async function runActionInProcess(
  name: string,
  options: ActionRunOptions = {},
): Promise<ActionRunResult> {
  const run = queue.then(() => runExclusively(name, options));
  queue = run.catch(() => undefined);
  return run;
}

let queue: Promise<unknown> = Promise.resolve();

/** Summary files of earlier runs in this test file, with their size after the run. */
const earlierSummaries = new Map<string, number>();

async function runExclusively(name: string, options: ActionRunOptions): Promise<ActionRunResult> {
  if (!isMainThread) {
    throw new Error(
      "runActionInProcess needs the forks pool: process.chdir (the step's working directory) is not available in worker threads",
    );
  }
  const prepared = prepareActionRun(name, options);
  // Imported here, not at the top: the benchmarks and the demo import the harness outside vitest.
  const { vi } = await import("vitest");
  const main = join(repoRoot, "actions", name, "src", "main.ts");
  const timeoutMs = options.timeoutMs ?? 120_000;

  const saved = {
    env: { ...process.env },
    cwd: process.cwd(),
    exitCode: process.exitCode,
    stderrWrite: process.stderr.write,
  };
  let stdout = "";
  let stderr = "";
  let exitCode: number;
  let timedOut = false;
  let restoreStdout: (() => void) | undefined;
  const started = performance.now();
  try {
    replaceEnv(prepared.env);
    process.chdir(prepared.workspace);
    process.exitCode = undefined;
    restoreStdout = captureStdout((text) => {
      stdout += text;
    });
    process.stderr.write = captureWrites((text) => {
      stderr += text;
    });
    vi.resetModules();
    try {
      const action = (await import(/* @vite-ignore */ main)) as { run: () => Promise<void> };
      timedOut = await finishesWithin(action.run(), timeoutMs);
    } catch (error) {
      // What node does with an error that escapes the entry point: its stack on stderr, exit 1.
      stderr += `${error instanceof Error ? error.stack : String(error)}\n`;
      process.exitCode = 1;
    }
    exitCode = Number(process.exitCode ?? 0);
  } finally {
    restoreStdout?.();
    process.stderr.write = saved.stderrWrite;
    process.exitCode = saved.exitCode;
    process.chdir(saved.cwd);
    replaceEnv(saved.env);
  }
  if (timedOut) {
    throw new Error(
      `actions/${name} did not finish within ${timeoutMs} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`,
    );
  }
  const result = collectRunResult(prepared, {
    exitCode,
    stdout,
    stderr,
    durationMs: performance.now() - started,
  });
  checkSummaryIsolation(prepared.files.GITHUB_STEP_SUMMARY);
  return result;
}

/** Resolves true when `work` is still running after `ms` (it is left to finish on its own). */
async function finishesWithin(work: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), ms);
  });
  try {
    return await Promise.race([work.then(() => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Makes process.env hold exactly `next`, in place (child processes and getters see the same object). */
function replaceEnv(next: NodeJS.ProcessEnv): void {
  for (const key of Object.keys(process.env)) if (!(key in next)) delete process.env[key];
  for (const [key, value] of Object.entries(next)) if (value !== undefined) process.env[key] = value;
}

function checkSummaryIsolation(current: string): void {
  for (const [file, size] of earlierSummaries) {
    if (file === current) continue; // the same runnerDir again: prepareActionRun emptied it
    let now: number;
    try {
      now = statSync(file).size;
    } catch {
      earlierSummaries.delete(file); // removed by its test: nothing can be written to it any more
      continue;
    }
    if (now !== size) {
      earlierSummaries.set(file, now); // reported once, not again by every later run
      throw new Error(
        `this run wrote to an earlier run's job summary (${file}): @actions/core is shared between ` +
          "runs in this vitest project. Inline it (server.deps.inline: ['@actions/core', '@actions/github']) " +
          "so that each run imports a fresh copy, as the root vitest.config.ts does for actions/*.",
      );
    }
  }
  earlierSummaries.set(current, statSync(current).size);
}
