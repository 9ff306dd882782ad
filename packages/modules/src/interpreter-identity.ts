import { posix, win32 } from "node:path";
import { type Env, envPart, fileIdentity, isScript, realFile } from "@oxidize/core";
import { findInDirectory, pathDirectories } from "@oxidize/toolchain";

/** Interpreter binaries by name: CPython's `python3.12`, `python3.14t`, PyPy's `pypy3.10`. */
const INTERPRETER_NAME = /^(python|pypy)[0-9.]*t?(\.exe)?$/i;

/** The file `command` starts, found as the process spawn finds it (POSIX: PATH of `env`, no shell). */
async function commandFile(command: string, env: Env, platform: NodeJS.Platform, cwd: string) {
  if (platform === "win32") {
    // Windows looks in the current directory before PATH and appends its own extensions:
    // only a full path to a file names it unambiguously.
    return /^[a-z]:[\\/]/i.test(command) && /\.exe$/i.test(command) ? command : undefined;
  }
  if (command.includes("/")) return posix.resolve(cwd, command);
  const raw = env["PATH"] ?? "";
  // An empty entry is the current directory to the spawn; pathDirectories skips it.
  if (raw.split(":").some((dir) => dir.trim() === "")) return undefined;
  for (const dir of pathDirectories({ env, platform })) {
    const found = await findInDirectory(dir, command, { env, platform });
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * What decides the interpreter query's answer for `command`, as a key; undefined when files
 * cannot decide it and the interpreter must be asked every time: a pyenv or asdf shim (a script
 * choosing a Python per directory), or a program not named like an interpreter.
 *
 * The key: the command, the file it starts and that binary's identity (a rebuilt or upgraded
 * Python is a new file), the `pyvenv.cfg` that makes a path a virtual environment, the
 * `pybuilddir.txt` of an in-tree build, and the PYTHON* and _PYTHON* variables (PYTHONHOME,
 * the cross-build _PYTHON_SYSCONFIGDATA_NAME) that change what sysconfig says.
 */
export async function interpreterIdentity(
  command: string,
  ctx: { env: Env; platform: NodeJS.Platform; cwd: string },
): Promise<string | undefined> {
  const path = await commandFile(command, ctx.env, ctx.platform, ctx.cwd);
  if (path === undefined) return undefined;
  const real = await realFile(path);
  if (real === undefined || (await isScript(real.path))) return undefined;
  const api = ctx.platform === "win32" ? win32 : posix;
  if (!INTERPRETER_NAME.test(api.basename(real.path))) return undefined;
  const around = [
    api.join(api.dirname(path), "pyvenv.cfg"),
    api.join(api.dirname(api.dirname(path)), "pyvenv.cfg"),
    api.join(api.dirname(real.path), "pybuilddir.txt"),
  ];
  const identities = await Promise.all(around.map(fileIdentity));
  return JSON.stringify([
    command,
    path,
    real.path,
    real.identity,
    ...around.map((file, i) => `${file}=${identities[i]}`),
    ...envPart(ctx.env, (name) => /^_?PYTHON/i.test(name)),
  ]);
}
