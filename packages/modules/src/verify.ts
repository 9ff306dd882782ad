/**
 * Proof that an installed module is the one Python imports: a child interpreter (with out-dir
 * first on sys.path, when the modules were installed there) imports every module and reports
 * where each came from. A stale copy elsewhere on the path, a missing PyInit symbol or an ABI
 * mismatch all show up here. And for modules that were not built, proof that their fallback
 * imports.
 */

import { delimiter } from "node:path";
import { type Env, lastLine, type Runner } from "@oxidize/core";
import { askPython, type PythonReply } from "./interpreter.js";

// Started before the modules exist, so its start-up overlaps the build: it waits for one JSON
// request on stdin (none: nothing to check), then imports each module separately so one failure
// does not hide the others, and prints one JSON line. The request is decoded as argv would be
// (os.fsdecode), so paths round-trip whatever the locale.
const IMPORT_CHECK = `
import importlib, json, os, sys
raw = sys.stdin.buffer.read()
if not raw:
    sys.exit(0)
request = json.loads(os.fsdecode(raw))
out_dir, wanted = request["outDir"], request["modules"]
if out_dir:
    sys.path.insert(0, out_dir)
importlib.invalidate_caches()
results = {}
for name, expected in wanted.items():
    try:
        module = importlib.import_module(name)
        found = getattr(module, "__file__", None)
        # expected None: linked into the interpreter (a static module), so it has no file.
        if expected is None:
            same = found is None
        else:
            same = found is not None and os.path.realpath(found) == os.path.realpath(expected)
        results[name] = {"ok": same, "file": found, "error": None if same else "imported from %s, not %s" % (found, expected)}
    except BaseException as error:
        results[name] = {"ok": False, "file": None, "error": "%s: %s" % (type(error).__name__, error)}
print(json.dumps(results))
`;

export interface ImportResult {
  ok: boolean;
  error?: string;
}

/** An import check whose interpreter is already starting; `check` once the modules are installed. */
export interface ImportCheck {
  /**
   * `modules`: import name → the file it must come from (null: built into the interpreter).
   * `outDir`: put first on sys.path; undefined: the interpreter's own path, as a user gets it.
   */
  check(
    outDir: string | undefined,
    modules: ReadonlyMap<string, string | null>,
  ): Promise<Map<string, ImportResult>>;
  /** Nothing to check after all: the interpreter exits. */
  cancel(): void;
}

/**
 * An interpreter started now that waits for one JSON request on stdin: its start-up overlaps
 * whatever the action does before it knows what to ask. Until `ask` or `cancel` it only waits, and
 * it never keeps the action alive: if the action ends first, it reads end of file and exits.
 */
function waitingPython<T>(python: string, script: string, run: Runner, env: Env, cwd: string) {
  let give!: (request: string) => void;
  const request = new Promise<string>((resolve) => {
    give = resolve;
  });
  const reply = askPython<T>(python, ["-c", script], { run, env, cwd, timeoutMs: 120_000, stdin: request });
  return {
    ask(value: unknown): Promise<PythonReply<T>> {
      give(JSON.stringify(value));
      return reply;
    },
    cancel: () => give(""),
  };
}

/** Starts the interpreter of the import check now (one for every module); see waitingPython. */
export function startImportCheck(python: string, run: Runner, env: Env, cwd: string): ImportCheck {
  const waiting = waitingPython<Record<string, { ok: boolean; error: string | null }>>(
    python,
    IMPORT_CHECK,
    run,
    env,
    cwd,
  );
  return {
    async check(outDir, modules) {
      const results = new Map<string, ImportResult>();
      if (modules.size === 0) {
        waiting.cancel();
        return results;
      }
      const { answer, why } = await waiting.ask({
        outDir: outDir ?? "",
        modules: Object.fromEntries(modules),
      });
      for (const name of modules.keys()) {
        const entry = answer?.[name];
        if (entry) {
          results.set(name, entry.ok ? { ok: true } : { ok: false, error: entry.error ?? "import failed" });
        } else {
          results.set(name, { ok: false, error: `the import check could not run with ${python}: ${why}` });
        }
      }
      return results;
    },
    cancel: waiting.cancel,
  };
}

