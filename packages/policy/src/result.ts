import { isoTimestamp } from "@oxidize/core";
import { type ActionResult, type Conclusion, RESULT_SCHEMA, type ResultReason } from "@oxidize/report";
import { checkFacts, type FailOn, type PolicyCheck, reachesFailOn } from "./conformance/policy-check.js";
import type { ConformanceReport } from "./conformance/run.js";
import type { Facts, Reason, Verdict } from "./types.js";

export interface ConfigurePolicyDetails {
  verdict: Verdict;
  facts: Facts;
  conformance?: ConformanceReport;
  policy: { name: string; source?: string };
  failOn: FailOn;
}

const LEVEL: Readonly<Record<Reason["outcome"], ResultReason["level"]>> = {
  pass: "notice",
  warn: "warning",
  fail: "failure",
};

/** Output lines quoted in a conformance annotation; the summary shows the last 20. */
const ANNOTATION_TAIL = 8;

/** The step fails at `fail-on`; the check shows a warn verdict as neutral. */
export function conclusionOf(verdict: Verdict, failOn: FailOn): Conclusion {
  if (reachesFailOn(verdict.outcome, failOn)) return "failure";
  return verdict.outcome === "pass" ? "success" : "neutral";
}

/** A conformance mismatch carries its evidence: the command, exit status and last output lines. */
function resultReason(reason: Reason, conformance: ConformanceReport | undefined): ResultReason {
  const result: ResultReason = { level: LEVEL[reason.outcome], code: reason.code, message: reason.message };
  if (reason.code !== "conformance-mismatch" || !conformance) return result;
  const scenario = conformance.scenarios.find(
    (s) => s.mismatches.length > 0 && reason.message.includes(` ${s.description}: `),
  );
  if (!scenario) return result;
  const exit = scenario.observed.exitCode === null ? "killed" : `exit ${scenario.observed.exitCode}`;
  const tail = scenario.tail.slice(-ANNOTATION_TAIL);
  result.title = `configure ${scenario.description} (${exit})`;
  result.message = [
    reason.message,
    `command: ${scenario.argv.join(" ")}${scenario.rustHidden ? " (Rust hidden)" : ""} → ${exit}`,
    ...(tail.length ? ["last output lines:", ...tail.map((line) => `  ${line}`)] : []),
  ].join("\n");
  return result;
}

/** The check as the step's `oxidize/result@1`: its verdict, facts, reasons and conformance evidence. */
export function policyResult(
  check: PolicyCheck,
  options: { failOn: FailOn; startedAt: Date; finishedAt: Date },
): ActionResult<ConfigurePolicyDetails> {
  const { facts, verdict, policy } = check;
  const result: ActionResult<ConfigurePolicyDetails> = {
    schema: RESULT_SCHEMA,
    action: "configure-policy",
    conclusion: conclusionOf(verdict, options.failOn),
    title: `${verdict.outcome}: ${verdict.message}`,
    facts: checkFacts(check),
    reasons: [
      ...(facts.python.disagreement
        ? [
            {
              level: "warning" as const,
              code: "python-version-disagreement",
              title: "python-version disagrees with the source tree",
              message: facts.python.disagreement,
            },
          ]
        : []),
      ...verdict.reasons.map((reason) => resultReason(reason, check.conformance)),
    ],
    details: {
      verdict,
      facts,
      ...(check.conformance ? { conformance: check.conformance } : {}),
      policy: { name: policy.name, ...(policy.source ? { source: policy.source } : {}) },
      failOn: options.failOn,
    },
    timings: check.timings,
    startedAt: isoTimestamp(options.startedAt),
    finishedAt: isoTimestamp(options.finishedAt),
  };
  return result;
}
