import { UserError } from "./user-error.js";

/** Words that cannot be split: an unterminated quote or a trailing backslash. */
export class ArgumentSyntaxError extends UserError {}

/**
 * Splits a command line into words the way a POSIX shell would for plain words and quotes, and
 * nothing more: no variable or command expansion, no globbing, no redirection, no operators.
 * `$HOME`, `*` and `;` stay literal characters, so a command taken from an input can never run
 * anything but the program it names.
 *
 * Rules: whitespace separates words; '…' keeps everything literally; "…" keeps everything except
 * that \" \\ \$ \` and \<newline> are escapes; outside quotes a backslash escapes the next
 * character (and \<newline> is a line continuation).
 */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let word = "";
  // Distinguishes an empty quoted word ('') from no word at all.
  let inWord = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === " " || c === "\t" || c === "\n" || c === "\r") {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
      i++;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw unbalanced("single quote (')", i, text);
      word += text.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      i++;
      let closed = false;
      while (i < text.length) {
        const d = text[i]!;
        if (d === '"') {
          closed = true;
          i++;
          break;
        }
        if (d === "\\" && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1]!)) {
          if (text[i + 1] !== "\n") word += text[i + 1];
          i += 2;
        } else {
          word += d;
          i++;
        }
      }
      if (!closed) throw unbalanced('double quote (")', text.lastIndexOf('"'), text);
      inWord = true;
    } else if (c === "\\") {
      if (i + 1 >= text.length) {
        throw new ArgumentSyntaxError(
          `The arguments end with a lone backslash: ${JSON.stringify(text)}. Remove it or escape it as \\\\.`,
        );
      }
      if (text[i + 1] !== "\n") {
        word += text[i + 1];
        inWord = true;
      }
      i += 2;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word);
  return words;
}

function unbalanced(what: string, at: number, text: string): ArgumentSyntaxError {
  return new ArgumentSyntaxError(
    `Unbalanced ${what} at position ${at + 1} in ${JSON.stringify(text)}: close the quote ` +
      `(arguments are split like a shell would, but nothing is expanded or executed).`,
  );
}

/**
 * A command or argument list as users write it in an input or a flag: a JSON array of strings
 * (`["python3", "-c", "print(1)"]`), or words split by `splitWords`. Never run through a shell.
 * `what` names the input in errors, e.g. `Input 'run'`.
 */
export function parseCommand(text: string | undefined, what: string): string[] {
  const trimmed = text?.trim() ?? "";
  if (trimmed === "") return [];
  if (trimmed.startsWith("[")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      throw new ArgumentSyntaxError(
        `${what} looks like a JSON array but is not valid JSON: ${(error as Error).message}. ` +
          `Write a JSON array of strings, e.g. ["python3", "check.py"], or plain words.`,
      );
    }
    if (!Array.isArray(parsed) || !parsed.every((a) => typeof a === "string")) {
      throw new ArgumentSyntaxError(`${what} must be a JSON array of strings, e.g. ["python3", "check.py"].`);
    }
    return parsed;
  }
  try {
    return splitWords(trimmed);
  } catch (error) {
    throw new ArgumentSyntaxError(`${what}: ${(error as Error).message}`);
  }
}
