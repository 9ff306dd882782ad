import { type Env, type Log, parseCommand, type Runner, runProcess } from "@oxidize/core";
import { detectRust, type FileProbe } from "@oxidize/toolchain";
import { PolicyError } from "../errors.js";
import { evaluate } from "../evaluate.js";
import { parseConfigureArgs } from "../facts/configure-args.js";
import type { Facts, Outcome, Policy, Reason, RustFacts, Verdict } from "../types.js";
import { phaseFor } from "../version.js";
import { compareRun, lastLines, type ObservedRun, observeRun } from "./compare.js";
import { hideRust } from "./hide-rust.js";
import { bashCouldNotStart, configureInvocation } from "./invocation.js";
import { compareModuleStates, rustModuleStates } from "./module-states.js";

export type ScenarioId = "as-is" | "rust-hidden" | "opt-out" | "with-rust";

export interface ConformanceScenarioResult {
  scenario: ScenarioId;
  /** "with Rust hidden", … — reads after "configure ran …". */
  description: string;
  /** The configure command run (on Windows as bash's "$@", never parsed by it). */
  argv: string[];
  rustHidden: boolean;
  /** What the policy requires for this scenario. */
  expected: { outcome: Outcome; message: string; reasons: Reason[] };
  observed: ObservedRun;
  signal: string | null;
  durationMs: number;
  /** Last 20 lines of stdout+stderr. */
  tail: string[];
  /** Empty when configure behaved as the policy requires. */
  mismatches: string[];
  /** `MODULE_<NAME>_STATE` of each Rust module in the Makefile this run wrote (a CPython tree). */
  moduleStates?: Record<string, string>;
  /** Set when the scenario could not be set up (e.g. Rust still found with everything hidden). */
  skipped?: string;
}

export interface ConformanceReport {
  command: string[];
  cwd: string;
  ok: boolean;
  scenarios: ConformanceScenarioResult[];
  /** One `conformance-mismatch` reason per scenario that disagrees. */
  reasons: Reason[];
}

export interface ConformanceOptions {
  /** The configure command, e.g. "./configure --prefix=/tmp/x": split into argv, never given to a shell. */
  command: string | readonly string[];
  /** Where configure runs (the source tree). */
  cwd: string;
  env: Env;
  policy: Policy;
  /** The build's facts (Python version, MSRV, platform); Rust itself is detected again per scenario. */
  facts: Facts;
  /** Per configure run; default 10 minutes (CPython's configure takes about a minute). */
  timeoutMs?: number;
  platform?: NodeJS.Platform;
  run?: Runner;
  probe?: FileProbe;
  /** Each configure run streamed as it goes, one log group per scenario. */
  log?: Log;
}

/** The command given for a conformance run could not be run at all. */
export class ConformanceError extends PolicyError {}

interface Scenario {
  id: ScenarioId;
  description: string;
  hideRust: boolean;
  append: string[];
}

