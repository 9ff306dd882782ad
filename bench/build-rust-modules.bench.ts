/**
 * build-rust-modules overhead. The bundled action (through the runner harness: a real node
 * process with INPUT_* and the command files) against a bare `cargo build` of the same
 * workspace from the same state, measured alternately in the same run:
 * - "rebuild": the module's own artifacts cleaned first (`cargo clean -p _base64`), dependencies
 *   warm — what CI pays when the module's source changed (target ≤ 1.10×);
 * - "no-op": nothing to rebuild — the action's fixed cost dominates (node, import check);
 * - the skip path (no Rust anywhere) as a whole process beside `node -e 0` (target ≤ 0.3 s);
 * - five real PyO3 crates (test/fixtures/pyo3) with nothing to rebuild, against a bare
 *   `cargo build --release` of the same workspace with the same PYO3_PYTHON: the action's fixed
 *   cost over cargo's own no-op (target ≤ 0.25 s above it).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { actionNode } from "../test/harness/action-node.js";
import {
  copyFixture,
  pyo3CrateSource,
  pyo3Fixture,
  pythonInterpreter,
  realPython,
  repoRoot,
  runAction,
  writeCargoSourceConfig,
} from "../test/harness/index.js";
import type { BenchReport } from "./lib.js";
import { median, timeProcess } from "./lib.js";

const example = join(repoRoot, "examples", "cpython-lite");
const manifest = join(example, "Cargo.toml");
const tmp = join(repoRoot, ".tmp", "bench-build-rust-modules");
const targetDir = join(tmp, "target");
const python = realPython;
const cargo = execFileSync("sh", ["-c", "command -v cargo"], { encoding: "utf8" }).trim();
const env = { ...process.env, CARGO_TARGET_DIR: targetDir };
/**
 * The user cache the action keeps rustc's and Python's answers in, shared by every run here as on
 * a developer's machine or a self-hosted runner; a hosted runner's first run in a job finds it
 * empty and asks (the "first run" row).
 */
const memoDir = join(tmp, "user-cache");

function bareCargo(): number {
  const t = performance.now();
  const r = spawnSync(cargo, ["build", "--lib", "--release", "--locked", "--manifest-path", manifest], {
    env,
    stdio: "ignore",
  });
  if (r.status !== 0) throw new Error(`cargo build failed (${r.status})`);
  return performance.now() - t;
}

function clean(): void {
  spawnSync(cargo, ["clean", "--release", "-p", "_base64", "--manifest-path", manifest], {
    env,
    stdio: "ignore",
  });
}

async function action(
  extraEnv: Record<string, string | undefined> = {},
  inputs: Record<string, string> = {},
) {
  const run = await runAction("build-rust-modules", {
    workspace: repoRoot,
    inputs: {
      "source-dir": example,
      "out-dir": join(tmp, "out"),
      "target-dir": targetDir,
      python,
      ...inputs,
    },
    env: { OXIDIZE_CACHE_DIR: memoDir, ...extraEnv },
  });
  if (run.exitCode !== 0) throw new Error(`action failed:\n${run.stdout}\n${run.stderr}`);
  return run.durationMs;
}

