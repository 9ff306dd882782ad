import { readFile as fsReadFile } from "node:fs/promises";
import { join } from "node:path";
import { parse as parseToml } from "smol-toml";
import { FactsError } from "./errors.js";
import type { ReadTextFile } from "./python-version.js";

/** A Rust version as Cargo's `rust-version` accepts it: 1.95 or 1.95.0 (no pre-release). */
const RUST_VERSION = /^\d+\.\d+(\.\d+)?$/;

export function checkRustVersion(value: string, what: string): string {
  const trimmed = value.trim();
  if (!RUST_VERSION.test(trimmed)) {
    throw new FactsError(
      `${what}: '${value}' is not a Rust version; write it like Cargo's rust-version, e.g. 1.95.`,
    );
  }
  return trimmed;
}

/**
 * `rust-version` of the source tree's root Cargo.toml: `[workspace.package]` (how CPython's
 * prototype states it for all crates) or `[package]`. Undefined when there is no Cargo.toml or
 * it states none; a Cargo.toml that is not TOML is an error naming the file.
 */
export async function readCargoMsrv(
  sourceDir: string,
  readFile: ReadTextFile = (path) => fsReadFile(path, "utf8"),
): Promise<string | undefined> {
  const path = join(sourceDir, "Cargo.toml");
  let text: string;
  try {
    text = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new FactsError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  let manifest: Record<string, unknown>;
  try {
    manifest = parseToml(text) as Record<string, unknown>;
  } catch (error) {
    throw new FactsError(`${path} is not valid TOML: ${(error as Error).message}`);
  }
  const workspace = table(table(manifest["workspace"])?.["package"]);
  const pkg = table(manifest["package"]);
  for (const [where, value] of [
    ["[workspace.package]", workspace?.["rust-version"]],
    ["[package]", pkg?.["rust-version"]],
  ] as const) {
    if (value === undefined) continue;
    if (typeof value !== "string")
      throw new FactsError(`${path}: ${where} rust-version must be a string like "1.95".`);
    return checkRustVersion(value, `${path}: ${where} rust-version`);
  }
  return undefined;
}

function table(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
