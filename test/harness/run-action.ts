import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { actionNode } from "./action-node.js";
import {
  type Annotation,
  type ParsedCommands,
  parseKeyValueFile,
  parseWorkflowCommands,
} from "./workflow-commands.js";

export const repoRoot = resolve(import.meta.dirname, "..", "..");

export interface ActionRunOptions {
  /** Inputs by their action.yml id; unspecified ones get action.yml's defaults, as on the runner. */
  inputs?: Record<string, string>;
  /** Extra environment for the step (merged over a scrubbed copy of ours). */
  env?: Record<string, string | undefined>;
  /** Replace the inherited environment entirely (plus the runner variables). */
  cleanEnv?: boolean;
  /** GITHUB_WORKSPACE and the step's working directory. */
  workspace?: string;
  /** The webhook payload written to GITHUB_EVENT_PATH. */
  event?: unknown;
  eventName?: string;
  /** Reuse RUNNER_TOOL_CACHE across runs (e.g. a second run expecting a cache hit). */
  toolCache?: string;
  /** Directory for this run's runner files; a fresh temp dir by default. */
  runnerDir?: string;
  timeoutMs?: number;
  /**
   * "post": run action.yml's `runs.post` instead of `runs.main`, as the runner does at the end of
   * the job, with `state` (what the main step saved through GITHUB_STATE) as STATE_<name> variables.
   */
  phase?: "main" | "post";
  state?: Record<string, string>;
}

export interface ActionRunResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** Variables the step exported through GITHUB_ENV. */
  exportedEnv: Record<string, string>;
  /** Directories the step prepended through GITHUB_PATH. */
  addedPath: string[];
  state: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  commands: ParsedCommands;
  runnerDir: string;
  toolCache: string;
  durationMs: number;
}

interface ActionYaml {
  inputs?: Record<string, { default?: string }>;
  runs: { using: string; main: string; post?: string };
}

/** Defaults the runner would evaluate from expressions we can't evaluate here. */
function evaluateDefault(value: string | undefined, workspace: string): string {
  if (value === undefined) return "";
  return value
    .replace(/\$\{\{\s*github\.token\s*\}\}/g, "")
    .replace(/\$\{\{\s*github\.workspace\s*\}\}/g, workspace)
    .replace(/\$\{\{\s*toJSON\(matrix\)\s*\}\}/g, "null");
}

/** The runner's INPUT_ variable name: upper-cased, spaces to underscores, hyphens kept. */
export function inputEnvName(id: string): string {
  return `INPUT_${id.replace(/ /g, "_").toUpperCase()}`;
}

/** Everything a run of one action needs, laid out as the runner lays it out. */
export interface PreparedActionRun {
  /** The bundle to run with node (`actions/<name>/<runs.main>`). */
  entry: string;
  env: NodeJS.ProcessEnv;
  files: Record<
    | "GITHUB_OUTPUT"
    | "GITHUB_ENV"
    | "GITHUB_PATH"
    | "GITHUB_STATE"
    | "GITHUB_STEP_SUMMARY"
    | "GITHUB_EVENT_PATH",
    string
  >;
  runnerDir: string;
  workspace: string;
  toolCache: string;
}

function actionMetadata(name: string): ActionYaml {
  return parseYaml(readFileSync(join(repoRoot, "actions", name, "action.yml"), "utf8")) as ActionYaml;
}

/** The input ids an action declares in its action.yml. */
export function declaredInputs(name: string): string[] {
  return Object.keys(actionMetadata(name).inputs ?? {});
}

/**
 * The runner's side of a step, without running it: INPUT_* from action.yml's defaults plus
 * overrides, fresh GITHUB_* command files and event payload, RUNNER_* directories. runAction uses
 * it, and so do the benchmarks that time the bundle as a bare process.
 */
