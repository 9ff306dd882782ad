/**
 * Reading JSON that came from outside (result files, reports, policies) without echoing it: an
 * error says where and what kind, never quotes the text (a file named by an input could be any
 * file on the runner), and a document nested deeper than any real one is refused before a
 * recursive validator can overflow the stack on it.
 */

/** The deepest nesting any document we read legitimately has, with room to spare. */
export const MAX_JSON_DEPTH = 64;

/** Why JSON.parse refused a text, without the excerpt of it that V8 puts in its message. */
export function describeJsonError(error: unknown): string {
  if (error instanceof RangeError) return "it is nested too deeply";
  const message = error instanceof Error ? error.message : String(error);
  if (/Unexpected end of JSON input/.test(message)) return "it ends in the middle of a value";
  const at = /at position (\d+)/.exec(message);
  return at ? `it is not valid JSON (at character ${Number(at[1]) + 1})` : "it is not valid JSON";
}

/** Whether a parsed value nests arrays/objects deeper than `limit` (iterative: no recursion). */
export function nestedDeeperThan(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== "object" || item === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * JSON.parse with both checks: the value, or a sentence for "<file> <sentence>" such as
 * "is not JSON: it ends in the middle of a value".
 */
export function parseJsonText(text: string): { value: unknown } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: `is not JSON: ${describeJsonError(error)}` };
  }
  if (nestedDeeperThan(value)) return { problem: `nests values more than ${MAX_JSON_DEPTH} levels deep` };
  return { value };
}
