/**
 * Installing a built cdylib under the name the import system looks for: `<module><EXT_SUFFIX>`.
 * Copied to a temporary name and renamed, so a Python process that has the old file mapped is
 * never handed a half-written library.
 */

import { copyFile, mkdir, rename, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Env, Runner } from "@oxidize/core";
import type { ModuleArtifact, ModuleSpec } from "./types.js";

/** Whether a Rust target (or the host platform, when no target is given) is Windows. */
export function isWindowsTarget(target: string | undefined, platform: NodeJS.Platform): boolean {
  return target ? /-windows(-|$)/.test(target) : platform === "win32";
}

/** The stable-ABI suffix: `.pyd` on Windows (no ABI tag there), `.abi3.so` everywhere else. */
export function abi3Suffix(target: string | undefined, platform: NodeJS.Platform): string {
  return isWindowsTarget(target, platform) ? ".pyd" : ".abi3.so";
}

/** Asks a Python for its EXT_SUFFIX (".cpython-311-x86_64-linux-gnu.so"). */
export async function pythonExtSuffix(python: string, run: Runner, env: Env, cwd: string): Promise<string> {
  const result = await run(
    python,
    ["-c", "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))"],
    {
      env,
      cwd,
      timeoutMs: 60_000,
    },
  );
  const suffix = result.stdout.trim();
  if (result.exitCode !== 0 || !suffix.startsWith(".") || suffix === "None") {
    const why = result.startError ?? (result.stderr.trim() || `printed ${JSON.stringify(suffix)}`);
    throw new Error(`cannot get EXT_SUFFIX from ${python} (${why}); set input 'python' or 'ext-suffix'`);
  }
  return suffix;
}

export async function installModule(
  spec: ModuleSpec,
  cdylib: string,
  outDir: string,
  extSuffix: string,
): Promise<ModuleArtifact> {
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, `${spec.module}${extSuffix}`);
  const temporary = `${path}.tmp-${process.pid}`;
  await copyFile(cdylib, temporary);
  await rename(temporary, path);
  const { size } = await stat(path);
  return { source: cdylib, path, bytes: size, extSuffix };
}
