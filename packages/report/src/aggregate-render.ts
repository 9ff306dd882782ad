import { isoTimestamp } from "@oxidize/core";
import type { Aggregate, Leg } from "./aggregate.js";
import {
  type CheckAnnotation,
  type CheckRunOptions,
  type CheckRunPlan,
  planCheckRun,
  toCheckAnnotation,
} from "./check-run.js";
import { dependencyTable } from "./dependencies.js";
import { STEP_SUMMARY_LIMIT_BYTES, truncateWithNote } from "./limits.js";
import { CONCLUSION_ICON, cell, MODULE_STATE_ICON, reasonBullet, table } from "./markdown.js";

/** "✅ _base64 (built), ➖ _zlib (n/a)" — each module with its state. */
function modulesCell(leg: Leg): string {
  if (!leg.modules.length) return "—";
  return leg.modules.map((m) => `${MODULE_STATE_ICON[m.state]} ${m.name} (${m.state})`).join(", ");
}

function gridCell(legs: Leg[]): string {
  if (!legs.length) return "";
  return legs
    .map((leg) => {
      const built = leg.modules.filter((m) => m.state === "built").length;
      const mods = leg.modules.length ? ` ${built}/${leg.modules.length} 🦀` : "";
      // Extra matrix dimensions share a cell: name them so the cell stays readable.
      const extra = legs.length > 1 ? ` ${leg.label}` : "";
      return `${CONCLUSION_ICON[leg.conclusion]} ${leg.conclusion}${mods}${extra}`;
    })
    .join("<br>");
}

/** Full Markdown of the aggregate: headline, platform × Python grid, legs worst first, totals. */
export function renderAggregateMarkdown(agg: Aggregate, heading = "##"): string {
  const parts = [`${heading} ${CONCLUSION_ICON[agg.conclusion]} Rust readiness: ${agg.title}`];
  if (agg.legs.length) {
    const cells = new Map<string, Leg[]>();
    for (const leg of agg.legs) {
      const key = JSON.stringify([leg.platform, leg.python]);
      cells.set(key, [...(cells.get(key) ?? []), leg]);
    }
    const rows = agg.platforms.map((platform) => [
      `**${cell(platform)}**`,
      ...agg.pythons.map((python) => gridCell(cells.get(JSON.stringify([platform, python])) ?? [])),
    ]);
    // Grid cells are pre-rendered Markdown with <br>: join by hand instead of escaping them again.
    const header = `| platform \\ Python | ${agg.pythons.map((p) => cell(p)).join(" | ")} |`;
    const rule = `| --- | ${agg.pythons.map(() => "---").join(" | ")} |`;
    parts.push([header, rule, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n"));
    parts.push(
      `${heading}# Legs (worst first)\n\n${table(
        ["Leg", "Conclusion", "Modules", "Verdict", "Actions"],
        agg.legs.map((leg) => [
          leg.label,
          `${CONCLUSION_ICON[leg.conclusion]} ${leg.conclusion}`,
          modulesCell(leg),
          leg.title,
          leg.results.map((r) => `${r.action}: ${r.conclusion}`).join(", "),
        ]),
      )}`,
    );
  }
  const dependencies = dependencyTable(agg.dependencies, true);
  if (dependencies) parts.push(`${heading}# Dependencies\n\n${dependencies}`);
  const t = agg.totals;
  const moduleTotals = Object.entries(t.modules).filter(([, n]) => n > 0);
  const totals: [string, string | number][] = [
    ["legs", t.legs],
    ["results", t.results],
    ...Object.entries(t.conclusions)
      .filter(([, n]) => n > 0)
      .map(([c, n]): [string, number] => [`legs: ${c}`, n]),
    ...moduleTotals.map(([s, n]): [string, number] => [`modules: ${s}`, n]),
  ];
  if (t.rejected) totals.push(["rejected result files", t.rejected]);
  parts.push(`${heading}# Totals\n\n${table(["", "count"], totals)}`);
  if (agg.rejected.length) {
    parts.push(
      `${heading}# Rejected result files\n\n${agg.rejected
        .map((r) => `- \`${r.file}\`\n${r.errors.map((e) => `  - ${e}`).join("\n")}`)
        .join("\n")}`,
    );
  }
  return `${parts.join("\n\n")}\n`;
}

/** The aggregate's job summary, kept under the 1 MiB step-summary limit. */
export function renderAggregate(agg: Aggregate, limitBytes = STEP_SUMMARY_LIMIT_BYTES): string {
  return truncateWithNote(renderAggregateMarkdown(agg), limitBytes, "bytes", "the job summary of a step");
}

/** Annotations of every leg; the same finding on several legs becomes one annotation naming them. */
function aggregateAnnotations(agg: Aggregate): CheckAnnotation[] {
  const merged = new Map<string, { reason: Leg["reasons"][number]; legs: string[] }>();
  for (const leg of agg.legs) {
    for (const reason of leg.reasons) {
      if (!reason.file) continue;
      const key = JSON.stringify([
        reason.file,
        reason.line,
        reason.endLine,
        reason.column,
        reason.level,
        reason.message,
      ]);
      const entry = merged.get(key);
      if (entry) entry.legs.push(leg.label);
      else merged.set(key, { reason, legs: [leg.label] });
    }
  }
  const annotations: CheckAnnotation[] = [];
  for (const { reason, legs } of merged.values()) {
    const annotation = toCheckAnnotation(reason, `[${legs.length === 1 ? legs[0] : `${legs.length} legs`}] `);
    if (!annotation) continue;
    if (legs.length > 1) annotation.message += `\n\nSeen on: ${legs.join("; ")}`;
    annotations.push(annotation);
  }
  return annotations;
}

/** Per-leg findings that have no file, for the check run's text. */
function aggregateText(agg: Aggregate): string {
  const sections: string[] = [];
  for (const leg of agg.legs) {
    const unlocated = leg.reasons.filter((r) => !r.file);
    if (!unlocated.length) continue;
    sections.push(
      `### ${CONCLUSION_ICON[leg.conclusion]} ${leg.label}\n\n${unlocated.map((r) => reasonBullet(r, `${r.action} `)).join("\n")}`,
    );
  }
  return sections.join("\n\n");
}

/** One check run for the whole matrix: the grid as summary, per-leg findings as text and annotations. */
export function buildAggregateCheckRun(
  agg: Aggregate,
  options: Omit<CheckRunOptions, "matrix"> & { completedAt?: string },
): CheckRunPlan {
  return planCheckRun(
    {
      conclusion: agg.conclusion,
      title: agg.title,
      summary: renderAggregateMarkdown(agg),
      text: aggregateText(agg),
      annotations: aggregateAnnotations(agg),
      completedAt: options.completedAt ?? isoTimestamp(new Date()),
    },
    options,
  );
}
