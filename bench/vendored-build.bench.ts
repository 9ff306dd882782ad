/**
 * The zlib backend of examples/cpython-lite built cold (empty target dir) from its vendor
 * directory: the bundled action with `vendor-dir` (vendor check against Cargo.lock, --frozen
 * build, offline proof, import check) against a bare `cargo build --frozen` with the same source
 * replacement, alternately in the same run; and the vendor check alone, the part vendoring adds.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { vendorCargoArgs, verifyVendorDir } from "@oxidize/modules";
import { realPython, repoRoot, runAction, zlibRsVendorDir } from "../test/harness/index.js";
import type { BenchReport } from "./lib.js";
import { median } from "./lib.js";

const workspace = join(repoRoot, "examples", "cpython-lite", "Modules", "_zlib_rs");
const tmp = join(repoRoot, ".tmp", "bench-vendored-build");
const targetDir = join(tmp, "target");
const cargo = execFileSync("sh", ["-c", "command -v cargo"], { encoding: "utf8" }).trim();

function cold(): void {
  rmSync(targetDir, { recursive: true, force: true });
}

function bareCargo(vendor: string, cargoHome: string): number {
  const t = performance.now();
  const args = ["build", "--lib", "--release", "--manifest-path", join(workspace, "Cargo.toml")];
  const r = spawnSync(cargo, [...args, ...vendorCargoArgs(vendor)], {
    env: { ...process.env, CARGO_TARGET_DIR: targetDir, CARGO_HOME: cargoHome, CARGO_NET_OFFLINE: "true" },
    stdio: "ignore",
  });
  if (r.status !== 0) throw new Error(`cargo build failed (${r.status})`);
  return performance.now() - t;
}

async function action(vendor: string, cargoHome: string): Promise<number> {
  const run = await runAction("build-rust-modules", {
    workspace: repoRoot,
    inputs: {
      "source-dir": "examples/cpython-lite",
      "manifest-path": "Modules/_zlib_rs/Cargo.toml",
      "vendor-dir": vendor,
      "target-dir": targetDir,
      "out-dir": join(tmp, "out"),
      python: realPython,
    },
    env: { CARGO_HOME: cargoHome },
  });
  if (run.exitCode !== 0) throw new Error(`action failed:\n${run.stdout}\n${run.stderr}`);
  return run.durationMs;
}

export async function run(): Promise<BenchReport> {
  mkdirSync(tmp, { recursive: true });
  const vendor = await zlibRsVendorDir();
  const cargoHome = mkdtempSync(join(tmpdir(), "bench-vendored-cargo-home-"));
  const runs = 3;
  const built = { action: [] as number[], cargo: [] as number[] };
  for (let i = 0; i < runs; i++) {
    cold();
    built.cargo.push(bareCargo(vendor, cargoHome));
    cold();
    built.action.push(await action(vendor, cargoHome));
  }
  const check: number[] = [];
  for (let i = 0; i < 5; i++) check.push((await verifyVendorDir(vendor, workspace)).seconds * 1000);
  return {
    title: "build-rust-modules with vendor-dir: the zlib backend (zlib-rs 0.6) built cold, offline",
    short: "vendor-dir",
    rows: [
      {
        name: "action, cold build from vendor-dir",
        value: median(built.action),
        baselineName: "cargo build --frozen",
        baseline: median(built.cargo),
        note: "empty target dir each run; same source replacement",
      },
      {
        name: "vendor check (Cargo.lock, checksums, every file hashed)",
        value: median(check),
        note: "the part vendor-dir adds before cargo runs",
      },
    ],
  };
}
