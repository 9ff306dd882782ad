import { dependencyRows, dependencyTable } from "./dependencies.js";
import { STEP_SUMMARY_LIMIT_BYTES, truncateWithNote } from "./limits.js";
import {
  bytes,
  CONCLUSION_ICON,
  duration,
  MODULE_STATE_ICON,
  matrixValues,
  reasonBullet,
  table,
} from "./markdown.js";
import type { ActionResult, ModuleOutcome } from "./result.js";

/** The headline: icon, action, title, and the matrix leg when there is one. */
export function headline(result: ActionResult): string {
  const leg = matrixValues(result.matrix);
  return `${CONCLUSION_ICON[result.conclusion]} ${result.action}: ${result.title}${leg.length ? ` (${leg.join(", ")})` : ""}`;
}

/** One row per module: state and why, and — when any module has them — fallback, artifact and build time. */
export function modulesTable(modules: readonly ModuleOutcome[]): string {
  const headers = ["Module", "State", "Note"];
  const columns: Array<[string, (m: ModuleOutcome) => string | undefined]> = [
    ["configure", (m) => (m.configure ? `\`${m.configure}\`` : undefined)],
    ["Fallback", (m) => (m.fallback ? `\`${m.fallback}\`` : undefined)],
    [
      "Artifact",
      (m) =>
        m.artifact ? `\`${m.artifact}\`${m.bytes !== undefined ? ` (${bytes(m.bytes)})` : ""}` : undefined,
    ],
    ["Build", (m) => (m.seconds !== undefined ? `${m.seconds.toFixed(1)} s` : undefined)],
  ];
  const shown = columns.filter(([, value]) => modules.some((m) => value(m) !== undefined));
  return table(
    [...headers, ...shown.map(([name]) => name)],
    modules.map((m) => [
      `\`${m.name}\``,
      `${MODULE_STATE_ICON[m.state]} ${m.state}`,
      m.message,
      ...shown.map(([, value]) => value(m)),
    ]),
  );
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
  if (result.modules?.length) parts.push(modulesTable(result.modules));
  const dependencies = dependencyTable(dependencyRows([{ modules: result.modules ?? [] }]));
  if (dependencies) parts.push(dependencies);
  const timings = Object.entries(result.timings);
  if (timings.length) {
    const total = Date.parse(result.finishedAt) - Date.parse(result.startedAt);
    const rows = timings.map(([phase, ms]) => [phase, duration(ms)]);
    if (Number.isFinite(total) && total >= 0) rows.push(["**total**", duration(total)]);
    parts.push(`<details><summary>Timings</summary>\n\n${table(["Phase", "Time"], rows)}\n\n</details>`);
  }
  return `${parts.join("\n\n")}\n`;
}

/** The job-summary Markdown for one result, then any `extra` sections, kept under GitHub's 1 MiB step-summary limit. */
export function renderSummary(
  result: ActionResult,
  options: { extra?: string | undefined; limitBytes?: number } = {},
): string {
  const markdown = options.extra
    ? `${renderResultMarkdown(result)}\n${options.extra}`
    : renderResultMarkdown(result);
  const limit = options.limitBytes ?? STEP_SUMMARY_LIMIT_BYTES;
  return truncateWithNote(markdown, limit, "bytes", "the job summary of a step");
}
