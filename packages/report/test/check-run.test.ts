import { describe, expect, it } from "vitest";
import {
  buildCheckRun,
  CHECK_OUTPUT_LIMIT_CHARS,
  type Conclusion,
  checkConclusion,
  checkRunName,
  headShaFor,
} from "../src/index.js";
import { reasons, sampleResult } from "./sample.js";

const options = { name: "Rust policy", headSha: "a".repeat(40) };

describe("buildCheckRun", () => {
  it("sends 120 annotations as 50 in the create call and 50 + 20 in updates", () => {
    const plan = buildCheckRun(sampleResult({ reasons: reasons(120) }), options);
    expect(plan.create.output.annotations).toHaveLength(50);
    expect(plan.updates.map((u) => u.output.annotations.length)).toEqual([50, 20]);
    const all = [
      plan.create.output.annotations ?? [],
      ...plan.updates.map((u) => u.output.annotations),
    ].flat();
    expect(new Set(all.map((a) => a.path)).size).toBe(120);
    for (const update of plan.updates) {
      expect(update.output.title).toBe(plan.create.output.title);
      expect(update.output.summary).toBe(plan.create.output.summary);
    }
  });

  it("puts failures in the first batch", () => {
    const mixed = [...reasons(60, () => ({ level: "notice" })), ...reasons(5)];
    const plan = buildCheckRun(sampleResult({ reasons: mixed }), options);
    expect(plan.create.output.annotations?.slice(0, 5).every((a) => a.annotation_level === "failure")).toBe(
      true,
    );
  });

  it("maps a reason to a complete annotation; reasons without a file go to the text", () => {
    const plan = buildCheckRun(
      sampleResult({
        reasons: [
          {
            level: "warning",
            code: "msrv",
            message: "too old",
            file: "Cargo.toml",
            line: 3,
            column: 7,
            title: "MSRV",
          },
          { level: "notice", code: "whole-file", message: "m", file: "rust-toolchain.toml" },
          { level: "failure", code: "rust-missing", message: "cargo not found" },
        ],
      }),
      options,
    );
    expect(plan.create.output.annotations).toEqual([
      {
        path: "Cargo.toml",
        start_line: 3,
        end_line: 3,
        start_column: 7,
        annotation_level: "warning",
        message: "too old",
        title: "MSRV",
      },
      {
        path: "rust-toolchain.toml",
        start_line: 1,
        end_line: 1,
        annotation_level: "notice",
        message: "m",
        title: "whole-file",
      },
    ]);
    expect(plan.create.output.text).toContain("`rust-missing` cargo not found");
    expect(plan.create.output.text).not.toContain("too old");
    expect(plan.updates).toEqual([]);
  });

  it("omits text and annotations when there are none", () => {
    const plan = buildCheckRun(sampleResult({ reasons: [] }), options);
    expect(plan.create.output).not.toHaveProperty("text");
    expect(plan.create.output).not.toHaveProperty("annotations");
  });

  it("truncates summary and text to exactly the Checks API limit instead of failing", () => {
    const huge = reasons(3000, (i) => ({ file: undefined, message: `${"x".repeat(60)} ${i}` }));
    const plan = buildCheckRun(sampleResult({ reasons: huge }), options);
    expect(plan.create.output.summary.length).toBeLessThanOrEqual(CHECK_OUTPUT_LIMIT_CHARS);
    expect(plan.create.output.text?.length).toBeLessThanOrEqual(CHECK_OUTPUT_LIMIT_CHARS);
    expect(plan.create.output.summary).toMatch(/Truncated: \d+ more characters/);
    expect(plan.create.output.text).toMatch(/Truncated: \d+ more characters/);
  });

  it("fills the create call: name, sha, completed status, times, details link", () => {
    const plan = buildCheckRun(
      sampleResult({ conclusion: "failure", matrix: { os: "macos-14", python: "3.17" } }),
      {
        ...options,
        detailsUrl: "https://github.com/o/r/actions/runs/1",
      },
    );
    expect(plan.create).toMatchObject({
      name: "Rust policy (macos-14, 3.17)",
      head_sha: "a".repeat(40),
      status: "completed",
      conclusion: "failure",
      started_at: "2026-05-01T10:00:00.000Z",
      completed_at: "2026-05-01T10:00:01.500Z",
      details_url: "https://github.com/o/r/actions/runs/1",
    });
  });
});

describe("checkConclusion", () => {
  it.each<[Conclusion, string]>([
    ["success", "success"],
    ["neutral", "neutral"],
    ["failure", "failure"],
    ["skipped", "skipped"],
  ])("%s → %s", (conclusion, expected) => {
    expect(checkConclusion(conclusion)).toBe(expected);
    expect(buildCheckRun(sampleResult({ conclusion }), options).create.conclusion).toBe(expected);
  });
});

describe("checkRunName", () => {
  it.each<[Record<string, unknown> | null | undefined, string]>([
    [{ os: "ubuntu-latest", python: "3.16" }, "Rust policy (ubuntu-latest, 3.16)"],
    [{ python: "3.16", os: "ubuntu-latest" }, "Rust policy (3.16, ubuntu-latest)"],
    [
      { os: "windows-2022", include: { arch: "x86" }, extra: null, empty: "" },
      'Rust policy (windows-2022, {"arch":"x86"})',
    ],
    [{ n: 3, flag: false }, "Rust policy (3, false)"],
    [{}, "Rust policy"],
    [null, "Rust policy"],
    [undefined, "Rust policy"],
  ])("%j → %s", (matrix, expected) => {
    expect(checkRunName("Rust policy", matrix)).toBe(expected);
  });
});

describe("headShaFor", () => {
  const pr = { pull_request: { head: { sha: "b".repeat(40) } } };
  it.each<[string, unknown, string]>([
    ["pull_request", pr, "b".repeat(40)],
    ["pull_request_target", pr, "b".repeat(40)],
    ["push", pr, "c".repeat(40)],
    ["workflow_dispatch", {}, "c".repeat(40)],
    ["pull_request", {}, "c".repeat(40)],
  ])("%s", (event, payload, expected) => {
    expect(headShaFor(event, payload, "c".repeat(40))).toBe(expected);
  });
});
