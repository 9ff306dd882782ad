/**
 * The failures cargo reports outside rustc's diagnostics, on a real workspace built by the real
 * cargo: a build script's panic and `cargo::error=`, a missing native library, a dependency that
 * needs a newer rustc — each a one-line reason a person can act on, from one `--keep-going`
 * build. Workspace mistakes (no lock file, a broken manifest) fail the step once. Stale modules
 * never survive a run that did not install them. Quiet drops are named.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { runProcess } from "@oxidize/core";
import { buildWithCargo, discoverWorkspace } from "@oxidize/modules";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type ActionRunResult,
  errorAnnotations,
  type ReportModule,
  realPython,
  repoRoot,
  resultOf,
  runActionInProcess,
  STACK_FRAME,
} from "../../../test/harness/index.js";

const fixture = join(repoRoot, "test", "fixtures", "modules", "failures");
// Shared by every run (the modules are tiny; sharing keeps cargo's build scripts warm).
const targetDir = join(repoRoot, ".tmp", "cargo-target-failures");

interface Report {
  conclusion: string;
  reasons: Array<{
    level: string;
    code: string;
    message: string;
    file?: string;
    line?: number;
    primary?: boolean;
  }>;
  details: { modules: ReportModule[]; removed: string[] };
}

/** A fresh copy of the fixture: each test mutates its own. */
function workspaceCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "oxidize-failures-"));
  cpSync(fixture, dir, { recursive: true, filter: (src) => !src.includes(`${fixture}/target`) });
  return dir;
}

function build(
  workspace: string,
  inputs: Record<string, string> = {},
  env: Record<string, string | undefined> = {},
) {
  return runActionInProcess("build-rust-modules", {
    workspace,
    inputs: {
      "source-dir": ".",
      "target-dir": targetDir,
      "python-version": "3.16",
      policy: "optional-modules",
      python: realPython,
      ...inputs,
    },
    env: { OXIDIZE_TEST_SDK: undefined, ...env },
    timeoutMs: 120_000,
  });
}

function cargoRuns(run: ActionRunResult): string[] {
  return run.stdout.split("\n").filter((line) => line.startsWith("::group::cargo build:"));
}

function moduleOf(report: Report, name: string): ReportModule {
  const found = report.details.modules.find((m) => m.module === name);
  if (!found) throw new Error(`no ${name} in ${JSON.stringify(report.details.modules)}`);
  return found;
}

