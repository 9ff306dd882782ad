import * as core from "@actions/core";
import { ConfigurationError } from "./errors.js";

/** An input's value, or undefined when it is empty or unset (the runner sends "" for both). */
export function getOptionalInput(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === "" ? undefined : value;
}

export function getRequiredInput(name: string): string {
  const value = getOptionalInput(name);
  if (value === undefined) throw new ConfigurationError(`Input '${name}' is required but was empty.`);
  return value;
}

/** A YAML 1.2 boolean input; anything else names the input and the accepted spellings. */
export function getBooleanInput(name: string, fallback: boolean): boolean {
  const value = getOptionalInput(name);
  if (value === undefined) return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new ConfigurationError(`Input '${name}' must be true or false, got '${value}'.`);
}

/** One of a fixed set of words; the error lists them. */
export function getChoiceInput<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const value = getOptionalInput(name);
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(`Input '${name}' must be one of ${choices.join(", ")}; got '${value}'.`);
}

/** Newline- or comma-separated list, blanks dropped. */
export function getListInput(name: string): string[] {
  const value = core.getInput(name);
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
