/**
 * The bench's own arithmetic and plumbing (bench/lib.ts, bench/readme.ts): which rows meet their
 * targets, the Markdown table README.md gets, the marker replacement, and GNU time's figures for a
 * real process whose cost is known.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type BenchRow,
  formatMarkdown,
  formatReport,
  measureProcess,
  type TimedCommand,
  targetCell,
  timeProcesses,
} from "../../bench/lib.js";
import { BEGIN, END, replaceBetweenMarkers } from "../../bench/readme.js";

const row = (over: Partial<BenchRow>): BenchRow => ({ name: "x", value: 1, ...over });

describe("targetCell", () => {
  it.each([
    [row({ value: 90, baseline: 100, target: 1.0 }), "≤ 1× ✓"],
    [row({ value: 110, baseline: 100, target: 1.0 }), "≤ 1× ✗"],
    [row({ value: 0.2, unit: "s", target: 0.3 }), "≤ 0.3 s ✓"],
    [row({ value: 1.2, unit: "s", baseline: 1.0, targetAbove: 0.25 }), "≤ +0.25 s ✓"],
    [row({ value: 1.3, unit: "s", baseline: 1.0, targetAbove: 0.25 }), "≤ +0.25 s ✗"],
    [row({ value: 5 }), ""],
  ])("%o → %s", (r, cell) => {
    expect(targetCell(r)).toBe(cell);
  });
});

describe("tables", () => {
  const report = {
    title: "t",
    short: "setup-rust",
    rows: [
      row({ name: "cold | wall", value: 2.5, unit: "s", baselineName: "rustup", baseline: 2.0, target: 1.0 }),
      row({ name: "no-op", value: 0.9, unit: "s", baselineName: "cargo", baseline: 0.3, targetAbove: 0.25 }),
    ],
  };

  it("gives README one Markdown row per bench row, prefixed with the report's short name", () => {
    const lines = formatMarkdown([report]).split("\n");
    expect(lines[0]).toBe("| measurement | value | baseline | ratio | target | note |");
    expect(lines[2]).toBe("| setup-rust: cold \\| wall | 2.50 s | 2.00 s (rustup) | 1.25× | ≤ 1× ✗ |  |");
    expect(lines[3]).toBe("| setup-rust: no-op | 0.90 s | 0.30 s (cargo) | +0.60 s | ≤ +0.25 s ✗ |  |");
  });

  it("prints sizes in whole bytes, times with their unit's digits", () => {
    const sized = { title: "t", short: "sbom", rows: [row({ name: "size", value: 20317, unit: "B" })] };
    expect(formatMarkdown([sized])).toContain("| sbom: size | 20317 B |");
    expect(formatReport({ title: "t", rows: [row({ value: 1.23456 })] })).toContain("1.2 ms");
  });

  it("prints the same cells as a plain table", () => {
    expect(formatReport(report)).toContain("+0.60 s");
  });
});

describe("replaceBetweenMarkers", () => {
  it("replaces only what lies between the markers", () => {
    const text = `a\n${BEGIN}\nold\n${END}\nb\n`;
    expect(replaceBetweenMarkers(text, "new")).toBe(`a\n${BEGIN}\nnew\n${END}\nb\n`);
  });

  it("refuses a README without them", () => {
    expect(() => replaceBetweenMarkers("no markers", "new")).toThrow(/lacks the markers/);
  });
});

describe("measureProcess", () => {
  it("reports a process's wall time, CPU and peak memory", () => {
    // ~200 MB touched, then 300 ms of busy loop.
    const script =
      "const b = Buffer.alloc(200e6, 1); let x = 0; const t = Date.now(); while (Date.now() - t < 300) x += b[x % 1000];";
    const cost = measureProcess(process.execPath, ["-e", script]);
    expect(cost.maxRssMB).toBeGreaterThan(190);
    expect(cost.cpuMs).toBeGreaterThanOrEqual(250);
    expect(cost.wallMs).toBeGreaterThanOrEqual(290);
  });

  it("fails when the process does", () => {
    expect(() => measureProcess(process.execPath, ["-e", "process.exit(3)"])).toThrow(/exited with 3/);
  });
});

describe("timeProcesses", () => {
  it("runs the processes in turn, a warm-up round first, and gives each one's median", () => {
    const dir = mkdtempSync(join(tmpdir(), "bench-turns-"));
    const log = join(dir, "order");
    const append = (mark: string, sleepMs: number): TimedCommand => ({
      command: "/bin/sh",
      args: ["-c", `printf ${mark} >> ${log}; sleep ${sleepMs / 1000}`],
    });
    try {
      const [slow, fast] = timeProcesses([append("s", 200), append("f", 0)], 3);
      expect(readFileSync(log, "utf8")).toBe("sfsfsfsf");
      expect(slow).toBeGreaterThanOrEqual(200);
      expect(fast).toBeLessThan(slow);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
