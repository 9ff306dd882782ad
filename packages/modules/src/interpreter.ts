/**
 * The Python the modules are built for, asked once: its real executable (what PyO3's build
 * script must run), version, EXT_SUFFIX and whether it is a free-threaded build. One process,
 * started alongside the toolchain probe.
 */
import { type Env, lastLine, type Memo, type Runner } from "@oxidize/core";
import { interpreterIdentity } from "./interpreter-identity.js";

export interface Interpreter {
  /** `sys.executable`: the binary behind a command or a shim (a pyenv shim is a shell script). */
  executable: string;
  /** "3.11" */
  version: string;
  /** "cpython", "pypy", … (`sys.implementation.name`). */
  implementation: string;
  /** ".cpython-311-x86_64-linux-gnu.so", ".cp311-win_amd64.pyd" */
  extSuffix: string;
  /** Built with `--disable-gil` (Py_GIL_DISABLED): "3.14t". */
  freeThreaded: boolean;
  /** Windows: `<sys.base_prefix>\libs`, where `python3X.lib` and `python3.lib` are. */
  libsDir?: string;
}

const QUERY = `
import json, os, sys, sysconfig
print(json.dumps({
    "libsDir": os.path.join(sys.base_prefix, "libs") if os.name == "nt" else None,
    "executable": sys.executable or "",
    "version": "%d.%d" % sys.version_info[:2],
    "implementation": sys.implementation.name,
    "extSuffix": sysconfig.get_config_var("EXT_SUFFIX"),
    "freeThreaded": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
}))
`;

/** "3.14t" for a free-threaded 3.14, "3.11" otherwise. */
export function interpreterLabel(interpreter: Interpreter): string {
  return `${interpreter.version}${interpreter.freeThreaded ? "t" : ""}`;
}

/** What `python: auto` runs outside a built tree: the command python.org's installers put on PATH. */
export function defaultInterpreterCommand(platform: NodeJS.Platform): string {
  return platform === "win32" ? "python" : "python3";
}

/**
 * Why the Python could not answer. `cannotRun`: it did not start, failed, or printed no answer —
 * not a Python at all, so nothing can be built for it; otherwise it ran but lacks something.
 */
export interface InterpreterProblem {
  error: string;
  cannotRun: boolean;
}

/** What a Python script said that prints its answer as JSON on its last stdout line. */
export interface PythonReply<T> {
  /** That line, parsed, when it is JSON. */
  answer?: T;
  /** Why there may be no answer: it did not start, else its last stderr line, else its exit code. */
  why: string;
  exitCode: number | null;
  started: boolean;
}

/** Runs `python args…` and reads its JSON answer: the one way the interpreter is asked anything. */
export async function askPython<T>(
  python: string,
  args: readonly string[],
  options: { run: Runner; env: Env; cwd: string; timeoutMs: number; stdin?: Promise<string> },
): Promise<PythonReply<T>> {
  const result = await options.run(python, args, {
    env: options.env,
    cwd: options.cwd,
    timeoutMs: options.timeoutMs,
    ...(options.stdin && { stdin: options.stdin }),
  });
  let answer: T | undefined;
  try {
    answer = JSON.parse(lastLine(result.stdout)) as T;
  } catch {
    answer = undefined;
  }
  const reply: PythonReply<T> = {
    why: result.startError ?? (lastLine(result.stderr) || `exit code ${result.exitCode}`),
    exitCode: result.exitCode,
    started: result.startError === undefined,
  };
  if (answer !== undefined) reply.answer = answer;
  return reply;
}

/** A kept answer still has the shape of one (an older or damaged memo entry does not). */
function isInterpreter(value: Partial<Interpreter> | undefined): value is Interpreter {
  return (
    typeof value?.executable === "string" &&
    typeof value.version === "string" &&
    typeof value.implementation === "string" &&
    typeof value.extSuffix === "string" &&
    value.extSuffix.startsWith(".") &&
    typeof value.freeThreaded === "boolean" &&
    (value.libsDir === undefined || typeof value.libsDir === "string")
  );
}

/**
 * Asks the Python; the error (a sentence naming the input) when it cannot answer. With a memo,
 * an answer kept for the same files (interpreterIdentity) is reused instead of starting Python.
 */
export async function queryInterpreter(
  python: string,
  run: Runner,
  env: Env,
  cwd: string,
  remember?: { memo: Memo; platform: NodeJS.Platform },
): Promise<Interpreter | InterpreterProblem> {
  const key = remember && (await interpreterIdentity(python, { env, platform: remember.platform, cwd }));
  if (remember && key) {
    const kept = await remember.memo.read<Partial<Interpreter>>("python", key);
    if (isInterpreter(kept)) return kept;
  }
  const answer = await askInterpreter(python, run, env, cwd);
  if (remember && key && !("error" in answer)) await remember.memo.write("python", key, answer);
  return answer;
}

async function askInterpreter(
  python: string,
  run: Runner,
  env: Env,
  cwd: string,
): Promise<Interpreter | InterpreterProblem> {
  // -S: none of this needs site-packages, whose .pth files can triple the interpreter's start.
  const reply = await askPython<Partial<Interpreter>>(python, ["-S", "-c", QUERY], {
    run,
    env,
    cwd,
    timeoutMs: 60_000,
  });
  const parsed = reply.answer;
  if (reply.exitCode !== 0 || !parsed || typeof parsed.version !== "string") {
    const why =
      reply.started && reply.exitCode === 0
        ? "it printed no Python version, so it is not a Python interpreter"
        : reply.why;
    return { error: `input 'python' (${python}) cannot be queried: ${why}`, cannotRun: true };
  }
  const extSuffix = typeof parsed.extSuffix === "string" ? parsed.extSuffix : "";
  if (!extSuffix.startsWith(".")) {
    return {
      error: `input 'python' (${python}) has no EXT_SUFFIX (got ${JSON.stringify(parsed.extSuffix)})`,
      cannotRun: false,
    };
  }
  return {
    executable: parsed.executable || python,
    version: parsed.version,
    implementation: parsed.implementation ?? "cpython",
    extSuffix,
    freeThreaded: parsed.freeThreaded === true,
    ...(typeof parsed.libsDir === "string" && parsed.libsDir !== "" ? { libsDir: parsed.libsDir } : {}),
  };
}

/**
 * The environment that makes every build script ask this Python: PyO3 reads PYO3_PYTHON,
 * rust-cpython and others PYTHON_SYS_EXECUTABLE. A value the user set wins.
 */
export function interpreterEnv(env: Env, interpreter: Interpreter | undefined): Env {
  if (!interpreter) return env;
  const out: Record<string, string | undefined> = { ...env };
  out["PYO3_PYTHON"] ??= interpreter.executable;
  out["PYTHON_SYS_EXECUTABLE"] ??= interpreter.executable;
  return out;
}
