/**
 * configure's verdict on each Rust module (`MODULE_<NAME>_STATE` in the generated Makefile) next
 * to the policy's. They can disagree: the fork's cargo check writes `yes` with no cargo anywhere,
 * and then make fails where the policy says the module is skipped. Pure.
 */
import { moduleStateVar } from "@oxidize/policy";
import type { ModuleOutcome, ModuleReasonCode } from "./types.js";

/** Reasons that mean Rust cannot build the module here (as opposed to a choice, or a broken build). */
const TOOLCHAIN_CODES: readonly ModuleReasonCode[] = [
  "rust-missing",
  "rust-too-old",
  "no-rust-target",
  "rust-std-missing",
];

/**
 * The disagreement between configure's state and what the policy decided for this module, or
 * undefined when they agree. `policyBuilds`: the policy and the toolchain let the module be built.
 */
export function stateDisagreement(
  module: string,
  state: string,
  policyBuilds: boolean,
  outcome: Pick<ModuleOutcome, "code" | "short">,
): string | undefined {
  const variable = `${moduleStateVar(module)}=${state}`;
  if (policyBuilds && state !== "yes") {
    return `configure set ${variable}, but the policy builds ${module}: make leaves it out. Re-run configure where Rust is found, or fix configure's check.`;
  }
  if (!policyBuilds && state === "yes") {
    if (TOOLCHAIN_CODES.includes(outcome.code)) {
      return (
        `configure set ${variable}, but ${module} cannot be built here (${outcome.short}): make would try and fail ` +
        `instead of leaving it out. configure's Rust check is wrong; it must give missing or disabled.`
      );
    }
    if (outcome.code === "policy-disabled") {
      return `configure set ${variable}, but the policy does not build Rust modules here: make would build ${module} anyway.`;
    }
  }
  return undefined;
}

/** The outcome's status in CPython's words when configure turned the module off. */
export function statusForState(state: string): "disabled" | "missing" | "n/a" {
  return state === "missing" ? "missing" : state === "n/a" ? "n/a" : "disabled";
}
