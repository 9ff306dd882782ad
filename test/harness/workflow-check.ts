/**
 * The static half of checking a workflow, shared by the repository's own workflows
 * (test/e2e/workflows.test.ts) and the README examples (test/e2e/readme-workflows.test.ts):
 *
 * - GitHub's parser (`@actions/workflow-parser`): schema, expressions and their contexts, then the
 *   conversion GitHub applies before running (unique step ids, `if:` conditions, `needs`);
 * - every oxidize action a step uses (`./actions/<name>` or `oxidize/actions/actions/<name>@<ref>`)
 *   exists, each `with:` key is an input its action.yml declares, and every
 *   `steps.<id>.outputs.<name>` read names an earlier step whose action declares that output;
 * - the matrix expanded as GitHub expands it (include/exclude), each leg's `runs-on` evaluated, and
 *   on Windows no step that may run starts a POSIX shell script (`./configure`) — not as a `run:`
 *   line (pwsh runs those), nor as an oxidize input that names a command (never run by a shell).
 *
 * action.yml files are read with the same parser's action schema.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  isMapping,
  isSequence,
  isString,
  NoOperationTraceWriter,
  parseWorkflow,
} from "@actions/workflow-parser";
import { convertActionTemplate, parseAction } from "@actions/workflow-parser/actions/index";
import { convertWorkflowTemplate } from "@actions/workflow-parser/model/convert";
import type { Job, WorkflowTemplate } from "@actions/workflow-parser/model/workflow-template";
import type { MappingToken, TemplateToken } from "@actions/workflow-parser/templates/tokens/index";
import { repoRoot } from "./run-action.js";
import {
  type Contexts,
  conditionCanHold,
  evaluateToken,
  expressionsIn,
  stepOutputReferences,
  tokenString,
} from "./workflow-expressions.js";

// ---------------------------------------------------------------------------------------------
// Actions

export interface ActionMetadata {
  name: string;
  inputs: Map<string, { default?: TemplateToken; required: boolean }>;
  outputs: Set<string>;
}

const metadataCache = new Map<string, ActionMetadata | undefined>();

/** actions/<name>/action.yml, read with GitHub's action parser; undefined when there is none. */
export function actionMetadata(name: string): ActionMetadata | undefined {
  if (metadataCache.has(name)) return metadataCache.get(name);
  const file = join(repoRoot, "actions", name, "action.yml");
  let metadata: ActionMetadata | undefined;
  if (/^[\w.-]+$/.test(name) && existsSync(file)) {
    const parsed = parseAction(
      { name: file, content: readFileSync(file, "utf8") },
      new NoOperationTraceWriter(),
    );
    const errors = parsed.context.errors.getErrors().map((e) => e.message);
    if (errors.length || !parsed.value) throw new Error(`actions/${name}/action.yml: ${errors.join("; ")}`);
    const template = convertActionTemplate(parsed.context, parsed.value);
    metadata = {
      name,
      inputs: new Map(
        (template.inputs ?? []).map((input) => [
          input.id,
          { ...(input.default && { default: input.default }), required: input.required ?? false },
        ]),
      ),
      outputs: new Set((template.outputs ?? []).map((output) => output.id)),
    };
  }
  metadataCache.set(name, metadata);
  return metadata;
}

/** The repository action a `uses:` names, or undefined for anything else (a third-party action). */
export function oxidizeActionOf(uses: string): string | undefined {
  return (/^oxidize\/actions\/actions\/([^/@]+)@\S+$/.exec(uses) ??
    /^\.\/actions\/([^/@]+)\/?$/.exec(uses))?.[1];
}

/**
 * Outputs of the third-party actions the examples read, from their action.yml (they cannot be
 * fetched here). A read of any other third-party output is not checked.
 */
const THIRD_PARTY_OUTPUTS: Record<string, string[]> = {
  "actions/setup-python": ["python-version", "cache-hit", "python-path"],
  "actions/checkout": ["ref", "commit"],
  "actions/upload-artifact": ["artifact-id", "artifact-url", "artifact-digest"],
  "actions/download-artifact": ["download-path"],
};

/** Inputs of the oxidize actions that name a command run without a shell. */
const COMMAND_INPUTS: Record<string, string[]> = {
  "configure-policy": ["run"],
  "build-rust-modules": ["verify-command"],
};

// ---------------------------------------------------------------------------------------------
// Parsing

