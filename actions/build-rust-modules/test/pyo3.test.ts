/**
 * build-rust-modules on real PyO3 crates (test/fixtures/pyo3: five PyO3 0.17 modules, one using
 * aho-corasick), built offline by the real cargo from Debian's crate sources, for real pyenv
 * interpreters: the `python` input reaches PyO3's build, the ABI that was really built decides
 * the suffix and refuses what the interpreter cannot load, one keep-going build survives a
 * broken crate, dotted names land in their package. A Python package (no patchlevel.h) under the
 * `accelerators` policy, so python-version follows the interpreter.
 *
 * There is no free-threaded interpreter on this machine: those cases use a real 3.11 that
 * reports itself free-threaded (a sysconfig shim on its path), which is what the action
 * asks; PyO3 0.17 itself knows nothing of free-threading, so it builds for the GIL ABI, as an
 * older PyO3 would on a real 3.13t.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type ActionRunResult,
  cachedTargetDir,
  copyFixture,
  errorAnnotations,
  pyo3CrateSource,
  pyo3Fixture,
  pythonInterpreter,
  type ReportModule,
  repoRoot,
  resultOf,
  runActionInProcess,
  STACK_FRAME,
  writeCargoSourceConfig,
} from "../../../test/harness/index.js";

const MODULES = ["_checksum", "_rot13", "_search", "_stats", "_words"];
const lock = readFileSync(join(pyo3Fixture, "Cargo.lock"), "utf8");

interface Report {
  facts: Record<string, unknown>;
  details: { modules: ReportModule[]; python: { version: string; source: string } };
}

let source: string;

/** A copy of the fixture at a stable path (cargo's fingerprints include it), with the source config. */
function workspace(name: string, edit?: (dir: string) => void): string {
  const dir = copyFixture(pyo3Fixture, join(repoRoot, ".tmp", "brm-pyo3", name));
  writeCargoSourceConfig(dir, source);
  edit?.(dir);
  return dir;
}

/** One target dir per build configuration: PyO3's build scripts rerun when the interpreter changes. */
function targetDir(config: string): string {
  return cachedTargetDir(`brm-pyo3-${config}`, [lock]);
}

function build(
  dir: string,
  config: string,
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
): Promise<ActionRunResult> {
  return runActionInProcess("build-rust-modules", {
    workspace: dir,
    inputs: {
      "source-dir": ".",
      "out-dir": "out",
      policy: "accelerators",
      "target-dir": targetDir(config),
      ...inputs,
    },
    env: { PYO3_PYTHON: undefined, PYTHON_SYS_EXECUTABLE: undefined, ...env },
    timeoutMs: 280_000,
  });
}

async function modules(run: ActionRunResult): Promise<Record<string, ReportModule>> {
  const report = await resultOf<Report>(run);
  return Object.fromEntries(report.details.modules.map((m) => [m.module, m]));
}

function filesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

function cargoRuns(run: ActionRunResult): number {
  return run.stdout.split("\n").filter((line) => line.startsWith("::group::cargo build:")).length;
}

/** A real CPython 3.11 that says it is free-threaded, as `python` would see a 3.11t. */
function freeThreadedLookalike(): string {
  const dir = join(repoRoot, ".tmp", "brm-pyo3", "ft-shim");
  mkdirSync(dir, { recursive: true });
  // A sysconfig ahead of the standard library's on the path (PYTHONPATH precedes it, with or
  // without -S) that loads the real one and changes two answers.
  writeFileSync(
    join(dir, "sysconfig.py"),
    [
      "import importlib.util, os, sys",
      "_spec = importlib.util.spec_from_file_location('sysconfig', os.path.join(os.path.dirname(os.__file__), 'sysconfig.py'))",
      "_real = importlib.util.module_from_spec(_spec)",
      "sys.modules['sysconfig'] = _real",
      "_spec.loader.exec_module(_real)",
      "_get = _real.get_config_var",
      "def _free_threaded(name):",
      "    if name == 'Py_GIL_DISABLED':",
      "        return 1",
      "    if name == 'EXT_SUFFIX':",
      "        return _get(name).replace('-311-', '-311t-')",
      "    return _get(name)",
      "_real.get_config_var = _free_threaded",
      "",
    ].join("\n"),
  );
  const wrapper = join(dir, "python3.11t");
  writeFileSync(wrapper, `#!/bin/sh\nPYTHONPATH=${dir} exec ${pythonInterpreter("3.11")} "$@"\n`, {
    mode: 0o755,
  });
  return wrapper;
}

beforeAll(async () => {
  source = await pyo3CrateSource();
}, 300_000);

