import { compareText } from "@oxidize/core";
import { type DependencyRow, dependencyRows } from "./dependencies.js";
import { matrixValues } from "./markdown.js";
import {
  type ActionName,
  type ActionResult,
  CONCLUSION_SEVERITY,
  type Conclusion,
  type ModuleOutcome,
  type ModuleState,
  type ResultReason,
  worstConclusion,
} from "./result.js";

export const AGGREGATE_SCHEMA = "oxidize/aggregate@1" as const;

export interface LegReason extends ResultReason {
  action: ActionName;
}

/** One job of the matrix: every result that job produced (one per action that ran in it). */
export interface Leg {
  /** Stable identity: the matrix as canonical JSON, else platform and Python version. */
  id: string;
  /** "ubuntu-latest, 3.16" — matrix values, or platform and Python. */
  label: string;
  platform: string;
  python: string;
  matrix?: Record<string, unknown>;
  /** Worst conclusion of the leg's results. */
  conclusion: Conclusion;
  /** Title of the result that decided the conclusion. */
  title: string;
  results: { action: ActionName; conclusion: Conclusion; title: string }[];
  modules: ModuleOutcome[];
  reasons: LegReason[];
}

/** A results file that could not be used; it counts as a failed leg so garbage never looks green. */
export interface RejectedFile {
  file: string;
  errors: string[];
}

export interface Aggregate {
  schema: typeof AGGREGATE_SCHEMA;
  conclusion: Conclusion;
  title: string;
  /** Worst first, then by platform and Python version. */
  legs: Leg[];
  /** Grid axes, sorted (Python versions numerically). */
  platforms: string[];
  pythons: string[];
  totals: {
    legs: number;
    results: number;
    conclusions: Record<Conclusion, number>;
    modules: Record<ModuleState, number>;
    rejected: number;
  };
  rejected: RejectedFile[];
  /** Every crate compiled into a module on any leg, flagged ones first. */
  dependencies: DependencyRow[];
}

export const UNKNOWN_AXIS = "—";

const PLATFORM_KEYS = ["os", "platform", "runs-on", "runner", "target", "host"];
const PYTHON_KEYS = ["python", "python-version", "cpython", "cpython-version", "python_version"];

