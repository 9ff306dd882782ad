import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { isAbsolute, join, relative } from "node:path";
import { type Env, type Log, parseCommand, type Runner, runProcess } from "@oxidize/core";
import { detectRust, type FileProbe } from "@oxidize/toolchain";
import pLimit from "p-limit";
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
  /** Each configure run's output, one log group per scenario, in scenario order. */
  log?: Log;
  /** How many configure runs go at once; default one per CPU (configure itself is serial work). */
  parallelism?: number;
  /** Where the copies of the tree go (RUNNER_TEMP in an action); default the system's temp directory. */
  tempDir?: string;
}

/** The command given for a conformance run could not be run at all. */
export class ConformanceError extends PolicyError {}

/** A scenario's result and configure's whole output, logged once the scenarios before it are. */
interface ScenarioRun {
  result: ConformanceScenarioResult;
  output: string;
}

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
 * as they are in that scenario.
 *
 * configure writes into its tree, so only the as-given run happens in `cwd` (which ends configured
 * as the user asked); the others run in copies of it (without `.git`), side by side: CPython's
 * configure takes a minute or more of mostly serial work, and four of them in a row were most of
 * the step's time.
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

  const results = await runSideBySide(scenarios, options, (scenario, cwd) =>
    runScenario(
      scenario,
      commandInCopy(argv, options.cwd, cwd),
      present,
      detect,
      { ...options, cwd },
      platform,
      cwd !== options.cwd,
    ),
  );
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
  /** The scenario runs in a copy of the tree, which it may change before configure runs. */
  inCopy: boolean,
): Promise<ScenarioRun> {
  const hidden = scenario.hideRust ? await hideRust(options.env, { platform }) : undefined;
  try {
    const env = hidden?.env ?? options.env;
    if (hidden && inCopy) await forgetRustInCopy(options.cwd, env);
    const rust = hidden ? await hiddenFacts(detect, env) : present;
    const command = [...argv, ...scenario.append];
    const facts: Facts = { ...options.facts, rust, configure: parseConfigureArgs(command.slice(1)) };
    const verdict = evaluate(options.policy, facts);
    const expected = { outcome: verdict.outcome, message: verdict.message, reasons: verdict.reasons };
    const started = Date.now();
    const invocation = configureInvocation(command, platform);
    const result = await (options.run ?? runProcess)(invocation.file, invocation.args, {
      cwd: options.cwd,
      env,
      timeoutMs: options.timeoutMs ?? 600_000,
    });
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
        result: {
          ...base,
          skipped: `Rust was still found with it hidden (${rust.rustc.path ?? rust.cargo.path})`,
        },
        output: result.output,
      };
    }
    const mismatches = compareRun(verdict, observed);
    if (result.timedOut) mismatches[0] = `configure did not finish within ${options.timeoutMs ?? 600_000} ms`;
    const states = observed.exitCode === 0 ? await rustModuleStates(options.cwd, started) : undefined;
    if (states) {
      base.moduleStates = states;
      mismatches.push(...compareModuleStates(verdict.rustModules, states, scenario.hideRust));
    }
    return { result: { ...base, mismatches }, output: result.output };
  } finally {
    await hidden?.cleanup();
  }
}

/** The title of a scenario's log group. */
function groupTitle(result: ConformanceScenarioResult): string {
  return `configure ${result.description}: ${result.argv.join(" ")}${result.rustHidden ? " (Rust hidden)" : ""}`;
}

/**
 * Runs the scenarios at most `parallelism` at a time, the first in `options.cwd` and each other in
 * its own copy of it, and logs each one's output as a group in scenario order, so groups never
 * interleave. The copies go, whatever happens.
 */
