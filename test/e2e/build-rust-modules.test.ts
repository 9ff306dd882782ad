/**
 * The bundled build-rust-modules action against real cargo, rustc and python3: the example
 * project's module built and compared with base64, every graceful-skip path, the broken-module
 * fixture, and the required/failed path. One CARGO_TARGET_DIR is shared by every run.
 */
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { delimiter, join, relative } from "node:path";
import { validateResult } from "@oxidize/report";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GitHubDouble } from "../harness/github-double.js";
import {
  type ActionRunResult,
  filesContaining,
  type ReportModule,
  realPython,
  recordLoads,
  repoRoot,
  runAction,
  withoutRust,
} from "../harness/index.js";

const tmp = join(repoRoot, ".tmp", "e2e-build-rust-modules");
const targetDir = join(repoRoot, ".tmp", "cargo-target-build-rust-modules");
const example = "examples/cpython-lite";
const fixture = "test/fixtures/modules/workspace";
const compareScript = join(repoRoot, "examples", "cpython-lite", "scripts", "compare_b64.py");
const python = realPython;

function report(run: ActionRunResult): {
  title: string;
  conclusion: string;
  details: { modules: ReportModule[] };
} {
  return JSON.parse(readFileSync(run.outputs["report"]!, "utf8"));
}

function moduleOf(run: ActionRunResult, name: string): ReportModule {
  const found = report(run).details.modules.find((m) => m.module === name);
  if (!found) throw new Error(`no ${name} in the report:\n${run.stdout}\n${run.stderr}`);
  return found;
}

function outDir(name: string): string {
  const dir = join(tmp, name);
  rmSync(dir, { recursive: true, force: true });
  return dir;
}

/** The cases check the staged plan's phases (3.15 optional, 3.16 fails without Rust), so they name it. */
function build(inputs: Record<string, string>, env: Record<string, string | undefined> = {}) {
  return runAction("build-rust-modules", {
    workspace: repoRoot,
    inputs: { "target-dir": targetDir, python, policy: "pre-pep-2025", ...inputs },
    env,
    timeoutMs: 170_000,
  });
}

function runPython(args: string[], pythonPath: string[]): string {
  return execFileSync(python, args, {
    encoding: "utf8",
    env: { ...process.env, PYTHONPATH: pythonPath.join(delimiter) },
  });
}

beforeAll(() => {
  mkdirSync(tmp, { recursive: true });
});

