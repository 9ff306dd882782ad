import { UserError } from "@oxidize/core";

/**
 * A problem with a policy or a policy file: unknown preset, unreadable or malformed file, a value
 * outside the schema. The message names the file, the key path and what was expected, so it can be
 * shown to the user as is.
 */
export class PolicyError extends UserError {
  /** The file (or preset name) the problem is in, when there is one. */
  readonly file: string | undefined;
  /** Every problem found, one line each; `message` joins them. */
  readonly problems: string[];

  constructor(problems: string | string[], file?: string) {
    const list = typeof problems === "string" ? [problems] : problems;
    super(list.join("\n"));
    this.file = file;
    this.problems = list;
  }
}
