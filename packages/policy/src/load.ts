/**
 * Policies by name (a preset) or from a user file (YAML, JSON or TOML by extension). The only I/O is
 * the injected `readFile`, so this runs unchanged in actions, the CLI and tests.
 */

import path from "node:path";
import { MAX_JSON_DEPTH, nestedDeeperThan, parseJsonText } from "@oxidize/core";
import { loadAjv } from "@oxidize/report";
import type { ErrorObject, ValidateFunction } from "ajv";
import { parse as parseToml } from "smol-toml";
import { PolicyError } from "./errors.js";
import { getPreset, PRESET_NAMES } from "./presets.js";
import {
  CRATE_NAME_PATTERN,
  dependenciesSchema,
  PYTHON_VERSION_PATTERN,
  phaseSchema,
  policySchema,
  RUST_VERSION_PATTERN,
} from "./schema.js";
import type { ConfigureReaction, Phase, Policy } from "./types.js";
import { comparePythonVersions, nextPythonVersion } from "./version.js";

export type ReadFile = (path: string) => string | Promise<string>;

export interface LoadPolicyOptions {
  /** Reads a file as UTF-8 text; errors with `code: "ENOENT"` are reported as "not found". */
  readFile: ReadFile;
  /** Directory relative paths are resolved against. Default: process.cwd(). */
  cwd?: string;
}

export type PolicyFormat = "yaml" | "json" | "toml";

const EXTENSIONS: Record<string, PolicyFormat> = {
  ".yaml": "yaml",
  ".yml": "yaml",
  ".json": "json",
  ".toml": "toml",
};
const EXTENSION_LIST = ".yaml, .yml, .json or .toml";

/** The format a policy file is read as, from its extension; undefined when not a policy file name. */
export function policyFormatOf(file: string): PolicyFormat | undefined {
  return EXTENSIONS[path.extname(file).toLowerCase()];
}

/**
 * A preset by name, or a policy file by path (relative to `cwd`). Throws PolicyError for unknown
 * names, unreadable files and invalid content.
 */
export async function loadPolicy(nameOrPath: string, options: LoadPolicyOptions): Promise<Policy> {
  const wanted = nameOrPath.trim();
  const preset = getPreset(wanted);
  if (preset) return preset;
  const looksLikePath = policyFormatOf(wanted) !== undefined || /[\\/]/.test(wanted);
  if (!looksLikePath) {
    throw new PolicyError(
      `unknown policy ${JSON.stringify(nameOrPath)}: expected a preset (${PRESET_NAMES.join(", ")}) ` +
        `or the path of a policy file ending in ${EXTENSION_LIST}`,
    );
  }
  const absolute = path.resolve(options.cwd ?? process.cwd(), wanted);
  let text: string;
  try {
    text = await options.readFile(absolute);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const why =
      code === "ENOENT"
        ? `not found (looked at ${absolute})`
        : `cannot be read: ${(error as Error).message ?? error}`;
    throw new PolicyError(
      `policy file ${wanted} ${why}; give a preset name (${PRESET_NAMES.join(", ")}) or an existing file`,
      wanted,
    );
  }
  return parsePolicy(text, wanted);
}

/** Parse, validate and normalise the text of a policy file; `file` names it in errors and picks the format. */
export async function parsePolicy(text: string, file: string): Promise<Policy> {
  const format = policyFormatOf(file);
  if (!format) {
    throw new PolicyError(`${file}: unknown policy file type; the name must end in ${EXTENSION_LIST}`, file);
  }
  const value = await parseText(text, file, format);
  // Before the validator, which recurses: a real policy is a few levels deep.
  if (nestedDeeperThan(value)) {
    throw new PolicyError(
      `${file} nests values more than ${MAX_JSON_DEPTH} levels deep; a policy is a list of phases`,
      file,
    );
  }
  return validatePolicy(value, file);
}

async function parseText(text: string, file: string, format: PolicyFormat): Promise<unknown> {
  switch (format) {
    case "json": {
      const parsed = parseJsonText(text);
      if ("problem" in parsed) throw new PolicyError(`${file} ${parsed.problem}`, file);
      return parsed.value;
    }
    case "toml":
      try {
        return parseToml(text);
      } catch (error) {
        const { line, column } = error as { line?: number; column?: number };
        const at =
          line !== undefined ? ` at line ${line}${column !== undefined ? `, column ${column}` : ""}` : "";
        throw new PolicyError(`${file}: invalid TOML${at}: ${firstLine((error as Error).message)}`, file);
      }
    case "yaml":
      return parseYaml(text, file);
  }
}

