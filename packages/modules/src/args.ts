/**
 * Argument-list inputs (`cargo-args`, `verify-command`): a JSON array of strings, or words split
 * like a shell splits plain words and quotes — without any expansion, so nothing but the named
 * program can ever run.
 */
import { tokenizeArgs } from "@oxidize/policy";
import { ModulesConfigError } from "./errors.js";

export function parseArgumentList(text: string | undefined, input: string): string[] {
  const trimmed = text?.trim() ?? "";
  if (trimmed === "") return [];
  if (trimmed.startsWith("[")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      throw new ModulesConfigError(
        `Input '${input}' looks like a JSON array but is not valid JSON: ${(error as Error).message}`,
      );
    }
    if (!Array.isArray(parsed) || !parsed.every((a) => typeof a === "string")) {
      throw new ModulesConfigError(
        `Input '${input}' must be a JSON array of strings, e.g. ["python3", "check.py"].`,
      );
    }
    return parsed;
  }
  try {
    return tokenizeArgs(trimmed);
  } catch (error) {
    throw new ModulesConfigError(`Input '${input}': ${(error as Error).message}`);
  }
}
