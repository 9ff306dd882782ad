import { spawnSync } from "node:child_process";

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
  note?: string;
}

export interface BenchReport {
  title: string;
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

/** Median wall time of a whole process (spawned without a shell). */
export function timeProcess(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; runs?: number } = {},
): number {
  const samples: number[] = [];
  for (let i = 0; i < (options.runs ?? 5) + 1; i++) {
    const t = performance.now();
    const r = spawnSync(command, args, { env: options.env, cwd: options.cwd, stdio: "ignore" });
    const elapsed = performance.now() - t;
    if (r.error) throw r.error;
    if (i > 0) samples.push(elapsed);
  }
  return median(samples);
}

export function formatReport(report: BenchReport): string {
  const lines = [`## ${report.title}`, ""];
  const header = ["measurement", "value", "baseline", "ratio", "target", "note"];
  const rows = report.rows.map((r) => {
    const unit = r.unit ?? "ms";
    const ratio = r.baseline ? r.value / r.baseline : undefined;
    const met =
      r.target === undefined ? "" : (ratio ?? r.value) <= r.target ? `≤ ${r.target} ✓` : `≤ ${r.target} ✗`;
    return [
      r.name,
      `${r.value.toFixed(unit === "ms" ? 1 : 3)} ${unit}`,
      r.baseline === undefined ? "" : `${r.baseline.toFixed(1)} ${unit} (${r.baselineName ?? "baseline"})`,
      ratio === undefined ? "" : `${ratio.toFixed(2)}×`,
      met,
      r.note ?? "",
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const fmt = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  lines.push(fmt(header), fmt(widths.map((w) => "-".repeat(w))), ...rows.map(fmt));
  return lines.join("\n");
}