describe("build-rust-modules on cargo's own failures", { timeout: 150_000 }, () => {
  let run: ActionRunResult;
  let report: Report;
  let workspace: string;

  beforeAll(async () => {
    workspace = workspaceCopy();
    run = await build(workspace);
    report = await resultOf<Report>(run);
  }, 150_000);

  it("builds the healthy module and skips the others, each with its reason, on a green step", () => {
    expect(run.exitCode, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs["built"]!)).toEqual(["_ok"]);
    expect(JSON.parse(run.outputs["skipped"]!).sort()).toEqual(["_logerr", "_newdep", "_nolib", "_panic"]);
    expect(run.stdout).not.toMatch(STACK_FRAME);
  });

  it("needs one keep-going build, plus one without the module a too-new dependency stops", () => {
    const runs = cargoRuns(run);
    expect(runs).toHaveLength(2);
    expect(runs[0]).toContain("_newdep");
    expect(runs[1]).not.toContain("_newdep");
  });

  it("gives a build script's panic message, at build.rs:line", () => {
    const panic = moduleOf(report, "_panic");
    expect(panic.code).toBe("build-failed");
    expect(panic.reason).toContain(
      "OXIDIZE_TEST_SDK is not set: point it at the SDK (crates/panic/build.rs:3)",
    );
    const located = report.reasons.find((r) => r.file === "crates/panic/build.rs");
    expect(located).toMatchObject({
      line: 3,
      message: expect.stringContaining("OXIDIZE_TEST_SDK is not set"),
    });
  });

  it("gives the text of cargo::error=", () => {
    expect(moduleOf(report, "_logerr").reason).toContain(
      "reported: libfoo 2.0 or newer is required, found 1.4",
    );
  });

  it("names the missing native library, without the linker's command line", () => {
    const nolib = moduleOf(report, "_nolib");
    expect(nolib.reason).toContain("cannot find the native library oxidize_no_such_library");
    expect(nolib.reason.length).toBeLessThan(300);
    for (const reason of report.reasons) expect(reason.message).not.toContain('"-Wl,');
  });

  it("reports a dependency that needs a newer rustc as missing Rust, naming the crate and version", () => {
    const newdep = moduleOf(report, "_newdep");
    expect(newdep).toMatchObject({ status: "missing", code: "rust-too-old", short: "needs Rust 1.999" });
    expect(newdep.reason).toMatch(/^needsnew 0\.3\.1 requires rustc 1\.999; this is rustc \d+\.\d+\.\d+\./);
  });

  it("keeps one line per module in the outputs and summary; the long text is in the log", () => {
    expect(run.outputs["headline"]!.split("\n")).toHaveLength(1);
    for (const m of report.details.modules) expect(m.reason).not.toContain("\n");
    expect(run.stdout).toContain("stack backtrace:");
  });

  it("names the cdylib that is not a module and the member profile cargo ignores", () => {
    const notices = report.reasons.filter((r) => r.code === "workspace-notice");
    expect(notices.map((n) => n.message)).toEqual([
      expect.stringContaining("The [profile] in crates/ok/Cargo.toml is ignored"),
      expect.stringContaining("Package plain builds a cdylib but has no [package.metadata.cpython]"),
    ]);
    expect(notices.find((n) => n.file === "crates/ok/Cargo.toml")?.line).toBe(14);
    expect(run.annotations.filter((a) => a.level === "notice").map((a) => a.message)).toEqual(
      expect.arrayContaining([expect.stringContaining("Package plain builds a cdylib")]),
    );
  });
});

describe("build-rust-modules on a broken workspace", { timeout: 150_000 }, () => {
  it("fails once, naming the fix, when Cargo.lock is missing and locked is on", async () => {
    const workspace = workspaceCopy();
    rmSync(join(workspace, "Cargo.lock"));
    const run = await build(workspace);
    expect(run.exitCode).toBe(1);
    const errors = errorAnnotations(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(
      /cannot create the lock file .*Cargo\.lock because --locked was passed/,
    );
    expect(errors[0]!.message).toContain("set input 'locked' to false");
    expect(cargoRuns(run)).toHaveLength(1);
    expect(run.stdout).not.toMatch(STACK_FRAME);
  });

  it("fails once at the manifest's file and line when a manifest does not parse", async () => {
    const workspace = workspaceCopy();
    const manifest = join(workspace, "crates", "logerr", "Cargo.toml");
    writeFileSync(manifest, `${readFileSync(manifest, "utf8")}\nbroken = [\n`);
    const run = await build(workspace);
    expect(run.exitCode).toBe(1);
    const errors = errorAnnotations(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/crates\/logerr\/Cargo\.toml:\d+:\d+/);
    expect(errors[0]!.message).toContain("Fix the manifest");
    expect(cargoRuns(run)).toHaveLength(0);
  });
});

describe("build-rust-modules never leaves a stale module to shadow the fallback", {
  timeout: 150_000,
}, () => {
  const stale = (outDir: string, name: string) => {
    mkdirSync(dirname(join(outDir, name)), { recursive: true });
    writeFileSync(join(outDir, name), "an old build");
    return join(outDir, name);
  };

  it("removes every file of a module this run did not install, and other ABI variants of one it did", async () => {
    const workspace = workspaceCopy();
    const outDir = join(workspace, "out");
    const old = [
      stale(outDir, "_panic.cpython-311-x86_64-linux-gnu.so"),
      stale(outDir, "_panic.abi3.so"),
      stale(outDir, "_ok.abi3.so"),
      stale(outDir, "_ok.so.tmp-123"),
    ];
    const unrelated = stale(outDir, "_okay.abi3.so");
    const run = await build(workspace, { "out-dir": "out", modules: "_ok,_panic" });
    expect(run.exitCode, run.stdout).toBe(0);
    for (const file of old) expect(existsSync(file), file).toBe(false);
    expect(existsSync(unrelated)).toBe(true);
    const report = await resultOf<Report>(run);
    expect(report.details.removed.sort()).toEqual([...old].sort());
    expect(run.stdout).toContain(`Removed ${old[0]}`);
  });

  it("removes them when Rust is missing too", async () => {
    const workspace = workspaceCopy();
    const outDir = join(workspace, "out");
    const old = stale(outDir, "_ok.cpython-311-x86_64-linux-gnu.so");
    const run = await build(
      workspace,
      { "out-dir": "out", modules: "_ok" },
      {
        PATH: [dirname(realPython), "/usr/bin", "/bin"].join(delimiter),
        CARGO: undefined,
        RUSTC: undefined,
        RUSTUP_TOOLCHAIN: undefined,
        CARGO_HOME: mkdtempSync(join(tmpdir(), "empty-cargo-home-")),
      },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs["skipped"]!)).toEqual(["_ok"]);
    expect(existsSync(old)).toBe(false);
  });
});

