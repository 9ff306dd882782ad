import type { Diagnostic, ModuleOutcome } from "@oxidize/modules";
import { describe, expect, it } from "vitest";
import { planAnnotations } from "../src/annotations.js";

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

describe("planAnnotations", () => {
  it("annotates rustc errors of a failed module as errors, at their span", () => {
    const planned = planAnnotations([outcome("failed", [diagnostic("error", 5)])]);
    expect(planned).toEqual([
      { level: "error", title: "_m: failed", message: "why" },
      expect.objectContaining({
        level: "error",
        file: "crates/m/src/lib.rs",
        startLine: 5,
        endLine: 5,
        startColumn: 1,
      }),
    ]);
  });

  it("shows an optional module's rustc error as a warning (the job survives it)", () => {
    const planned = planAnnotations([outcome("skipped", [diagnostic("error", 5)])]);
    expect(planned.map((a) => a.level)).toEqual(["warning", "warning"]);
    expect(planned[1]!.title).toBe("_m: rustc error (module skipped)");
  });

  it("keeps 10 per kind, errors first, and counts the rest in one notice", () => {
    const many = [
      ...Array.from({ length: 12 }, (_, i) => diagnostic("warning", i + 100)),
      ...Array.from({ length: 13 }, (_, i) => diagnostic("error", i + 1)),
    ];
    const planned = planAnnotations([outcome("failed", many)]);
    const errors = planned.filter((a) => a.level === "error");
    const warnings = planned.filter((a) => a.level === "warning");
    expect(errors).toHaveLength(10);
    expect(errors[0]!.title).toBe("_m: failed");
    expect(warnings).toHaveLength(10);
    const notice = planned.at(-1)!;
    expect(notice.level).toBe("notice");
    expect(notice.message).toMatch(/4 errors, 2 warnings/);
  });

  it("says nothing about built modules without diagnostics, and notes disabled ones", () => {
    expect(planAnnotations([outcome("built")])).toEqual([]);
    expect(planAnnotations([outcome("disabled")]).map((a) => a.level)).toEqual(["notice"]);
  });
});
