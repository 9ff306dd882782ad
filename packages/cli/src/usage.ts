// One way to say "you called it wrong": one line on stderr naming the mistake and where the help
// is, exit status 2. The full help is one `oxidize help <command>` away, not printed at the user.

import type { CliIo } from "./io.js";

/** A mistake in the command line itself (not in the files or the environment it names). */
export class UsageError extends Error {}

/** node:util parseArgs's error, in the words of this CLI (its own messages run to three sentences). */
export function parseArgsMessage(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? "";
  const option = quoted.split(" ")[0];
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${option}`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument '${quoted}'`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return message.includes("argument missing")
        ? `option ${option} needs a value`
        : `option ${option} takes no value`;
    default:
      return message.split("\n")[0] ?? message;
  }
}

/** Print the one-line usage error with the help command for `topic`; returns the exit status (2). */
export function usageFailure(io: CliIo, message: string, topic?: string): number {
  io.stderr(`oxidize: ${message}; run 'oxidize help${topic ? ` ${topic}` : ""}'\n`);
  return 2;
}
