import { UserError } from "@oxidize/core";

/**
 * A mistake in the user's configuration (an input, a Cargo.toml, the environment): the action
 * reports it as its failure message, without a stack trace. Messages name the file or input and
 * the fix.
 */
export class ModulesConfigError extends UserError {}