// Keys whose values are versions: YAML reads `3.10` as 3.1 and `1.70` as 1.7, so we take the text as
// written instead (the classic toolchain-action pitfall). JSON and TOML numbers cannot be recovered
// that way and are rejected by the schema with a hint to quote them.
const VERSION_KEYS = new Set(["from", "until", "msrv", "version"]);

/** The YAML parser loads on first use, like ajv: the presets never need it. */
async function parseYaml(text: string, file: string): Promise<unknown> {
  const { isMap, isScalar, parseDocument, visit } = await import("yaml");
  const document = parseDocument(text, { prettyErrors: true });
  const problem = document.errors[0];
  if (problem) throw new PolicyError(`${file}: invalid YAML: ${firstLine(problem.message)}`, file);
  visit(document, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && VERSION_KEYS.has(String(pair.key.value)) && isScalar(pair.value)) {
        const scalar = pair.value;
        if (typeof scalar.value === "number" && scalar.source !== undefined) scalar.value = scalar.source;
      }
    },
  });
  if (document.contents !== null && !isMap(document.contents)) {
    throw new PolicyError(`${file}: the top level must be a mapping with a "phases" list`, file);
  }
  try {
    // toJS expands aliases, refusing more than yaml's limit (a "billion laughs" document).
    return document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new PolicyError(`${file}: refused YAML: ${firstLine((error as Error).message)}`, file);
  }
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.trim().replace(/:$/, "");
}

// ---------------------------------------------------------------------------------------------
// Validation

interface PhaseInput {
  id: string;
  from?: string;
  until?: string;
  description?: string;
  rustUsed?: boolean;
  whenMissing?: ConfigureReaction;
  whenTooOld?: ConfigureReaction;
  whenNoTarget?: ConfigureReaction;
  optOutAccepted?: boolean;
  buildModules?: boolean;
  rustRequired?: boolean;
  msrv?: string;
}

interface PolicyInput {
  name?: string;
  description?: string;
  source?: string;
  msrv?: string;
  phases: PhaseInput[];
  dependencies?: { allow: Array<{ name: string; version?: string }> };
}

let compiled: ValidateFunction | undefined;

/** ajv loads on first use, so the actions that only ever use a preset never pay for it at start-up. */
async function schemaValidator(): Promise<ValidateFunction> {
  if (!compiled) {
    const Ajv = await loadAjv();
    compiled = new Ajv({ allErrors: true, strict: true }).compile(policySchema);
  }
  return compiled;
}

/**
 * Check parsed file content against the schema and the cross-phase rules, then fill in defaults.
 * Every problem is reported at once, each as `<file>: <key path> <what was expected>`.
 */
export async function validatePolicy(data: unknown, file: string): Promise<Policy> {
  const validate = await schemaValidator();
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((error) => `${file}: ${describeSchemaError(error, data)}`);
    throw new PolicyError(dedupe(problems), file);
  }
  const input = data as unknown as PolicyInput;
  const phases = input.phases.map(withDefaults);
  const problems = checkPhases(phases).map((problem) => `${file}: ${problem}`);
  if (problems.length > 0) throw new PolicyError(problems, file);
  const policy: Policy = {
    name: input.name ?? file,
    description: input.description ?? "",
    source: input.source ?? file,
    phases,
  };
  if (input.msrv !== undefined) policy.msrv = input.msrv;
  if (input.dependencies !== undefined) {
    policy.dependencies = {
      allow: input.dependencies.allow.map(({ name, version }) =>
        version === undefined ? { name } : { name, version },
      ),
    };
  }
  return policy;
}

function withDefaults(input: PhaseInput): Phase {
  const rustUsed = input.rustUsed ?? true;
  const rustRequired = input.rustRequired ?? false;
  const whenMissing = input.whenMissing ?? (!rustUsed ? "ignore" : rustRequired ? "fail" : "warn");
  const phase: Phase = {
    id: input.id,
    description: input.description ?? "",
    rustUsed,
    whenMissing,
    whenTooOld: input.whenTooOld ?? whenMissing,
    whenNoTarget: input.whenNoTarget ?? whenMissing,
    optOutAccepted: input.optOutAccepted ?? !rustRequired,
    buildModules: input.buildModules ?? rustUsed,
    rustRequired,
  };
  if (input.from !== undefined) phase.from = input.from;
  if (input.until !== undefined) phase.until = input.until;
  if (input.msrv !== undefined) phase.msrv = input.msrv;
  return phase;
}

