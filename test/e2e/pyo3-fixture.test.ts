/**
 * The PyO3 fixture (test/fixtures/pyo3) built for real: Debian's crate sources as the directory
 * source (scripts/fixtures/debian-crates.sh), real cargo offline and --locked, and the modules
 * imported by the real Python 3.8 they were built for. It fails when the script, the fixture or
 * its lockfile breaks, before any test of build-rust-modules depends on them. One build per run;
 * its CARGO_TARGET_DIR is kept outside the clone, keyed by the lockfile and the interpreter.
 */
import { execFile, execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  cachedTargetDir,
  copyFixture,
  debianCratesScript,
  PYO3_CRATE_PACKAGES,
  pyo3CrateSource,
  pyo3Fixture,
  pythonInterpreter,
  repoRoot,
  writeCargoSourceConfig,
} from "../harness/index.js";

const MODULES = ["_words", "_search", "_checksum", "_rot13", "_stats"] as const;
const workspace = join(repoRoot, ".tmp", "e2e-pyo3-fixture");
const importDir = join(repoRoot, ".tmp", "e2e-pyo3-import");

interface BuildScriptRecord {
  reason: "build-script-executed";
  package_id: string;
  cfgs: string[];
}

let source: string;
let python: string;
let targetDir: string;
let buildScripts: BuildScriptRecord[];

function cargoBuild(): Promise<string> {
  const args = [
    "build",
    "--release",
    "--offline",
    "--locked",
    "--lib",
    "--message-format=json-render-diagnostics",
  ];
  return new Promise((resolveOut, reject) => {
    execFile(
      "cargo",
      args,
      {
        cwd: workspace,
        env: { ...process.env, PYO3_PYTHON: python, CARGO_TARGET_DIR: targetDir },
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
        timeout: 240_000,
      },
      (error, stdout, stderr) =>
        error ? reject(new Error(`cargo ${args.join(" ")} failed:\n${stderr}`)) : resolveOut(stdout),
    );
  });
}

/** Runs `code` in Python 3.8 with the built modules importable, and returns what it printed. */
function python38(code: string): string {
  return execFileSync(
    python,
    ["-I", "-c", `import sys; sys.path.insert(0, ${JSON.stringify(importDir)})\n${code}`],
    {
      encoding: "utf8",
    },
  ).trim();
}

beforeAll(async () => {
  source = await pyo3CrateSource();
  python = pythonInterpreter("3.8");
  copyFixture(pyo3Fixture, workspace);
  writeCargoSourceConfig(workspace, source);
  targetDir = cachedTargetDir("pyo3-fixture", [
    readFileSync(join(pyo3Fixture, "Cargo.lock"), "utf8"),
    python,
  ]);
  const stdout = await cargoBuild();
  buildScripts = stdout
    .split("\n")
    .filter((line) => line.includes('"build-script-executed"'))
    .map((line) => JSON.parse(line) as BuildScriptRecord);

  // Each cdylib under the file name Python 3.8 looks for: lib_words.so -> _words<EXT_SUFFIX>.
  const suffix = execFileSync(
    python,
    ["-c", "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))"],
    {
      encoding: "utf8",
    },
  ).trim();
  rmSync(importDir, { recursive: true, force: true });
  mkdirSync(importDir, { recursive: true });
  for (const name of MODULES) {
    copyFileSync(join(targetDir, "release", `lib${name}.so`), join(importDir, `${name}${suffix}`));
  }
});

describe("the Debian directory source", () => {
  it("holds PyO3 0.17 and aho-corasick, and another run of the script is a cache hit", () => {
    const listed = readFileSync(join(source, ".debian-packages"), "utf8");
    expect(listed).toMatch(/^librust-pyo3-dev 0\.17\./m);
    expect(listed).toMatch(/^librust-aho-corasick-dev /m);
    expect(existsSync(join(source, "pyo3-0.17.3", ".cargo-checksum.json"))).toBe(true);

    const started = performance.now();
    // the packages in another order: the cache key is the sorted list
    const again = execFileSync("bash", [debianCratesScript, ...[...PYO3_CRATE_PACKAGES].reverse()], {
      encoding: "utf8",
    });
    expect(again.trim()).toBe(source);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("the fixture's .cargo/config.toml lives in the copy, not in test/fixtures", () => {
    expect(existsSync(join(workspace, ".cargo", "config.toml"))).toBe(true);
    expect(existsSync(join(pyo3Fixture, ".cargo"))).toBe(false);
  });
});

describe("the PyO3 fixture built offline for Python 3.8", () => {
  it("configured pyo3 for CPython 3.8, not the stable ABI", () => {
    const ffi = buildScripts.find((record) => /[#/]pyo3-ffi@0\.17\./.test(record.package_id));
    expect(ffi, "a build-script-executed record of pyo3-ffi").toBeDefined();
    expect(ffi!.cfgs).toContain("Py_3_8");
    expect(ffi!.cfgs).not.toContain("Py_3_9");
    expect(ffi!.cfgs).not.toContain("Py_LIMITED_API");
  });

  it("built a cdylib for every module", () => {
    for (const name of MODULES)
      expect(existsSync(join(targetDir, "release", `lib${name}.so`)), name).toBe(true);
  });

  it("_words imports on 3.8 and counts, tallies and finds the longest word", () => {
    const out = python38(
      [
        "import json, _words",
        "assert _words.__file__.startswith(sys.path[0]), _words.__file__",
        "print(json.dumps([sys.version_info[:2], _words.count('the quick  brown\\tfox'),",
        "  _words.tally('The cat, the hat.'), _words.longest('a bbb cc ddd'), _words.longest('')]))",
      ].join("\n"),
    );
    expect(JSON.parse(out)).toEqual([[3, 8], 4, { the: 2, cat: 1, hat: 1 }, "bbb", null]);
  });

  it("the other four agree with the standard-library modules they stand in for", () => {
    const out = python38(
      [
        "import codecs, json, statistics, zlib",
        "import _checksum, _rot13, _search, _stats",
        "data = bytes(range(256)) * 300",
        "assert _checksum.adler32(data) == zlib.adler32(data)",
        "assert _checksum.adler32(data[1000:], _checksum.adler32(data[:1000])) == zlib.adler32(data)",
        "text = 'Hello, World! 123'",
        "assert _rot13.rot13(text) == codecs.encode(text, 'rot13')",
        "assert _rot13.shift(_rot13.shift(text, 5), -5) == text",
        "xs = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0, 1.5]",
        "assert _stats.mean(xs) == statistics.mean(xs) and _stats.median(xs) == statistics.median(xs)",
        "assert abs(_stats.pstdev(xs) - statistics.pstdev(xs)) < 1e-12",
        "try:\n  _stats.mean([])\n  raise SystemExit('no ValueError')\nexcept ValueError as e:\n  err = str(e)",
        "print(json.dumps([_checksum.hexdigest(b'Wikipedia'), _search.find_any('héllo world', ['wor', 'll']),",
        "  _search.count_each('abcabcab', ['ab', 'c', 'zz']), _search.find_any('abc', ['x']), err]))",
      ].join("\n"),
    );
    expect(JSON.parse(out)).toEqual([
      "11e60398",
      [2, "ll"],
      [3, 2, 0],
      null,
      "mean requires at least one data point",
    ]);
  });
});
