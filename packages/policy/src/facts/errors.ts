import { PolicyError } from "../errors.js";

/**
 * A fact could not be established from what the user gave us: a malformed input, a source tree
 * without a readable version, unbalanced quotes in configure arguments. The message names the
 * input or file and says how to fix it; adapters turn it into their own configuration error.
 */
export class FactsError extends PolicyError {}
