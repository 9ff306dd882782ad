/**
 * JSON Schema (draft-07) for user policy files, whatever their format (YAML, JSON, TOML). Exported so
 * docs and editors can show it; `load.ts` validates with it through ajv, then applies the defaults
 * and the cross-phase checks a schema cannot express (ordering, contiguity, consistency).
 */

/** A CPython `major.minor` version. Quoted: YAML reads 3.10 as the number 3.1. */
export const PYTHON_VERSION_PATTERN = "^[0-9]+\\.[0-9]+$";
/** A Rust release as cargo's `rust-version` takes it: "1.95" or "1.95.0". */
export const RUST_VERSION_PATTERN = "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$";
export const PHASE_ID_PATTERN = "^[a-z0-9][a-z0-9-]*$";
/** A crate name as cargo accepts it. */
export const CRATE_NAME_PATTERN = "^[A-Za-z0-9_-]+$";

const reaction = {
  type: "string",
  enum: ["ignore", "warn", "fail"],
} as const;

export const phaseSchema = {
  type: "object",
  additionalProperties: false,
  required: ["id"],
  properties: {
    id: {
      type: "string",
      pattern: PHASE_ID_PATTERN,
      description: "Short id used in outputs and reports, e.g. rust-optional.",
    },
    from: {
      type: "string",
      pattern: PYTHON_VERSION_PATTERN,
      description:
        "First CPython version of the phase (inclusive); omit on the first phase for 'from the start'.",
    },
    until: {
      type: "string",
      pattern: PYTHON_VERSION_PATTERN,
      description: "Last CPython version of the phase (inclusive); omit on the last phase for 'open-ended'.",
    },
    description: { type: "string", description: "One sentence for humans." },
    rustUsed: { type: "boolean", description: "Whether configure looks for Rust at all. Default true." },
    whenMissing: {
      ...reaction,
      description:
        "Rust not found and no --with-rust flag. Default: fail if rustRequired, warn if rustUsed, else ignore.",
    },
    whenTooOld: { ...reaction, description: "Rust found but older than the MSRV. Default: whenMissing." },
    whenNoTarget: {
      ...reaction,
      description:
        "Rust has no target for the host platform, or its std is not installed. Default: whenMissing.",
    },
    optOutAccepted: {
      type: "boolean",
      description: "Whether --with-rust=no / --without-rust is accepted. Default: not rustRequired.",
    },
    buildModules: {
      type: "boolean",
      description: "Whether Rust extension modules are built. Default: rustUsed.",
    },
    rustRequired: {
      type: "boolean",
      description: "Whether Rust is required to build CPython. Default false.",
    },
    msrv: {
      type: "string",
      pattern: RUST_VERSION_PATTERN,
      description: "Minimum supported Rust version for this phase, overriding the policy's.",
    },
  },
} as const;

/** The third-party crates the Rust modules may compile in; without this section, any. */
export const dependenciesSchema = {
  type: "object",
  additionalProperties: false,
  required: ["allow"],
  description: "Which third-party crates (registry, vendored, git) the Rust modules may compile in.",
  properties: {
    allow: {
      type: "array",
      description:
        "The allowed crates, each { name, version? }; the project's own path crates need no entry.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name"],
        properties: {
          name: { type: "string", pattern: CRATE_NAME_PATTERN, description: "The crate's name." },
          version: {
            type: "string",
            minLength: 1,
            description: 'A cargo version requirement ("0.5", ">= 0.4, < 0.6"); omit for any version.',
          },
          reason: { type: "string", description: "Why it was allowed, for reviewers." },
        },
      },
    },
  },
} as const;

export const policySchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "oxidize configure policy",
  description: "A timeline of how CPython's configure treats Rust, phase by phase (CPython version ranges).",
  type: "object",
  additionalProperties: false,
  required: ["phases"],
  properties: {
    $schema: { type: "string", description: "Ignored; lets editors find this schema." },
    name: { type: "string", minLength: 1, description: "Name shown in reports. Default: the file path." },
    description: { type: "string" },
    source: { type: "string", description: "Where the timeline comes from (a URL, a discussion post)." },
    msrv: {
      type: "string",
      pattern: RUST_VERSION_PATTERN,
      description: "Minimum supported Rust version for every phase that does not set its own.",
    },
    phases: {
      type: "array",
      minItems: 1,
      items: phaseSchema,
      description: "Ordered, contiguous, non-overlapping CPython version ranges.",
    },
    dependencies: dependenciesSchema,
  },
} as const;