/** The PyO3 workspace, built once: afterwards both the action and cargo find nothing to rebuild. */
export async function pyo3NoOp(runs: number): Promise<{ action: number; firstRun: number; cargo: number }> {
  const workspace = join(tmp, "pyo3");
  const pyo3Target = join(tmp, "pyo3-target");
  const python = pythonInterpreter("3.8");
  copyFixture(pyo3Fixture, workspace);
  writeCargoSourceConfig(workspace, await pyo3CrateSource());
  const cargoEnv = { ...process.env, CARGO_TARGET_DIR: pyo3Target, PYO3_PYTHON: python };
  const bare = () => {
    const t = performance.now();
    const r = spawnSync(cargo, ["build", "--lib", "--release", "--locked"], {
      cwd: workspace,
      env: cargoEnv,
      stdio: "ignore",
    });
    if (r.status !== 0) throw new Error(`cargo build of the PyO3 workspace failed (${r.status})`);
    return performance.now() - t;
  };
  const ours = async (cacheDir = memoDir) => {
    const r = await runAction("build-rust-modules", {
      workspace,
      inputs: {
        "source-dir": ".",
        "out-dir": "out",
        policy: "accelerators",
        python,
        "target-dir": pyo3Target,
      },
      env: { OXIDIZE_CACHE_DIR: cacheDir },
      timeoutMs: 900_000,
    });
    if (r.exitCode !== 0) throw new Error(`action failed:\n${r.stdout}\n${r.stderr}`);
    return r.durationMs;
  };
  bare();
  await ours(); // the first run of a fresh copy builds; from here on both are no-ops
  const action: number[] = [];
  const firstRun: number[] = [];
  const bareRuns: number[] = [];
  for (let i = 0; i < runs; i++) {
    bareRuns.push(bare());
    action.push(await ours());
    firstRun.push(await ours(mkdtempSync(join(tmp, "empty-user-cache-"))));
  }
  return { action: median(action), firstRun: median(firstRun), cargo: median(bareRuns) };
}

export async function run(): Promise<BenchReport> {
  mkdirSync(tmp, { recursive: true });
  const runs = 5;
  bareCargo(); // warm dependencies and the target dir
  const rebuild = { action: [] as number[], cargo: [] as number[] };
  const noop = { action: [] as number[], cargo: [] as number[] };
  for (let i = 0; i < runs; i++) {
    clean();
    rebuild.cargo.push(bareCargo());
    clean();
    rebuild.action.push(await action());
    noop.cargo.push(bareCargo());
    noop.action.push(await action());
  }

  const noRust = {
    PATH: [dirname(python), "/usr/bin", "/bin"].join(delimiter),
    CARGO: undefined,
    RUSTC: undefined,
    CARGO_HOME: mkdtempSync(join(tmp, "empty-cargo-home-")),
  };
  const skip: number[] = [];
  for (let i = 0; i < runs; i++)
    skip.push(await action(noRust, { "python-version": "3.15", "trust-python-version": "true" }));
  const nodeFloor = timeProcess(actionNode().path, ["-e", "0"], { runs }); // the Node the action runs on
  const pyo3 = await pyo3NoOp(runs);

  return {
    title:
      "build-rust-modules: action vs bare cargo build (examples/cpython-lite and five PyO3 crates, warm)",
    short: "build-rust-modules",
    rows: [
      {
        name: "action, module rebuilt",
        value: median(rebuild.action),
        baselineName: "cargo build",
        baseline: median(rebuild.cargo),
        target: 1.1,
        note: "cargo clean -p _base64 before each run",
      },
      {
        name: "action, nothing to rebuild",
        value: median(noop.action),
        baselineName: "cargo build",
        baseline: median(noop.cargo),
        note: "fixed cost: node start, checking the kept answers, cargo's no-op, import check",
      },
      {
        name: "5 PyO3 crates, nothing to rebuild",
        value: pyo3.action / 1000,
        unit: "s",
        baselineName: "cargo build --release",
        baseline: pyo3.cargo / 1000,
        targetAbove: 0.25,
        note: "whole process; the action also imports each module; rustc's, Python's and cargo metadata's answers kept from an earlier run",
      },
      {
        name: "5 PyO3 crates, nothing to rebuild, first run",
        value: pyo3.firstRun / 1000,
        unit: "s",
        baselineName: "cargo build --release",
        baseline: pyo3.cargo / 1000,
        targetAbove: 0.25,
        note: "as above with an empty user cache, as on a fresh hosted runner: rustc, Python and cargo metadata are asked",
      },
      {
        name: "action, skip path (no Rust)",
        value: median(skip) / 1000,
        unit: "s",
        target: 0.3,
        note: `whole process; node -e 0 takes ${nodeFloor.toFixed(0)} ms here`,
      },
    ],
  };
}
