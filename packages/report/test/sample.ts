import type { ActionResult, ResultReason } from "../src/index.js";

/** A valid result; override what a test is about. */
export function sampleResult(overrides: Partial<ActionResult> = {}): ActionResult {
  return {
    schema: "oxidize/result@1",
    action: "configure-policy",
    conclusion: "neutral",
    title: "warn: configure: WARNING: Rust is missing, building without Rust modules",
    facts: { python: "3.15", platform: "x86_64-pc-linux-gnu", rust: "absent", phase: "warn-when-missing" },
    reasons: [
      {
        level: "warning",
        code: "rust-missing",
        message: "configure: WARNING: cargo not found; Rust modules will not be built",
        file: "configure.ac",
        line: 42,
      },
    ],
    details: { verdict: "warn" },
    timings: { detect: 12, evaluate: 3 },
    startedAt: "2026-05-01T10:00:00.000Z",
    finishedAt: "2026-05-01T10:00:01.500Z",
    ...overrides,
  };
}

export function reasons(
  count: number,
  make: (i: number) => Partial<ResultReason> = () => ({}),
): ResultReason[] {
  return Array.from({ length: count }, (_, i) => ({
    level: "failure" as const,
    code: `code-${i}`,
    message: `message ${i}`,
    file: `Modules/m${i}.rs`,
    line: i + 1,
    ...make(i),
  }));
}
