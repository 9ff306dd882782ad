/**
 * The one result model every action produces. Outlets (job summary, annotations, check run,
 * the matrix aggregate) are all rendered from this, never from action-specific state.
 * Versioned: consumers reject a `schema` they do not know.
 */
export const RESULT_SCHEMA = "oxidize/result@1" as const;

export type ActionName = "configure-policy" | "setup-rust" | "build-rust-modules";

/** Maps onto a check run's conclusion. */
export type Conclusion = "success" | "neutral" | "failure" | "skipped";

export interface ResultReason {
  level: "notice" | "warning" | "failure";
  /** Stable machine code, e.g. "rust-missing", "build-failed". */
  code: string;
  message: string;
  /** Source location, for annotations (repository-relative path). */
  file?: string;
  line?: number;
  endLine?: number;
  column?: number;
  title?: string;
}

export interface ActionResult<Details = unknown> {
  schema: typeof RESULT_SCHEMA;
  action: ActionName;
  conclusion: Conclusion;
  /** One line, e.g. "warn: configure: WARNING: Rust is missing …" or "2 built, 1 skipped". */
  title: string;
  /** Flat facts shown in tables: toolchain, platform, python version, … */
  facts: Record<string, string | number | boolean | null>;
  reasons: ResultReason[];
  /** Action-specific payload (the verdict, per-module outcomes, install details). */
  details: Details;
  /** Milliseconds per phase of the action. */
  timings: Record<string, number>;
  /** The matrix context of the job, when given. */
  matrix?: Record<string, unknown>;
  startedAt: string;
  finishedAt: string;
}
