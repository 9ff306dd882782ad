import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Log } from "@oxidize/core";
import { describe, expect, it } from "vitest";
import { copyConfigureFixture } from "../../../test/fixtures/configure/copy-fixture.js";
import {
  applyConformance,
  ConformanceError,
  commandInCopy,
  evaluate,
  forgetRustInConfigCache,
  gatherFacts,
  getPreset,
  type Policy,
  runConformance,
} from "../src/index.js";

const policy = getPreset("pre-pep-2025") as Policy;

async function conformance(
  kind: "correct" | "broken",
  pythonVersion: string,
  command = "./configure --prefix=/tmp/x",
) {
  const dir = copyConfigureFixture(kind, { pythonVersion });
  const facts = await gatherFacts({ sourceDir: dir, env: process.env, policy });
  const report = await runConformance({
    command,
    cwd: dir,
    env: process.env,
    policy,
    facts,
    timeoutMs: 30_000,
  });
  return { dir, facts, report };
}

const summary = (report: Awaited<ReturnType<typeof runConformance>>) =>
  Object.fromEntries(
    report.scenarios.map((s) => [s.scenario, `${s.expected.outcome}/${s.observed.outcome}`]),
  );

// Each case has its own copy of the tree, so they can run side by side.
// Real processes: generous under a loaded CI machine.
describe("runConformance on the correct fixture", { timeout: 60_000 }, () => {
  it.concurrent.for<[string, Record<string, string>]>([
    [
      "3.14",
      { "as-is": "pass/pass", "rust-hidden": "pass/pass", "opt-out": "pass/pass", "with-rust": "pass/pass" },
    ],
    [
      "3.15",
      { "as-is": "pass/pass", "rust-hidden": "warn/warn", "opt-out": "pass/pass", "with-rust": "pass/pass" },
    ],
    [
      "3.16",
      { "as-is": "pass/pass", "rust-hidden": "fail/fail", "opt-out": "pass/pass", "with-rust": "pass/pass" },
    ],
    [
      "3.17",
      { "as-is": "pass/pass", "rust-hidden": "fail/fail", "opt-out": "fail/fail", "with-rust": "pass/pass" },
    ],
  ])("CPython %s conforms in every scenario", async ([version, expected], { expect }) => {
    const { report } = await conformance("correct", version);
    expect(summary(report)).toEqual(expected);
    expect(report.ok).toBe(true);
    expect(report.reasons).toEqual([]);
  });
});

describe("runConformance on the prototype-style broken fixture", { timeout: 60_000 }, () => {
  it("catches configure claiming cargo when Rust is hidden (3.16)", async () => {
    const { report, facts } = await conformance("broken", "3.16");
    expect(report.ok).toBe(false);
    const hidden = report.scenarios.find((s) => s.scenario === "rust-hidden")!;
    expect(hidden.argv).toEqual(["./configure", "--prefix=/tmp/x"]);
    expect(hidden.observed.exitCode).toBe(0);
    expect(hidden.tail).toContain("checking for cargo... yes");
    expect(hidden.expected.outcome).toBe("fail");
    expect(hidden.mismatches[0]).toMatch(
      /configure succeeded \(exit 0\) where the policy requires it to fail/,
    );
    expect(report.reasons).toHaveLength(1);
    expect(report.reasons[0]).toMatchObject({ code: "conformance-mismatch", outcome: "fail" });
    expect(report.reasons[0]!.message).toMatch(/with Rust hidden/);

    const verdict = applyConformance(evaluate(policy, facts), report);
    expect(verdict.outcome).toBe("fail");
    expect(verdict.message).toBe(report.reasons[0]!.message);
    expect(verdict.reasons.map((r) => r.code)).toEqual(["rust-ok", "conformance-mismatch"]);
  });

  it("catches the missing warning in 3.15", async () => {
    const { report } = await conformance("broken", "3.15");
    expect(summary(report)["rust-hidden"]).toBe("warn/pass");
    expect(report.ok).toBe(false);
  });

  it("passes where the bug does not show (3.14: Rust not used)", async () => {
    expect((await conformance("broken", "3.14")).report.ok).toBe(true);
  });
});

