import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** One line of a bench table: a measurement, optionally against a same-run baseline and a target. */
export interface BenchRow {
  name: string;
  /** Median milliseconds (or another unit given in `unit`). */
  value: number;
  unit?: string;
  baselineName?: string;
  baseline?: number;
  /** Target for value/baseline (e.g. 0.9) or, without a baseline, for the value itself. */
  target?: number;
  /** Target for value − baseline instead (in the row's unit), e.g. 0.25 for "at most 0.25 s above". */
  targetAbove?: number;
  note?: string;
}

export interface BenchReport {
  title: string;
  /** The prefix of this report's rows in README's single table, e.g. "setup-rust". */
  short?: string;
  rows: BenchRow[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median wall time of `runs` executions of a synchronous function, after one warm-up. */
export function timeSync(fn: () => void, runs = 5): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

/** A whole process to time: spawned without a shell. */
export interface TimedCommand {
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/**
 * Median wall times of several processes, run in turn round after round (after one warm-up round) so each
 * sees the same machine: a ratio between two of them does not depend on when in the run each was measured.
 */
export function timeProcesses<T extends readonly TimedCommand[]>(
  commands: readonly [...T],
  runs = 5,
): { [K in keyof T]: number } {
  const samples: number[][] = commands.map(() => []);
  for (let i = 0; i < runs + 1; i++) {
    commands.forEach((c, k) => {
      const t = performance.now();
      const r = spawnSync(c.command, c.args, { env: c.env, cwd: c.cwd, stdio: "ignore" });
      const elapsed = performance.now() - t;
      if (r.error) throw r.error;
      if (i > 0) samples[k]!.push(elapsed);
    });
  }
  return samples.map(median) as { [K in keyof T]: number };
}

/** Median wall time of a whole process (spawned without a shell). */
export function timeProcess(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; runs?: number } = {},
): number {
  return timeProcesses([{ command, args, env: options.env, cwd: options.cwd }], options.runs)[0]!;
}

/** What one whole process cost, as GNU time reports it: wall, user + system CPU, peak resident memory. */
export interface ProcessCost {
  wallMs: number;
  cpuMs: number;
  maxRssMB: number;
}

const GNU_TIME = "/usr/bin/time";

/**
 * Runs a process under GNU time (`/usr/bin/time -f`), which reads the kernel's own accounting for
 * the process and its children: nothing in the measured process has to cooperate.
 */
export function measureProcess(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): ProcessCost {
  if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} is missing: install GNU time (Debian: time)`);
  const dir = mkdtempSync(join(tmpdir(), "bench-time-"));
  const out = join(dir, "time");
  try {
    const r = spawnSync(GNU_TIME, ["-o", out, "-f", "%e %U %S %M", command, ...args], {
      env: options.env,
      cwd: options.cwd,
      stdio: "ignore",
    });
    if (r.error) throw r.error;
    if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${r.status}`);
    const fields = readFileSync(out, "utf8").trim().split("\n").pop()!.split(" ").map(Number);
    const [wall, user, system, rssKB] = fields as [number, number, number, number];
    return { wallMs: wall * 1000, cpuMs: (user + system) * 1000, maxRssMB: rssKB / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The median of each field of a set of measurements. */
export function medianCost(costs: ProcessCost[]): ProcessCost {
  return {
    wallMs: median(costs.map((c) => c.wallMs)),
    cpuMs: median(costs.map((c) => c.cpuMs)),
    maxRssMB: median(costs.map((c) => c.maxRssMB)),
  };
}

/** "≤ 1.5× ✓": the row's target and whether it was met; empty without a target. */
export function targetCell(r: BenchRow): string {
  const unit = r.unit ?? "ms";
  if (r.targetAbove !== undefined && r.baseline !== undefined) {
    const met = r.value - r.baseline <= r.targetAbove;
    return `≤ +${r.targetAbove} ${unit} ${met ? "✓" : "✗"}`;
  }
  if (r.target === undefined) return "";
  const ratio = r.baseline ? r.value / r.baseline : undefined;
  const met = (ratio ?? r.value) <= r.target;
  return `≤ ${r.target}${ratio === undefined ? ` ${unit}` : "×"} ${met ? "✓" : "✗"}`;
}

function cells(r: BenchRow): string[] {
  const unit = r.unit ?? "ms";
  const digits = unit === "B" ? 0 : unit === "ms" || unit === "MB" ? 1 : unit === "s" ? 2 : 3;
  const ratio = r.baseline ? r.value / r.baseline : undefined;
  const difference = r.targetAbove !== undefined && r.baseline !== undefined;
  return [
    r.name,
    `${r.value.toFixed(digits)} ${unit}`,
    r.baseline === undefined ? "" : `${r.baseline.toFixed(digits)} ${unit} (${r.baselineName ?? "baseline"})`,
    difference
      ? `+${(r.value - r.baseline!).toFixed(digits)} ${unit}`
      : ratio === undefined
        ? ""
        : `${ratio.toFixed(2)}×`,
    targetCell(r),
    r.note ?? "",
  ];
}

const HEADER = ["measurement", "value", "baseline", "ratio", "target", "note"];

export function formatReport(report: BenchReport): string {
  const lines = [`## ${report.title}`, ""];
  const rows = report.rows.map(cells);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const fmt = (row: string[]) =>
    row
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  lines.push(fmt(HEADER), fmt(widths.map((w) => "-".repeat(w))), ...rows.map(fmt));
  return lines.join("\n");
}

/** Every report's rows as one Markdown table (README's), each row prefixed with its report's `short` name. */
export function formatMarkdown(reports: readonly BenchReport[]): string {
  const escapePipes = (cell: string) => cell.replaceAll("|", "\\|");
  const lines = [`| ${HEADER.join(" | ")} |`, `| ${HEADER.map(() => "---").join(" | ")} |`];
  for (const report of reports) {
    for (const row of report.rows) {
      const [name, ...rest] = cells(row);
      const label = report.short ? `${report.short}: ${name!.trim()}` : name!.trim();
      lines.push(`| ${[label, ...rest].map(escapePipes).join(" | ")} |`);
    }
  }
  return lines.join("\n");
}
