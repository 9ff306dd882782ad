import { describe, expect, it } from "vitest";
import { copyConfigureFixture } from "../../../test/fixtures/configure/copy-fixture.js";
import { errorAnnotations, resultOf, runActionInProcess, STACK_FRAME } from "../../../test/harness/index.js";

const cpython = (pythonVersion: string) => copyConfigureFixture("correct", { pythonVersion });

describe("configure-policy run()", () => {
  it("passes CPython 3.16 with the machine's Rust, with outputs, summary and a valid result", async () => {
    const run = await runActionInProcess("configure-policy", {
      inputs: { "source-dir": cpython("3.16"), policy: "pre-pep-2025" },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({
      verdict: "pass",
      phase: "rust-default-opt-out",
      "rust-required": "true",
      "rust-available": "true",
      "rust-modules": "build",
    });
    expect((await resultOf(run)).conclusion).toBe("success");
    expect(run.summary).toContain("configure-policy: pass");
    expect(run.summary).toContain("Impact of this policy on CPython 3.16");
    expect(run.annotations.filter((a) => a.level !== "notice")).toEqual([]);
  });

  it("follows the current plan, summit-2026, when no policy is given: 3.16 without Rust warns", async () => {
    const run = await runActionInProcess("configure-policy", {
      inputs: { "source-dir": cpython("3.16"), rust: "absent" },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: "warn", phase: "rust-optional", "rust-required": "false" });
    expect(run.summary).toContain("summit-2026");
  });

  it("rejects fail-on: sometimes, naming the input once and without a stack trace", async () => {
    const run = await runActionInProcess("configure-policy", {
      inputs: { "source-dir": cpython("3.16"), "fail-on": "sometimes" },
    });
    expect(run.exitCode).toBe(1);
    expect(errorAnnotations(run).map((a) => a.message)).toEqual([
      "Input 'fail-on' must be one of fail, warn, never; got \"sometimes\".",
    ]);
    expect(run.stdout).not.toMatch(STACK_FRAME);
  });

  it("fails a warn verdict under fail-on: warn, keeping the verdict's outputs and warning", async () => {
    const run = await runActionInProcess("configure-policy", {
      inputs: { "source-dir": cpython("3.15"), policy: "pre-pep-2025", rust: "absent", "fail-on": "warn" },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: "warn", "rust-available": "false", "rust-modules": "skip" });
    expect(run.annotations.filter((a) => a.level === "warning").map((a) => a.message)).toEqual([
      expect.stringMatching(/^configure: WARNING: Rust is assumed absent.*\[rust-missing\]$/),
    ]);
    expect(errorAnnotations(run).map((a) => a.message)).toEqual([
      expect.stringMatching(/^Rust policy verdict 'warn' reaches fail-on 'warn': configure: WARNING: /),
    ]);
    expect(run.stdout).not.toMatch(STACK_FRAME);
    await resultOf(run);
  });

  // configure-policy used to record no matrix for one that is not a JSON object, so the legs of a
  // matrix collapsed into one in actions/report; every action reads it the same way now.
  it("rejects matrix: [1], naming the input like the other actions", async () => {
    const run = await runActionInProcess("configure-policy", {
      inputs: { "source-dir": cpython("3.16"), matrix: "[1]" },
    });
    expect(run.exitCode).toBe(1);
    expect(errorAnnotations(run)).toHaveLength(1);
    expect(errorAnnotations(run)[0]!.message).toMatch(/^Input 'matrix'/);
  });

  // The verdict's reason used to be printed as an error annotation and then again inside the
  // step's failure message ("Rust policy verdict 'fail' reaches fail-on 'fail': configure: error: …").
  it("says a fail verdict once: one error annotation", async () => {
    const run = await runActionInProcess("configure-policy", {
      inputs: { "source-dir": cpython("3.16"), policy: "pre-pep-2025", rust: "absent" },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs["verdict"]).toBe("fail");
    expect(errorAnnotations(run)).toHaveLength(1);
  });
});
