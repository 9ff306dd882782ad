import { isAbsolute, relative, sep } from "node:path";

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
  /**
   * The step's own finding about one subject (a module's outcome), as opposed to the evidence that
   * explains it (compiler diagnostics): annotated first, so GitHub's per-step limit never hides it.
   */
  primary?: boolean;
}

/**
 * What happened to one Rust extension module in a build, in the vocabulary of CPython's
 * `PY_STDLIB_MOD` states plus the build's own outcome. The matrix aggregate counts these.
 */
export type ModuleState = "built" | "skipped" | "failed" | "missing" | "disabled" | "n/a";

export interface ModuleOutcome {
  /** Module name as imported, e.g. "_base64". */
  name: string;
  state: ModuleState;
  /** Why, when not built: "Rust missing", "import failed: …". */
  message?: string;
  /** The module that serves when this one is not built, e.g. the C `binascii`. */
  fallback?: string;
  /** The installed file's name, e.g. `_base64.cpython-316-x86_64-linux-gnu.so`, and its size. */
  artifact?: string;
  bytes?: number;
  /** Seconds the build of this module took. */
  seconds?: number;
  /** configure's verdict, `MODULE_<NAME>_STATE` in the generated Makefile (a configured CPython tree). */
  configure?: "yes" | "missing" | "disabled" | "n/a";
  /** What went in: every crate compiled into it (cargo builds). */
  crates?: ModuleCrate[];
}

/** One crate compiled into a module, with what the supply-chain checks found about it. */
export interface ModuleCrate {
  name: string;
  version: string;
  /** `registry`, `vendored:<dir>`, `path:<dir>` or `git:<url>`. */
  source: string;
  /** SHA-256 of the `.crate` file, hex, when cargo records one. */
  checksum?: string;
  /** SPDX licence expression, or the licence file when the crate names one instead. */
  license?: string;
  licenseFile?: string;
  buildScript: boolean;
  procMacro: boolean;
  /** `normal`: linked in; `build`: only ran at build time. */
  kind: "normal" | "build";
  /** RustSec advisories that affect this version, when a database was checked. */
  advisories?: string[];
  /** False when the policy's dependency allow-list does not allow it. */
  allowed?: boolean;
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
  /**
   * Per-module outcomes, when the action knows them (build-rust-modules). Kept out of `details`
   * so the matrix aggregate can read them without knowing each action's payload.
   */
  modules?: ModuleOutcome[];
  /** Milliseconds per phase of the action. */
  timings: Record<string, number>;
  /** The matrix context of the job, when given. */
  matrix?: Record<string, unknown>;
  startedAt: string;
  finishedAt: string;
}

/**
 * A file as a reason names it: relative to the repository, with `/` on Windows too, when it lies
 * inside; anything else (a relative path, a file outside) as given.
 */
export function repositoryPath(file: string, repositoryRoot: string): string {
  if (!isAbsolute(file)) return file;
  const inside = relative(repositoryRoot, file);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) return file;
  return inside.split(sep).join("/");
}

/** How bad a conclusion is, for "worst first" ordering: failure > neutral > skipped > success. */
export const CONCLUSION_SEVERITY: Readonly<Record<Conclusion, number>> = {
  failure: 3,
  neutral: 2,
  skipped: 1,
  success: 0,
};

/** The worse of conclusions; `success` for none. */
export function worstConclusion(conclusions: Iterable<Conclusion>): Conclusion {
  let worst: Conclusion = "success";
  for (const c of conclusions) if (CONCLUSION_SEVERITY[c] > CONCLUSION_SEVERITY[worst]) worst = c;
  return worst;
}

/** A policy outcome (pass / warn / fail) as a result conclusion: a warning is neutral, not green. */
export function conclusionForOutcome(outcome: "pass" | "warn" | "fail"): Conclusion {
  return outcome === "pass" ? "success" : outcome === "warn" ? "neutral" : "failure";
}
