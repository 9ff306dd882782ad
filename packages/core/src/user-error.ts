/**
 * Something the user can act on: an input, a file they wrote, their machine, a server they chose.
 * Every package's "this is wrong, here is the fix" error extends it, and the actions report it as
 * one line without a stack trace. Anything thrown that is not a UserError is our bug.
 *
 * Messages name what is wrong (the input, the file) and how to fix it.
 */
export class UserError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The message of any thrown value, without assuming it is an Error. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
