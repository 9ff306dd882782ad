import * as core from "@actions/core";
import { ConfigurationError, errorMessage } from "./errors.js";

/**
 * The one try/catch every action entry point goes through: a ConfigurationError fails the
 * step with its message alone; anything else is our bug and keeps its stack in the log.
 */
export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (!(error instanceof ConfigurationError) && error instanceof Error && error.stack) {
      core.debug(error.stack);
      core.error(`Unexpected error (please report it): ${error.stack}`);
    }
    core.setFailed(errorMessage(error));
  }
}