export interface ParsedWorkflow {
  name: string;
  /** The parser's token tree: `with:` and `defaults:` are read from it. */
  root: MappingToken | undefined;
  template: WorkflowTemplate;
  /** Parser and conversion errors, each `name (Line: n, Col: m): message`. */
  errors: string[];
}

export async function parseWorkflowText(name: string, content: string): Promise<ParsedWorkflow> {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const root = result.value && isMapping(result.value) ? result.value : undefined;
  const template = result.value
    ? await convertWorkflowTemplate(result.context, result.value)
    : ({ jobs: [] } as unknown as WorkflowTemplate);
  const errors = [
    ...new Set([
      ...result.context.errors.getErrors().map((e) => e.message),
      ...(template.errors ?? []).map((e) => e.Message),
    ]),
  ];
  return { name, root, template, errors };
}

/** One step of a job, from the converted template and the raw tokens. */
export interface StepView {
  index: number;
  /** The id later steps use (`steps.<id>`); undefined when the step has none. */
  id: string | undefined;
  label: string;
  uses: string | undefined;
  run: TemplateToken | undefined;
  with: Array<[string, TemplateToken]>;
  env: MappingToken | undefined;
  /** The converted condition: GitHub's `success() && (…)` when the step names no status function. */
  condition: string;
  continueOnError: boolean | TemplateToken;
  shell: string | undefined;
  workingDirectory: TemplateToken | undefined;
}

function field(mapping: MappingToken | undefined, key: string): TemplateToken | undefined {
  return mapping?.find(key);
}

function asMapping(token: TemplateToken | undefined): MappingToken | undefined {
  return token && isMapping(token) ? token : undefined;
}

export function jobToken(parsed: ParsedWorkflow, jobId: string): MappingToken | undefined {
  return asMapping(field(asMapping(field(parsed.root, "jobs")), jobId));
}

/** `defaults.run.shell` of the job, else of the workflow. */
function defaultShell(parsed: ParsedWorkflow, jobId: string): string | undefined {
  for (const owner of [jobToken(parsed, jobId), parsed.root]) {
    const shell = field(asMapping(field(asMapping(field(owner, "defaults")), "run")), "shell");
    if (shell && isString(shell)) return shell.value;
  }
  return undefined;
}

