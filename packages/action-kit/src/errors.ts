/**
 * A mistake in the user's configuration (an input, a file they wrote, their environment).
 * Actions report these as the job's failure message without a stack trace; anything else
 * is our bug and is reported with its stack.
 */
export class ConfigurationError extends Error {
  override name = "ConfigurationError";
}

/** The message of any thrown value, without assuming it is an Error. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