describe("runConformance edge cases", { timeout: 60_000 }, () => {
  it("takes the configure args from the command: an explicit --with-rust=no in 3.16", async () => {
    const { report } = await conformance("correct", "3.16", "./configure --with-rust=no");
    expect(summary(report)).toMatchObject({ "as-is": "pass/pass", "rust-hidden": "pass/pass" });
    expect(report.scenarios.find((s) => s.scenario === "with-rust")?.argv).toEqual([
      "./configure",
      "--with-rust=no",
      "--with-rust=yes",
    ]);
  });

  it("kills a configure that hangs and reports it", async () => {
    const dir = copyConfigureFixture("correct", { pythonVersion: "3.15" });
    writeFileSync(join(dir, "configure"), "#!/bin/sh\necho 'checking for cargo... '\nexec sleep 30\n");
    chmodSync(join(dir, "configure"), 0o755);
    const facts = await gatherFacts({ sourceDir: dir, env: process.env, policy });
    const started = Date.now();
    const report = await runConformance({
      command: "./configure",
      cwd: dir,
      env: process.env,
      policy,
      facts,
      timeoutMs: 400,
    });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(report.ok).toBe(false);
    expect(report.scenarios[0]!.mismatches).toEqual(["configure did not finish within 400 ms"]);
    expect(report.scenarios[0]!.tail).toEqual(["checking for cargo..."]);
  });

  it("explains a command that cannot start", async () => {
    const dir = copyConfigureFixture("correct");
    const facts = await gatherFacts({ sourceDir: dir, env: process.env, policy });
    const attempt = runConformance({
      command: "./no-such-configure",
      cwd: dir,
      env: process.env,
      policy,
      facts,
    });
    await expect(attempt).rejects.toBeInstanceOf(ConformanceError);
    await expect(attempt).rejects.toThrow(/cannot start "\.\/no-such-configure" in .*ENOENT/);
  });

  it("never gives the command to a shell", async () => {
    const dir = copyConfigureFixture("correct", { pythonVersion: "3.14" });
    const facts = await gatherFacts({ sourceDir: dir, env: process.env, policy });
    const report = await runConformance({
      command: "./configure '--prefix=$(touch pwned)' ;touch pwned2",
      cwd: dir,
      env: process.env,
      policy,
      facts,
    });
    expect(report.scenarios[0]!.argv).toEqual(["./configure", "--prefix=$(touch pwned)", ";touch", "pwned2"]);
    expect(report.scenarios[0]!.tail).toContain("checking for the installation prefix... $(touch pwned)");
  });
});

describe("runConformance with a configure that leaves a child behind", { timeout: 60_000 }, () => {
  it("ends each scenario when configure exits, not when its background child does", async () => {
    const dir = copyConfigureFixture("correct", { pythonVersion: "3.15" });
    const script = join(dir, "configure");
    // `(sleep 30) &` holds configure's stdout and stderr open after configure itself exits.
    const [shebang, ...rest] = readFileSync(script, "utf8").split("\n");
    writeFileSync(script, [shebang, "(sleep 30) &", ...rest].join("\n"));
    chmodSync(script, 0o755);
    const facts = await gatherFacts({ sourceDir: dir, env: process.env, policy });
    const started = performance.now();
    const report = await runConformance({
      command: "./configure --prefix=/tmp/x",
      cwd: dir,
      env: process.env,
      policy,
      facts,
      timeoutMs: 45_000,
    });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(summary(report)).toEqual({
      "as-is": "pass/pass",
      "rust-hidden": "warn/warn",
      "opt-out": "pass/pass",
      "with-rust": "pass/pass",
    });
  });
});