function pick(sources: (Record<string, unknown> | undefined)[], keys: readonly string[]): string | undefined {
  for (const source of sources) {
    if (!source) continue;
    for (const key of keys) {
      const value = source[key];
      if (value !== undefined && value !== null && value !== "") return String(value);
    }
  }
  return undefined;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Compares "3.9" < "3.10" < "3.16" numerically, text after. */
export function compareVersions(a: string, b: string): number {
  // Versions before anything that is not one (the unknown axis "—" goes last).
  const va = /^\d/.test(a);
  const vb = /^\d/.test(b);
  if (va !== vb) return va ? -1 : 1;
  const pa = a.split(/[.-]/);
  const pb = b.split(/[.-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? "";
    const y = pb[i] ?? "";
    const nx = Number(x);
    const ny = Number(y);
    const diff =
      x !== "" && y !== "" && Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : compareText(x, y);
    if (diff !== 0) return diff;
  }
  return 0;
}

function legIdentity(result: ActionResult): Pick<Leg, "id" | "label" | "platform" | "python" | "matrix"> {
  const matrix = result.matrix && Object.keys(result.matrix).length ? result.matrix : undefined;
  const facts = result.facts as Record<string, unknown>;
  const platform = pick([matrix, facts], PLATFORM_KEYS) ?? UNKNOWN_AXIS;
  const python = pick([matrix, facts], PYTHON_KEYS) ?? UNKNOWN_AXIS;
  if (matrix)
    return { id: canonical(matrix), label: matrixValues(matrix).join(", "), platform, python, matrix };
  return { id: canonical({ platform, python }), label: `${platform}, ${python}`, platform, python };
}

const MODULE_SEVERITY: Readonly<Record<ModuleState, number>> = {
  failed: 5,
  missing: 4,
  disabled: 3,
  skipped: 2,
  "n/a": 1,
  built: 0,
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * Groups per-leg results into the matrix picture: one leg per job (matrix), its worst conclusion
 * and module outcomes, the platform × Python grid axes, and totals. Rejected files count as
 * failed so an unreadable leg can never make the whole matrix look green.
 */
export function aggregate(
  results: readonly ActionResult[],
  rejected: readonly RejectedFile[] = [],
): Aggregate {
  const legs = new Map<string, Leg>();
  for (const result of results) {
    const identity = legIdentity(result);
    let leg = legs.get(identity.id);
    if (!leg) {
      leg = { ...identity, conclusion: "success", title: "", results: [], modules: [], reasons: [] };
      legs.set(identity.id, leg);
    }
    leg.results.push({ action: result.action, conclusion: result.conclusion, title: result.title });
    leg.reasons.push(...result.reasons.map((r) => ({ ...r, action: result.action })));
    for (const module of result.modules ?? []) {
      const index = leg.modules.findIndex((m) => m.name === module.name);
      const existing = index >= 0 ? leg.modules[index] : undefined;
      if (!existing) leg.modules.push(module);
      else if (MODULE_SEVERITY[module.state] > MODULE_SEVERITY[existing.state]) leg.modules[index] = module;
    }
  }
  for (const leg of legs.values()) {
    leg.conclusion = worstConclusion(leg.results.map((r) => r.conclusion));
    // The deciding result's title; among equals, the later action (build after configure) says more.
    const deciding = leg.results.filter((r) => r.conclusion === leg.conclusion).at(-1);
    leg.title = deciding?.title ?? "";
    leg.modules.sort((a, b) => compareText(a.name, b.name));
  }
  const ordered = [...legs.values()].sort(
    (a, b) =>
      CONCLUSION_SEVERITY[b.conclusion] - CONCLUSION_SEVERITY[a.conclusion] ||
      compareText(a.platform, b.platform) ||
      compareVersions(a.python, b.python) ||
      compareText(a.label, b.label),
  );
  const conclusions: Record<Conclusion, number> = { success: 0, neutral: 0, failure: 0, skipped: 0 };
  const modules: Record<ModuleState, number> = {
    built: 0,
    skipped: 0,
    failed: 0,
    missing: 0,
    disabled: 0,
    "n/a": 0,
  };
  for (const leg of ordered) {
    conclusions[leg.conclusion]++;
    for (const m of leg.modules) modules[m.state]++;
  }
  // Nothing to show is not a pass: neutral makes an empty matrix visible without failing it.
  const conclusion: Conclusion = rejected.length
    ? "failure"
    : ordered.length === 0
      ? "neutral"
      : worstConclusion(ordered.map((l) => l.conclusion));
  const counts = (Object.keys(conclusions) as Conclusion[])
    .sort((a, b) => CONCLUSION_SEVERITY[b] - CONCLUSION_SEVERITY[a])
    .filter((c) => conclusions[c] > 0)
    .map((c) => `${conclusions[c]} ${c}`);
  const worst = ordered[0];
  let title = `${plural(ordered.length, "leg")}${counts.length ? `: ${counts.join(", ")}` : ""}`;
  if (worst && worst.conclusion !== "success") title += ` — worst: ${worst.label}`;
  if (rejected.length) title += ` — ${plural(rejected.length, "result file")} rejected`;
  if (ordered.length === 0 && rejected.length === 0) title = "No results found";
  return {
    schema: AGGREGATE_SCHEMA,
    conclusion,
    title,
    legs: ordered,
    platforms: [...new Set(ordered.map((l) => l.platform))].sort(compareText),
    pythons: [...new Set(ordered.map((l) => l.python))].sort(compareVersions),
    totals: {
      legs: ordered.length,
      results: results.length,
      conclusions,
      modules,
      rejected: rejected.length,
    },
    rejected: [...rejected],
    dependencies: dependencyRows(
      results.map((result) => ({ leg: legIdentity(result).label, modules: result.modules ?? [] })),
    ),
  };
}
