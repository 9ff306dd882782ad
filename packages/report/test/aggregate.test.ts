import { describe, expect, it } from "vitest";
import {
  type ActionResult,
  aggregate,
  buildAggregateCheckRun,
  byteLength,
  compareVersions,
  renderAggregate,
  STEP_SUMMARY_LIMIT_BYTES,
} from "../src/index.js";
import { sampleResult } from "./sample.js";

function leg(os: string, python: string, parts: Partial<ActionResult>[]): ActionResult[] {
  return parts.map((p) => sampleResult({ matrix: { os, python }, reasons: [], ...p }));
}

const matrix = [
  ...leg("ubuntu-latest", "3.15", [
    { action: "configure-policy", conclusion: "neutral", title: "warn: Rust missing" },
    {
      action: "build-rust-modules",
      conclusion: "success",
      title: "0 built",
      modules: [{ name: "_base64", state: "missing" }],
    },
  ]),
  ...leg("ubuntu-latest", "3.16", [
    { action: "configure-policy", conclusion: "success", title: "pass" },
    {
      action: "build-rust-modules",
      conclusion: "success",
      title: "1 built",
      modules: [{ name: "_base64", state: "built" }],
    },
  ]),
  ...leg("windows-latest", "3.17", [
    {
      action: "configure-policy",
      conclusion: "failure",
      title: "fail: configure: error: Rust is required",
      reasons: [{ level: "failure", code: "rust-missing", message: "configure: error: cargo not found" }],
    },
  ]),
  ...leg("macos-14", "3.9", [{ action: "configure-policy", conclusion: "skipped", title: "Rust not used" }]),
  ...leg("macos-14", "3.10", [{ action: "configure-policy", conclusion: "success", title: "pass" }]),
];

describe("aggregate", () => {
  const agg = aggregate(matrix);

  it("groups results by matrix leg and orders legs worst first", () => {
    expect(agg.legs.map((l) => [l.label, l.conclusion])).toEqual([
      ["windows-latest, 3.17", "failure"],
      ["ubuntu-latest, 3.15", "neutral"],
      ["macos-14, 3.9", "skipped"],
      ["macos-14, 3.10", "success"],
      ["ubuntu-latest, 3.16", "success"],
    ]);
    expect(agg.legs[1]?.results.map((r) => r.action)).toEqual(["configure-policy", "build-rust-modules"]);
    expect(agg.legs[1]?.title).toBe("warn: Rust missing");
  });

  it("builds the grid axes and totals", () => {
    expect(agg.platforms).toEqual(["macos-14", "ubuntu-latest", "windows-latest"]);
    expect(agg.pythons).toEqual(["3.9", "3.10", "3.15", "3.16", "3.17"]);
    expect(agg.conclusion).toBe("failure");
    expect(agg.totals).toEqual({
      legs: 5,
      results: 7,
      conclusions: { success: 2, neutral: 1, failure: 1, skipped: 1 },
      modules: { built: 1, skipped: 0, failed: 0, missing: 1, disabled: 0, "n/a": 0 },
      rejected: 0,
    });
    expect(agg.title).toBe(
      "5 legs: 1 failure, 1 neutral, 1 skipped, 2 success — worst: windows-latest, 3.17",
    );
  });

  it("falls back to facts for legs without a matrix", () => {
    const a = aggregate([
      sampleResult({ facts: { platform: "aarch64-linux", python: "3.16" } }),
      sampleResult({ action: "setup-rust", facts: { platform: "aarch64-linux", python: "3.16" } }),
    ]);
    expect(a.legs).toHaveLength(1);
    expect(a.legs[0]?.label).toBe("aarch64-linux, 3.16");
  });

  it("counts rejected files as a failure and empty input as neutral", () => {
    const a = aggregate(leg("ubuntu-latest", "3.16", [{ conclusion: "success" }]), [
      { file: "x.json", errors: ["not JSON"] },
    ]);
    expect(a.conclusion).toBe("failure");
    expect(a.title).toMatch(/1 result file rejected/);
    expect(aggregate([]).conclusion).toBe("neutral");
  });

  it("renders the grid and every leg", () => {
    const md = renderAggregate(agg);
    expect(md).toContain("| platform \\ Python | 3.9 | 3.10 | 3.15 | 3.16 | 3.17 |");
    expect(md).toMatch(
      /\| \*\*ubuntu-latest\*\* \| {2}\| {2}\| ⚠️ neutral 0\/1 🦀 \| ✅ success 1\/1 🦀 \| {2}\|/,
    );
    for (const l of agg.legs) expect(md).toContain(`| ${l.label} |`);
    // Worst first in the legs table.
    expect(md.indexOf("| windows-latest, 3.17 |")).toBeLessThan(md.indexOf("| ubuntu-latest, 3.16 |"));
    expect(md).toContain("| modules: built | 1 |");
  });

  it("keeps a huge aggregate under 1 MiB", () => {
    const many = Array.from({ length: 6000 }, (_, i) =>
      sampleResult({
        matrix: { os: `runner-${i}-${"z".repeat(100)}`, python: "3.16" },
        title: "t".repeat(100),
      }),
    );
    const md = renderAggregate(aggregate(many));
    expect(byteLength(md)).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT_BYTES);
    expect(md).toMatch(/Truncated/);
  });

  it("makes one check run listing every leg, with the legs' located findings as annotations", () => {
    const located = [
      ...leg("ubuntu-latest", "3.16", [
        { reasons: [{ level: "warning", code: "msrv", message: "old", file: "Cargo.toml", line: 2 }] },
      ]),
      ...leg("ubuntu-latest", "3.17", [
        { reasons: [{ level: "warning", code: "msrv", message: "old", file: "Cargo.toml", line: 2 }] },
      ]),
      ...matrix,
    ];
    const plan = buildAggregateCheckRun(aggregate(located), {
      name: "Rust readiness",
      headSha: "f".repeat(40),
    });
    expect(plan.create.name).toBe("Rust readiness");
    expect(plan.create.conclusion).toBe("failure");
    for (const label of [
      "windows-latest, 3.17",
      "ubuntu-latest, 3.15",
      "macos-14, 3.9",
      "ubuntu-latest, 3.17",
    ]) {
      expect(plan.create.output.summary).toContain(label);
    }
    expect(plan.create.output.annotations).toHaveLength(1);
    expect(plan.create.output.annotations?.[0]?.title).toBe("[2 legs] msrv");
    expect(plan.create.output.annotations?.[0]?.message).toContain(
      "Seen on: ubuntu-latest, 3.16; ubuntu-latest, 3.17",
    );
    expect(plan.create.output.text).toContain(
      "configure-policy `rust-missing` configure: error: cargo not found",
    );
  });
});

describe("compareVersions", () => {
  it("orders numerically", () => {
    expect(["3.10", "3.9", "3.16", "3.14t", "—"].sort(compareVersions)).toEqual([
      "3.9",
      "3.10",
      "3.14t",
      "3.16",
      "—",
    ]);
  });
});
