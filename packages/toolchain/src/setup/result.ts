import { isoTimestamp } from "@oxidize/core";
import { type ActionResult, bytes, RESULT_SCHEMA, type ResultReason } from "@oxidize/report";

/** What setup-rust records in its report's `details`. */
export interface SetupDetails {
  available: boolean;
  /** Full rustup name, e.g. `1.95.0-x86_64-unknown-linux-gnu` (the raw input when resolution failed). */
  toolchain: string;
  source?: string;
  /** rustup's "active because …" wording. */
  reason?: string;
  file?: string;
  profile?: string;
  components: string[];
  targets: string[];
  installer?: "rustup" | "dist";
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
  rustcCommitHash?: string;
  cargoVersion?: string;
  host?: string;
}

export interface ResultInput {
  details: SetupDetails;
  reasons: ResultReason[];
  timings: Record<string, number>;
  /** Why the step failed. Kept out of `reasons`: the step's own error annotation already says it once. */
  failure?: string;
  startedAt: Date;
  finishedAt: Date;
}

const list = (items: readonly string[]) => (items.length === 0 ? null : items.join(", "));

/** The facts table of the summary and the check run: what was installed, why, how, from where. */
function facts(d: SetupDetails): ActionResult["facts"] {
  return {
    toolchain: d.toolchain,
    "chosen by": d.source === undefined ? null : `${d.source}: ${d.reason ?? ""}`,
    rustc: d.rustcVersion ?? null,
    host: d.host ?? null,
    profile: d.profile ?? null,
    components: list(d.components),
    targets: list(d.targets),
    installer: d.installer ?? null,
    "dist server": d.distServer,
    cache: d.cacheHit ? `hit${d.cacheSource ? ` (${d.cacheSource})` : ""}` : "miss",
    cachekey: d.cachekey || null,
    downloaded:
      d.bytesDownloaded === undefined
        ? d.installer === "rustup"
          ? "not reported by rustup"
          : null
        : bytes(d.bytesDownloaded),
    available: d.available,
  };
}

export function setupResult(input: ResultInput): ActionResult<SetupDetails> {
  const { details } = input;
  const version = details.rustcVersion ?? details.toolchain;
  let conclusion: ActionResult["conclusion"] = "success";
  let title = `Rust ${version} (${details.installer}, cache ${details.cacheHit ? "hit" : "miss"})`;
  if (input.failure !== undefined) {
    conclusion = "failure";
    title = `Rust ${details.toolchain} could not be set up: ${input.failure.split("\n")[0]}`;
  } else if (!details.available) {
    conclusion = "neutral";
    title = `Rust ${details.toolchain} is not available for ${details.host ?? "this host"}`;
  }
  return {
    schema: RESULT_SCHEMA,
    action: "setup-rust",
    conclusion,
    title,
    facts: facts(details),
    reasons: input.reasons,
    details,
    timings: input.timings,
    startedAt: isoTimestamp(input.startedAt),
    finishedAt: isoTimestamp(input.finishedAt),
  };
}

/** What the shared summary renderer does not show: the full `rustc -vV` and a failure's whole text. */
export function renderExtraSummary(result: ActionResult<SetupDetails>, failure?: string): string {
  const parts: string[] = [];
  if (failure?.includes("\n")) parts.push("```text", failure, "```", "");
  if (result.details.rustcVerbose) {
    parts.push(
      "<details><summary><code>rustc -vV</code></summary>",
      "",
      "```text",
      result.details.rustcVerbose,
      "```",
      "",
      "</details>",
      "",
    );
  }
  return parts.join("\n");
}
