/**
 * build-rust-modules with one broken crate among five real PyO3 modules (test/fixtures/pyo3, its
 * `stats` crate given a type error), cold: the bundled action as a whole process against a bare
 * `cargo build --release --keep-going` of the same workspace, alternating, each from an empty
 * target dir. CPU is user + system of the whole process tree (bash's `times` for the children),
 * so a second compile of PyO3 or of the broken crate shows (target ≤ 1.05×).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { actionNode } from "../test/harness/action-node.js";
import {
  copyFixture,
  pyo3CrateSource,
  pyo3Fixture,
  pythonInterpreter,
  repoRoot,
  runAction,
  writeCargoSourceConfig,
} from "../test/harness/index.js";
import type { BenchReport } from "./lib.js";
import { median } from "./lib.js";

const tmp = join(repoRoot, ".tmp", "bench-keep-going");
const workspace = join(tmp, "ws");
const timesFile = join(tmp, "times");
const wrapper = join(tmp, "node-with-times.sh");

/** Children's user + system seconds from bash's `times` (its second line: "0m1.5s 0m0.3s"). */
function childCpu(text: string): number {
  const line = text.trim().split("\n")[1] ?? "";
  return [...line.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
}

function bareCargo(targetDir: string, python: string): { wall: number; cpu: number } {
  const started = performance.now();
  const r = spawnSync(
    "bash",
    [
      "-c",
      '"$@" >/dev/null 2>&1; times',
      "_",
      "cargo",
      "build",
      "--release",
      "--keep-going",
      "--lib",
      "--locked",
    ],
    {
      cwd: workspace,
      env: { ...process.env, CARGO_TARGET_DIR: targetDir, PYO3_PYTHON: python },
      encoding: "utf8",
    },
  );
  return { wall: (performance.now() - started) / 1000, cpu: childCpu(r.stdout) };
}

async function action(targetDir: string, python: string): Promise<{ wall: number; cpu: number }> {
  process.env["OXIDIZE_ACTION_NODE"] = wrapper;
  try {
    const run = await runAction("build-rust-modules", {
      workspace,
      inputs: {
        "source-dir": ".",
        "out-dir": "out",
        policy: "accelerators",
        python,
        "target-dir": targetDir,
      },
      env: { OXIDIZE_BENCH_TIMES: timesFile },
      timeoutMs: 600_000,
    });
    if (run.exitCode !== 0) throw new Error(`action failed:\n${run.stdout}\n${run.stderr}`);
    const built = JSON.parse(run.outputs["built"]!) as string[];
    if (built.length !== 4) throw new Error(`expected 4 modules built, got ${built.join(", ")}`);
    return { wall: run.durationMs / 1000, cpu: childCpu(readFileSync(timesFile, "utf8")) };
  } finally {
    delete process.env["OXIDIZE_ACTION_NODE"];
  }
}

export async function run(): Promise<BenchReport> {
  const source = await pyo3CrateSource();
  const python = pythonInterpreter("3.8");
  copyFixture(pyo3Fixture, workspace);
  writeCargoSourceConfig(workspace, source);
  const lib = join(workspace, "crates", "stats", "src", "lib.rs");
  writeFileSync(lib, `${readFileSync(lib, "utf8")}\nfn broken() -> u32 { "not a number" }\n`);
  // The action's node, wrapped so that its whole process tree's CPU is written down.
  const node = actionNode().path;
  writeFileSync(
    wrapper,
    `#!/bin/bash\n"${node}" "$@"\nstatus=$?\ntimes > "$OXIDIZE_BENCH_TIMES"\nexit $status\n`,
    { mode: 0o755 },
  );
  execFileSync("cargo", ["fetch", "--locked"], { cwd: workspace, stdio: "ignore" });

  const runs = 3;
  const ours = { wall: [] as number[], cpu: [] as number[] };
  const bare = { wall: [] as number[], cpu: [] as number[] };
  for (let i = 0; i < runs; i++) {
    const a = join(tmp, "target-action");
    const b = join(tmp, "target-cargo");
    rmSync(a, { recursive: true, force: true });
    const x = await action(a, python);
    rmSync(b, { recursive: true, force: true });
    const y = bareCargo(b, python);
    ours.wall.push(x.wall);
    ours.cpu.push(x.cpu);
    bare.wall.push(y.wall);
    bare.cpu.push(y.cpu);
  }
  return {
    title: "build-rust-modules: five PyO3 crates, one broken, cold (action vs cargo build --keep-going)",
    short: "build-rust-modules, cold",
    rows: [
      {
        name: "CPU, whole process tree",
        value: median(ours.cpu),
        unit: "s",
        baselineName: "cargo --keep-going",
        baseline: median(bare.cpu),
        target: 1.05,
        note: `${runs} alternating cold runs; user + system`,
      },
      {
        name: "wall",
        value: median(ours.wall),
        unit: "s",
        baselineName: "cargo --keep-going",
        baseline: median(bare.wall),
      },
    ],
  };
}
