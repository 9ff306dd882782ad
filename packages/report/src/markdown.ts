import type { Conclusion, ModuleState, ResultReason } from "./result.js";

/** Text safe inside a Markdown table cell: pipes escaped, line breaks as <br>. */
export function cell(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  return String(value).replace(/</g, "&lt;").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

/** A Markdown table; every cell goes through `cell`. */
export function table(headers: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const head = `| ${headers.join(" | ")} |`;
  const rule = `| ${headers.map(() => "---").join(" | ")} |`;
  return [head, rule, ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`)].join("\n");
}

export const CONCLUSION_ICON: Readonly<Record<Conclusion, string>> = {
  success: "✅",
  neutral: "⚠️",
  failure: "❌",
  skipped: "⏭️",
};

/** One icon per module state, wherever modules are listed. */
export const MODULE_STATE_ICON: Readonly<Record<ModuleState, string>> = {
  built: "✅",
  failed: "❌",
  skipped: "⚠️",
  missing: "⚠️",
  "n/a": "➖",
  disabled: "⏸️",
};

const LEVEL_ICON: Readonly<Record<ResultReason["level"], string>> = {
  failure: "❌",
  warning: "⚠️",
  notice: "ℹ️",
};

/** `path:line:column` of a reason, or undefined when it has no file. */
export function location(reason: ResultReason): string | undefined {
  if (!reason.file) return undefined;
  let where = reason.file;
  if (reason.line !== undefined) where += `:${reason.line}`;
  if (reason.line !== undefined && reason.column !== undefined) where += `:${reason.column}`;
  return where;
}

/** One bullet for a reason: icon, code, message (continuation lines indented), location. */
export function reasonBullet(reason: ResultReason, prefix = ""): string {
  const where = location(reason);
  const title = reason.title ? `**${reason.title}** — ` : "";
  const message = reason.message.replace(/\r?\n/g, "\n  ");
  return `- ${LEVEL_ICON[reason.level]} ${prefix}\`${reason.code}\` ${title}${message}${where ? ` (\`${where}\`)` : ""}`;
}

/** A size as "512 B" / "1.5 KiB" / "12.3 MiB". */
export function bytes(count: number): string {
  if (count < 1024) return `${count} B`;
  const units = ["KiB", "MiB", "GiB"];
  let value = count / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** Milliseconds as "850 ms" / "12.3 s" / "2 min 5 s". */
export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms - minutes * 60_000) / 1000)} s`;
}

/** Matrix values in key order ("ubuntu-latest, 3.16"); objects as compact JSON, null/empty skipped. */
export function matrixValues(matrix: Record<string, unknown> | null | undefined): string[] {
  if (!matrix) return [];
  return Object.values(matrix)
    .filter((v) => v !== null && v !== undefined && v !== "")
    .map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v)));
}
