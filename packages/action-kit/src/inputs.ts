/**
 * The one input vocabulary of every oxidize action. The runner passes each input as INPUT_<ID>
 * ("" when unset); these readers turn them into typed values or a UserError that names the input
 * and the fix.
 */
import { statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import * as core from "@actions/core";
import { parseCommand, UserError } from "@oxidize/core";

/**
 * The longest input any action reads: a `configure-args` or `run` with dozens of flags fits many
 * times over. Longer is a mistake (or an attack) that would otherwise end as `spawn
 * ENAMETOOLONG` or a pattern too long for the glob library.
 */
export const MAX_INPUT_CHARS = 8192;

/** The first characters of a value, for an error that must not repeat all of it. */
export function excerpt(value: string, chars = 60): string {
  const flat = value.replace(/\s+/g, " ");
  return JSON.stringify(flat.length > chars ? `${flat.slice(0, chars)}…` : flat);
}

/** The raw input, checked for length and NUL bytes: every reader below starts here. */
function rawInput(name: string): string {
  const value = core.getInput(name);
  if (value.length > MAX_INPUT_CHARS) {
    throw new UserError(
      `Input '${name}' is ${value.length} characters long; at most ${MAX_INPUT_CHARS} are accepted (it starts ${excerpt(value)}).`,
    );
  }
  if (value.includes("\0"))
    throw new UserError(`Input '${name}' contains a NUL character, which no program can receive.`);
  return value;
}

/** An input's value, or undefined when it is empty or unset (the runner sends "" for both). */
export function getOptionalInput(name: string): string | undefined {
  const value = rawInput(name).trim();
  return value === "" ? undefined : value;
}

export function getRequiredInput(name: string): string {
  const value = getOptionalInput(name);
  if (value === undefined) throw new UserError(`Input '${name}' is required but was empty.`);
  return value;
}

/** A YAML 1.2 boolean input; anything else names the input and the accepted spellings. */
export function getBooleanInput(name: string, fallback: boolean): boolean {
  const value = getOptionalInput(name);
  if (value === undefined) return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new UserError(`Input '${name}' must be true or false, got ${excerpt(value)}.`);
}

/** One of a fixed set of words; the error lists them. */
export function getChoiceInput<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const value = getOptionalInput(name);
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UserError(`Input '${name}' must be one of ${choices.join(", ")}; got ${excerpt(value)}.`);
}

/** Newline- or comma-separated list, blanks dropped. */
export function getListInput(name: string): string[] {
  return rawInput(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * A command or an argument list (`run`, `configure-args`, `cargo-args`, `verify-command`): a JSON
 * array of strings, or words split like a shell splits plain words and quotes. Never run through
 * a shell: `$HOME` and `;` stay literal. Empty: [].
 */
export function getCommandInput(name: string): string[] {
  return parseCommand(rawInput(name), `Input '${name}'`);
}

/**
 * What a relative path input is relative to. Every action reads the same input name against the
 * same base, and says which in its action.yml: `workspace` is GITHUB_WORKSPACE (where `run:`
 * steps start); `source-dir` is the action's `source-dir` input.
 */
export type PathBase = { workspace: string } | { sourceDir: string };

/**
 * A path input made absolute against its base (see PathBase); undefined when empty. With
 * `mustBe`, a path that is not an existing directory or file is the user's mistake, said now
 * rather than discovered later as a silently different result.
 */
export function getPathInput(
  name: string,
  base: PathBase,
  mustBe?: "directory" | "file",
): string | undefined {
  const value = getOptionalInput(name);
  if (value === undefined) return undefined;
  const relativeTo = "workspace" in base ? "the workspace" : "source-dir";
  const path = isAbsolute(value)
    ? value
    : resolve("workspace" in base ? base.workspace : base.sourceDir, value);
  if (mustBe !== undefined) {
    const stats = statSync(path, { throwIfNoEntry: false });
    const found = mustBe === "directory" ? stats?.isDirectory() : stats?.isFile();
    if (!found) {
      throw new UserError(
        `Input '${name}' is '${value}', but ${path} is not ${mustBe === "directory" ? "a directory" : "a file"}; ` +
          `give one that exists, absolute or relative to ${relativeTo}.`,
      );
    }
  }
  return path;
}

/** GITHUB_WORKSPACE, the base of workspace-relative paths (the current directory outside a runner). */
export function workspaceDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env["GITHUB_WORKSPACE"] || process.cwd();
}

// biome-ignore lint/suspicious/noTemplateCurlyInString: the expression users write in a workflow
const MATRIX_HINT = "pass `matrix: ${{ toJSON(matrix) }}`";

/**
 * The job's matrix from `${{ toJSON(matrix) }}`: a JSON object; undefined for an empty input,
 * `null` (a job without a matrix) or `{}`. Anything else is a mistake worth stopping for: the
 * leg's name in reports and check runs comes from it.
 */
export function parseMatrix(text: string | undefined, name = "matrix"): Record<string, unknown> | undefined {
  if (text === undefined || text.trim() === "" || text.trim() === "null") return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UserError(`Input '${name}' must be JSON; ${MATRIX_HINT}.`);
  }
  if (value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new UserError(`Input '${name}' must be a JSON object; ${MATRIX_HINT}.`);
  }
  return Object.keys(value).length === 0 ? undefined : (value as Record<string, unknown>);
}

/** The reporting inputs every result-producing action shares. */
export interface ReportingInputs {
  /** Base name of a check run; undefined: no check run. */
  checkName?: string;
  /** Token for the Checks API (`${{ github.token }}` by default in action.yml). */
  token?: string;
  /** The job's matrix, recorded in the result and the check run's name. */
  matrix?: Record<string, unknown>;
}

/** The input ids getReportingInputs reads; every action that calls it declares them. */
export const REPORTING_INPUTS = { checkName: "check-name", token: "token", matrix: "matrix" } as const;

/** `check-name`, `token` and `matrix`, read the same way in every action. */
export function getReportingInputs(): ReportingInputs {
  const reporting: ReportingInputs = {};
  const checkName = getOptionalInput(REPORTING_INPUTS.checkName);
  const token = getOptionalInput(REPORTING_INPUTS.token);
  const matrix = parseMatrix(rawInput(REPORTING_INPUTS.matrix), REPORTING_INPUTS.matrix);
  if (checkName !== undefined) reporting.checkName = checkName;
  if (token !== undefined) reporting.token = token;
  if (matrix !== undefined) reporting.matrix = matrix;
  return reporting;
}
