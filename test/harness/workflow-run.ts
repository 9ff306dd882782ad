/**
 * Runs a workflow's Linux legs for real, step by step, the way the runner does: jobs in `needs`
 * order, the matrix expanded, each leg in its own workspace and runner directory, every `if:`,
 * `with:`, `env:` and `run:` evaluated by GitHub's expression library (workflow-expressions.ts),
 * outputs, GITHUB_ENV and GITHUB_PATH carried to later steps, `continue-on-error` honoured.
 *
 * - `uses: oxidize/actions/actions/<name>@<ref>` (or `./actions/<name>`): the bundle, through
 *   runAction (run-action.ts), with every input the runner would pass — the `with:` values and
 *   action.yml's defaults, both evaluated here;
 * - `actions/checkout`: the tracked files of a CPython-like tree (examples/cpython-lite);
 * - `actions/upload-artifact` / `actions/download-artifact` (v4): copies through a directory
 *   shared by the workflow's jobs, so a report job reads what the legs wrote;
 * - `run:`: `bash --noprofile --norc -eo pipefail` (or `sh -e`) in the workspace, with the step's env;
 * - any other action (setup-python, …): recorded as not run, with the reason.
 *
 * macOS and Windows legs are checked statically (workflow-check.ts: legProblems).
 */
