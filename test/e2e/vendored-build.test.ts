/**
 * build-rust-modules with `vendor-dir`, the bundled action run as a process: the example's zlib
 * backend (Modules/_zlib_rs, on zlib-rs) built offline from the vendor directory that
 * scripts/fixtures/zlib-rs-vendor.sh makes, checked against CPython's C zlib, with a private
 * CARGO_HOME that must stay without a registry; then a copy of the vendor directory with a changed
 * file, an added file or a missing crate, each refused with one line naming the crate and the file.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type ActionRunResult,
  errorAnnotations,
  type ReportModule,
  realPython,
  repoRoot,
  resultOf,
  runAction,
  STACK_FRAME,
  zlibRsVendorDir,
} from "../harness/index.js";

const tmp = join(repoRoot, ".tmp", "e2e-vendored-build");
const targetDir = join(repoRoot, ".tmp", "cargo-target-vendored-build");
const example = join(repoRoot, "examples", "cpython-lite");
const compareScript = join(example, "scripts", "compare_zlib.py");
let vendor: string;

beforeAll(async () => {
  vendor = await zlibRsVendorDir();
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
});

/** A private, empty CARGO_HOME: any registry or git area cargo creates in it is a download. */
function cargoHome(): string {
  return mkdtempSync(join(tmpdir(), "vendored-cargo-home-"));
}

function build(vendorDir: string, home: string, extra: Record<string, string> = {}) {
  return runAction("build-rust-modules", {
    workspace: repoRoot,
    inputs: {
      "source-dir": "examples/cpython-lite",
      "manifest-path": "Modules/_zlib_rs/Cargo.toml",
      "vendor-dir": vendorDir,
      "target-dir": targetDir,
      "out-dir": join(tmp, "out"),
      python: realPython,
      ...extra,
    },
    env: { CARGO_HOME: home },
    timeoutMs: 170_000,
  });
}

/** A copy of the vendor directory for a test to damage. */
function vendorCopy(name: string): string {
  const copy = join(tmp, name);
  cpSync(vendor, copy, { recursive: true });
  return copy;
}

function theError(run: ActionRunResult): string {
  const errors = errorAnnotations(run);
  expect(errors, run.stdout + run.stderr).toHaveLength(1);
  expect(run.stdout + run.stderr).not.toMatch(STACK_FRAME);
  return errors[0]!.message;
}

describe("build-rust-modules with vendor-dir", () => {
  it("builds the zlib backend offline from the vendor directory, and it agrees with C zlib", async () => {
    const home = cargoHome();
    const run = await build(vendor, home, { "verify-command": JSON.stringify([realPython, compareScript]) });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(JSON.parse(run.outputs["built"]!)).toEqual(["_zlib_rs"]);
    const result = await resultOf<{
      facts: Record<string, string>;
      details: {
        modules: ReportModule[];
        vendor: { crates: number; files: number; offline: { proven: boolean } };
      };
    }>(run);
    expect(result.details.modules[0]).toMatchObject({
      status: "built",
      fallback: "zlib",
      imported: true,
      verified: true,
    });
    expect(result.details.vendor).toMatchObject({ crates: 1, offline: { proven: true } });
    expect(result.details.vendor.files).toBeGreaterThan(20);
    expect(result.facts["offline"]).toMatch(/^proven: cargo --frozen/);
    expect(run.summary).toContain("proven: cargo --frozen");
    // The proof's premise, seen from outside: cargo wrote no registry or git area at all.
    expect(readdirSync(home).filter((e) => e === "registry" || e === "git")).toEqual([]);
    // The check in one Python child, and the wrapper choosing the Rust backend over C zlib.
    const pythonPath = {
      ...process.env,
      PYTHONPATH: [join(tmp, "out"), join(example, "Lib")].join(delimiter),
    };
    const compared = execFileSync(realPython, [compareScript], { encoding: "utf8", env: pythonPath });
    expect(compared).toMatch(/^compared \d{4,} cases: _zlib_rs agrees with zlib/);
    const chosen = execFileSync(
      realPython,
      [
        "-c",
        "import fastzlib, zlib; print(fastzlib.IMPLEMENTATION, zlib.decompress(fastzlib.compress(b'hi' * 9)))",
      ],
      { encoding: "utf8", env: pythonPath },
    );
    expect(chosen.trim()).toBe(`_zlib_rs b'${"hi".repeat(9)}'`);
  });

  it("refuses a vendored file changed after vendoring, naming the crate and the file", async () => {
    const copy = vendorCopy("tampered");
    writeFileSync(join(copy, "zlib-rs-0.6.2", "src", "lib.rs"), "// not what was vendored\n", { flag: "a" });
    const run = await build(copy, cargoHome());
    expect(run.exitCode).toBe(1);
    expect(theError(run)).toMatch(
      /^vendor-dir: zlib-rs-0\.6\.2\/src\/lib\.rs of zlib-rs 0\.6\.2 does not match its checksum in \.cargo-checksum\.json \(changed after vendoring\)\. Restore it or re-vendor/,
    );
  });

  it("refuses a file added to a vendored crate", async () => {
    const copy = vendorCopy("added");
    writeFileSync(join(copy, "zlib-rs-0.6.2", "build.rs"), "fn main() {}\n");
    const run = await build(copy, cargoHome());
    expect(run.exitCode).toBe(1);
    expect(theError(run)).toContain(
      "zlib-rs-0.6.2/build.rs of zlib-rs 0.6.2 is not listed in its .cargo-checksum.json",
    );
  });

  it("refuses a vendor directory without a locked crate, naming the crate and its version", async () => {
    const copy = vendorCopy("missing");
    rmSync(join(copy, "zlib-rs-0.6.2"), { recursive: true });
    const run = await build(copy, cargoHome());
    expect(run.exitCode).toBe(1);
    expect(theError(run)).toMatch(
      /^vendor-dir: crate zlib-rs 0\.6\.2, locked in Cargo\.lock, is missing \(no zlib-rs-0\.6\.2\/ in /,
    );
    expect(existsSync(join(tmp, "out", "_zlib_rs.abi3.so"))).toBe(false);
  });
});