describe("buildWithCargo without --keep-going (cargo before 1.74)", { timeout: 150_000 }, () => {
  it("rebuilds each failed module alone and reaches the same reasons", async () => {
    const workspace = workspaceCopy();
    const manifestPath = join(workspace, "Cargo.toml");
    const quiet = {
      info: () => {},
      debug: () => {},
      group: <T>(_name: string, body: () => Promise<T>) => body(),
      untrusted: <T>(body: () => Promise<T>) => body(),
    };
    const found = await discoverWorkspace({
      manifestPath,
      displayRoot: workspace,
      cargo: "cargo",
      env: process.env,
      run: runProcess,
    });
    const specs = found.modules.filter((m) => m.module !== "_newdep");
    const env = { ...process.env, OXIDIZE_TEST_SDK: undefined };
    const builds = await buildWithCargo(specs, {
      cargo: "cargo",
      manifestPath,
      workspaceRoot: workspace,
      repositoryRoot: workspace,
      profile: "release",
      locked: true,
      offline: true,
      keepGoing: false,
      cargoArgs: [],
      targetDir,
      env,
      run: runProcess,
      log: quiet,
    });
    expect(builds.get("_ok")).toMatchObject({ ok: true });
    for (const module of ["_panic", "_logerr", "_nolib"]) {
      expect(builds.get(module), module).toMatchObject({ ok: false, isolated: true });
    }
    expect(builds.get("_panic")!.error).toContain("OXIDIZE_TEST_SDK is not set");
    expect(builds.get("_logerr")!.error).toContain("libfoo 2.0 or newer is required");
    expect(builds.get("_nolib")!.error).toContain("oxidize_no_such_library");
  });
});

describe("build-rust-modules keeps every file inside out-dir", { timeout: 150_000 }, () => {
  it.each([".so/../../../victim", "../x.so", ".so\\..\\x", "..so", ".abi3.so/"])(
    "refuses ext-suffix %j before building, naming the input",
    async (suffix) => {
      const workspace = workspaceCopy();
      const victim = join(workspace, "victim");
      writeFileSync(victim, "keep me");
      const run = await build(workspace, { "out-dir": "out/deep/er", modules: "_ok", "ext-suffix": suffix });
      expect(run.exitCode).toBe(1);
      const errors = errorAnnotations(run);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.message).toMatch(/^Input 'ext-suffix' must be a file suffix/);
      expect(readFileSync(victim, "utf8")).toBe("keep me");
      expect(cargoRuns(run)).toHaveLength(0);
    },
  );
});