import { execFileSync, spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { delimiter, dirname, isAbsolute, join, relative, resolve } from "node:path";
import type { Job } from "@actions/workflow-parser/model/workflow-template";
import { repoRoot, runAction } from "./run-action.js";
import {
  actionMetadata,
  jobLegs,
  jobSteps,
  type Leg,
  legProblems,
  oxidizeActionOf,
  type ParsedWorkflow,
  runnerContext,
  type StepView,
} from "./workflow-check.js";
import { parseKeyValueFile } from "./workflow-commands.js";
import {
  type Contexts,
  evaluateCondition,
  evaluateToken,
  type JobStatus,
  tokenString,
} from "./workflow-expressions.js";

export interface WorkflowEnvironment {
  /** Where the legs' directories are made. */
  workDir: string;
  /** What `actions/checkout` checks out: the files git tracks in this directory. */
  checkout: string;
  /** RUNNER_TOOL_CACHE, shared by the legs (a self-hosted runner's). */
  toolCache: string;
  /** The environment of every leg's processes, before the workflow's own `env:`. */
  env: (legDir: string) => Record<string, string | undefined>;
  /** Jobs checked statically only, with the reason (e.g. a checkout that is not a CPython tree). */
  staticJobs?: Record<string, string>;
  timeoutMs?: number;
}

export type StepOutcome = "success" | "failure" | "skipped";

export interface StepRecord {
  label: string;
  /** What ran: the bundle, a shell, the harness's checkout/artifact copy, or nothing. */
  kind: "action" | "run" | "checkout" | "artifact" | "not-run" | "condition-false";
  outcome: StepOutcome;
  conclusion: StepOutcome;
  /** Why the step did not run, or what the harness did instead of the real action. */
  note?: string;
  exitCode?: number | null;
  log: string;
  outputs: Record<string, string>;
  durationMs: number;
}

export interface LegRecord extends Leg {
  /** Run for real (Linux) or checked statically (macOS, Windows). */
  mode: "run" | "static";
  conclusion: "success" | "failure" | "skipped" | "static";
  steps: StepRecord[];
  /** Static problems, and problems found in what the steps left (e.g. a version disagreement). */
  problems: string[];
  /** Why a Linux leg was not run. */
  note?: string;
  durationMs: number;
}

const RUNNER_VARIABLE = /^(INPUT_|GITHUB_|RUNNER_|ACTIONS_)/;

/** The tracked files of `dir` (a checkout has no build leftovers), copied to `dest`. */
function checkoutInto(dir: string, dest: string): void {
  const files = execFileSync("git", ["ls-files", "-z", "--", "."], { cwd: dir, encoding: "utf8" })
    .split("\0")
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    cpSync(join(dir, file), join(dest, file), { preserveTimestamps: true });
  }
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${body}$`);
}

/** Deeply: does a result file hold a reason with this code? */
function hasCode(value: unknown, code: string): boolean {
  if (Array.isArray(value)) return value.some((v) => hasCode(v, code));
  if (value && typeof value === "object") {
    return (value as { code?: unknown }).code === code || Object.values(value).some((v) => hasCode(v, code));
  }
  return false;
}

interface LegState {
  leg: Leg;
  workspace: string;
  runnerDir: string;
  temp: string;
  contexts: Contexts;
  /** The leg's process environment: base, workflow and job env, GITHUB_ENV exports. */
  env: Record<string, string | undefined>;
  /** GITHUB_PATH additions, the last added first. */
  paths: string[];
  failed: boolean;
}

export class WorkflowRun {
  private readonly artifacts: string;
  constructor(
    private readonly parsed: ParsedWorkflow,
    private readonly environment: WorkflowEnvironment,
  ) {
    this.artifacts = mkdtempSync(join(environment.workDir, "artifacts-"));
  }

  /** Runs every job in `needs` order; resolves to each leg's record (static legs included). */
  async run(): Promise<LegRecord[]> {
    const records: LegRecord[] = [];
    const results = new Map<string, "success" | "failure" | "skipped">();
    const jobs = this.parsed.template.jobs.filter((j): j is Job => j.type === "job");
    const pending = [...jobs];
    while (pending.length) {
      const index = pending.findIndex((job) => (job.needs ?? []).every((n) => results.has(n.value)));
      if (index < 0) throw new Error(`jobs with unmet needs: ${pending.map((j) => j.id.value).join(", ")}`);
      const job = pending.splice(index, 1)[0]!;
      const needs = Object.fromEntries(
        (job.needs ?? []).map((n) => [n.value, { result: results.get(n.value), outputs: {} }]),
      );
      const needsFailed = Object.values(needs).some((n) => n.result === "failure");
      const runs = evaluateCondition(
        job.if.expression,
        { needs, github: this.github("") },
        {
          failed: needsFailed,
          cancelled: false,
        },
      );
      const legs: LegRecord[] = [];
      for (const leg of jobLegs(job, { github: this.github("") })) {
        legs.push(runs ? await this.runLeg(job, leg, needs) : this.skippedLeg(leg));
      }
      records.push(...legs);
      results.set(
        job.id.value,
        legs.some((l) => l.conclusion === "failure") ? "failure" : runs ? "success" : "skipped",
      );
    }
    return records;
  }

  private github(workspace: string): Record<string, unknown> {
    return {
      workspace,
      token: "",
      event_name: "push",
      event: {},
      repository: "octo-org/octo-repo",
      repository_owner: "octo-org",
      sha: "0123456789abcdef0123456789abcdef01234567",
      ref: "refs/heads/main",
      ref_name: "main",
      server_url: "https://github.com",
      api_url: "https://api.github.com",
      run_id: "1",
      run_number: "1",
      actor: "octocat",
    };
  }

  private skippedLeg(leg: Leg): LegRecord {
    return { ...leg, mode: "static", conclusion: "skipped", steps: [], problems: [], durationMs: 0 };
  }

  private async runLeg(job: Job, leg: Leg, needs: Record<string, unknown>): Promise<LegRecord> {
    const staticReason = this.environment.staticJobs?.[leg.job];
    if (leg.os !== "Linux" || staticReason !== undefined) {
      return {
        ...leg,
        mode: "static",
        conclusion: "static",
        steps: [],
        problems: legProblems(this.parsed, job, leg),
        ...(staticReason !== undefined && { note: staticReason }),
        durationMs: 0,
      };
    }
    const started = performance.now();
    const legDir = mkdtempSync(join(this.environment.workDir, `${leg.job}-`));
    const workspace = join(legDir, "workspace");
    const runnerDir = join(legDir, "runner");
    const temp = join(runnerDir, "temp");
    for (const dir of [workspace, temp]) mkdirSync(dir, { recursive: true });
    const base = Object.fromEntries(
      Object.entries({ ...process.env, ...this.environment.env(legDir) }).filter(
        ([k]) => !RUNNER_VARIABLE.test(k),
      ),
    );
    const state: LegState = {
      leg,
      workspace,
      runnerDir,
      temp,
      env: base,
      paths: [],
      failed: false,
      contexts: {
        github: { ...this.github(workspace), job: leg.job },
        runner: { ...runnerContext("Linux", temp), tool_cache: this.environment.toolCache },
        matrix: leg.matrix,
        strategy: { "fail-fast": true, "job-index": 0, "job-total": 1, "max-parallel": 1 },
        needs,
        steps: {},
        env: {},
        inputs: {},
        secrets: {},
        vars: {},
        job: { status: "success" },
      },
    };
    // Workflow-level, then job-level env, each evaluated with the contexts GitHub gives them.
    for (const token of [this.parsed.root?.find("env"), job.env]) {
      if (!token) continue;
      const values = evaluateToken(token, state.contexts) as Record<string, unknown> | null;
      for (const [key, value] of Object.entries(values ?? {})) {
        const text = value === null ? "" : String(value);
        (state.contexts.env as Record<string, string>)[key] = text;
        state.env[key] = text;
      }
    }
    const records: StepRecord[] = [];
    const problems: string[] = [];
    for (const step of jobSteps(this.parsed, job)) {
      const record = await this.runStep(step, state);
      records.push(record);
      if (step.id) {
        (state.contexts.steps as Record<string, unknown>)[step.id] = {
          outputs: record.outputs,
          outcome: record.outcome,
          conclusion: record.conclusion,
        };
      }
      if (record.conclusion === "failure") state.failed = true;
      (state.contexts.job as { status: string }).status = state.failed ? "failure" : "success";
      const report = record.kind === "action" ? record.outputs["report"] : undefined;
      if (
        report &&
        existsSync(report) &&
        hasCode(JSON.parse(readFileSync(report, "utf8")), "python-version-disagreement")
      ) {
        problems.push(
          `${leg.label}, ${step.label}: python-version disagrees with the checkout's Include/patchlevel.h ` +
            "(the tree's version was used): check out that version, or evaluate it without a checkout",
        );
      }
    }
    return {
      ...leg,
      mode: "run",
      conclusion: state.failed ? "failure" : "success",
      steps: records,
      problems,
      durationMs: performance.now() - started,
    };
  }

  private async runStep(step: StepView, state: LegState): Promise<StepRecord> {
    const started = performance.now();
    const status: JobStatus = { failed: state.failed, cancelled: false };
    const done = (
      record: Omit<StepRecord, "label" | "durationMs" | "conclusion"> & { conclusion?: StepOutcome },
    ) => ({
      label: step.label,
      conclusion: record.outcome,
      ...record,
      durationMs: performance.now() - started,
    });
    if (!evaluateCondition(step.condition, state.contexts, status)) {
      return done({
        kind: "condition-false",
        outcome: "skipped",
        note: `if: ${step.condition}`,
        log: "",
        outputs: {},
      });
    }
    // The step's env extends the env context for its own with:, run: and working-directory.
    const stepEnv: Record<string, string> = {};
    if (step.env) {
      for (const { key, value } of step.env)
        stepEnv[String(evaluateToken(key, state.contexts))] = tokenString(value, state.contexts, status);
    }
    const contexts: Contexts = { ...state.contexts, env: { ...(state.contexts.env as object), ...stepEnv } };
    let record: ReturnType<typeof done>;
    try {
      const withValues = Object.fromEntries(
        step.with.map(([key, value]) => [key, tokenString(value, contexts, status)]),
      );
      record = done(await this.execute(step, state, contexts, withValues, stepEnv));
    } catch (error) {
      record = done({
        kind: "not-run",
        outcome: "failure",
        log: String((error as Error).stack ?? error),
        outputs: {},
      });
    }
    if (record.outcome === "failure") {
      const continueOnError =
        typeof step.continueOnError === "boolean"
          ? step.continueOnError
          : tokenString(step.continueOnError, contexts, status) === "true";
      if (continueOnError) record.conclusion = "success";
    }
    return record;
  }

  private processEnv(state: LegState, stepEnv: Record<string, string>): Record<string, string | undefined> {
    const env = { ...state.env, ...stepEnv };
    env["PATH"] = [...state.paths, state.env["PATH"] ?? ""].join(delimiter);
    return env;
  }

  private async execute(
    step: StepView,
    state: LegState,
    contexts: Contexts,
    withValues: Record<string, string>,
    stepEnv: Record<string, string>,
  ): Promise<Omit<StepRecord, "label" | "durationMs" | "conclusion">> {
    const uses = step.uses?.replace(/@.*$/, "");
    const action = step.uses ? oxidizeActionOf(step.uses) : undefined;
    if (action) return this.runOxidizeAction(action, state, contexts, withValues, stepEnv);
    if (uses === "actions/checkout") {
      const dest = resolve(state.workspace, withValues["path"] ?? "");
      checkoutInto(this.environment.checkout, dest);
      const ref = withValues["ref"] ? ` (ref '${withValues["ref"]}' not honoured: always this tree)` : "";
      return {
        kind: "checkout",
        outcome: "success",
        note: `checked out ${relative(repoRoot, this.environment.checkout) || "."}${ref}`,
        log: "",
        outputs: {},
      };
    }
    if (uses === "actions/upload-artifact") return this.upload(state, withValues);
    if (uses === "actions/download-artifact") return this.download(state, withValues);
    if (step.uses) {
      return {
        kind: "not-run",
        outcome: "success",
        note: `${step.uses} is not run by the harness (third-party action; later steps see no outputs of it)`,
        log: "",
        outputs: {},
      };
    }
    return this.runScript(step, state, contexts, stepEnv);
  }

  private async runOxidizeAction(
    name: string,
    state: LegState,
    contexts: Contexts,
    withValues: Record<string, string>,
    stepEnv: Record<string, string>,
  ): Promise<Omit<StepRecord, "label" | "durationMs" | "conclusion">> {
    const metadata = actionMetadata(name);
    if (!metadata) throw new Error(`actions/${name} does not exist`);
    const inputs: Record<string, string> = {};
    for (const [id, spec] of metadata.inputs) {
      inputs[id] =
        id in withValues ? withValues[id]! : spec.default ? tokenString(spec.default, contexts) : "";
    }
    const env = this.processEnv(state, stepEnv);
    const run = await runAction(name, {
      inputs,
      env: { ...env, GITHUB_JOB: state.leg.job },
      cleanEnv: true,
      workspace: state.workspace,
      toolCache: this.environment.toolCache,
      runnerDir: state.runnerDir,
      timeoutMs: this.environment.timeoutMs ?? 180_000,
    });
    this.carry(state, run.exportedEnv, run.addedPath);
    return {
      kind: "action",
      outcome: run.exitCode === 0 ? "success" : "failure",
      exitCode: run.exitCode,
      log: run.stdout + run.stderr,
      outputs: run.outputs,
    };
  }

  private carry(state: LegState, exported: Record<string, string>, added: string[]): void {
    Object.assign(state.env, exported);
    Object.assign(state.contexts.env as Record<string, string>, exported);
    state.paths = [...[...added].reverse(), ...state.paths];
  }

  private async runScript(
    step: StepView,
    state: LegState,
    contexts: Contexts,
    stepEnv: Record<string, string>,
  ): Promise<Omit<StepRecord, "label" | "durationMs" | "conclusion">> {
    const script = tokenString(step.run!, contexts);
    const shell = step.shell ?? "bash";
    const command: Record<string, string[]> = {
      bash: ["bash", "--noprofile", "--norc", "-eo", "pipefail"],
      sh: ["sh", "-e"],
    };
    const argv = command[shell];
    if (!argv) throw new Error(`shell '${shell}' is not run by the harness (bash and sh are)`);
    const stepDir = mkdtempSync(join(state.runnerDir, "step-"));
    const files = {
      GITHUB_OUTPUT: join(stepDir, "output"),
      GITHUB_ENV: join(stepDir, "env"),
      GITHUB_PATH: join(stepDir, "path"),
      GITHUB_STEP_SUMMARY: join(stepDir, "summary.md"),
    };
    for (const file of Object.values(files)) writeFileSync(file, "");
    const scriptFile = join(stepDir, "script.sh");
    writeFileSync(scriptFile, script);
    const cwd = step.workingDirectory
      ? resolve(state.workspace, tokenString(step.workingDirectory, contexts))
      : state.workspace;
    const env = {
      ...this.processEnv(state, stepEnv),
      ...files,
      CI: "true",
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: state.workspace,
      GITHUB_JOB: state.leg.job,
      RUNNER_OS: "Linux",
      RUNNER_ARCH: "X64",
      RUNNER_TEMP: state.temp,
      RUNNER_TOOL_CACHE: this.environment.toolCache,
    };
    const { exitCode, log } = await new Promise<{ exitCode: number | null; log: string }>((done, fail) => {
      const child = spawn(argv[0]!, [...argv.slice(1), scriptFile], {
        cwd,
        env: env as NodeJS.ProcessEnv,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString("utf8");
      });
      child.stderr.on("data", (chunk: Buffer) => {
        output += chunk.toString("utf8");
      });
      const timer = setTimeout(() => child.kill("SIGKILL"), this.environment.timeoutMs ?? 180_000);
      child.on("error", fail);
      child.on("close", (code) => {
        clearTimeout(timer);
        done({ exitCode: code, log: `$ ${script.trim()}\n${output}` });
      });
    });
    const read = (file: string) => readFileSync(file, "utf8");
    this.carry(
      state,
      parseKeyValueFile(read(files.GITHUB_ENV)),
      read(files.GITHUB_PATH)
        .split("\n")
        .filter((l) => l !== ""),
    );
    return {
      kind: "run",
      outcome: exitCode === 0 ? "success" : "failure",
      exitCode,
      log,
      outputs: parseKeyValueFile(read(files.GITHUB_OUTPUT)),
    };
  }

  /** actions/upload-artifact@v4: one path (file or directory), a name unique in the run. */
  private upload(
    state: LegState,
    inputs: Record<string, string>,
  ): Omit<StepRecord, "label" | "durationMs" | "conclusion"> {
    const name = inputs["name"] || "artifact";
    const paths = (inputs["path"] ?? "")
      .split("\n")
      .map((p) => p.trim())
      .filter(Boolean);
    const record = (outcome: StepOutcome, note: string) => ({
      kind: "artifact" as const,
      outcome,
      note,
      log: note,
      outputs: {},
    });
    if (paths.length !== 1 || /[*?[]/.test(paths[0]!))
      return record("failure", `the harness uploads one path without globs, not '${inputs["path"]}'`);
    const dest = join(this.artifacts, name);
    if (existsSync(dest))
      return record(
        "failure",
        `an artifact named '${name}' already exists in this run (names must be unique)`,
      );
    const source = isAbsolute(paths[0]!) ? paths[0]! : join(state.workspace, paths[0]!);
    const files = existsSync(source)
      ? statSync(source).isDirectory()
        ? readdirSync(source, { recursive: true })
        : [source]
      : [];
    if (files.length === 0) {
      const mode = inputs["if-no-files-found"] || "warn";
      return record(
        mode === "error" ? "failure" : "success",
        `no files found at ${paths[0]} (if-no-files-found: ${mode})`,
      );
    }
    cpSync(source, statSync(source).isDirectory() ? dest : join(dest, source.split("/").pop()!), {
      recursive: true,
    });
    return record(
      "success",
      `uploaded ${paths[0]} as artifact '${name}' (a copy in the harness's artifact directory)`,
    );
  }

  /** actions/download-artifact@v4: by name, or every artifact matching `pattern`, each in its own directory. */
  private download(
    state: LegState,
    inputs: Record<string, string>,
  ): Omit<StepRecord, "label" | "durationMs" | "conclusion"> {
    const target = resolve(state.workspace, inputs["path"] || ".");
    const all = readdirSync(this.artifacts);
    const record = (outcome: StepOutcome, note: string) => ({
      kind: "artifact" as const,
      outcome,
      note,
      log: note,
      outputs: {},
    });
    if (inputs["name"]) {
      if (!all.includes(inputs["name"])) return record("failure", `no artifact named '${inputs["name"]}'`);
      cpSync(join(this.artifacts, inputs["name"]), target, { recursive: true });
      return record("success", `downloaded '${inputs["name"]}' into ${inputs["path"] || "the workspace"}`);
    }
    const pattern = globToRegExp(inputs["pattern"] || "*");
    const chosen = all.filter((name) => pattern.test(name));
    const merge = inputs["merge-multiple"] === "true";
    for (const name of chosen)
      cpSync(join(this.artifacts, name), merge ? target : join(target, name), { recursive: true });
    mkdirSync(target, { recursive: true });
    return record("success", `downloaded ${chosen.length} artifact(s) (${chosen.join(", ") || "none"})`);
  }
}

/** A leg's story for a failure message: each step, what happened, and the log of the failed ones. */
export function describeLeg(leg: LegRecord): string {
  const lines = [`${leg.label} on ${leg.runsOn}: ${leg.conclusion}`];
  for (const step of leg.steps) {
    lines.push(`  ${step.label}: ${step.outcome}${step.note ? ` — ${step.note}` : ""}`);
    if (step.outcome === "failure") lines.push(step.log.trimEnd().replace(/^/gm, "    | "));
  }
  for (const problem of leg.problems) lines.push(`  problem: ${problem}`);
  return lines.join("\n");
}
