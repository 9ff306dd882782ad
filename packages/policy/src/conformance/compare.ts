import type { Outcome, Verdict } from "../types.js";

/** What a configure run showed, reduced to what the policy speaks about. */
export interface ObservedRun {
  /** null: killed, timed out or never started. */
  exitCode: number | null;
  timedOut: boolean;
  /** `configure: WARNING: …` lines that mention Rust or cargo. */
  rustWarnings: string[];
  /** `configure: error: …` lines. */
  errors: string[];
  /** pass: exit 0 and no Rust warning; warn: exit 0 with one; fail: anything else. */
  outcome: Outcome;
}

const WARNING = /^configure: WARNING: /;
const ERROR = /^configure: error: /;
const RUSTY = /rust|cargo/i;

export function observeRun(exitCode: number | null, output: string, timedOut = false): ObservedRun {
  const lines = output.split(/\r?\n/);
  const rustWarnings = lines.filter((line) => WARNING.test(line) && RUSTY.test(line));
  const errors = lines.filter((line) => ERROR.test(line));
  const outcome: Outcome = exitCode !== 0 ? "fail" : rustWarnings.length > 0 ? "warn" : "pass";
  return { exitCode, timedOut, rustWarnings, errors, outcome };
}

/**
 * Every way the run disagrees with the expected verdict, one sentence each (empty = conforms):
 * fail ⇔ non-zero exit with a `configure: error:` line; warn ⇔ exit 0 with a Rust warning;
 * pass ⇔ exit 0 and no Rust warning.
 */
export function compareRun(expected: Pick<Verdict, "outcome">, observed: ObservedRun): string[] {
  if (observed.timedOut) return ["configure did not finish in time"];
  const mismatches: string[] = [];
  const exit = observed.exitCode === null ? "was killed" : `exited with ${observed.exitCode}`;
  switch (expected.outcome) {
    case "fail":
      if (observed.exitCode === 0)
        mismatches.push("configure succeeded (exit 0) where the policy requires it to fail");
      if (observed.errors.length === 0) mismatches.push("configure printed no 'configure: error:' line");
      break;
    case "warn":
      if (observed.exitCode !== 0)
        mismatches.push(`configure ${exit} where the policy requires it to succeed`);
      if (observed.rustWarnings.length === 0) {
        mismatches.push(
          "configure printed no 'configure: WARNING:' line about Rust where the policy requires one",
        );
      }
      break;
    case "pass":
      if (observed.exitCode !== 0)
        mismatches.push(`configure ${exit} where the policy requires it to succeed`);
      if (observed.rustWarnings.length > 0) {
        mismatches.push(
          `configure warned about Rust where the policy expects no warning: ${observed.rustWarnings[0]}`,
        );
      }
      break;
  }
  return mismatches;
}

/** The last `count` non-empty lines, for evidence in reports. */
export function lastLines(output: string, count = 20): string[] {
  const lines = output.replace(/\s+$/, "").split(/\r?\n/);
  return lines.length === 1 && lines[0] === "" ? [] : lines.slice(-count);
}
