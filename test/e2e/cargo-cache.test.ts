/**
 * build-rust-modules with `cache: cargo`, the bundled action run as the runner runs it, through the
 * real @actions/cache (real tar + zstd archives) against the cache service double on 127.0.0.1
 * (test/harness/cache-service-double.ts; GitHub's service cannot be reached from here). The
 * workspace is the PyO3 fixture, built offline by the real cargo from Debian's crate sources for
 * a real Python 3.8; each "new runner" starts with an empty target directory and CARGO_HOME at
 * the same paths, as hosted runners do.
 *
 * Then the faults: a damaged archive, a service that is down, one that never answers, and two jobs
 * saving one key at once (those two build the example's vendored zlib backend, which is quicker) —
 * each must leave the step green with at most a warning.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CacheServiceDouble } from "../harness/cache-service-double.js";
import {
  type ActionRunResult,
  copyFixture,
  errorAnnotations,
  pyo3CrateSource,
  pyo3Fixture,
  pythonInterpreter,
  realPython,
  repoRoot,
  resultOf,
  runAction,
  writeCargoSourceConfig,
  zlibRsVendorDir,
} from "../harness/index.js";

interface CacheDetails {
  hit: string;
  key: string;
  matchedKey?: string;
  restoredBytes?: number;
  savedBytes?: number;
  saved: boolean;
  timeSavedMs?: number;
}

const root = join(repoRoot, ".tmp", "e2e-cargo-cache");
let double: CacheServiceDouble;
let source: string;
let python: string;

/** One "job": a workspace at a stable path with a target directory and CARGO_HOME inside it. */
function job(name: string): { workspace: string; target: string; cargoHome: string } {
  const workspace = join(root, name);
  if (!existsSync(workspace)) {
    copyFixture(pyo3Fixture, workspace);
    writeCargoSourceConfig(workspace, source);
  }
  return { workspace, target: join(workspace, "target"), cargoHome: join(workspace, ".cargo-home") };
}

/** A fresh runner for the job: nothing built, nothing downloaded. */
function freshRunner(j: ReturnType<typeof job>): void {
  rmSync(j.target, { recursive: true, force: true });
  rmSync(j.cargoHome, { recursive: true, force: true });
  mkdirSync(j.cargoHome, { recursive: true });
}

function build(j: ReturnType<typeof job>, env: Record<string, string> = {}): Promise<ActionRunResult> {
  return runAction("build-rust-modules", {
    workspace: j.workspace,
    inputs: {
      "source-dir": ".",
      "out-dir": "out",
      policy: "accelerators",
      python,
      "target-dir": "target",
      cache: "cargo",
    },
    env: { ...double.env(), CARGO_HOME: j.cargoHome, PYO3_PYTHON: undefined, ...env },
    timeoutMs: 400_000,
  });
}

async function cacheOf(run: ActionRunResult): Promise<CacheDetails> {
  const report = await resultOf<{ details: { cache: CacheDetails }; facts: Record<string, unknown> }>(run);
  expect(report.facts["cargo cache"]).toEqual(expect.any(String));
  return report.details.cache;
}

function explain(run: ActionRunResult): string {
  return `exit ${run.exitCode}\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-2000)}`;
}

const compiled = (run: ActionRunResult, krate: string) => new RegExp(`Compiling ${krate} v`).test(run.stdout);
const twirp = (rpc: string) => double.calls.filter((c) => c.rpc === rpc);

beforeAll(async () => {
  double = await CacheServiceDouble.start();
  source = await pyo3CrateSource();
  python = pythonInterpreter("3.8");
  rmSync(root, { recursive: true, force: true });
});

afterAll(async () => {
  await double?.close();
  rmSync(root, { recursive: true, force: true });
});

