import * as core from "@actions/core";
import { errorMessage, UserError } from "@oxidize/core";

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
  }
}