async function runSideBySide(
  scenarios: readonly Scenario[],
  options: ConformanceOptions,
  runOne: (scenario: Scenario, cwd: string) => Promise<ScenarioRun>,
): Promise<ConformanceScenarioResult[]> {
  const limit = pLimit(Math.max(1, options.parallelism ?? availableParallelism()));
  const scratch =
    scenarios.length > 1
      ? await mkdtemp(join(options.tempDir ?? tmpdir(), "oxidize-conformance-"))
      : undefined;
  let runs: Array<Promise<ScenarioRun>> = [];
  try {
    // Every copy is the tree as given, taken before any configure writes into it (a config.cache
    // the as-given run rewrites must not reach the others).
    const dirs = await Promise.all(
      scenarios.map((scenario, index) =>
        index === 0 ? options.cwd : copyScenarioTree(options.cwd, join(scratch!, scenario.id)),
      ),
    );
    runs = scenarios.map((scenario, index) => limit(() => runOne(scenario, dirs[index]!)));
    const results: ConformanceScenarioResult[] = [];
    for (const run of runs) {
      const { result, output } = await run;
      if (options.log) await logScenario(options.log, result, output);
      results.push(result);
    }
    return results;
  } finally {
    await Promise.allSettled(runs);
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}

async function logScenario(log: Log, result: ConformanceScenarioResult, output: string): Promise<void> {
  await log.group(groupTitle(result), () =>
    log.untrusted(async () => {
      for (const line of output.split(/\r?\n/)) if (line !== "") log.info(line);
    }),
  );
}

/** A copy of the tree configure can write into: everything but `.git`, modes, links and times kept. */
async function copyScenarioTree(tree: string, to: string): Promise<string> {
  const git = join(tree, ".git");
  await cp(tree, to, {
    recursive: true,
    preserveTimestamps: true,
    verbatimSymlinks: true,
    filter: (source) => source !== git,
  });
  return to;
}

/**
 * An autoconf cache for a run with Rust hidden: its answers about cargo and Rust
 * (`ac_cv_prog_HAVE_CARGO`, …) dropped, and its record of the Rust precious variables
 * (`ac_cv_env_CARGO_HOME_set`/`_value`, from AC_ARG_VAR) set to `env`'s, as if the cache had
 * been written in this environment: configure calls a cache corrupt when a precious variable
 * differs from its record, and the other answers do not depend on where Rust is.
 */
export function forgetRustInConfigCache(text: string, env: Env): string {
  const rust = /cargo|rust/i;
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    const precious = /^ac_cv_env_(\w+)_(set|value)=/.exec(line);
    if (precious && rust.test(precious[1]!)) {
      const value = env[precious[1]!];
      lines.push(
        precious[2] === "set"
          ? `ac_cv_env_${precious[1]}_set=${value === undefined ? "" : "set"}`
          : `ac_cv_env_${precious[1]}_value=${value === undefined ? "" : shellQuote(value)}`,
      );
    } else if (!/\bac_cv_(?!env_)\w*(cargo|rust)/i.test(line)) {
      lines.push(line);
    }
  }
  return lines.join("\n");
}

/** A value as config.cache holds it: single-quoted for the shell that sources the cache. */
function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]*$/.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`;
}

/** A configure path given inside the tree names the same file in a copy of it. */
export function commandInCopy(argv: readonly string[], tree: string, copy: string): string[] {
  const [file, ...rest] = argv;
  if (file === undefined || !isAbsolute(file)) return [...argv];
  const inside = relative(tree, file);
  return inside.startsWith("..") || isAbsolute(inside) ? [...argv] : [join(copy, inside), ...rest];
}

/**
 * With Rust hidden, configure's cache in the scenario's copy (`-C`, as CPython's CI configures)
 * forgets what it knew of cargo and Rust, or its cached "found" would answer for the hidden
 * toolchain and its record of CARGO_HOME would call the cache corrupt.
 */
async function forgetRustInCopy(dir: string, env: Env): Promise<void> {
  const cache = join(dir, "config.cache");
  const text = await readFile(cache, "utf8").catch(() => undefined);
  if (text !== undefined) await writeFile(cache, forgetRustInConfigCache(text, env));
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
