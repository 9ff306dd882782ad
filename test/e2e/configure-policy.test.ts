/**
 * The bundled configure-policy action, run as the runner would, against the configure fixtures,
 * the real rustc/cargo of this machine, and GitHub's API double for the check run.
 */

import { readFileSync } from "node:fs";
import { validateResult } from "@oxidize/report";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyConfigureFixture } from "../fixtures/configure/copy-fixture.js";
import { GitHubDouble } from "../harness/github-double.js";
import { runAction } from "../harness/index.js";

const correct = (pythonVersion: string) => copyConfigureFixture("correct", { pythonVersion });

function reportOf(path: string | undefined) {
  expect(path).toBeTruthy();
  return JSON.parse(readFileSync(path!, "utf8")) as {
    schema: string;
    action: string;
    conclusion: string;
    details: { verdict: { outcome: string }; facts: { python: { source: string } }; conformance?: unknown };
  };
}

describe.concurrent("configure-policy verdicts", () => {
  // Every other case names the staged plan (pre-pep-2025) whose phases it checks.
  it("follows the current plan, summit-2026, when no policy is given (action.yml's default)", async ({
    expect,
  }) => {
    const r = await runAction("configure-policy", {
      inputs: { "source-dir": correct("3.16"), rust: "absent" },
    });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: "warn", phase: "rust-optional", "rust-required": "false" });
    expect(r.summary).toContain("summit-2026");
  });

  it("pass: CPython 3.16 with the real Rust found", async ({ expect }) => {
    const dir = correct("3.16");
    const r = await runAction("configure-policy", { inputs: { policy: "pre-pep-2025", "source-dir": dir } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({
      verdict: "pass",
      phase: "rust-default-opt-out",
      "rust-required": "true",
      "rust-available": "true",
      "rust-modules": "build",
    });
    const report = reportOf(r.outputs["report"]);
    expect(report).toMatchObject({
      schema: "oxidize/result@1",
      action: "configure-policy",
      conclusion: "success",
    });
    expect(report.details.facts.python.source).toBe("Include/patchlevel.h");
    expect(await validateResult(report)).toMatchObject({ valid: true });
    expect(r.summary).toContain("configure-policy: pass");
    expect(r.summary).toContain("Impact of this policy on CPython 3.16");
    expect(r.annotations.filter((a) => a.level === "error")).toEqual([]);
  });

  it("warn: rust absent in 3.15 warns with a configure-style annotation and keeps the step green", async ({
    expect,
  }) => {
    const r = await runAction("configure-policy", {
      inputs: { policy: "pre-pep-2025", "source-dir": correct("3.15"), rust: "absent" },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: "warn", "rust-available": "false", "rust-modules": "skip" });
    expect(r.outputs["message"]).toMatch(/^configure: WARNING: Rust is assumed absent/);
    const warnings = r.annotations.filter((a) => a.level === "warning");
    expect(warnings.map((a) => a.message)).toEqual([
      expect.stringMatching(/^configure: WARNING: .*\[rust-missing\]$/),
    ]);
    expect(reportOf(r.outputs["report"]).conclusion).toBe("neutral");
  });

  it("fail: rust absent in 3.16 fails the step, with every output still set", async ({ expect }) => {
    const r = await runAction("configure-policy", {
      inputs: { policy: "pre-pep-2025", "source-dir": correct("3.16"), rust: "absent" },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({
      verdict: "fail",
      phase: "rust-default-opt-out",
      "rust-required": "true",
      "rust-available": "false",
      "rust-modules": "skip",
    });
    expect(r.outputs["message"]).toMatch(/^configure: error: Rust is required to build CPython 3\.16/);
    expect(reportOf(r.outputs["report"]).conclusion).toBe("failure");
    const errors = r.annotations.filter((a) => a.level === "error").map((a) => a.message);
    expect(errors).toContainEqual(
      expect.stringMatching(/^configure: error: .*--with-rust=no.*\[rust-missing\]$/),
    );
    // Said once: the reason is the step's one error; why the step fails is a log line, not a second error.
    expect(errors).toHaveLength(1);
    expect(r.stdout).toMatch(/^Rust policy verdict 'fail' reaches fail-on 'fail'/m);
  });

  it("--with-rust=no in configure-args is accepted in 3.16 and rejected in 3.17", async ({ expect }) => {
    const [r16, r17] = await Promise.all(
      ["3.16", "3.17"].map((v) =>
        runAction("configure-policy", {
          inputs: {
            policy: "pre-pep-2025",
            "source-dir": correct(v),
            rust: "absent",
            "configure-args": "--prefix=/x --with-rust=no",
          },
        }),
      ),
    );
    expect([r16!.exitCode, r16!.outputs["verdict"], r16!.outputs["rust-required"]]).toEqual([
      0,
      "pass",
      "false",
    ]);
    expect([r17!.exitCode, r17!.outputs["verdict"]]).toEqual([1, "fail"]);
    expect(r17!.outputs["message"]).toMatch(/--with-rust=no is no longer supported/);
  });

  it("python-version that disagrees with the tree: the tree's version, and a warning naming both", async ({
    expect,
  }) => {
    const r = await runAction("configure-policy", {
      inputs: {
        policy: "pre-pep-2025",
        "source-dir": correct("3.16"),
        "python-version": "3.14",
        rust: "absent",
      },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: "fail", phase: "rust-default-opt-out" });
    const warning = r.annotations.find((a) => a.level === "warning");
    expect(warning?.message).toMatch(
      /^Input 'python-version' is 3\.14, but the source tree's Include\/patchlevel\.h says 3\.16: using 3\.16/,
    );
  });

  it("trust-python-version: the version given wins over the tree; 3.14 does not use Rust", async ({
    expect,
  }) => {
    const r = await runAction("configure-policy", {
      inputs: {
        policy: "pre-pep-2025",
        "source-dir": correct("3.16"),
        "python-version": "3.14",
        "trust-python-version": "true",
        rust: "absent",
      },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: "pass", phase: "rust-not-used", "rust-modules": "skip" });
    expect(r.annotations.find((a) => a.level === "warning")?.message).toMatch(
      /using 3\.14 \(trust-python-version is true\)/,
    );
  });
});

describe.concurrent("configure-policy fail-on", () => {
  it.for([
    ["fail", "3.15", 0],
    ["warn", "3.15", 1],
    ["never", "3.15", 0],
    ["fail", "3.16", 1],
    ["warn", "3.16", 1],
    ["never", "3.16", 0],
  ] as const)("fail-on %s with CPython %s → exit %i", async ([failOn, version, exit], { expect }) => {
    const r = await runAction("configure-policy", {
      inputs: { policy: "pre-pep-2025", "source-dir": correct(version), rust: "absent", "fail-on": failOn },
    });
    expect(r.exitCode).toBe(exit);
    expect(r.outputs["verdict"]).toBe(version === "3.15" ? "warn" : "fail");
  });
});

describe("configure-policy configuration errors", () => {
  it("names the input and the fix", async () => {
    const r = await runAction("configure-policy", {
      inputs: { policy: "pre-pep-2025", "source-dir": correct("3.16"), "fail-on": "sometimes" },
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.map((a) => a.message)).toContainEqual(
      "Input 'fail-on' must be one of fail, warn, never; got \"sometimes\".",
    );
    expect(r.stdout).not.toMatch(/please report it/);
  });

  it("a source tree without a version says which files it tried", async () => {
    const r = await runAction("configure-policy", { inputs: {} });
    expect(r.exitCode).toBe(1);
    const [error] = r.annotations.filter((a) => a.level === "error");
    expect(error?.message).toMatch(
      /Include\/patchlevel\.h \(missing\).*configure\.ac \(missing\).*set python-version/,
    );
  });
});

describe.concurrent("configure-policy conformance run", () => {
  it("passes on the correct configure (3.16)", async ({ expect }) => {
    const r = await runAction("configure-policy", {
      inputs: { policy: "pre-pep-2025", "source-dir": correct("3.16"), run: "./configure --prefix=/tmp/x" },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs["verdict"]).toBe("pass");
    expect(r.summary).toContain("#### Conformance run");
    expect(r.summary).toMatch(
      /\| ✅ \| with Rust hidden \| `\.\/configure --prefix=\/tmp\/x` \| 1 \| fail \| fail \|/,
    );
    expect(r.summary).not.toContain("| ❌ |");
    expect(reportOf(r.outputs["report"]).details.conformance).toMatchObject({ ok: true });
  });

  it("fails on the prototype-style configure, with the evidence in the summary and the annotation", async ({
    expect,
  }) => {
    const dir = copyConfigureFixture("broken", { pythonVersion: "3.16" });
    const r = await runAction("configure-policy", {
      inputs: { policy: "pre-pep-2025", "source-dir": dir, run: "./configure --prefix=/tmp/x" },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs["verdict"]).toBe("fail");
    expect(r.outputs["message"]).toMatch(/^configure does not follow policy pre-pep-2025 with Rust hidden/);
    const mismatch = r.annotations.find((a) => a.message.endsWith("[conformance-mismatch]"));
    expect(mismatch?.level).toBe("error");
    expect(mismatch?.properties["title"]).toBe("configure with Rust hidden (exit 0)");
    expect(mismatch?.message).toContain("command: ./configure --prefix=/tmp/x (Rust hidden) → exit 0");
    expect(mismatch?.message).toContain("  checking for cargo... yes");
    expect(r.summary).toMatch(
      /\| ❌ \| with Rust hidden \| `\.\/configure --prefix=\/tmp\/x` \| 0 \| fail \| pass \|/,
    );
    expect(r.summary).toContain("Required: fail — `configure: error: Rust is required to build CPython 3.16");
    expect(r.summary).toMatch(/```text\n(.*\n)*checking for cargo\.\.\. yes\n/);
  });
});

describe("configure-policy check run", () => {
  let double: GitHubDouble;
  beforeAll(async () => {
    double = await GitHubDouble.start();
  });
  afterAll(async () => {
    await double.close();
  });

  it("publishes the verdict as a check run when check-name is set", async () => {
    const r = await runAction("configure-policy", {
      inputs: {
        policy: "pre-pep-2025",
        "source-dir": correct("3.15"),
        rust: "absent",
        "check-name": "Rust policy",
        token: "ghs_test",
        matrix: '{"os":"ubuntu-latest","python":"3.15"}',
      },
      env: { GITHUB_API_URL: double.url },
    });
    expect(r.exitCode).toBe(0);
    const [run] = [...double.checkRuns.values()];
    expect(run?.body["name"]).toMatch(/^Rust policy/);
    expect(run?.body["conclusion"]).toBe("neutral");
  });
});
