import {
  type ConformanceReport,
  checkFacts,
  type Facts,
  type FailOn,
  type PolicyCheck,
  type Reason,
  reachesFailOn,
  type Verdict,
} from "@oxidize/policy";
import { type ActionResult, type Conclusion, RESULT_SCHEMA, type ResultReason } from "@oxidize/report";

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

export function buildResult(
  check: PolicyCheck,
  options: { failOn: FailOn; matrix?: Record<string, unknown>; startedAt: Date; finishedAt: Date },
): ActionResult<ConfigurePolicyDetails> {
  const { facts, verdict, policy } = check;
  const result: ActionResult<ConfigurePolicyDetails> = {
    schema: RESULT_SCHEMA,
    action: "configure-policy",
    conclusion: conclusionOf(verdict, options.failOn),
    title: `${verdict.outcome}: ${verdict.message}`,
    facts: checkFacts(check),
    reasons: verdict.reasons.map((reason) => resultReason(reason, check.conformance)),
    details: {
      verdict,
      facts,
      ...(check.conformance ? { conformance: check.conformance } : {}),
      policy: { name: policy.name, ...(policy.source ? { source: policy.source } : {}) },
      failOn: options.failOn,
    },
    timings: check.timings,
    startedAt: options.startedAt.toISOString(),
    finishedAt: options.finishedAt.toISOString(),
  };
  if (options.matrix) result.matrix = options.matrix;
  return result;
}
