import { type ActionResult, RESULT_SCHEMA, selectAnnotations } from "@oxidize/report";
import { describe, expect, it } from "vitest";
import { type Diagnostic, type ModuleOutcome, resultReasons } from "../src/index.js";

function diagnostic(level: "error" | "warning", line: number): Diagnostic {
  return {
    level,
    message: `${level} ${line}`,
    rendered: `${level}: at line ${line}`,
    packageId: "p",
    span: { file: "crates/m/src/lib.rs", line, column: 1, endLine: line, endColumn: 2 },
  };
}

function outcome(status: ModuleOutcome["status"], diagnostics: Diagnostic[] = []): ModuleOutcome {
  return {
    module: "_m",
    package: "m",
    status,
    code: "build-failed",
    reason: "why",
    short: "build failed",
    diagnostics,
  };
}

/** The annotations the action prints for these outcomes: the one planner, on the module reasons. */
function planned(outcomes: ModuleOutcome[]) {
  const result: ActionResult = {
    schema: RESULT_SCHEMA,
    action: "build-rust-modules",
    conclusion: "neutral",
    title: "t",
    facts: {},
    reasons: resultReasons(outcomes),
    details: {},
    timings: {},
    startedAt: "2026-01-01T00:00:00Z",
    finishedAt: "2026-01-01T00:00:01Z",
  };
  return selectAnnotations(result).annotations;
}

describe("module reasons as annotations", () => {
  it("annotates rustc errors of a failed module as errors, at their span", () => {
    expect(planned([outcome("failed", [diagnostic("error", 5)])])).toEqual([
      { kind: "error", message: "why [build-failed]", properties: { title: "_m: failed" } },
      expect.objectContaining({
        kind: "error",
        properties: expect.objectContaining({
          file: "crates/m/src/lib.rs",
          startLine: 5,
          endLine: 5,
          startColumn: 1,
        }),
      }),
    ]);
  });

  it("shows an optional module's rustc error as a warning (the job survives it)", () => {
    const annotations = planned([outcome("skipped", [diagnostic("error", 5)])]);
    expect(annotations.map((a) => a.kind)).toEqual(["warning", "warning"]);
    expect(annotations[1]!.properties.title).toBe("_m: rustc error (module skipped)");
  });

  it("keeps 10 per kind, the module's own outcome first, and counts the rest in one notice", () => {
    const many = [
      ...Array.from({ length: 12 }, (_, i) => diagnostic("warning", i + 100)),
      ...Array.from({ length: 13 }, (_, i) => diagnostic("error", i + 1)),
    ];
    const annotations = planned([outcome("failed", many)]);
    const errors = annotations.filter((a) => a.kind === "error");
    const warnings = annotations.filter((a) => a.kind === "warning");
    expect(errors).toHaveLength(10);
    expect(errors[0]!.properties.title).toBe("_m: failed");
    expect(warnings).toHaveLength(10);
    const notice = annotations.at(-1)!;
    expect(notice.kind).toBe("notice");
    expect(notice.message).toMatch(/4 errors, 2 warnings/);
  });

  it("says nothing about built modules without diagnostics, and notes disabled ones", () => {
    expect(planned([outcome("built")])).toEqual([]);
    expect(planned([outcome("disabled")]).map((a) => a.kind)).toEqual(["notice"]);
  });
});
