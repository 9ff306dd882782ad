import type { CrateEntry } from "@oxidize/sbom";

/**
 * The vocabulary of module building: what a CPython extension module written in Rust is (as
 * declared in its Cargo.toml), what happened to it, and why. Pure data.
 */

/** One `[package.metadata.cpython]` crate of the workspace. */
export interface ModuleSpec {
  /** Import name, e.g. "_base64"; installed as `<module><EXT_SUFFIX>`. */
  module: string;
  /** Cargo package name, passed to `cargo build -p`. */
  package: string;
  /** Cargo's package id when discovered through `cargo metadata` (matches its JSON messages). */
  packageId?: string;
  /** Absolute path of the package's Cargo.toml. */
  manifestPath: string;
  /** The lib target's name (hyphens become underscores): cargo writes `lib<libName>.so`. */
  libName: string;
  /** Pure-Python module offering the same API when this one is not built. */
  fallback?: string;
  /** CPython version ("3.17") from which this module must build: failures then fail the job. */
  requiredFrom?: string;
  /**
   * Declared stable ABI (`abi3` in the metadata). For a PyO3 module the ABI it was built for is read
   * from the build and this is only checked against it; for plain FFI it is taken as declared.
   */
  abi3?: boolean;
  /** The package's own `rust-version` (after workspace inheritance), when declared. */
  rustVersion?: string;
  /** Where a CPython tree declares it: the `Modules/Setup*` line (repository-relative file). */
  setup?: { file: string; line: number; buildType: "static" | "shared" | "disabled"; staticLib?: string };
}

/** A discovered workspace. */
export interface Workspace {
  root: string;
  manifestPath: string;
  /** `[workspace.package] rust-version`, when declared. */
  rustVersion?: string;
  modules: ModuleSpec[];
  /** How the modules were found: "cargo metadata" or "Cargo.toml" (no usable cargo). */
  discoveredBy:
    | "cargo metadata"
    | "Cargo.toml"
    | "Modules/Setup + cargo metadata"
    | "Modules/Setup + Cargo.toml";
  /** Why discovery fell back to reading manifests, if it did. */
  note?: string;
  /** Members that are not built although they may look like modules, and ignored member profiles. */
  notices: WorkspaceNotice[];
}

export interface WorkspaceNotice {
  message: string;
  /** The manifest, relative to the repository when inside it. */
  file?: string;
  line?: number;
}

/**
 * CPython's module states (`MODULE_<NAME>_STATE`) where they fit, plus `skipped` for an optional
 * module whose build, install or checks failed, and `failed` for a mandatory one.
 */
export type ModuleStatus = "built" | "missing" | "disabled" | "n/a" | "skipped" | "failed";

/** Stable machine codes for why a module is not `built`. */
export type ModuleReasonCode =
  | "built"
  | "policy-disabled"
  | "rust-missing"
  | "rust-too-old"
  | "no-rust-target"
  | "rust-std-missing"
  | "build-failed"
  | "install-failed"
  | "import-failed"
  | "abi-mismatch"
  | "verify-failed"
  | "configure-off";

export interface DiagnosticSpan {
  /** Relative to the repository root when it lies inside it, else absolute. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One rustc diagnostic from cargo's `compiler-message` records. */
export interface Diagnostic {
  level: "error" | "warning" | "note" | "help" | "failure-note" | "ice";
  message: string;
  code?: string;
  /** Human rendering without ANSI colours. */
  rendered: string;
  /** Human rendering as cargo printed it (with ANSI colours), for logs. */
  renderedAnsi?: string;
  span?: DiagnosticSpan;
  /** Cargo package id the diagnostic belongs to. */
  packageId: string;
}

export interface ModuleArtifact {
  /** Where cargo wrote the cdylib. */
  source: string;
  /** Where it was installed: `<out-dir>/<module><EXT_SUFFIX>`. */
  path: string;
  bytes: number;
  extSuffix: string;
}

export interface ModuleOutcome {
  module: string;
  package: string;
  status: ModuleStatus;
  code: ModuleReasonCode;
  /** One sentence: what happened and, when not built, how to fix it. */
  reason: string;
  /** A few words for the headline: "Rust 1.63.0 < 1.95". */
  short: string;
  /** Why a failure here fails the job (required input, required-from, policy), when mandatory. */
  mandatory?: string;
  fallback?: string;
  artifact?: ModuleArtifact;
  /** Seconds until cargo had produced this module (for isolated rebuilds: that rebuild). */
  buildSeconds?: number;
  /** Import check: true, false, or why it did not run ("cross-compiled"). */
  imported?: boolean | string;
  verified?: boolean | string;
  /** Not built: whether its fallback imports (true), or why it does not. */
  fallbackImported?: boolean | string;
  /** configure's verdict (`MODULE_<NAME>_STATE` in the build directory's Makefile), when configured. */
  configure?: {
    state: string;
    /** Set when configure's state contradicts what the policy decided. */
    disagreement?: string;
  };
  /** How it was built: by this action with cargo, or by the tree's Makefile. */
  builtWith?: "cargo" | "make";
  /** What went in: every crate cargo compiled for it (cargo builds), sorted by name and version. */
  crates?: CrateEntry[];
  diagnostics: Diagnostic[];
}

/** The summary bucket an outcome lands in (the action's `built` / `skipped` / `failed` outputs). */
export type OutcomeBucket = "built" | "skipped" | "failed";

export function bucketOf(status: ModuleStatus): OutcomeBucket {
  if (status === "built") return "built";
  if (status === "failed") return "failed";
  return "skipped";
}
