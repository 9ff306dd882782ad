import { validateResult } from "@oxidize/report";
import { describe, expect, it } from "vitest";
import { copyConfigureFixture } from "../../../test/fixtures/configure/copy-fixture.js";
import { checkPolicy, conclusionOf, type Outcome, policyResult, type Verdict } from "../src/index.js";

const verdict = (outcome: Outcome): Verdict => ({
  outcome,
  phase: "p",
  rustRequired: false,
  rustModules: "skip",
  reasons: [],
  message: "m",
});

describe("conclusionOf", () => {
  it.each([
    ["pass", "fail", "success"],
    ["warn", "fail", "neutral"],
    ["fail", "fail", "failure"],
    ["warn", "warn", "failure"],
    ["pass", "warn", "success"],
    ["fail", "never", "neutral"],
    ["warn", "never", "neutral"],
  ] as const)("%s with fail-on %s → %s", (outcome, failOn, conclusion) => {
    expect(conclusionOf(verdict(outcome), failOn)).toBe(conclusion);
  });
});

describe("policyResult", { timeout: 60_000 }, () => {
  it("is a valid oxidize/result@1 carrying the conformance evidence", async () => {
    const dir = copyConfigureFixture("broken", { pythonVersion: "3.15" });
    const check = await checkPolicy({
      policy: "pre-pep-2025",
      sourceDir: dir,
      env: process.env,
      cwd: dir,
      run: "./configure",
    });
    const result = policyResult(check, {
      failOn: "fail",
      startedAt: new Date(0),
      finishedAt: new Date(1000),
    });
    expect(await validateResult(JSON.parse(JSON.stringify(result)))).toMatchObject({ valid: true });
    expect(result.conclusion).toBe("failure");
    const mismatch = result.reasons.find((r) => r.code === "conformance-mismatch");
    expect(mismatch).toMatchObject({ level: "failure", title: "configure with Rust hidden (exit 0)" });
    expect(mismatch?.message.split("\n").slice(1, 3)).toEqual([
      "command: ./configure (Rust hidden) → exit 0",
      "last output lines:",
    ]);
    expect(result.facts["conformance"]).toBe("1 of 4 scenarios differ");
    expect(result.details.conformance?.ok).toBe(false);
  });
});