describe("build-rust-modules on examples/cpython-lite", () => {
  it("builds _base64, installs it as .abi3.so, and it matches base64 on thousands of inputs", async () => {
    const out = outDir("built");
    const loads = recordLoads();
    const run = await build(
      {
        "source-dir": example,
        "out-dir": out,
        "verify-command": JSON.stringify([python, compareScript]),
      },
      loads.env,
    );
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    // No SBOM and a preset policy: neither the CycloneDX library nor the YAML parser is loaded.
    const loaded = loads.read();
    if (loaded.hooks) {
      expect(loaded.files.length).toBeGreaterThan(0);
      expect(filesContaining(loaded, "cyclonedx.org/schema")).toEqual([]);
      expect(filesContaining(loaded, "YAMLParseError")).toEqual([]);
    }
    expect(JSON.parse(run.outputs["built"]!)).toEqual(["_base64"]);
    expect(JSON.parse(run.outputs["skipped"]!)).toEqual([]);
    expect(JSON.parse(run.outputs["failed"]!)).toEqual([]);
    // The report is a valid oxidize/result@1, so actions/report can aggregate it.
    expect(await validateResult(JSON.parse(readFileSync(run.outputs["report"]!, "utf8")))).toMatchObject({
      valid: true,
    });
    const m = moduleOf(run, "_base64");
    expect(m).toMatchObject({ status: "built", fallback: "base64", imported: true, verified: true });
    expect(m.artifact!.path).toBe(join(out, "_base64.abi3.so"));
    expect(m.artifact!.bytes).toBeGreaterThan(1000);
    expect(m.buildSeconds).toBeGreaterThan(0);
    expect(run.summary).toContain("| `_base64` | ✅ built |");
    expect(run.annotations.filter((a) => a.level === "error")).toEqual([]);

    // Our own comparison in one Python child, plus the fallback wrapper choosing the Rust module.
    const compared = runPython([compareScript, "_base64"], [out]);
    expect(compared).toMatch(/^compared (\d{4,}) inputs: _base64 agrees with base64/);
    const chosen = runPython(
      ["-c", "import fastb64; print(fastb64.IMPLEMENTATION, fastb64.standard_b64encode(b'hi'))"],
      [out, join(repoRoot, example, "Lib")],
    );
    expect(chosen.trim()).toBe("_base64 b'aGk='");
  });

  it("asks rustc and Python once per machine, and asks again when a rust-toolchain.toml picks nightly", async () => {
    const tree = join(tmp, "memo-tree");
    rmSync(tree, { recursive: true, force: true });
    cpSync(join(repoRoot, example), tree, { recursive: true });
    const userCache = mkdtempSync(join(tmp, "user-cache-"));
    const again = async () => {
      const loads = recordLoads({ spawns: true });
      const run = await build(
        { "source-dir": relative(repoRoot, tree), "out-dir": outDir("memo-out") },
        { ...loads.env, OXIDIZE_CACHE_DIR: userCache, RUSTUP_TOOLCHAIN: undefined },
      );
      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
      expect(moduleOf(run, "_base64")).toMatchObject({ status: "built", imported: true });
      const loaded = loads.read();
      const started = loaded.spawns.map((argv) => argv.slice(1).join(" "));
      const rust = JSON.parse(readFileSync(run.outputs["report"]!, "utf8")).facts.rust;
      return { rust, started, builtins: loaded.builtins, internals: loaded.internals };
    };
    const asks = (started: string[]) => started.filter((args) => /^(-vV|--print sysroot|-S -c )/.test(args));

    const first = await again();
    expect(asks(first.started)).toHaveLength(3); // rustc -vV, rustc --print sysroot, the interpreter query
    const kept = await again();
    expect(asks(kept.started)).toEqual([]);
    // Memo entries are named by a non-cryptographic hash, outputs need no random delimiter and the
    // stop-commands token of the cargo group comes from /dev/urandom: neither crypto nor Web Crypto.
    expect(kept.builtins).not.toContain("crypto");
    expect(kept.internals.filter((name) => name.startsWith("internal/crypto/"))).toEqual([]);
    expect(kept.rust).toBe(first.rust);
    expect(kept.started.some((args) => args.startsWith("build "))).toBe(true);

    // The proxy now selects another toolchain: the kept answer is not the one for it.
    writeFileSync(join(tree, "rust-toolchain.toml"), '[toolchain]\nchannel = "nightly"\n');
    const nightly = await again();
    expect(nightly.rust).toMatch(/-nightly$/);
    expect(asks(nightly.started)).toEqual(["-vV", "--print sysroot"]);
  });

  it("drops a module whose differential check fails, so the fallback is used", async () => {
    const out = outDir("verify-fails");
    const run = await build({
      "source-dir": example,
      "out-dir": out,
      "verify-command": JSON.stringify([python, "-c", "import sys; sys.exit(3)"]),
    });
    expect(run.exitCode).toBe(0);
    expect(moduleOf(run, "_base64")).toMatchObject({
      status: "skipped",
      code: "verify-failed",
      verified: false,
    });
    expect(existsSync(join(out, "_base64.abi3.so"))).toBe(false);
  });

  it("skips every module with the reason when Rust is nowhere to be found, and the fallback imports", async () => {
    const out = outDir("no-rust");
    const run = await build(
      { "source-dir": example, "out-dir": out, "python-version": "3.15", "trust-python-version": "true" },
      withoutRust(),
    );
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(JSON.parse(run.outputs["built"]!)).toEqual([]);
    expect(JSON.parse(run.outputs["skipped"]!)).toEqual(["_base64"]);
    expect(await validateResult(JSON.parse(readFileSync(run.outputs["report"]!, "utf8")))).toMatchObject({
      valid: true,
    });
    const m = moduleOf(run, "_base64");
    expect(m).toMatchObject({ status: "missing", code: "rust-missing", fallback: "base64" });
    // The detection names where it looked (wording owned by the policy package).
    expect(m.reason).toMatch(/cargo.*PATH/);
    expect(run.outputs["headline"]).toBe("0 built, 1 skipped: _base64: Rust missing");
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: "warning", message: expect.stringMatching(/Rust is not available/) }),
    );
    const chosen = runPython(
      ["-c", "import fastb64; print(fastb64.IMPLEMENTATION, fastb64.b64decode('aGk='))"],
      [out, join(repoRoot, example, "Lib")],
    );
    expect(chosen.trim()).toBe("base64 b'hi'");
  });

  it("fails under pre-pep-2025 for 3.16 (patchlevel.h) when Rust is missing: configure would fail too", async () => {
    const run = await build({ "source-dir": example, "out-dir": outDir("no-rust-3.16") }, withoutRust());
    expect(run.exitCode).toBe(1);
    expect(JSON.parse(run.outputs["failed"]!)).toEqual(["_base64"]);
    expect(moduleOf(run, "_base64").reason).toMatch(
      /fails the job: under policy pre-pep-2025, phase rust-default-opt-out \(CPython 3\.16\), configure fails when Rust is missing/,
    );
  });

  it("builds a module that does not inherit the workspace rust-version, however high, as cargo does", async () => {
    // The workspace states a floor no rustc meets, and the module declares none of its own:
    // cargo builds it, so the action must not skip it as "Rust too old".
    const tree = join(tmp, "msrv-not-inherited");
    rmSync(tree, { recursive: true, force: true });
    cpSync(join(repoRoot, example), tree, { recursive: true });
    const root = join(tree, "Cargo.toml");
    writeFileSync(root, readFileSync(root, "utf8").replace(/^rust-version = .*$/m, 'rust-version = "1.999"'));
    const member = join(tree, "Modules", "_base64", "Cargo.toml");
    writeFileSync(member, readFileSync(member, "utf8").replace(/^rust-version\.workspace = true\n/m, ""));
    const run = await build({
      "source-dir": relative(repoRoot, tree),
      "out-dir": outDir("msrv-not-inherited-out"),
      "python-version": "3.15",
      "trust-python-version": "true",
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(moduleOf(run, "_base64")).toMatchObject({ status: "built" });
  });

  it("skips with both versions named when rustc is older than the MSRV", async () => {
    const stubDir = mkdtempSync(join(tmp, "old-rustc-"));
    const stub = join(stubDir, "rustc");
    writeFileSync(
      stub,
      '#!/bin/sh\n[ "$1" = "-vV" ] || exit 1\nprintf "rustc 1.63.0 (4b91a6ea7 2022-08-08)\\nbinary: rustc\\n' +
        'commit-hash: 4b91a6ea7258a947e59c6522cd5898e7c0a6a88f\\nhost: x86_64-unknown-linux-gnu\\nrelease: 1.63.0\\n"\n',
    );
    chmodSync(stub, 0o755);
    const run = await build(
      {
        "source-dir": example,
        "out-dir": outDir("old"),
        "python-version": "3.15",
        "trust-python-version": "true",
      },
      { RUSTC: stub },
    );
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const m = moduleOf(run, "_base64");
    expect(m).toMatchObject({ status: "missing", code: "rust-too-old", short: "Rust 1.63.0 < 1.95" });
    expect(m.reason).toMatch(/rustc 1\.63\.0 is older than 1\.95/);
    expect(run.outputs["headline"]).toBe("0 built, 1 skipped: _base64: Rust 1.63.0 < 1.95");
  });

  it.each([
    ["alpha-unknown-linux-gnu", "n/a", "no-rust-target", /has no target alpha-unknown-linux-gnu/],
    ["sparc-unknown-linux-gnu", "missing", "rust-std-missing", /rustup target add sparc-unknown-linux-gnu/],
  ])("target %s → %s", async (target, status, code, reason) => {
    const run = await build({
      "source-dir": example,
      "out-dir": outDir(`target-${target}`),
      target,
      "python-version": "3.15",
      "trust-python-version": "true",
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const m = moduleOf(run, "_base64");
    expect(m).toMatchObject({ status, code });
    expect(m.reason).toMatch(reason);
  });
});

describe("build-rust-modules on a workspace with a broken module", () => {
  const brokenFile = "test/fixtures/modules/workspace/crates/broken/src/lib.rs";

  it("builds the healthy module, skips the broken one and annotates its error at file and line", async () => {
    const out = outDir("fixture");
    const run = await build({
      "source-dir": fixture,
      "out-dir": out,
      "python-version": "3.15",
      "trust-python-version": "true",
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(JSON.parse(run.outputs["built"]!)).toEqual(["_healthy"]);
    expect(JSON.parse(run.outputs["skipped"]!)).toEqual(["_broken"]);
    expect(moduleOf(run, "_broken")).toMatchObject({ status: "skipped", code: "build-failed" });
    expect(moduleOf(run, "_broken").reason).toMatch(/mismatched types \(test\/fixtures.*lib\.rs:5\)/);
    const annotation = run.annotations.find((a) => a.properties["file"] === brokenFile);
    expect(annotation).toMatchObject({ level: "warning", properties: { line: "5", col: "5" } });
    expect(annotation!.message).toMatch(/mismatched types/);
    expect(runPython(["-c", "import _healthy; print(_healthy.answer())"], [out]).trim()).toBe("42");
  });

  it("fails the step when the broken module is required", async () => {
    const run = await build({
      "source-dir": fixture,
      "out-dir": outDir("fixture-required"),
      "python-version": "3.15",
      "trust-python-version": "true",
      required: "_broken",
    });
    expect(run.exitCode).toBe(1);
    expect(JSON.parse(run.outputs["built"]!)).toEqual(["_healthy"]);
    expect(JSON.parse(run.outputs["failed"]!)).toEqual(["_broken"]);
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: "error",
        properties: expect.objectContaining({ file: brokenFile, line: "5" }),
      }),
    );
    expect(report(run).conclusion).toBe("failure");
  });

  it("rejects an unknown module name in 'modules' with the list of known ones", async () => {
    const run = await build({ "source-dir": fixture, "python-version": "3.15", modules: "_zlib" });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]?.message).toMatch(/_zlib.*found: _broken, _healthy/);
  });
});

