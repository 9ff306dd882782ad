import { STEP_SUMMARY_LIMIT_BYTES, truncateWithNote } from "./limits.js";
import { CONCLUSION_ICON, duration, matrixValues, reasonBullet, table } from "./markdown.js";
import type { ActionResult } from "./result.js";

/** The headline: icon, action, title, and the matrix leg when there is one. */
export function headline(result: ActionResult): string {
  const leg = matrixValues(result.matrix);
  return `${CONCLUSION_ICON[result.conclusion]} ${result.action}: ${result.title}${leg.length ? ` (${leg.join(", ")})` : ""}`;
}

/** Headline, facts, reasons, modules and timings as Markdown, without size limits. */
export function renderResultMarkdown(result: ActionResult, heading = "###"): string {
  const parts = [`${heading} ${headline(result)}`];
  parts.push(`**Conclusion:** ${result.conclusion}`);
  const facts = Object.entries(result.facts);
  if (facts.length) parts.push(table(["Fact", "Value"], facts));
  if (result.reasons.length) {
    parts.push(`**Reasons**\n\n${result.reasons.map((r) => reasonBullet(r)).join("\n")}`);
  }
  if (result.modules?.length) {
    parts.push(
      table(
        ["Module", "State", "Note"],
        result.modules.map((m) => [`\`${m.name}\``, m.state, m.message]),
      ),
    );
  }
  const timings = Object.entries(result.timings);
  if (timings.length) {
    const total = Date.parse(result.finishedAt) - Date.parse(result.startedAt);
    const rows = timings.map(([phase, ms]) => [phase, duration(ms)]);
    if (Number.isFinite(total) && total >= 0) rows.push(["**total**", duration(total)]);
    parts.push(`<details><summary>Timings</summary>\n\n${table(["Phase", "Time"], rows)}\n\n</details>`);
  }
  return `${parts.join("\n\n")}\n`;
}

/** The job-summary Markdown for one result, kept under GitHub's 1 MiB step-summary limit. */
export function renderSummary(result: ActionResult, limitBytes = STEP_SUMMARY_LIMIT_BYTES): string {
  return truncateWithNote(renderResultMarkdown(result), limitBytes, "bytes", "the job summary of a step");
}
