import type { Facts, Policy, Verdict } from "./types.js";

export function evaluate(_policy: Policy, _facts: Facts): Verdict {
  throw new Error("evaluate: not implemented yet");
}
