/**
 * The distributors' question: under a policy, which platforms lose CPython (configure fails) in which
 * version? Each cell is a real `evaluate()` of synthetic facts: a current Rust is assumed installed
 * wherever Rust has host tools or std for the platform's target; a platform whose target has neither
 * gets a Rust without that target's std; a platform with no Rust target at all gets `no-rust-target`.
 */
import { evaluate } from "./evaluate.js";
import { DEFAULT_IMPACT_PLATFORMS, platformFacts } from "./platforms/index.js";
import type { Facts, PlatformFacts, Policy, RustFacts, Verdict } from "./types.js";
import { comparePythonVersions, parsePythonVersion } from "./version.js";

/** The Rust release the impact report assumes by default: the stable release the tier table describes. */
export const CURRENT_RUST_RELEASE = "1.95.0";

export type ImpactOutcome = "build" | "skip" | "warn" | "fail" | "not-used";

/** How Rust stands on a platform in the report's assumptions. */
export type ImpactRust = "present" | "absent" | "no-target" | "no-std";

export interface ImpactOptions {
  /** Host triplets (autoconf/PEP 11 spelling); default DEFAULT_IMPACT_PLATFORMS. */
  platforms?: readonly string[];
  /** CPython versions (columns); default one per phase boundary of the policy. */
  pythonVersions?: readonly string[];
  /** `available: false` asks "what if Rust is absent everywhere"; `release` the Rust version assumed. */
  rust?: { available?: boolean; release?: string };
}

export interface ImpactCell {
  python: string;
  outcome: ImpactOutcome;
  verdict: Verdict;
}

export interface ImpactRow {
  platform: PlatformFacts;
  rust: ImpactRust;
  cells: ImpactCell[];
}

export interface ImpactReport {
  policy: string;
  pythonVersions: string[];
  rustRelease: string;
  rows: ImpactRow[];
}

/** One version per phase boundary: each phase's first and last version where it names them. */
export function representativeVersions(policy: Policy): string[] {
  const versions = new Set<string>();
  for (const phase of policy.phases) {
    if (phase.from !== undefined) versions.add(phase.from);
    if (phase.until !== undefined) versions.add(phase.until);
  }
  return [...versions].sort(comparePythonVersions);
}

function rustFor(platform: PlatformFacts, options: ImpactOptions, release: string): [ImpactRust, RustFacts] {
  const base = { cargo: {}, rustc: {} };
  if (options.rust?.available === false) {
    return ["absent", { ...base, available: false, assumed: "absent", problem: "Rust assumed absent" }];
  }
  const present: RustFacts = { ...base, available: true, assumed: "present", release };
  if (platform.rustTarget === null) return ["no-target", present];
  if (platform.hostTools === true || platform.rustStd === "full") {
    return ["present", { ...present, installedTargets: [platform.rustTarget] }];
  }
  return ["no-std", { ...present, installedTargets: [] }];
}

function outcomeOf(verdict: Verdict): ImpactOutcome {
  if (verdict.reasons.some((reason) => reason.code === "rust-not-used")) return "not-used";
  if (verdict.outcome === "fail") return "fail";
  if (verdict.outcome === "warn") return "warn";
  return verdict.rustModules === "build" ? "build" : "skip";
}

/** Evaluate the policy for every (platform, Python version) pair under the report's Rust assumptions. */
export function impact(policy: Policy, options: ImpactOptions = {}): ImpactReport {
  const versions = [...(options.pythonVersions ?? representativeVersions(policy))];
  const release = options.rust?.release ?? CURRENT_RUST_RELEASE;
  const rows = (options.platforms ?? DEFAULT_IMPACT_PLATFORMS).map((triplet): ImpactRow => {
    const platform = platformFacts(triplet);
    const [rust, rustFacts] = rustFor(platform, options, release);
    const cells = versions.map((python): ImpactCell => {
      const facts: Facts = {
        python: { ...parsePythonVersion(python, "impact Python version"), source: "impact report" },
        rust: rustFacts,
        platform,
        configure: { withRust: "default", args: [] },
      };
      const verdict = evaluate(policy, facts);
      return { python, outcome: outcomeOf(verdict), verdict };
    });
    return { platform, rust, cells };
  });
  return { policy: policy.name, pythonVersions: versions, rustRelease: release, rows };
}

