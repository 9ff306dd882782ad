import { cell, table } from "@oxidize/report";
import type { PolicyCheck } from "./conformance/policy-check.js";
import type { ConformanceReport } from "./conformance/run.js";
import { impact, renderImpactTable } from "./impact.js";
import type { Policy, PythonVersion } from "./types.js";
import { formatPythonVersion } from "./version.js";

/** The conformance runs as a table plus, for each one that differs, its evidence. */
export function renderConformance(report: ConformanceReport): string {
  const rows = report.scenarios.map((s) => [
    s.mismatches.length ? "❌" : s.skipped ? "⏭️" : "✅",
    s.description,
    `\`${s.argv.join(" ")}\``,
    s.observed.exitCode === null ? "killed" : s.observed.exitCode,
    s.expected.outcome,
    s.observed.outcome,
  ]);
  const parts = [
    `#### Conformance run in \`${report.cwd}\``,
    table(["", "Scenario", "Command", "Exit", "Policy requires", "configure did"], rows),
  ];
  for (const s of report.scenarios.filter((r) => r.mismatches.length > 0 || r.skipped)) {
    const lines = [
      `**${s.description}** — ${s.skipped ?? s.mismatches.map((m) => cell(m)).join("; ")}`,
      "",
      `Required: ${s.expected.outcome} — \`${s.expected.message}\``,
      "",
      `Last ${s.tail.length} lines of output (exit ${s.observed.exitCode ?? "killed"}):`,
      "",
      "```text",
      ...s.tail.map((line) => line.replace(/```/g, "'''")),
      "```",
    ];
    parts.push(lines.join("\n"));
  }
  return `${parts.join("\n\n")}\n`;
}

/** Which platforms configure would fail on for this Python version, under the same policy. */
export function renderImpact(policy: Policy, python: PythonVersion): string {
  const version = formatPythonVersion(python);
  const report = impact(policy, { pythonVersions: [version] });
  return `<details><summary>Impact of this policy on CPython ${version} across platforms</summary>\n\n${renderImpactTable(report)}\n</details>\n`;
}

/** What the job summary shows after the result itself: the conformance evidence, then the policy's impact. */
export function policySummary(check: PolicyCheck): string {
  const parts = check.conformance ? [renderConformance(check.conformance)] : [];
  parts.push(renderImpact(check.policy, check.facts.python));
  return parts.join("\n");
}
