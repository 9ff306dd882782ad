/**
 * The shipped policy timelines, as plain data (TS modules rather than YAML files so that an ncc
 * bundle carries them without any asset copying).
 *
 * Too-old Rust and missing Rust target follow the phase's stance on Rust itself: where Rust is
 * optional they warn and the modules are skipped (a Rust that cannot build the modules is as good as
 * none); where a missing Rust fails configure, they fail too (upgrading Rust, adding the target or,
 * where still offered, `--with-rust=no` is the fix).
 */
import type { Phase, Policy } from "./types.js";

/** The prototype's workspace `rust-version` (Rust-for-CPython/cpython issue #4, June 2026). */
export const PROTOTYPE_MSRV = "1.95";

const notUsed = (range: Pick<Phase, "from" | "until">): Phase => ({
  id: "rust-not-used",
  ...range,
  description: "CPython does not use Rust: configure never looks for it and --with-rust has no effect.",
  rustUsed: false,
  whenMissing: "ignore",
  whenTooOld: "ignore",
  whenNoTarget: "ignore",
  optOutAccepted: true,
  buildModules: false,
  rustRequired: false,
});

const optional = (range: Pick<Phase, "from" | "until">, description: string): Phase => ({
  id: "rust-optional",
  ...range,
  description,
  rustUsed: true,
  whenMissing: "warn",
  whenTooOld: "warn",
  whenNoTarget: "warn",
  optOutAccepted: true,
  buildModules: true,
  rustRequired: false,
});

const required = (range: Pick<Phase, "from" | "until">, description: string): Phase => ({
  id: "rust-required",
  ...range,
  description,
  rustUsed: true,
  whenMissing: "fail",
  whenTooOld: "fail",
  whenNoTarget: "fail",
  optOutAccepted: false,
  buildModules: true,
  rustRequired: true,
});

const prePep2025: Policy = {
  name: "pre-pep-2025",
  description:
    "The pre-PEP as first posted (Nov 2025): Rust optional with a warning in 3.15, needed unless " +
    "--with-rust=no in 3.16, required at build time from 3.17.",
  source:
    "https://discuss.python.org/t/pre-pep-rust-for-cpython/104906 (first post, 2025-11-17; staged plan " +
    "as reported by LWN, opennet.ru and The Register)",
  msrv: PROTOTYPE_MSRV,
  phases: [
    notUsed({ until: "3.14" }),
    optional(
      { from: "3.15", until: "3.15" },
      "Rust modules are built when Rust is found; configure warns when it is missing.",
    ),
    {
      id: "rust-default-opt-out",
      from: "3.16",
      until: "3.16",
      description:
        "configure fails without Rust unless --with-rust=no is given, which builds without Rust modules.",
      rustUsed: true,
      whenMissing: "fail",
      whenTooOld: "fail",
      whenNoTarget: "fail",
      optOutAccepted: true,
      buildModules: true,
      rustRequired: false,
    },
    required(
      { from: "3.17" },
      "Rust is required to build CPython (not to run it); --with-rust=no is no longer offered.",
    ),
  ],
};

const optionalModules: Policy = {
  name: "optional-modules",
  description:
    "The scaled-back plan (Nov 2025): Rust only for optional extension modules that replace a C module; " +
    "never required.",
  source: "https://discuss.python.org/t/pre-pep-rust-for-cpython/104906/117",
  msrv: PROTOTYPE_MSRV,
  phases: [
    notUsed({ until: "3.14" }),
    optional(
      { from: "3.15" },
      "Rust modules are built when Rust is found; without Rust configure warns and keeps the C modules.",
    ),
  ],
};

const summit2026: Policy = {
  name: "summit-2026",
  description:
    "Status after the 2026 Language Summit: zlib via zlib-rs as an optional Rust backend from 3.16 with " +
    "the C code as fallback; Rust required no earlier than 3.18 (2029).",
  source:
    "python/python-insider-blog content/posts/language-summit-2026-rust-for-cpython/index.md " +
    "(blog.python.org, 2026-09-30)",
  msrv: PROTOTYPE_MSRV,
  phases: [
    notUsed({ until: "3.15" }),
    optional(
      { from: "3.16", until: "3.17" },
      "Rust backends are built when Rust is found; without Rust configure warns and uses the C code.",
    ),
    required({ from: "3.18" }, "Rust is required to build CPython; --with-rust=no is no longer offered."),
  ],
};

const accelerators: Policy = {
  name: "accelerators",
  description:
    "Optional Rust accelerators in any Python package: the modules are built when Rust can build them " +
    "and skipped with a warning otherwise, on every Python version; no Rust floor beyond each crate's " +
    "own rust-version.",
  source: "oxidize: for packages with optional Rust extensions and a pure-Python fallback",
  phases: [
    optional(
      {},
      "Rust modules are built when Rust is found; without Rust (or too old) they are skipped and the " +
        "pure-Python code is used.",
    ),
  ],
};

export const PRESET_NAMES = ["pre-pep-2025", "optional-modules", "summit-2026", "accelerators"] as const;
export type PresetName = (typeof PRESET_NAMES)[number];
/**
 * The timeline used when a caller names none: the current plan (2026 Language Summit). The first
 * proposal, `pre-pep-2025`, was scaled back, so a default promising it would test for a plan nobody follows.
 */
export const DEFAULT_PRESET: PresetName = "summit-2026";

export const PRESETS: Readonly<Record<PresetName, Policy>> = {
  "pre-pep-2025": prePep2025,
  "optional-modules": optionalModules,
  "summit-2026": summit2026,
  accelerators,
};

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/** A deep copy of the named preset (callers may tweak it freely), or undefined. */
export function getPreset(name: string): Policy | undefined {
  return isPresetName(name) ? structuredClone(PRESETS[name]) : undefined;
}