describe("runConformance side by side", { timeout: 60_000 }, () => {
  /** A configure that journals where and when it ran, then says what 3.15 wants with Rust present. */
  function journalingTree(): { dir: string; journal: string; scratch: string } {
    const dir = copyConfigureFixture("correct", { pythonVersion: "3.15" });
    const journal = join(dir, "..", "journal");
    const script = join(dir, "configure");
    writeFileSync(
      script,
      [
        "#!/bin/sh",
        'echo "start $(basename "$PWD")" >> "$JOURNAL"',
        'echo "cache $(basename "$PWD") cargo=$(grep -c CARGO config.cache) rewritten=$(grep -c rewritten config.cache)" >> "$JOURNAL"',
        "echo ac_cv_rewritten=yes >> config.cache",
        "sleep 1",
        'echo "$*" > configured-with',
        'echo "end $(basename "$PWD")" >> "$JOURNAL"',
        'echo "configure ran in $(basename "$PWD") with: $*"',
      ].join("\n"),
    );
    chmodSync(script, 0o755);
    // What `./configure -C` left from an earlier run with Rust present.
    writeFileSync(
      join(dir, "config.cache"),
      `ac_cv_prog_HAVE_CARGO=\${ac_cv_prog_HAVE_CARGO=yes}\ntest \${ac_cv_path_CARGO+y} || ac_cv_path_CARGO=/x/cargo\nac_cv_func_fork=yes\n`,
    );
    return { dir, journal, scratch: mkdtempSync(join(tmpdir(), "oxidize-conformance-test-")) };
  }

  it("runs the other scenarios in copies at once, leaves the tree configured as given, and removes the copies", async () => {
    const { dir, journal, scratch } = journalingTree();
    const facts = await gatherFacts({ sourceDir: dir, env: process.env, policy });
    const report = await runConformance({
      command: "./configure --prefix=/tmp/x",
      cwd: dir,
      env: { ...process.env, JOURNAL: journal },
      policy,
      facts,
      parallelism: 4,
      tempDir: scratch,
    });
    expect(report.scenarios.map((s) => s.scenario)).toEqual(["as-is", "rust-hidden", "opt-out", "with-rust"]);
    const lines = readFileSync(journal, "utf8").trim().split("\n");
    // Only the as-given run happened in the tree; each other scenario in its own copy.
    expect(lines.filter((l) => l.startsWith("start ")).sort()).toEqual(
      ["start correct", "start opt-out", "start rust-hidden", "start with-rust"].sort(),
    );
    // Side by side: more than one had started before the first one ended.
    expect(lines.findIndex((l) => l.startsWith("end "))).toBeGreaterThan(1);
    expect(readFileSync(join(dir, "configured-with"), "utf8").trim()).toBe("--prefix=/tmp/x");
    // Each copy is the tree before any run wrote to it; with Rust hidden, the cache forgot cargo.
    expect(lines.filter((l) => l.startsWith("cache ")).sort()).toEqual([
      "cache correct cargo=2 rewritten=0",
      "cache opt-out cargo=0 rewritten=0",
      "cache rust-hidden cargo=0 rewritten=0",
      "cache with-rust cargo=2 rewritten=0",
    ]);
    expect(readdirSync(scratch)).toEqual([]);
  });

  it("one at a time with parallelism 1, and the log has one whole group per scenario, in order", async () => {
    const { dir, journal, scratch } = journalingTree();
    const facts = await gatherFacts({ sourceDir: dir, env: process.env, policy });
    const events: string[] = [];
    const log: Log = {
      info: (line) => events.push(line),
      debug: () => {},
      group: async (name, body) => {
        events.push(`group ${name.split(":")[0]}`);
        const value = await body();
        events.push("endgroup");
        return value;
      },
      untrusted: (body) => body(),
    };
    await runConformance({
      command: "./configure --prefix=/tmp/x",
      cwd: dir,
      env: { ...process.env, JOURNAL: journal },
      policy,
      facts,
      parallelism: 1,
      tempDir: scratch,
      log,
    });
    const lines = readFileSync(journal, "utf8").trim().split("\n");
    expect(lines.filter((l) => !l.startsWith("cache ")).map((l) => l.split(" ")[0])).toEqual([
      "start",
      "end",
      "start",
      "end",
      "start",
      "end",
      "start",
      "end",
    ]);
    expect(events).toEqual([
      "group configure as given",
      "configure ran in correct with: --prefix=/tmp/x",
      "endgroup",
      "group configure with Rust hidden",
      "configure ran in rust-hidden with: --prefix=/tmp/x",
      "endgroup",
      "group configure with Rust hidden and --with-rust=no",
      "configure ran in opt-out with: --prefix=/tmp/x --with-rust=no",
      "endgroup",
      "group configure with Rust present and --with-rust=yes",
      "configure ran in with-rust with: --prefix=/tmp/x --with-rust=yes",
      "endgroup",
    ]);
    expect(readdirSync(scratch)).toEqual([]);
  });
});

describe("forgetRustInConfigCache", () => {
  it("drops the cached answers about cargo and Rust, records the Rust precious variables as now, keeps the rest", () => {
    const cache = [
      `ac_cv_prog_HAVE_CARGO=\${ac_cv_prog_HAVE_CARGO=yes}`,
      `test \${ac_cv_path_RUSTC+y} || ac_cv_path_RUSTC=/x/rustc`,
      `ac_cv_func_fork=\${ac_cv_func_fork=yes}`,
      "ac_cv_env_CARGO_HOME_set=",
      "ac_cv_env_CARGO_HOME_value=",
      "ac_cv_env_CC_set=",
      "",
    ].join("\n");
    // configure calls a cache corrupt when a precious variable differs from its record.
    expect(forgetRustInConfigCache(cache, { CARGO_HOME: "/tmp/empty home" })).toBe(
      [
        `ac_cv_func_fork=\${ac_cv_func_fork=yes}`,
        "ac_cv_env_CARGO_HOME_set=set",
        "ac_cv_env_CARGO_HOME_value='/tmp/empty home'",
        "ac_cv_env_CC_set=",
        "",
      ].join("\n"),
    );
  });
});

describe("commandInCopy", () => {
  it("points a configure path inside the tree at the copy, and leaves others alone", () => {
    expect(commandInCopy(["/src/tree/configure", "-q"], "/src/tree", "/tmp/c")).toEqual([
      "/tmp/c/configure",
      "-q",
    ]);
    expect(commandInCopy(["./configure"], "/src/tree", "/tmp/c")).toEqual(["./configure"]);
    expect(commandInCopy(["/usr/bin/env", "sh"], "/src/tree", "/tmp/c")).toEqual(["/usr/bin/env", "sh"]);
  });
});