describe("build-rust-modules check run", () => {
  let double: GitHubDouble;
  beforeAll(async () => {
    double = await GitHubDouble.start();
  });
  afterAll(async () => {
    await double.close();
  });

  const prEvent = (fork: boolean) => ({
    action: "synchronize",
    number: 7,
    pull_request: {
      number: 7,
      head: {
        sha: "feedfacefeedfacefeedfacefeedfacefeedface",
        repo: { full_name: "someone/octo-repo", fork },
      },
      base: { sha: "0123456789abcdef0123456789abcdef01234567", repo: { full_name: "octo-org/octo-repo" } },
    },
  });

  it("creates the check run on the pull request's head commit with the skip as its outcome", async () => {
    double.reset();
    const run = await runAction("build-rust-modules", {
      workspace: repoRoot,
      inputs: {
        "source-dir": example,
        "out-dir": outDir("check-run"),
        "python-version": "3.15",
        "trust-python-version": "true",
        policy: "pre-pep-2025",
        python,
        "check-name": "Rust modules",
        token: "ghs_test",
        matrix: '{"os":"ubuntu-latest","python":"3.15"}',
      },
      env: { ...withoutRust(), GITHUB_API_URL: double.url },
      eventName: "pull_request",
      event: prEvent(false),
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const created = double.callsTo("checks/create");
    expect(created).toHaveLength(1);
    expect(created[0]!.body as Record<string, unknown>).toMatchObject({
      name: "Rust modules (ubuntu-latest, 3.15)",
      head_sha: "feedfacefeedfacefeedfacefeedfacefeedface",
      status: "completed",
    });
  });

  it("stays green on a fork pull request whose token cannot write checks, with one notice", async () => {
    double.reset();
    double.fail({ operationId: "checks/create", fault: 403 });
    const run = await runAction("build-rust-modules", {
      workspace: repoRoot,
      inputs: {
        "source-dir": example,
        "out-dir": outDir("check-run-fork"),
        "python-version": "3.15",
        "trust-python-version": "true",
        policy: "pre-pep-2025",
        python,
        "check-name": "Rust modules",
        token: "ghs_readonly",
      },
      env: { ...withoutRust(), GITHUB_API_URL: double.url },
      eventName: "pull_request",
      event: prEvent(true),
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const notices = run.annotations.filter((a) => a.level === "notice" && /checks: write/.test(a.message));
    expect(notices).toHaveLength(1);
  });
});