export function prepareActionRun(name: string, options: ActionRunOptions = {}): PreparedActionRun {
  const actionDir = join(repoRoot, "actions", name);
  const metadata = actionMetadata(name);
  const runnerDir = options.runnerDir ?? mkdtempSync(join(tmpdir(), `oxidize-${name}-`));
  const workspace = options.workspace ?? join(runnerDir, "workspace");
  const toolCache = options.toolCache ?? join(runnerDir, "tool-cache");
  const temp = join(runnerDir, "temp");
  for (const dir of [workspace, toolCache, temp]) mkdirSync(dir, { recursive: true });

  const files = {
    GITHUB_OUTPUT: join(runnerDir, "output"),
    GITHUB_ENV: join(runnerDir, "env"),
    GITHUB_PATH: join(runnerDir, "path"),
    GITHUB_STATE: join(runnerDir, "state"),
    GITHUB_STEP_SUMMARY: join(runnerDir, "summary.md"),
    GITHUB_EVENT_PATH: join(runnerDir, "event.json"),
  };
  for (const file of Object.values(files)) writeFileSync(file, "");
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? {}));

  const base: Record<string, string | undefined> = options.cleanEnv
    ? { PATH: process.env["PATH"], HOME: process.env["HOME"] }
    : Object.fromEntries(
        Object.entries(process.env).filter(
          ([key]) => !key.startsWith("INPUT_") && !key.startsWith("GITHUB_") && !key.startsWith("RUNNER_"),
        ),
      );
  const env: Record<string, string | undefined> = {
    ...base,
    ...files,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: options.eventName ?? "push",
    GITHUB_REPOSITORY: "octo-org/octo-repo",
    GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
    GITHUB_REF: "refs/heads/main",
    GITHUB_RUN_ID: "1",
    GITHUB_JOB: "test",
    GITHUB_ACTION: name,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: "https://api.github.com",
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: toolCache,
    // A fresh runner's empty user cache: probe answers are kept per run unless a test shares a dir.
    OXIDIZE_CACHE_DIR: join(runnerDir, "oxidize-cache"),
  };
  for (const [id, spec] of Object.entries(metadata.inputs ?? {})) {
    env[inputEnvName(id)] = evaluateDefault(spec.default, workspace);
  }
  for (const [id, value] of Object.entries(options.inputs ?? {})) {
    if (!(id in (metadata.inputs ?? {})))
      throw new Error(`input '${id}' is not declared in actions/${name}/action.yml`);
    env[inputEnvName(id)] = value;
  }
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  Object.assign(env, options.env ?? {});
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const script = options.phase === "post" ? metadata.runs.post : metadata.runs.main;
  if (script === undefined) throw new Error(`actions/${name}/action.yml has no runs.post`);
  const entry = join(actionDir, script);
  return { entry, env: env as NodeJS.ProcessEnv, files, runnerDir, workspace, toolCache };
}

/**
 * Runs `actions/<name>/dist/index.js` as a child process exactly as the runner would:
 * INPUT_* variables, the GITHUB_* command files, the event payload, RUNNER_* directories.
 */
export async function runAction(name: string, options: ActionRunOptions = {}): Promise<ActionRunResult> {
  const { entry, env, files, runnerDir, workspace, toolCache } = prepareActionRun(name, options);
  const started = performance.now();
  // The runner's node24 (see action-node.ts), not the Node running the tests.
  const child = spawn(actionNode().path, [entry], {
    cwd: workspace,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  const timeoutMs = options.timeoutMs ?? 120_000;
  const exitCode = await new Promise<number | null>((resolveExit, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(
          `actions/${name} did not finish within ${timeoutMs} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`,
        ),
      );
    }, timeoutMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolveExit(code);
    });
  });
  return collectRunResult(
    { files, runnerDir, toolCache },
    { exitCode, stdout, stderr, durationMs: performance.now() - started },
  );
}

/** How a step ended, as seen from outside it. */
export interface StepExit {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/**
 * Reads back what a finished step left for the runner — workflow commands on stdout, the
 * GITHUB_OUTPUT/ENV/PATH/STATE files, the job summary — the way the runner does. Shared by
 * runAction (a child process) and runActionInProcess (run() in this process), so both layers
 * are asserted on the same result.
 */
export function collectRunResult(
  prepared: Pick<PreparedActionRun, "files" | "runnerDir" | "toolCache">,
  exit: StepExit,
): ActionRunResult {
  const { files, runnerDir, toolCache } = prepared;
  const commands = parseWorkflowCommands(exit.stdout);
  const read = (file: string) => readFileSync(file, "utf8");
  return {
    exitCode: exit.exitCode,
    stdout: exit.stdout,
    stderr: exit.stderr,
    outputs: parseKeyValueFile(read(files.GITHUB_OUTPUT)),
    exportedEnv: parseKeyValueFile(read(files.GITHUB_ENV)),
    addedPath: read(files.GITHUB_PATH)
      .split("\n")
      .filter((l) => l !== ""),
    state: parseKeyValueFile(read(files.GITHUB_STATE)),
    summary: read(files.GITHUB_STEP_SUMMARY),
    annotations: commands.annotations,
    commands,
    runnerDir,
    toolCache,
    durationMs: exit.durationMs,
  };
}