/**
 * Runs configure once per scenario and checks it does what the policy says it must:
 * (a) as given; (b) with Rust hidden; (c) with Rust hidden and `--with-rust=no` appended (where the
 * phase rejects the opt-out, this checks configure rejects it too); (d) when Rust is available,
 * with `--with-rust=yes` appended. Each run's expected verdict comes from `evaluate` on the facts
 * as they are in that scenario. Scenarios run one after another: configure writes into its tree.
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const argv =
    typeof options.command === "string" ? parseCommand(options.command, "run") : [...options.command];
  if (argv.length === 0)
    throw new ConformanceError("run: the configure command is empty; give e.g. ./configure");
  const platform = options.platform ?? process.platform;
  const detect = (env: Env) =>
    detectRust({ env, platform, cwd: options.cwd, ...(options.probe ? { probe: options.probe } : {}) });

  const present = await detect(options.env);
  const scenarios: Scenario[] = [
    { id: "as-is", description: "as given", hideRust: false, append: [] },
    { id: "rust-hidden", description: "with Rust hidden", hideRust: true, append: [] },
  ];
  if (phaseFor(options.policy, options.facts.python)) {
    scenarios.push({
      id: "opt-out",
      description: "with Rust hidden and --with-rust=no",
      hideRust: true,
      append: ["--with-rust=no"],
    });
  }
  if (present.available) {
    scenarios.push({
      id: "with-rust",
      description: "with Rust present and --with-rust=yes",
      hideRust: false,
      append: ["--with-rust=yes"],
    });
  }

  const results: ConformanceScenarioResult[] = [];
  for (const scenario of scenarios) {
    results.push(await runScenario(scenario, argv, present, detect, options, platform));
  }
  const reasons = results
    .filter((r) => r.mismatches.length > 0)
    .map<Reason>((r) => ({
      code: "conformance-mismatch",
      outcome: "fail",
      message:
        `configure does not follow policy ${options.policy.name} ${r.description}: ${r.mismatches.join("; ")} ` +
        `(required: ${r.expected.outcome} — ${r.expected.message})`,
    }));
  return { command: argv, cwd: options.cwd, ok: reasons.length === 0, scenarios: results, reasons };
}

async function runScenario(
  scenario: Scenario,
  argv: string[],
  present: RustFacts,
  detect: (env: Env) => Promise<RustFacts>,
  options: ConformanceOptions,
  platform: NodeJS.Platform,
): Promise<ConformanceScenarioResult> {
  const hidden = scenario.hideRust ? await hideRust(options.env, { platform }) : undefined;
  try {
    const env = hidden?.env ?? options.env;
    const rust = hidden ? await hiddenFacts(detect, env) : present;
    const command = [...argv, ...scenario.append];
    const facts: Facts = { ...options.facts, rust, configure: parseConfigureArgs(command.slice(1)) };
    const verdict = evaluate(options.policy, facts);
    const expected = { outcome: verdict.outcome, message: verdict.message, reasons: verdict.reasons };
    const started = Date.now();
    const invocation = configureInvocation(command, platform);
    const execute = () =>
      (options.run ?? runProcess)(invocation.file, invocation.args, {
        cwd: options.cwd,
        env,
        timeoutMs: options.timeoutMs ?? 600_000,
        ...(options.log && {
          onStdoutLine: (line: string) => options.log?.info(line),
          onStderrLine: (line: string) => options.log?.info(line),
        }),
      });
    const title = `configure ${scenario.description}: ${command.join(" ")}${scenario.hideRust ? " (Rust hidden)" : ""}`;
    const log = options.log;
    const result = await (log ? log.group(title, () => log.untrusted(execute)) : execute());
    if (result.startError !== undefined) {
      const fix = invocation.viaBash
        ? `Windows starts configure with bash, as shell: bash does: install Git for Windows (its bash on PATH), ` +
          `or skip the conformance run on Windows (if: runner.os != 'Windows').`
        : `Give the configure command relative to source-dir (e.g. ./configure) and make sure it is executable.`;
      throw new ConformanceError(
        `run: cannot start ${JSON.stringify(invocation.file)} in ${options.cwd}: ${result.startError}. ${fix}`,
      );
    }
    if (bashCouldNotStart(invocation, result.exitCode)) {
      const said = lastLines(result.output, 1)[0] ?? `exit ${result.exitCode}`;
      throw new ConformanceError(
        `run: cannot start ${JSON.stringify(command[0])} in ${options.cwd}: ${said}. ` +
          `Give the configure command relative to source-dir (e.g. ./configure).`,
      );
    }
    const observed = observeRun(result.exitCode, result.output, result.timedOut);
    const base: ConformanceScenarioResult = {
      scenario: scenario.id,
      description: scenario.description,
      argv: command,
      rustHidden: scenario.hideRust,
      expected,
      observed,
      signal: result.signal,
      durationMs: Date.now() - started,
      tail: lastLines(result.output, 20),
      mismatches: [],
    };
    if (hidden && rust.available) {
      // Not configure's fault: some Rust is reachable in ways we cannot hide (e.g. a wrapper script).
      return {
        ...base,
        skipped: `Rust was still found with it hidden (${rust.rustc.path ?? rust.cargo.path})`,
      };
    }
    const mismatches = compareRun(verdict, observed);
    if (result.timedOut) mismatches[0] = `configure did not finish within ${options.timeoutMs ?? 600_000} ms`;
    const states = observed.exitCode === 0 ? await rustModuleStates(options.cwd, started) : undefined;
    if (states) {
      base.moduleStates = states;
      mismatches.push(...compareModuleStates(verdict.rustModules, states, scenario.hideRust));
    }
    return { ...base, mismatches };
  } finally {
    await hidden?.cleanup();
  }
}

/** Rust facts with Rust hidden; the problem says so rather than listing temp directories. */
async function hiddenFacts(detect: (env: Env) => Promise<RustFacts>, env: Env): Promise<RustFacts> {
  const rust = await detect(env);
  return rust.available ? rust : { ...rust, problem: "hidden for this conformance run" };
}

/** The verdict once a conformance run is taken into account: any mismatch makes it `fail`. */
export function applyConformance(verdict: Verdict, report: ConformanceReport): Verdict {
  if (report.ok) return verdict;
  return {
    ...verdict,
    outcome: "fail",
    reasons: [...verdict.reasons, ...report.reasons],
    message: report.reasons[0]!.message,
  };
}
