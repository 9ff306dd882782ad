// Port of rustup's `Cfg::parse_override_file` (src/config.rs): the legacy one-line `rust-toolchain`
// and the TOML form, with the exact line counting, trimming and type rules rustup applies.

import { ToolchainResolutionError } from "./errors.js";
import { isAbsolutePath, type PathFlavor } from "./path-flavor.js";

/** `Both` for `rust-toolchain` (legacy one-liner or TOML), `OnlyToml` for `rust-toolchain.toml`. */
export type ParseMode = "Both" | "OnlyToml";

/** The `[toolchain]` table; a key is present exactly when the file set it. */
export interface ToolchainSection {
  channel?: string;
  path?: string;
  components?: string[];
  targets?: string[];
  profile?: string;
}

/** Rust's `str::lines().count()`: split on `\n`, a trailing `\n` does not start another line. */
export function rustLinesCount(text: string): number {
  if (text === "") return 0;
  let count = 0;
  for (const ch of text) if (ch === "\n") count++;
  return text.endsWith("\n") ? count : count + 1;
}

// Unicode White_Space, which is what Rust's `str::trim` removes. Unlike JS `trim()` it keeps U+FEFF
// (so a BOM survives into the channel name) and removes U+0085.
const RUST_WS = "\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const RUST_TRIM_RE = new RegExp(`^[${RUST_WS}]+|[${RUST_WS}]+$`, "g");

export function rustTrim(text: string): string {
  return text.replace(RUST_TRIM_RE, "");
}

function parseError(file: string, detail: string): ToolchainResolutionError {
  return new ToolchainResolutionError(
    "file-parse",
    `could not parse override file: '${file}': error parsing override file: ${detail}`,
    {
      file,
      help: 'fix the TOML syntax; the file needs a [toolchain] table, e.g. [toolchain] channel = "1.85.0"',
    },
  );
}

function describeValue(value: unknown): string {
  if (typeof value === "string") return `string ${JSON.stringify(value)}`;
  if (typeof value === "number" || typeof value === "bigint") {
    return Number.isInteger(value) || typeof value === "bigint"
      ? `integer \`${value}\``
      : `floating point \`${value}\``;
  }
  if (typeof value === "boolean") return `boolean \`${value}\``;
  if (Array.isArray(value)) return "sequence";
  if (value instanceof Date) return "datetime";
  return "map";
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

const FIELDS = ["channel", "path", "components", "targets", "profile"] as const;
type Field = (typeof FIELDS)[number];

function checkField(field: Field, value: unknown, file: string): string | string[] {
  const wantsList = field === "components" || field === "targets";
  if (!wantsList) {
    if (typeof value !== "string")
      throw parseError(file, `invalid type: ${describeValue(value)}, expected a string`);
    return value;
  }
  if (!Array.isArray(value))
    throw parseError(file, `invalid type: ${describeValue(value)}, expected a sequence`);
  for (const item of value) {
    if (typeof item !== "string") {
      throw parseError(file, `invalid type: ${describeValue(item)}, expected a string (in ${field})`);
    }
  }
  return value as string[];
}

/** serde's view of `toolchain`: a table (unknown keys ignored) or, oddly, a 5-element positional array. */
function toSection(raw: unknown, file: string): ToolchainSection {
  const section: ToolchainSection = {};
  const set = (field: Field, value: unknown) => {
    const checked = checkField(field, value, file);
    (section as Record<Field, string | string[]>)[field] = checked;
  };
  if (Array.isArray(raw)) {
    // serde derives a sequence visitor for structs; rustup's toml crate accepts it only with every field.
    if (raw.length !== FIELDS.length) {
      throw parseError(
        file,
        `invalid length ${raw.length}, expected struct ToolchainSection with 5 elements`,
      );
    }
    for (const [i, field] of FIELDS.entries()) set(field, raw[i]);
    return section;
  }
  if (!isTable(raw)) {
    throw parseError(file, `invalid type: ${describeValue(raw)}, expected struct ToolchainSection`);
  }
  for (const field of FIELDS) if (Object.hasOwn(raw, field)) set(field, raw[field]);
  return section;
}

async function parseTomlText(contents: string, file: string): Promise<Record<string, unknown>> {
  // The Rust toml crate skips a leading byte-order mark; smol-toml does not.
  const text = contents.startsWith("\ufeff") ? contents.slice(1) : contents;
  // Loaded when a TOML file is found: most runs have none, or only a one-line legacy file.
  const { parse: parseToml, TomlError } = await import("smol-toml");
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof TomlError) {
      const reason = error.message.split("\n")[0] ?? error.message;
      throw parseError(file, `TOML parse error at line ${error.line}, column ${error.column}\n${reason}`);
    }
    throw error;
  }
}

/**
 * Parse the contents of `rust-toolchain` / `rust-toolchain.toml`. `file` is only used in messages;
 * `pathFlavor` decides whether a one-line legacy file holds an absolute path.
 */
export async function parseOverrideFile(
  contents: string,
  mode: ParseMode,
  file: string,
  pathFlavor: PathFlavor,
): Promise<ToolchainSection> {
  const empty = () =>
    new ToolchainResolutionError(
      "file-empty",
      `could not parse override file: '${file}': empty toolchain override file detected. Please remove it, or else specify the desired toolchain properties in the file`,
      { file, help: `write a toolchain such as 1.85.0 into ${file}, or delete the file` },
    );
  const lines = rustLinesCount(contents);
  if (lines === 0) throw empty();
  if (lines === 1 && mode === "Both") {
    const channel = rustTrim(contents);
    if (channel === "") throw empty();
    return isAbsolutePath(channel, pathFlavor) ? { path: channel } : { channel };
  }
  const doc = await parseTomlText(contents, file);
  if (!Object.hasOwn(doc, "toolchain")) throw parseError(file, "missing field `toolchain`");
  const section = toSection(doc["toolchain"], file);
  // A profile alone does not count: rustup's `is_empty` ignores it.
  if (
    section.channel === undefined &&
    section.path === undefined &&
    section.components === undefined &&
    section.targets === undefined
  ) {
    throw new ToolchainResolutionError(
      "file-missing-properties",
      `could not parse override file: '${file}': missing toolchain properties in toolchain override file`,
      { file, help: 'set channel (e.g. channel = "1.85.0"), components or targets under [toolchain]' },
    );
  }
  return section;
}
