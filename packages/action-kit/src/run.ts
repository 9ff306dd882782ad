import * as core from "@actions/core";
import { errorMessage, UserError } from "@oxidize/core";
import { hasAbandoned } from "./abandoned.js";
import { inert } from "./log.js";
import type { PublishReport } from "./publish.js";

/**
 * The one try/catch every action entry point goes through. A UserError fails the step with its
 * message alone: one error annotation that names the input and the fix. Anything else is our bug
 * and says so; its stack goes to the debug log, not into the annotation.
 */
export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof UserError) {
      core.setFailed(error.message);
      return;
    }
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(
      `Unexpected error (a bug in oxidize; please report it, with the stack from a re-run with debug logging): ${errorMessage(error)}`,
    );
  } finally {
    // Keeps process.exitCode (a failed step stays failed).
    if (hasAbandoned()) process.exit();
  }
}

/**
 * Fails the step because of its published result. When the result's own error annotations already
 * said why, the step only exits non-zero (with the line in the log): each failure is said once.
 */
export function failStep(message: string, published: Pick<PublishReport, "errors">): void {
  if (published.errors > 0) {
    core.info(inert(message));
    process.exitCode = core.ExitCode.Failure;
  } else {
    core.setFailed(message);
  }
}
