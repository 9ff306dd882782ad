import {
  type ConformanceReport,
  formatPythonVersion,
  impact,
  type Policy,
  type PythonVersion,
  renderImpactTable,
} from "@oxidize/policy";

/** Text safe inside a Markdown table cell. */
function cell(value: unknown): string {
  return String(value).replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function table(headers: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [
    `| ${headers.join(" | ")} |`,
    `| ${headers.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ].join("\n");
}

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