export function jobSteps(parsed: ParsedWorkflow, job: Job): StepView[] {
  const raw = field(jobToken(parsed, job.id.value), "steps");
  return job.steps.map((step, index) => {
    const token = raw && isSequence(raw) ? asMapping(raw.get(index)) : undefined;
    const withToken = asMapping(field(token, "with"));
    const withPairs: Array<[string, TemplateToken]> = [];
    if (withToken)
      for (const { key, value } of withToken) withPairs.push([String(evaluateToken(key, {})), value]);
    const uses = "uses" in step ? step.uses.value : undefined;
    const run = "run" in step ? step.run : undefined;
    const shell = field(token, "shell");
    const name = step.name && isString(step.name) ? step.name.value : undefined;
    const runText = run && isString(run) ? run.value.trim().split("\n")[0] : undefined;
    return {
      index,
      id: step.id && !step.id.startsWith("__") ? step.id : undefined,
      label: `step ${index + 1} (${name ?? uses ?? `run: ${runText ?? "…"}`})`,
      uses,
      run,
      with: withPairs,
      env: "env" in step ? step.env : undefined,
      condition: "if" in step && step.if ? step.if.expression : "success()",
      continueOnError: ("continue-on-error" in step && step["continue-on-error"]) || false,
      shell: shell && isString(shell) ? shell.value : defaultShell(parsed, job.id.value),
      workingDirectory: field(token, "working-directory"),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Matrix and legs

export type RunnerOs = "Linux" | "macOS" | "Windows";

export interface Leg {
  job: string;
  matrix: Record<string, unknown>;
  /** `runs-on` evaluated for the leg. */
  runsOn: string;
  /** undefined for a runner the harness does not know (self-hosted labels). */
  os: RunnerOs | undefined;
  label: string;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A matrix expanded as GitHub expands it: the product of its dimensions, then exclude, then include. */
export function expandMatrix(matrix: unknown): Array<Record<string, unknown>> {
  if (!matrix || typeof matrix !== "object" || Array.isArray(matrix)) return [{}];
  const spec = matrix as Record<string, unknown>;
  const dimensions = Object.entries(spec).filter(([key]) => key !== "include" && key !== "exclude");
  let legs: Array<Record<string, unknown>> = dimensions.length ? [{}] : [];
  for (const [key, values] of dimensions) {
    legs = legs.flatMap((leg) =>
      (Array.isArray(values) ? values : [values]).map((value) => ({ ...leg, [key]: value })),
    );
  }
  const asList = (value: unknown) => (Array.isArray(value) ? (value as Array<Record<string, unknown>>) : []);
  legs = legs.filter(
    (leg) =>
      !asList(spec["exclude"]).some((ex) => Object.entries(ex).every(([k, v]) => sameValue(leg[k], v))),
  );
  const original = new Set(dimensions.map(([key]) => key));
  const base = legs.map((leg) => ({ ...leg }));
  for (const entry of asList(spec["include"])) {
    let added = false;
    legs.forEach((leg, i) => {
      const fits = Object.entries(entry).every(
        ([k, v]) => !original.has(k) || !(k in base[i]!) || sameValue(base[i]![k], v),
      );
      if (fits) {
        Object.assign(leg, entry);
        added = true;
      }
    });
    if (!added) legs.push({ ...entry });
  }
  return legs.length ? legs : [{}];
}

function runnerOs(runsOn: string): RunnerOs | undefined {
  if (/\b(ubuntu|linux)\b/i.test(runsOn)) return "Linux";
  if (/\bmacos\b/i.test(runsOn)) return "macOS";
  if (/\bwindows\b/i.test(runsOn)) return "Windows";
  return undefined;
}

/** The legs of a job: its matrix expanded and `runs-on` evaluated for each. */
export function jobLegs(job: Job, contexts: Contexts = {}): Leg[] {
  const strategy = job.strategy ? (evaluateToken(job.strategy, contexts) as { matrix?: unknown }) : {};
  return expandMatrix(strategy?.matrix).map((matrix) => {
    const runsOn = job["runs-on"] ? tokenString(job["runs-on"], { ...contexts, matrix }) : "";
    const values = Object.values(matrix).map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v)));
    return {
      job: job.id.value,
      matrix,
      runsOn,
      os: runnerOs(runsOn),
      label: `${job.id.value}${values.length ? ` (${values.join(", ")})` : ""}`,
    };
  });
}

export function runnerContext(os: RunnerOs, temp: string): Record<string, string> {
  const arch = os === "macOS" ? "ARM64" : "X64";
  return {
    os,
    arch,
    temp,
    tool_cache: join(temp, "..", "tool-cache"),
    name: "harness",
    environment: "github-hosted",
  };
}

// ---------------------------------------------------------------------------------------------
// Checks

const WINDOWS_EXECUTABLE = /\.(exe|cmd|bat|com|ps1)$/i;

/** The program a command line starts: the first word, unquoted (or a JSON array's first element). */
function programOf(command: string): string {
  const trimmed = command.trim();
  if (trimmed.startsWith("[")) {
    try {
      const list = JSON.parse(trimmed) as unknown;
      if (Array.isArray(list)) return String(list[0] ?? "");
    } catch {
      // not JSON: shell-style words
    }
  }
  return (/^(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(trimmed) ?? []).slice(1).find((w) => w !== undefined) ?? "";
}

/** Why a program cannot be started by name on Windows (a path to a script without an extension). */
function cannotStartOnWindows(program: string): string | undefined {
  if (/[/\\]/.test(program) && !WINDOWS_EXECUTABLE.test(program)) {
    return `'${program}' is not a Windows executable (a POSIX shell script: CPython builds with PCbuild there)`;
  }
  return undefined;
}

/** Problems of a `run:` script on Windows under pwsh/cmd. */
function windowsScriptProblems(script: string): string[] {
  const problems: string[] = [];
  for (const line of script.split("\n").map((l) => l.trim())) {
    if (line === "" || line.startsWith("#")) continue;
    for (const command of line.split(/&&|\|\||;/)) {
      const words = command.trim();
      if (/^[A-Za-z_][A-Za-z0-9_]*=\S*\s+\S/.test(words)) {
        problems.push(`'${words.split(/\s+/)[0]}' is POSIX shell syntax (VAR=value command), not pwsh's`);
        continue;
      }
      const why = cannotStartOnWindows(programOf(words));
      if (why) problems.push(why);
    }
  }
  return problems;
}

export interface StaticLegContexts {
  workspace: string;
  temp: string;
}

/**
 * The checks of one leg that need no runner: for each step whose condition can hold on the leg's
 * OS (see conditionCanHold), a command that cannot start there.
 */
export function legProblems(parsed: ParsedWorkflow, job: Job, leg: Leg): string[] {
  if (leg.os !== "Windows") return [];
  const contexts: Contexts = {
    matrix: leg.matrix,
    runner: runnerContext(leg.os, "D:\\a\\_temp"),
    github: { workspace: "D:\\a\\repo\\repo", token: "", event_name: "push" },
    steps: {},
  };
  const problems: string[] = [];
  for (const step of jobSteps(parsed, job)) {
    if (!conditionCanHold(step.condition, contexts)) continue;
    const where = `${leg.label}, ${step.label}`;
    if (step.run) {
      const shell = step.shell ?? "pwsh";
      if (/^(pwsh|powershell|cmd)\b/.test(shell)) {
        for (const why of windowsScriptProblems(tokenString(step.run, contexts))) {
          problems.push(`${where}: cannot run on Windows, where ${shell} runs it: ${why}`);
        }
      }
    }
    const action = step.uses && oxidizeActionOf(step.uses);
    for (const [input, value] of step.with) {
      if (!action || !COMMAND_INPUTS[action]?.includes(input)) continue;
      const why = cannotStartOnWindows(programOf(tokenString(value, contexts)));
      if (why) problems.push(`${where}: '${input}' cannot start on Windows (run without a shell): ${why}`);
    }
  }
  return problems;
}

/** Every problem GitHub's parser, the actions' metadata and the legs' platforms find. */
export function workflowProblems(parsed: ParsedWorkflow): string[] {
  const problems = [...parsed.errors];
  if (problems.length) return problems;
  for (const job of parsed.template.jobs) {
    if (job.type !== "job") continue;
    const steps = jobSteps(parsed, job);
    const actionsById = new Map<string, string>();
    steps.forEach((step) => {
      const where = `job ${job.id.value}, ${step.label}`;
      if (step.uses?.startsWith("oxidize/") || step.uses?.startsWith("./actions/")) {
        const name = oxidizeActionOf(step.uses);
        const metadata = name === undefined ? undefined : actionMetadata(name);
        if (!metadata) {
          problems.push(
            `${where}: '${step.uses}' names no action of this repository (actions/<name>/action.yml)`,
          );
        } else {
          const declared = [...metadata.inputs.keys()];
          for (const [input] of step.with) {
            if (!metadata.inputs.has(input)) {
              problems.push(
                `${where}: actions/${name} has no input '${input}' (action.yml declares: ${declared.join(", ")})`,
              );
            }
          }
          for (const [input, spec] of metadata.inputs) {
            if (spec.required && !spec.default && !step.with.some(([key]) => key === input)) {
              problems.push(`${where}: actions/${name} requires the input '${input}'`);
            }
          }
        }
      }
      const expressions = [
        step.condition,
        ...expressionsIn(step.run),
        ...expressionsIn(step.env),
        ...step.with.flatMap(([, value]) => expressionsIn(value)),
        ...(typeof step.continueOnError === "boolean" ? [] : expressionsIn(step.continueOnError)),
      ];
      for (const { step: id, output } of expressions.flatMap(stepOutputReferences)) {
        const uses = actionsById.get(id);
        if (uses === undefined) {
          problems.push(
            `${where}: reads steps.${id}.outputs.${output}, but no earlier step has the id '${id}'`,
          );
          continue;
        }
        const name = oxidizeActionOf(uses);
        const declared = name
          ? [...(actionMetadata(name)?.outputs ?? [])]
          : THIRD_PARTY_OUTPUTS[uses.replace(/@.*$/, "")];
        if (declared && !declared.includes(output)) {
          problems.push(
            `${where}: reads steps.${id}.outputs.${output}, but ${name ? `actions/${name}` : uses} declares no ` +
              `output '${output}' (it has: ${declared.join(", ")})`,
          );
        }
      }
      if (step.id) actionsById.set(step.id, step.uses ?? "");
    });
    for (const leg of jobLegs(job)) {
      if (leg.os === undefined)
        problems.push(`${leg.label}: runs-on '${leg.runsOn}' is not a runner the harness knows`);
      problems.push(...legProblems(parsed, job, leg));
    }
  }
  return problems;
}
