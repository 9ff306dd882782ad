import type { ModulesDetails } from "@oxidize/modules";
import type { ActionResult } from "@oxidize/report";

const ICONS: Record<string, string> = {
  built: "✅",
  failed: "❌",
  skipped: "⚠️",
  missing: "⚠️",
  "n/a": "➖",
  disabled: "⏸️",
};

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

/** The job summary: headline, one row per module, and the facts the decisions rested on. */
export function renderSummary(result: ActionResult<ModulesDetails>): string {
  const d = result.details;
  const lines = [`### Rust extension modules: ${cell(result.title)}`, ""];
  if (d.modules.length > 0) {
    lines.push(
      "| module | status | reason | fallback | artifact | build |",
      "| --- | --- | --- | --- | --- | --- |",
    );
    for (const m of d.modules) {
      const artifact = m.artifact
        ? `\`${cell(m.artifact.path.split(/[\\/]/).pop() ?? "")}\` (${size(m.artifact.bytes)})`
        : "";
      lines.push(
        `| \`${m.module}\` | ${ICONS[m.status] ?? ""} ${m.status} | ${cell(m.reason)} | ${m.fallback ? `\`${m.fallback}\`` : ""} | ${artifact} | ${m.buildSeconds !== undefined ? `${m.buildSeconds.toFixed(1)} s` : ""} |`,
      );
    }
    lines.push("");
  }
  const rust = d.toolchain.available ? `rustc ${d.toolchain.release} (${d.toolchain.host})` : `not available`;
  lines.push(
    `Policy: ${cell(d.phase.label)} · Rust: ${cell(rust)}${d.target ? ` · target \`${d.target}\`` : ""} · ` +
      `modules from ${d.workspace.discoveredBy}`,
    "",
  );
  return lines.join("\n");
}
