/**
 * The vocabulary shared by every part of the policy engine: the policy model (phases keyed by
 * CPython version), the facts gathered about one build, and the verdict `evaluate()` returns.
 * Pure data: nothing here touches the file system or the environment.
 */

import type { RustFacts as DetectedRust } from "@oxidize/toolchain";

/** What configure does about one Rust-related condition. */
export type ConfigureReaction = "ignore" | "warn" | "fail";

/** A CPython version as `major.minor` (micro and release level do not change policy). */
export interface PythonVersion {
  major: number;
  minor: number;
  /** Present when known (e.g. read from patchlevel.h): "3.15.0a2". */
  full?: string;
  /** A free-threaded build ("3.14t"): same phase as 3.14, its own ABI. */
  freeThreaded?: boolean;
}

/**
 * One stage of a policy timeline. Phases are ordered; a Python version belongs to the first
 * phase whose range contains it. Ranges are inclusive on both ends; an open end is undefined.
 */
export interface Phase {
  /** Short id used in outputs and reports, e.g. "warn-when-missing". */
  id: string;
  /** First CPython version of the phase ("3.15"); undefined = from the beginning. */
  from?: string;
  /** Last CPython version of the phase ("3.16"); undefined = open-ended. */
  until?: string;
  /** One sentence for humans: what this phase means. */
  description: string;
  /** Whether configure looks for Rust at all in this phase (≤3.14 in the original plan: no). */
  rustUsed: boolean;
  /** Rust is missing (no cargo/rustc found) and no --with-rust flag was given. */
  whenMissing: ConfigureReaction;
  /** Rust is present but older than the MSRV. */
  whenTooOld: ConfigureReaction;
  /** Rust is present but has no target for this platform (or the target's std is missing). */
  whenNoTarget: ConfigureReaction;
  /** Whether `--with-rust=no` / `--without-rust` is accepted (false: configure fails on it). */
  optOutAccepted: boolean;
  /** Whether the Rust extension modules are built when Rust is usable. */
  buildModules: boolean;
  /** Whether this phase requires Rust to build CPython at all. */
  rustRequired: boolean;
  /** MSRV for this phase, overriding the policy-wide one. */
  msrv?: string;
}

export interface Policy {
  /** Preset name or the file it came from. */
  name: string;
  description: string;
  /** Where the timeline comes from (a URL, a discussion post, "user file"). */
  source?: string;
  /** Minimum supported Rust version for all phases, unless a phase says otherwise. */
  msrv?: string;
  phases: Phase[];
  /** The third-party crates the modules may compile in; undefined: any. */
  dependencies?: DependencyPolicy;
}

/** A policy file's `dependencies` section. */
export interface DependencyPolicy {
  /** Allowed crates; `version` is a cargo requirement, absent for any version. */
  allow: Array<{ name: string; version?: string }>;
}

/** Where a fact came from, for reports: "input", "patchlevel.h", "CARGO env", "PATH", … */
export type FactSource = string;

/** The Rust of one build: detected (see @oxidize/toolchain's detectRust), or assumed for a what-if. */
export interface RustFacts extends DetectedRust {
  /** Set when the facts are a what-if (`rust: present|absent` input) rather than detected. */
  assumed?: "present" | "absent";
}

/** The `--with-rust` family of configure flags after parsing; last one wins. */
export type WithRust = "default" | "yes" | "no";

export interface ConfigureArgs {
  withRust: WithRust;
  /** The exact flag that decided `withRust`, for messages. */
  flag?: string;
  args: string[];
}

export interface PlatformFacts {
  /** Autoconf/CPython host triplet, e.g. "armv7l-unknown-linux-gnueabihf". */
  triplet: string;
  /** The Rust target it maps to, or null when Rust has no target for it. */
  rustTarget: string | null;
  /** Rust tier of that target (1, 2, 3), when known. */
  rustTier?: 1 | 2 | 3;
  /** Whether Rust ships host tools (rustc/cargo) for that target. */
  hostTools?: boolean;
  /** PEP 11 tier of the CPython triplet (0 = unsupported). */
  pep11Tier?: 0 | 1 | 2 | 3;
  /** Standard library support of the Rust target: "full", "no-std" or "unknown" (tier 3 work in progress). */
  rustStd?: "full" | "no-std" | "unknown";
  /** Whether rustup ships a prebuilt rust-std for the target (tier 3 targets: no; build-std needed). */
  rustStdShipped?: boolean;
}

export interface Facts {
  /** `disagreement`: the input and the source tree named different versions (see reconcileVersions). */
  python: PythonVersion & { source: FactSource; disagreement?: string };
  rust: RustFacts;
  msrv?: { version: string; source: FactSource };
  platform: PlatformFacts;
  configure: ConfigureArgs;
}

export type Outcome = "pass" | "warn" | "fail";

export type ReasonCode =
  | "rust-not-used"
  | "rust-missing"
  | "rust-too-old"
  | "no-rust-target"
  | "rust-target-not-installed"
  | "opt-out"
  | "opt-out-rejected"
  | "explicit-with-rust-missing"
  | "rust-ok"
  | "conformance-mismatch"
  | "no-phase";

export interface Reason {
  code: ReasonCode;
  /** configure-style line: "configure: WARNING: …" / "configure: error: …" / plain info. */
  message: string;
  outcome: Outcome;
}

export interface Verdict {
  outcome: Outcome;
  /** Phase id (or "none" when no phase covers the version). */
  phase: string;
  rustRequired: boolean;
  rustModules: "build" | "skip";
  reasons: Reason[];
  /** The single most important line, worded like configure's own output. */
  message: string;
}
