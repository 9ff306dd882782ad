import { describe, expect, it } from "vitest";
import { impact, renderImpactTable, renderImpactText, representativeVersions } from "../src/impact.js";
import { DEFAULT_IMPACT_PLATFORMS, PEP11_PLATFORMS } from "../src/platforms/index.js";
import { PRESETS } from "../src/presets.js";

const niche = [
  "x86_64-unknown-linux-gnu",
  "sparc64-unknown-linux-gnu",
  "m68k-unknown-linux-gnu",
  "alpha-unknown-linux-gnu",
];

describe("impact report", () => {
  it("picks one version per phase boundary", () => {
    expect(representativeVersions(PRESETS["pre-pep-2025"])).toEqual(["3.14", "3.15", "3.16", "3.17"]);
    expect(representativeVersions(PRESETS["summit-2026"])).toEqual(["3.15", "3.16", "3.17", "3.18"]);
    expect(representativeVersions(PRESETS["optional-modules"])).toEqual(["3.14", "3.15"]);
  });

  it("pre-pep-2025: the niche architectures lose CPython from 3.16 unless opted out, and for good in 3.17", () => {
    const report = impact(PRESETS["pre-pep-2025"], { platforms: niche });
    const grid = Object.fromEntries(
      report.rows.map((row) => [row.platform.triplet, row.cells.map((cell) => cell.outcome)]),
    );
    expect(grid).toEqual({
      "x86_64-unknown-linux-gnu": ["not-used", "build", "build", "build"],
      "sparc64-unknown-linux-gnu": ["not-used", "build", "build", "build"], // tier 2, std only: cross-built
      "m68k-unknown-linux-gnu": ["not-used", "warn", "fail", "fail"], // tier 3, no shipped std
      "alpha-unknown-linux-gnu": ["not-used", "warn", "fail", "fail"], // no Rust target at all
    });
    expect(report.rows.map((row) => row.rust)).toEqual(["present", "present", "no-std", "no-target"]);
    const alpha317 = report.rows[3]!.cells[3]!.verdict;
    expect(alpha317.reasons[0]?.code).toBe("no-rust-target");
  });

  it("optional-modules never fails anywhere", () => {
    const report = impact(PRESETS["optional-modules"]);
    expect(report.rows.length).toBe(DEFAULT_IMPACT_PLATFORMS.length);
    expect(report.rows.flatMap((row) => row.cells).some((cell) => cell.outcome === "fail")).toBe(false);
  });

  it("every PEP 11 platform builds the modules under summit-2026 from 3.16 on", () => {
    const report = impact(PRESETS["summit-2026"], { platforms: PEP11_PLATFORMS });
    for (const row of report.rows) {
      expect(
        row.cells.map((cell) => cell.outcome),
        row.platform.triplet,
      ).toEqual(["not-used", "build", "build", "build"]);
    }
  });

  it("what-if: Rust absent everywhere, an old Rust, chosen versions", () => {
    const absent = impact(PRESETS["summit-2026"], {
      platforms: ["x86_64-pc-linux-gnu"],
      rust: { available: false },
    });
    expect(absent.rows[0]!.cells.map((cell) => cell.outcome)).toEqual(["not-used", "warn", "warn", "fail"]);
    const old = impact(PRESETS["pre-pep-2025"], {
      platforms: ["x86_64-pc-linux-gnu"],
      pythonVersions: ["3.17"],
      rust: { release: "1.63.0" },
    });
    expect(old.rows[0]!.cells[0]!.verdict.reasons[0]?.code).toBe("rust-too-old");
  });

  it("renders a Markdown table for a niche arch", () => {
    const markdown = renderImpactTable(impact(PRESETS["pre-pep-2025"], { platforms: niche }));
    const lines = markdown.split("\n");
    expect(lines).toContain("| Platform | Rust target | Rust support | PEP 11 | 3.14 | 3.15 | 3.16 | 3.17 |");
    expect(lines).toContain("|---|---|---|---|---|---|---|---|");
    expect(lines).toContain(
      "| `alpha-unknown-linux-gnu` | — | none | — | — unused | ⚠️ warn | ❌ fail | ❌ fail |",
    );
    expect(lines).toContain(
      "| `x86_64-unknown-linux-gnu` | `x86_64-unknown-linux-gnu` | tier 1, host tools | tier 1 | — unused | ✅ build | ✅ build | ✅ build |",
    );
    expect(lines).toContain("- **3.17**: m68k-unknown-linux-gnu, alpha-unknown-linux-gnu");
  });

  it("renders aligned plain text for the CLI", () => {
    const text = renderImpactText(impact(PRESETS["summit-2026"], { platforms: niche }));
    const lines = text.split("\n");
    const header = lines.find((line) => line.startsWith("platform"))!;
    const alpha = lines.find((line) => line.startsWith("alpha-unknown-linux-gnu"))!;
    expect(alpha.split(/\s{2,}/)).toEqual([
      "alpha-unknown-linux-gnu",
      "-",
      "none",
      "-",
      "unused",
      "WARN",
      "WARN",
      "FAIL",
    ]);
    expect(alpha.indexOf("FAIL")).toBe(header.indexOf("3.18"));
    expect(text).toContain("  3.18: m68k-unknown-linux-gnu, alpha-unknown-linux-gnu");
    expect(text).not.toMatch(/[✅❌⚠]/u);
  });
});