// ---------------------------------------------------------------------------------------------
// Rendering

const MARKDOWN_CELL: Record<ImpactOutcome, string> = {
  build: "✅ build",
  skip: "➖ skip",
  warn: "⚠️ warn",
  fail: "❌ fail",
  "not-used": "— unused",
};

const TEXT_CELL: Record<ImpactOutcome, string> = {
  build: "build",
  skip: "skip",
  warn: "WARN",
  fail: "FAIL",
  "not-used": "unused",
};

function rustSupport(row: ImpactRow): string {
  const { platform } = row;
  if (platform.rustTarget === null) return "none";
  const what = platform.hostTools ? "host tools" : platform.rustStd === "full" ? "std only" : "no std";
  return `tier ${platform.rustTier ?? "?"}, ${what}`;
}

function pep11(platform: PlatformFacts): string {
  return platform.pep11Tier ? `tier ${platform.pep11Tier}` : "—";
}

/** "3.17: alpha-unknown-linux-gnu, hppa-unknown-linux-gnu" for every version where some platform fails. */
function failureSummary(report: ImpactReport): string[] {
  return report.pythonVersions.flatMap((python, index) => {
    const failing = report.rows.filter((row) => row.cells[index]?.outcome === "fail");
    if (failing.length === 0) return [];
    return [`${python}: ${failing.map((row) => row.platform.triplet).join(", ")}`];
  });
}

function assumption(report: ImpactReport): string {
  return (
    `Assumes Rust ${report.rustRelease} wherever Rust has host tools or std for the platform's target, ` +
    `and no configure flags.`
  );
}

/** A Markdown table (rows: platforms, columns: CPython versions) plus the list of failing platforms. */
export function renderImpactTable(report: ImpactReport): string {
  const header = ["Platform", "Rust target", "Rust support", "PEP 11", ...report.pythonVersions];
  const lines = [
    `Impact of policy \`${report.policy}\`. ${assumption(report)}`,
    "",
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
  ];
  for (const row of report.rows) {
    const cells = [
      `\`${row.platform.triplet}\``,
      row.platform.rustTarget === null ? "—" : `\`${row.platform.rustTarget}\``,
      rustSupport(row),
      pep11(row.platform),
      ...row.cells.map((cell) => MARKDOWN_CELL[cell.outcome]),
    ];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  const failures = failureSummary(report);
  lines.push("");
  if (failures.length === 0) {
    lines.push("No platform fails to configure in these versions.");
  } else {
    lines.push("Platforms where configure fails:", "");
    for (const failure of failures) lines.push(`- **${failure.replace(":", "**:")}`);
  }
  return `${lines.join("\n")}\n`;
}

/** The same report as aligned plain text, for the CLI. */
export function renderImpactText(report: ImpactReport): string {
  const header = ["platform", "rust target", "rust support", "pep 11", ...report.pythonVersions];
  const body = report.rows.map((row) => [
    row.platform.triplet,
    row.platform.rustTarget ?? "-",
    rustSupport(row),
    row.platform.pep11Tier ? String(row.platform.pep11Tier) : "-",
    ...row.cells.map((cell) => TEXT_CELL[cell.outcome]),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((cells) => cells[column]?.length ?? 0)),
  );
  const format = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  const lines = [`Impact of policy ${report.policy}. ${assumption(report)}`, "", format(header)];
  lines.push(format(widths.map((width) => "-".repeat(width))));
  for (const cells of body) lines.push(format(cells));
  const failures = failureSummary(report);
  lines.push(
    "",
    failures.length === 0 ? "No platform fails to configure in these versions." : "Configure fails:",
  );
  for (const failure of failures) lines.push(`  ${failure}`);
  return `${lines.join("\n")}\n`;
}
