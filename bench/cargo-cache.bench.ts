/**
 * What `cache: cargo` buys: build-rust-modules (the bundled action as a process, through the
 * runner harness) on the PyO3 fixture — five PyO3 modules, pyo3 + its macros and build scripts,
 * aho-corasick — for a real Python 3.8, from Debian's crate sources offline:
 * - cold: an empty target directory and CARGO_HOME, nothing in the cache (it saves);
 * - warm: a new runner (both emptied again at the same paths) restoring that entry through the
 *   real @actions/cache from the cache service double on 127.0.0.1 — the service's own network
 *   time is not in it, the download from loopback is.
 * Alternated `RUNS` times (each warm run against the cold run before it); target warm ≤ 0.3× cold.
 * The archive size stored in the double is printed: what the entry costs in the 10 GB quota.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { CacheServiceDouble } from "../test/harness/cache-service-double.js";
import {
  copyFixture,
  pyo3CrateSource,
  pyo3Fixture,
  pythonInterpreter,
  repoRoot,
  runAction,
  writeCargoSourceConfig,
} from "../test/harness/index.js";
import { type BenchReport, median } from "./lib.js";

const RUNS = 2;
const workspace = join(repoRoot, ".tmp", "bench-cargo-cache");

export async function run(): Promise<BenchReport> {
  const source = await pyo3CrateSource();
  const python = pythonInterpreter("3.8");
  copyFixture(pyo3Fixture, workspace);
  writeCargoSourceConfig(workspace, source);
  const cargoHome = join(workspace, ".cargo-home");
  const double = await CacheServiceDouble.start();

  const build = async () => {
    rmSync(join(workspace, "target"), { recursive: true, force: true });
    rmSync(cargoHome, { recursive: true, force: true });
    const result = await runAction("build-rust-modules", {
      workspace,
      inputs: {
        "source-dir": ".",
        "out-dir": "out",
        policy: "accelerators",
        python,
        "target-dir": "target",
        cache: "cargo",
      },
      env: { ...double.env(), CARGO_HOME: cargoHome, PYO3_PYTHON: undefined },
      timeoutMs: 900_000,
    });
    if (result.exitCode !== 0) throw new Error(`build-rust-modules failed:\n${result.stdout.slice(-3000)}`);
    return result;
  };

  const cold: number[] = [];
  const warm: number[] = [];
  const sizes: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      double.reset();
      const c = await build();
      if (c.outputs["cache-hit"] !== "miss") throw new Error(`cold run was a ${c.outputs["cache-hit"]}`);
      cold.push(c.durationMs);
      const w = await build();
      if (w.outputs["cache-hit"] !== "exact") throw new Error(`warm run was a ${w.outputs["cache-hit"]}`);
      warm.push(w.durationMs);
      sizes.push(double.entries.reduce((sum, e) => sum + (e.sizeBytes ?? 0), 0));
    }
  } finally {
    await double.close();
    rmSync(workspace, { recursive: true, force: true });
  }
  const archiveMb = median(sizes) / (1024 * 1024);
  return {
    title: "cargo cache: PyO3 fixture, cold build vs restored from the Actions cache (double)",
    short: "cargo cache",
    rows: [
      {
        name: "build-rust-modules, warm (cache: cargo, exact hit)",
        value: median(warm),
        baselineName: "cold, empty cache",
        baseline: median(cold),
        target: 0.3,
        note: `median of ${RUNS}`,
      },
      {
        name: "cache entry (tar + zstd archive)",
        value: archiveMb,
        unit: "MB",
        note: "counts against the 10 GB per-repository quota",
      },
    ],
  };
}