describe("cargo cache through @actions/cache and the cache service double", () => {
  const main = () => job("main");
  let coldKey: string;

  it("a cold build saves the dependencies only; a new runner restores them (exact hit) and compiles only the workspace", async () => {
    const j = main();
    freshRunner(j);
    const cold = await build(j);
    expect(cold.exitCode, explain(cold)).toBe(0);
    expect(compiled(cold, "pyo3")).toBe(true);
    const coldCache = await cacheOf(cold);
    expect(coldCache).toMatchObject({ hit: "miss", saved: true });
    expect(cold.outputs["cache-hit"]).toBe("miss");
    coldKey = coldCache.key;
    expect(coldKey).toMatch(/^oxidize-cargo-v1-linux-x64-[0-9a-f]{12}-x86_64-unknown-linux-gnu-release-/);
    const entry = double.entry(coldKey);
    expect(entry?.sizeBytes).toBeGreaterThan(1024 * 1024);
    // Pruned before saving: no incremental state, no artifact of the workspace's own crates.
    const deps = readdirSync(join(j.target, "release", "deps"));
    expect(deps.some((f) => f.startsWith("libpyo3-"))).toBe(true);
    expect(deps.filter((f) => /^(lib)?_?(words|search|checksum|rot13|stats)[-.]/.test(f))).toEqual([]);
    expect(existsSync(join(j.target, "release", "incremental"))).toBe(false);
    expect(cold.annotations.filter((a) => a.level !== "notice")).toEqual([]);

    freshRunner(j);
    double.calls.length = 0;
    const warm = await build(j);
    expect(warm.exitCode, explain(warm)).toBe(0);
    expect(JSON.parse(warm.outputs["built"]!)).toHaveLength(5);
    expect(compiled(warm, "pyo3")).toBe(false);
    expect(compiled(warm, "words-mod")).toBe(true);
    const warmCache = await cacheOf(warm);
    expect(warmCache).toMatchObject({ hit: "exact", matchedKey: coldKey, saved: false });
    expect(warmCache.restoredBytes).toBeGreaterThan(1024 * 1024);
    expect(warmCache.timeSavedMs).toBeGreaterThan(0);
    // An exact hit is not saved again.
    expect(twirp("CreateCacheEntry")).toEqual([]);
    expect(warm.summary).toMatch(/cargo cache.*exact hit/i);
  });

  it("a changed manifest is a partial hit: restored from the older entry, saved under the new key", async () => {
    const j = main();
    freshRunner(j);
    const manifest = join(j.workspace, "crates", "words", "Cargo.toml");
    writeFileSync(manifest, `${readFileSync(manifest, "utf8")}\n# edited\n`);
    const run = await build(j);
    expect(run.exitCode, explain(run)).toBe(0);
    expect(compiled(run, "pyo3")).toBe(false);
    const cache = await cacheOf(run);
    expect(cache).toMatchObject({ hit: "partial", matchedKey: coldKey, saved: true });
    expect(cache.key).not.toBe(coldKey);
    expect(double.entry(cache.key)).toBeDefined();
  });

  it("a damaged archive is detected and ignored: warning, cold build, nothing half-restored, step green", async () => {
    const j = job("corrupt");
    freshRunner(j);
    double.fail({ kind: "corrupt" }, 1);
    const run = await build(j);
    expect(run.exitCode, explain(run)).toBe(0);
    const cache = await cacheOf(run);
    expect(cache.hit).toBe("failed");
    expect(compiled(run, "pyo3")).toBe(true);
    expect(
      run.annotations.some((a) => a.level === "warning" && /could not be restored/.test(a.message)),
    ).toBe(true);
    expect(errorAnnotations(run)).toEqual([]);
  });

  it("a service that is down: a warning, the build goes on, the step is green", async () => {
    const j = main();
    await double.down();
    try {
      const run = await build(j);
      expect(run.exitCode, explain(run)).toBe(0);
      expect((await cacheOf(run)).saved).toBe(false);
      expect(run.annotations.some((a) => a.level === "warning")).toBe(true);
      expect(errorAnnotations(run)).toEqual([]);
    } finally {
      await double.up();
    }
  });

  it("a service that never answers: bounded by the time limit, then a warning; the step ends", async () => {
    const j = main();
    double.fail({ kind: "hang" });
    try {
      const run = await build(j, { OXIDIZE_CACHE_TIMEOUT_MS: "1500" });
      expect(run.exitCode, explain(run)).toBe(0);
      expect(JSON.parse(run.outputs["built"]!)).toHaveLength(5);
      expect(
        run.annotations.filter((a) => a.level === "warning" && /did not finish within 2 s/.test(a.message))
          .length,
      ).toBeGreaterThan(0);
    } finally {
      double.reset();
    }
  });

  it("two jobs saving one key at once: one entry, the other is told it exists, both green", async () => {
    // The race is the cache service's, not the build's: two cold builds of the small vendored zlib
    // backend (seconds) rather than of the PyO3 workspace (half a minute each on two cores).
    double.reset();
    const vendor = await zlibRsVendorDir();
    // Each job in its own workspace with the same layout: the cache version hashes the paths as
    // the workspace sees them, so the two are one entry only when those paths agree.
    const jobs = ["race-a", "race-b"].map((name) => {
      const workspace = join(root, name);
      rmSync(workspace, { recursive: true, force: true });
      cpSync(join(repoRoot, "examples", "cpython-lite"), join(workspace, "cpython-lite"), {
        recursive: true,
      });
      return { workspace, target: join(workspace, "target"), cargoHome: join(workspace, ".cargo-home") };
    });
    for (const j of jobs) freshRunner(j);
    const [ra, rb] = (await Promise.all(
      jobs.map((j) =>
        runAction("build-rust-modules", {
          workspace: j.workspace,
          inputs: {
            "source-dir": "cpython-lite",
            "manifest-path": "Modules/_zlib_rs/Cargo.toml",
            "vendor-dir": vendor,
            "target-dir": "target",
            "out-dir": "out",
            python: realPython,
            cache: "cargo",
          },
          env: { ...double.env(), CARGO_HOME: j.cargoHome },
          timeoutMs: 400_000,
        }),
      ),
    )) as [ActionRunResult, ActionRunResult];
    for (const run of [ra, rb]) {
      expect(run.exitCode, explain(run)).toBe(0);
      expect(JSON.parse(run.outputs["built"]!)).toEqual(["_zlib_rs"]);
      expect(errorAnnotations(run)).toEqual([]);
      expect(run.annotations.filter((x) => x.level === "warning")).toEqual([]);
    }
    const [ca, cb] = [await cacheOf(ra), await cacheOf(rb)];
    expect(ca.key).toBe(cb.key);
    expect([ca.saved, cb.saved].sort()).toEqual([false, true]);
    expect(double.entries.filter((e) => e.key === ca.key)).toHaveLength(1);
    expect(
      twirp("CreateCacheEntry")
        .map((c) => c.status)
        .sort(),
    ).toEqual([200, 409]);
  });
});
