import { type ActionResult, RESULT_SCHEMA, type ResultReason } from "@oxidize/report";

/** What setup-rust records in its report's `details`. */
export interface SetupDetails {
  available: boolean;
  /** Full rustup name, e.g. `1.95.0-x86_64-unknown-linux-gnu`. */
  toolchain: string;
  source: string;
  /** rustup's "active because …" wording. */
  reason: string;
  file?: string;
  profile: string;
  components: string[];
  targets: string[];
  installer: "rustup" | "dist";
  distServer: string;
  cacheHit: boolean;
  /** Where a hit came from. */
  cacheSource?: "tool-cache" | "actions-cache" | "rustup";
  cachekey?: string;
  /** Undefined when rustup downloaded (it does not report sizes). */
  bytesDownloaded?: number;
  /** `rustc -vV` as printed. */
  rustcVerbose?: string;
  rustcPath?: string;
  rustcVersion?: string;
  host: string;
}

export interface ResultInput {
  details: SetupDetails;
  reasons: ResultReason[];
  timings: Record<string, number>;
  matrix?: Record<string, unknown>;
  startedAt: Date;
  finishedAt: Date;
}

export function buildResult(input: ResultInput): ActionResult<SetupDetails> {
  const { details } = input;
  const failed = input.reasons.some((r) => r.level === "failure");
  const version = details.rustcVersion ?? details.toolchain;
  return {
    schema: RESULT_SCHEMA,
    action: "setup-rust",
    conclusion: failed ? "failure" : details.available ? "success" : "neutral",
    title: failed
      ? `Rust ${details.toolchain} could not be set up`
      : details.available
        ? `Rust ${version} (${details.installer}, cache ${details.cacheHit ? "hit" : "miss"})`
        : `Rust ${details.toolchain} is not available for ${details.host}`,
    facts: {
      toolchain: details.toolchain,
      source: details.source,
      "rustc-version": details.rustcVersion ?? null,
      host: details.host,
      installer: details.installer,
      "cache-hit": details.cacheHit,
      available: details.available,
    },
    reasons: input.reasons,
    details,
    timings: input.timings,
    ...(input.matrix !== undefined && { matrix: input.matrix }),
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
  };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
const code = (text: string) => `\`${cell(text)}\``;
const list = (items: readonly string[]) => (items.length === 0 ? "—" : items.map(code).join(", "));

/** The job summary: what was installed, why that toolchain, how, and how long each phase took. */
export function renderSummary(result: ActionResult<SetupDetails>): string {
  const d = result.details;
  const cache = d.cacheHit ? `hit${d.cacheSource ? ` (${d.cacheSource})` : ""}` : "miss";
  const rows: [string, string][] = [
    ["Toolchain", code(d.toolchain)],
    ["Chosen by", `${cell(d.source)} — ${cell(d.reason)}`],
    ["rustc", d.rustcVersion ? code(d.rustcVersion) : "—"],
    ["Host", code(d.host)],
    ["Profile", code(d.profile)],
    ["Components", list(d.components)],
    ["Targets", list(d.targets)],
    ["Installer", `${cell(d.installer)} from ${code(d.distServer)}`],
    ["Cache", `${cache}${d.cachekey ? `, key ${code(d.cachekey)}` : ""}`],
    [
      "Downloaded",
      d.bytesDownloaded === undefined ? "not reported by rustup" : formatBytes(d.bytesDownloaded),
    ],
  ];
  if (!d.available) rows.splice(1, 0, ["Available", "**no** (optional: the step stays green)"]);
  const lines = [
    `### ${result.conclusion === "failure" ? "❌" : d.available ? "✅" : "⚠️"} ${cell(result.title)}`,
    "",
    "| | |",
    "| --- | --- |",
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    "",
  ];
  if (d.rustcVerbose) {
    lines.push(
      "<details><summary><code>rustc -vV</code></summary>",
      "",
      "```text",
      d.rustcVerbose,
      "```",
      "",
      "</details>",
      "",
    );
  }
  const phases = Object.entries(result.timings);
  if (phases.length > 0) {
    lines.push("| Phase | Time |", "| --- | ---: |");
    for (const [phase, ms] of phases) lines.push(`| ${cell(phase)} | ${(ms / 1000).toFixed(2)} s |`);
    lines.push("");
  }
  for (const reason of result.reasons) {
    lines.push(`> **${reason.level}**: ${reason.message.replace(/\r?\n/g, "\n> ")}`, "");
  }
  return lines.join("\n");
}