// Imports each fallback on the interpreter's own path; prints one JSON line. Like the import
// check, it waits for its request (the names) on stdin.
const FALLBACK_CHECK = `
import importlib, json, os, sys
raw = sys.stdin.buffer.read()
if not raw:
    sys.exit(0)
results = {}
for name in json.loads(os.fsdecode(raw)):
    try:
        importlib.import_module(name)
        results[name] = None
    except BaseException as error:
        results[name] = "%s: %s" % (type(error).__name__, error)
print(json.dumps(results))
`;

/** `notRun`: the interpreter could not answer, so nothing is known about the fallback. */
export type FallbackResult = { ok: true; notRun?: false } | { ok: false; error: string; notRun: boolean };

/** A fallback check whose interpreter is already starting; `check` once the fallbacks are known. */
export interface FallbackCheck {
  /** Whether each fallback imports with the interpreter, in one process. */
  check(fallbacks: readonly string[]): Promise<Map<string, FallbackResult>>;
  /** No fallback to check after all: the interpreter exits. */
  cancel(): void;
}

/** Starts the interpreter of the fallback check now; see waitingPython. */
export function startFallbackCheck(python: string, run: Runner, env: Env, cwd: string): FallbackCheck {
  const waiting = waitingPython<Record<string, string | null>>(python, FALLBACK_CHECK, run, env, cwd);
  return {
    async check(fallbacks) {
      const names = [...new Set(fallbacks)];
      const results = new Map<string, FallbackResult>();
      if (names.length === 0) {
        waiting.cancel();
        return results;
      }
      const reply = await waiting.ask(names);
      const parsed = reply.answer;
      for (const name of names) {
        if (parsed && name in parsed) {
          const error = parsed[name];
          results.set(
            name,
            error === null || error === undefined ? { ok: true } : { ok: false, error, notRun: false },
          );
        } else {
          results.set(name, {
            ok: false,
            error: `not checked: ${python} could not run (${reply.why})`,
            notRun: true,
          });
        }
      }
      return results;
    },
    cancel: waiting.cancel,
  };
}

export interface DifferentialCheck {
  /** Program and arguments; the module name is appended as the last argument. */
  command: readonly string[];
  module: string;
  path: string;
  outDir: string;
  fallback?: string;
}

/**
 * Runs the user's comparison of the Rust module with its fallback. It gets the module name as
 * its last argument and in OXIDIZE_MODULE, the installed file in OXIDIZE_MODULE_PATH, the
 * fallback in OXIDIZE_FALLBACK, and out-dir first on PYTHONPATH.
 */
export async function runDifferentialCheck(
  check: DifferentialCheck,
  run: Runner,
  env: Env,
  cwd: string,
): Promise<ImportResult> {
  const [program, ...args] = check.command;
  if (!program) return { ok: true };
  const pythonPath = env["PYTHONPATH"] ? `${check.outDir}${delimiter}${env["PYTHONPATH"]}` : check.outDir;
  const result = await run(program, [...args, check.module], {
    cwd,
    env: {
      ...env,
      PYTHONPATH: pythonPath,
      OXIDIZE_MODULE: check.module,
      OXIDIZE_MODULE_PATH: check.path,
      OXIDIZE_FALLBACK: check.fallback ?? "",
      OXIDIZE_OUT_DIR: check.outDir,
    },
    timeoutMs: 600_000,
  });
  if (result.exitCode === 0) return { ok: true };
  const why =
    result.startError ??
    `exit code ${result.exitCode}: ${lastLine(result.stderr) || lastLine(result.stdout)}`;
  return { ok: false, error: `verify-command failed for ${check.module} (${why})` };
}