/** Rules across keys and phases: ordered, contiguous, non-overlapping ranges; unique ids; no contradictions. */
export function checkPhases(phases: readonly Phase[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  phases.forEach((phase, index) => {
    const at = `phases[${index}]`;
    const earlier = seen.get(phase.id);
    if (earlier !== undefined) {
      problems.push(`${at}.id must be unique ("${phase.id}" is already used by phases[${earlier}])`);
    } else {
      seen.set(phase.id, index);
    }
    if (
      phase.from !== undefined &&
      phase.until !== undefined &&
      comparePythonVersions(phase.from, phase.until) > 0
    ) {
      problems.push(`${at}.from must not be later than ${at}.until (got ${phase.from} > ${phase.until})`);
    }
    if (index > 0 && phase.from === undefined) {
      problems.push(`${at}.from is required: only the first phase may leave its start open`);
    }
    if (index < phases.length - 1 && phase.until === undefined) {
      problems.push(`${at}.until is required: only the last phase may be open-ended`);
    }
    const previous = phases[index - 1];
    if (previous?.until !== undefined && phase.from !== undefined) {
      const expected = nextPythonVersion(previous.until);
      const order = comparePythonVersions(phase.from, previous.until);
      if (order <= 0) {
        problems.push(
          `${at}.from must be after phases[${index - 1}].until (${previous.until}): ` +
            `phase ranges must be in order and must not overlap (got ${phase.from})`,
        );
      } else if (comparePythonVersions(phase.from, expected) !== 0) {
        problems.push(
          `${at}.from must be ${expected}, the version after phases[${index - 1}].until: ` +
            `phases must leave no gap (got ${phase.from})`,
        );
      }
    }
    if (!phase.rustUsed) {
      for (const key of ["buildModules", "rustRequired"] as const) {
        if (phase[key]) problems.push(`${at}.${key} must be false when ${at}.rustUsed is false`);
      }
    }
    if (phase.rustRequired) {
      if (phase.whenMissing !== "fail") {
        problems.push(
          `${at}.whenMissing must be "fail" when ${at}.rustRequired is true (got "${phase.whenMissing}")`,
        );
      }
      if (phase.optOutAccepted) {
        problems.push(`${at}.optOutAccepted must be false when ${at}.rustRequired is true`);
      }
    }
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------
// ajv errors → "phases[1].whenMissing must be one of ignore, warn, fail (got "maybe")"

function keyPath(instancePath: string): string {
  let out = "";
  for (const raw of instancePath.split("/").slice(1)) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (/^\d+$/.test(segment)) out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}

function valueAt(data: unknown, instancePath: string): unknown {
  let value = data;
  for (const raw of instancePath.split("/").slice(1)) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    value = (value as Record<string, unknown> | undefined)?.[segment];
  }
  return value;
}

function got(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function join(at: string, key: string): string {
  return at === "" ? key : `${at}.${key}`;
}

function describeSchemaError(error: ErrorObject, data: unknown): string {
  const at = keyPath(error.instancePath);
  const subject = at === "" ? "the top level" : at;
  const value = valueAt(data, error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "enum":
      return `${subject} must be one of ${(params.allowedValues as unknown[]).join(", ")} (got ${got(value)})`;
    case "required":
      return `${join(at, String(params.missingProperty))} is required`;
    case "additionalProperties": {
      const allowed = Object.keys(
        error.instancePath === ""
          ? policySchema.properties
          : error.instancePath === "/dependencies"
            ? dependenciesSchema.properties
            : error.instancePath.startsWith("/dependencies/")
              ? dependenciesSchema.properties.allow.items.properties
              : phaseSchema.properties,
      ).filter((key) => key !== "$schema");
      return `${join(at, String(params.additionalProperty))} is not a known key (expected one of: ${allowed.join(", ")})`;
    }
    case "type": {
      const expected = String(params.type);
      const article = /^[aeiou]/.test(expected) ? "an" : "a";
      const hint =
        expected === "string" && typeof value === "number"
          ? `; quote versions so they stay text, e.g. "${value}"`
          : "";
      return `${subject} must be ${article} ${expected} (got ${got(value)})${hint}`;
    }
    case "pattern": {
      const what =
        params.pattern === PYTHON_VERSION_PATTERN
          ? 'a CPython version like "3.15"'
          : params.pattern === RUST_VERSION_PATTERN
            ? 'a Rust version like "1.95" or "1.95.0"'
            : params.pattern === CRATE_NAME_PATTERN
              ? "a crate name (letters, digits, - and _)"
              : "lower-case letters, digits and dashes, starting with a letter or digit";
      return `${subject} must be ${what} (got ${got(value)})`;
    }
    case "minItems":
      return `${subject} must list at least ${String(params.limit)} phase`;
    case "minLength":
      return `${subject} must not be empty`;
    default:
      return `${subject} ${error.message ?? "is invalid"}`;
  }
}

function dedupe(lines: string[]): string[] {
  return [...new Set(lines)];
}
