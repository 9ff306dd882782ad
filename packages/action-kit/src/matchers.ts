import { existsSync } from "node:fs";
import { join } from "node:path";
import * as core from "@actions/core";

/** The problem-matcher files setup-rust ships, in registration order. */
export const MATCHER_FILES = ["rustc.json", "rustfmt.json", "panic.json"] as const;

/** Every owner those files declare, so a later step can `::remove-matcher owner=…::` them. */
export const MATCHER_OWNERS = [
  "oxidize-rustc",
  "oxidize-rustfmt",
  "oxidize-rust-panic",
  "oxidize-rust-panic-legacy",
] as const;

/**
 * Set by setup-rust (through GITHUB_ENV) to the directory whose matchers it registered, so a later
 * step can put back exactly those, and only when they were registered.
 */
export const MATCHERS_DIR_ENV = "OXIDIZE_MATCHERS_DIR";

/** The `::add-matcher::` commands that register the matchers of `directory`, one absolute path each. */
export function addMatcherCommands(directory: string): string[] {
  return MATCHER_FILES.map((file) => `::add-matcher::${join(directory, file)}`);
}

export function removeMatcherCommands(): string[] {
  return MATCHER_OWNERS.map((owner) => `::remove-matcher owner=${owner}::`);
}

/**
 * Runs `body` with setup-rust's matchers unregistered. The runner applies matchers to every line
 * that is not a command — stop-commands does not shield cargo's output — so a diagnostic this
 * action reports itself (e.g. as a warning for an optional module) would also become a red
 * matcher error. Restored afterwards, even when `body` throws, for the steps that follow.
 */
export async function withoutRustMatchers<T>(
  body: () => Promise<T>,
  env: NodeJS.ProcessEnv = process.env,
  print: (line: string) => void = core.info,
): Promise<T> {
  const directory = env[MATCHERS_DIR_ENV];
  if (!directory || !existsSync(join(directory, MATCHER_FILES[0]))) return body();
  for (const command of removeMatcherCommands()) print(command);
  try {
    return await body();
  } finally {
    for (const command of addMatcherCommands(directory)) print(command);
  }
}
