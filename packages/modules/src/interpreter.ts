/**
 * The Python the modules are built for, asked once: its real executable (what PyO3's build
 * script must run), version, EXT_SUFFIX and whether it is a free-threaded build. One process,
 * started alongside the toolchain probe.
 */
import { type Env, lastLine, type Runner } from "@oxidize/core";

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

/** Asks the Python; the error (a sentence naming the input) when it cannot answer. */
export async function queryInterpreter(
  python: string,
  run: Runner,
  env: Env,
  cwd: string,
): Promise<Interpreter | InterpreterProblem> {
  // -S: none of this needs site-packages, whose .pth files can triple the interpreter's start.
  const result = await run(python, ["-S", "-c", QUERY], { env, cwd, timeoutMs: 60_000 });
  let parsed: Partial<Interpreter> | undefined;
  try {
    parsed = JSON.parse(lastLine(result.stdout)) as Partial<Interpreter>;
  } catch {
    parsed = undefined;
  }
  if (result.exitCode !== 0 || !parsed || typeof parsed.version !== "string") {
    const why =
      result.startError ??
      (result.exitCode === 0
        ? "it printed no Python version, so it is not a Python interpreter"
        : lastLine(result.stderr) || `exit code ${result.exitCode}`);
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
