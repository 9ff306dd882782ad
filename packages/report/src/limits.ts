/**
 * GitHub's size limits for what reporting sends, and truncation that always lands inside them.
 * Truncation never rejects: it cuts (at a line break when one is near), and says so in a note
 * that is itself counted against the limit.
 */

/** `GITHUB_STEP_SUMMARY`: at most 1 MiB per step (bytes of UTF-8). */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Checks API `output.title`, `output.summary`, `output.text`: at most 65535 characters each. */
export const CHECK_OUTPUT_LIMIT_CHARS = 65535;
/** Checks API: at most 50 annotations per create/update request. */
export const CHECK_ANNOTATIONS_PER_REQUEST = 50;
/** Checks API annotation `message`: at most 64 KB. */
export const CHECK_ANNOTATION_MESSAGE_LIMIT_BYTES = 64 * 1024;
/** Checks API annotation `title`: at most 255 characters. */
export const CHECK_ANNOTATION_TITLE_LIMIT_CHARS = 255;
/** Workflow-command annotations GitHub shows per step, for each kind (error, warning, notice). */
export const WORKFLOW_ANNOTATIONS_PER_KIND = 10;
/** Workflow-command annotations GitHub shows per job, all kinds together. */
export const WORKFLOW_ANNOTATIONS_PER_JOB = 50;

type Unit = "characters" | "bytes";

const utf8 = new TextEncoder();

function measure(text: string, unit: Unit): number {
  return unit === "bytes" ? utf8.encode(text).length : text.length;
}

/** The longest prefix of `text` within `budget` units that does not split a character. */
function prefixWithin(text: string, budget: number, unit: Unit): string {
  if (budget <= 0) return "";
  if (unit === "characters") {
    let end = Math.min(budget, text.length);
    // Never leave half of a surrogate pair: GitHub would count it as a broken character.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    return text.slice(0, end);
  }
  const bytes = utf8.encode(text);
  let end = Math.min(budget, bytes.length);
  // Back up to the first byte of a UTF-8 sequence (continuation bytes are 10xxxxxx).
  while (end > 0 && end < bytes.length && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  return new TextDecoder().decode(bytes.subarray(0, end));
}

/**
 * `text` if it fits in `limit` (characters or UTF-8 bytes), else a prefix plus a note saying how
 * much was left out and why; the result always measures ≤ `limit`.
 */
export function truncateWithNote(text: string, limit: number, unit: Unit, what: string): string {
  const total = measure(text, unit);
  if (total <= limit) return text;
  const note = (omitted: number) =>
    `\n\n> [!WARNING]\n> Truncated: ${omitted} more ${unit} not shown (${what} is limited to ${limit} ${unit}).\n`;
  // Reserve room for the longest note this text could need (omitted ≤ total).
  const reserved = measure(note(total), unit);
  if (reserved >= limit) return prefixWithin(text, limit, unit);
  let kept = prefixWithin(text, limit - reserved, unit);
  // Prefer a whole line: a Markdown table row cut in half renders as garbage.
  const lineEnd = kept.lastIndexOf("\n");
  if (lineEnd > kept.length / 2) kept = kept.slice(0, lineEnd);
  return kept + note(total - measure(kept, unit));
}

/** One line, cut with an ellipsis (titles have no room for a note). */
export function truncateLine(text: string, limitChars: number): string {
  const line = text.replace(/\s*[\r\n]+\s*/g, " ").trim();
  if (line.length <= limitChars) return line;
  return `${prefixWithin(line, limitChars - 1, "characters")}…`;
}

/** A prefix within `limitBytes` of UTF-8, with an ellipsis when cut. */
export function truncateBytes(text: string, limitBytes: number): string {
  if (measure(text, "bytes") <= limitBytes) return text;
  return `${prefixWithin(text, limitBytes - 3, "bytes")}…`;
}

/** UTF-8 size, for tests and callers that budget several parts. */
export function byteLength(text: string): number {
  return measure(text, "bytes");
}