// Cold, each configuration compiles PyO3 (~25 s on two cores); warm, a run takes about a second.
describe("build-rust-modules on real PyO3 crates", { timeout: 300_000 }, () => {
  it("builds for the interpreter given, not the python3 on PATH, and python-version follows it", async () => {
    const python = pythonInterpreter("3.8");
    const run = await build(workspace("py38"), "py38", { python });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs["built"]!).sort()).toEqual(MODULES);
    const built = await modules(run);
    for (const m of Object.values(built)) {
      expect(m.artifact!.extSuffix).toBe(".cpython-38-x86_64-linux-gnu.so");
      expect(m.reason).toContain("Built for CPython 3.8 and installed");
    }
    const report = await resultOf<Report>(run);
    expect(report.details.python).toEqual({ version: "3.8", source: `interpreter ${python}` });
    expect(run.stdout).not.toMatch(STACK_FRAME);
  });

  it("builds a 3.12 module for 3.12 (PyO3 0.17 would otherwise build for the 3.11 on PATH)", async () => {
    const run = await build(workspace("py312"), "py312", { python: pythonInterpreter("3.12") });
    expect(run.exitCode, run.stdout).toBe(0);
    const words = (await modules(run))["_words"]!;
    expect(words.reason).toContain("Built for CPython 3.12");
    expect(words.artifact!.extSuffix).toBe(".cpython-312-x86_64-linux-gnu.so");
  });

  it("refuses modules built for another Python (a PYO3_PYTHON the user set), naming both", async () => {
    const run = await build(
      workspace("py311-for-38"),
      "py311",
      { python: pythonInterpreter("3.8") },
      { PYO3_PYTHON: pythonInterpreter("3.11") },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs["built"]!)).toEqual([]);
    const words = (await modules(run))["_words"]!;
    expect(words).toMatchObject({ status: "skipped", code: "abi-mismatch" });
    expect(words.reason).toMatch(/it was built for CPython 3\.11, but \S+python3\.8 is Python 3\.8/);
    expect(filesIn(run.outputs["out-dir"]!)).toEqual([]);
  });

  it("installs what abi3-py38 built as .abi3.so, though no crate declares abi3", async () => {
    const run = await build(workspace("abi3"), "py38-abi3", {
      python: pythonInterpreter("3.8"),
      "cargo-args": "--features pyo3/abi3-py38",
    });
    expect(run.exitCode, run.stdout).toBe(0);
    for (const m of Object.values(await modules(run))) {
      expect(m.artifact!.extSuffix).toBe(".abi3.so");
      expect(m.reason).toContain("Built for the stable ABI (abi3) of CPython 3.8+");
    }
  });

  it("refuses a declared abi3 = true that PyO3 did not build", async () => {
    const dir = workspace("declared-abi3", (d) => {
      const manifest = join(d, "crates", "words", "Cargo.toml");
      writeFileSync(
        manifest,
        readFileSync(manifest, "utf8").replace('module = "_words"', 'module = "_words"\nabi3 = true'),
      );
    });
    const run = await build(dir, "py38", { python: pythonInterpreter("3.8") });
    expect(run.exitCode, run.stdout).toBe(0);
    const words = (await modules(run))["_words"]!;
    expect(words).toMatchObject({ status: "skipped", code: "abi-mismatch" });
    expect(words.reason).toContain("declares abi3 = true, but PyO3 built it for CPython 3.8");
    expect(existsSync(join(run.outputs["out-dir"]!, "_words.abi3.so"))).toBe(false);
  });

  it("builds the other four in one keep-going run when one crate is broken, and names its error", async () => {
    const dir = workspace("broken", (d) => {
      const lib = join(d, "crates", "stats", "src", "lib.rs");
      writeFileSync(lib, `${readFileSync(lib, "utf8")}\nfn broken() -> u32 { "not a number" }\n`);
    });
    const run = await build(dir, "py38", { python: pythonInterpreter("3.8") });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(cargoRuns(run)).toBe(1);
    expect(JSON.parse(run.outputs["built"]!).sort()).toEqual(MODULES.filter((m) => m !== "_stats"));
    const stats = (await modules(run))["_stats"]!;
    expect(stats.reason).toMatch(/mismatched types \(crates\/stats\/src\/lib\.rs:\d+\)/);
    expect(errorAnnotations(run)).toEqual([]);
  });

  it("installs a dotted module into its package directory and imports it from there", async () => {
    const dir = workspace("dotted", (d) => {
      const manifest = join(d, "crates", "words", "Cargo.toml");
      writeFileSync(
        manifest,
        readFileSync(manifest, "utf8").replace('module = "_words"', 'module = "textpkg._words"'),
      );
    });
    const run = await build(dir, "py38", { python: pythonInterpreter("3.8"), modules: "textpkg._words" });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs["built"]!)).toEqual(["textpkg._words"]);
    expect(
      existsSync(join(run.outputs["out-dir"]!, "textpkg", "_words.cpython-38-x86_64-linux-gnu.so")),
    ).toBe(true);
  });

  it("refuses a GIL build for a free-threaded interpreter, and never installs .abi3.so for one", async () => {
    const python = freeThreadedLookalike();
    const gil = await build(workspace("ft"), "py311", { python });
    expect(gil.exitCode, gil.stdout).toBe(0);
    const words = (await modules(gil))["_words"]!;
    expect(words).toMatchObject({ code: "abi-mismatch" });
    expect(words.reason).toMatch(/built for CPython 3\.11, but \S+ is Python 3\.11t/);
    expect((await resultOf<Report>(gil)).details.python.version).toBe("3.11t");

    // The abi3 build of the earlier test, reused: PYO3_PYTHON set by the user wins.
    const abi3 = await build(
      workspace("ft-abi3"),
      "py38-abi3",
      { python, "cargo-args": "--features pyo3/abi3-py38" },
      { PYO3_PYTHON: pythonInterpreter("3.8") },
    );
    expect(abi3.exitCode, abi3.stdout).toBe(0);
    const abi3Words = (await modules(abi3))["_words"]!;
    expect(abi3Words.reason).toContain("free-threaded Python cannot load");
    expect(filesIn(abi3.outputs["out-dir"]!).filter((f) => f.endsWith(".abi3.so"))).toEqual([]);
  });
});
