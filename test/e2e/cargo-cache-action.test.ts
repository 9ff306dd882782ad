/**
 * actions/cargo-cache around a plain `cargo build`, as a job runs it: the bundled action's main
 * step (restore), the real cargo building a crate with a real dependency (aho-corasick and memchr
 * from Debian's crate sources, offline), then the action's post step (prune + save) with the state
 * the main step saved — through the real @actions/cache against the cache service double. A second
 * job on a new runner (empty target and CARGO_HOME at the same paths) restores the entry exactly
 * and compiles only the workspace's crate.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CacheServiceDouble } from "../harness/cache-service-double.js";
import {
  type ActionRunResult,
  pyo3CrateSource,
  repoRoot,
  runAction,
  writeCargoSourceConfig,
} from "../harness/index.js";

const workspace = join(repoRoot, ".tmp", "e2e-cargo-cache-action");
const cargoHome = join(workspace, ".cargo-home");
let double: CacheServiceDouble;
const { CARGO_TARGET_DIR: _ignored, ...withoutTargetDir } = process.env;

function explain(run: ActionRunResult): string {
  return `exit ${run.exitCode}\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-2000)}`;
}

function step(phase: "main" | "post", state: Record<string, string> = {}): Promise<ActionRunResult> {
  return runAction("cargo-cache", {
    workspace,
    phase,
    state,
    env: { ...double.env(), CARGO_HOME: cargoHome, CARGO_TARGET_DIR: undefined },
    timeoutMs: 200_000,
  });
}

/** The job's own build step; returns cargo's log (stderr). */
function cargoBuild(): string {
  const result = spawnSync("cargo", ["build", "--release", "--offline"], {
    cwd: workspace,
    // cargo's own target directory (`target/` beside Cargo.toml), where the action looks by default.
    env: { ...withoutTargetDir, CARGO_HOME: cargoHome, CARGO_TERM_COLOR: "never" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`cargo build failed:\n${result.stderr}`);
  return result.stderr;
}

/** A new runner: nothing built, nothing downloaded, at the same paths. */
function freshRunner(): void {
  rmSync(join(workspace, "target"), { recursive: true, force: true });
  rmSync(cargoHome, { recursive: true, force: true });
  mkdirSync(cargoHome, { recursive: true });
}

beforeAll(async () => {
  double = await CacheServiceDouble.start();
  const source = await pyo3CrateSource();
  rmSync(workspace, { recursive: true, force: true });
  mkdirSync(join(workspace, "src"), { recursive: true });
  writeFileSync(
    join(workspace, "Cargo.toml"),
    '[package]\nname = "finder"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\naho-corasick = "0.7"\n',
  );
  writeFileSync(
    join(workspace, "src", "main.rs"),
    'fn main() {\n    let ac = aho_corasick::AhoCorasick::new(["oxid"]);\n    println!("{}", ac.is_match("oxidize"));\n}\n',
  );
  writeCargoSourceConfig(workspace, source);
  execFileSync("cargo", ["generate-lockfile", "--offline"], { cwd: workspace, stdio: "ignore" });
});

afterAll(async () => {
  await double?.close();
  rmSync(workspace, { recursive: true, force: true });
});

describe("actions/cargo-cache around a plain cargo build", () => {
  it("restores in the main step, saves in the post step; the next job restores exactly and compiles only the crate", async () => {
    freshRunner();
    const restore = await step("main");
    expect(restore.exitCode, explain(restore)).toBe(0);
    expect(restore.outputs["cache-hit"]).toBe("miss");
    expect(restore.state["isPost"]).toBe("true");
    const key = restore.outputs["cache-key"]!;
    expect(key).toMatch(/^oxidize-cargo-v1-linux-x64-/);

    expect(cargoBuild()).toMatch(/Compiling aho-corasick v/);
    const save = await step("post", restore.state);
    expect(save.exitCode, explain(save)).toBe(0);
    expect(double.entry(key)?.sizeBytes).toBeGreaterThan(0);
    expect(save.summary).toMatch(/Cargo cache.*miss, saved/);

    freshRunner();
    double.calls.length = 0;
    const again = await step("main");
    expect(again.exitCode, explain(again)).toBe(0);
    expect(again.outputs).toMatchObject({ "cache-hit": "exact", "cache-key": key });
    const log = cargoBuild();
    expect(log).toMatch(/Compiling finder v/);
    expect(log).not.toMatch(/Compiling (aho-corasick|memchr) v/);
    const post = await step("post", again.state);
    expect(post.exitCode, explain(post)).toBe(0);
    expect(post.summary).toMatch(/exact hit.*not saved \(exact hit\)/);
    expect(double.calls.filter((c) => c.rpc === "CreateCacheEntry")).toEqual([]);
  });
});
