import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyConfigureFixture } from "../../../test/fixtures/configure/copy-fixture.js";
import {
  applyConformance,
  ConformanceError,
  evaluate,
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
