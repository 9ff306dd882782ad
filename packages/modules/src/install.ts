/**
 * Installing a built cdylib under the name the import system looks for: `<module><EXT_SUFFIX>`,
 * in its package's directory for a dotted name (`pkg._ext` → `pkg/_ext<EXT_SUFFIX>`). Copied to
 * a temporary name and renamed, so a Python process that has the old file mapped is never handed
 * a half-written library. And the other half of the promise: no file of a module this run did
 * not install stays behind to shadow its fallback.
 */

import { copyFile, mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { ModuleArtifact, ModuleSpec } from "./types.js";

/** Whether a Rust target (or the host platform, when no target is given) is Windows. */
export function isWindowsTarget(target: string | undefined, platform: NodeJS.Platform): boolean {
  return target ? /-windows(-|$)/.test(target) : platform === "win32";
}

/** The stable-ABI suffix: `.pyd` on Windows (no ABI tag there), `.abi3.so` everywhere else. */
export function abi3Suffix(target: string | undefined, platform: NodeJS.Platform): string {
  return isWindowsTarget(target, platform) ? ".pyd" : ".abi3.so";
}

/** What an extension suffix may hold: `.cpython-311-x86_64-linux-gnu.so`, `.abi3.so`, `.pyd`. */
const EXT_SUFFIX = /^\.[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

/** Undefined when `suffix` is a plain file suffix; else why not (it could name another directory). */
export function extSuffixProblem(suffix: string): string | undefined {
  if (suffix.length > 64) return "is longer than 64 characters";
  if (!EXT_SUFFIX.test(suffix)) {
    return "must be a file suffix: a dot, then letters, digits, '-', '_' and single dots (no '/', '\\' or '..')";
  }
  return undefined;
}

/** `pkg._ext` → `<outDir>/pkg/_ext<suffix>`. */
export function modulePath(outDir: string, module: string, extSuffix: string): string {
  const parts = module.split(".");
  return join(outDir, ...parts.slice(0, -1), `${parts.at(-1)}${extSuffix}`);
}

export async function installModule(
  spec: ModuleSpec,
  cdylib: string,
  outDir: string,
  extSuffix: string,
): Promise<ModuleArtifact> {
  // A suffix from the interpreter is checked here too: the file must land in out-dir, always.
  const problem = extSuffixProblem(extSuffix);
  if (problem) throw new Error(`the extension suffix ${JSON.stringify(extSuffix.slice(0, 64))} ${problem}`);
  const path = modulePath(outDir, spec.module, extSuffix);
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}`;
  await copyFile(cdylib, temporary);
  await rename(temporary, path);
  const { size } = await stat(path);
  return { source: cdylib, path, bytes: size, extSuffix };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

type ListDir = (dir: string) => Promise<string[]>;

const listDir: ListDir = (dir) => readdir(dir).catch(() => [] as string[]);

/**
 * Every file in out-dir that Python could import as this module (`_m.so`, `_m.abi3.so`,
 * `_m.cpython-311-x86_64-linux-gnu.so`, `_m.cp311-win_amd64.pyd`, …) or that an interrupted
 * install left (`….tmp-<pid>`).
 */
export async function moduleFiles(
  outDir: string,
  module: string,
  list: ListDir = listDir,
): Promise<string[]> {
  const dir = dirname(modulePath(outDir, module, ""));
  const leaf = escapeRegExp(module.split(".").at(-1)!);
  const pattern = new RegExp(`^${leaf}(\\.[^.]+)?\\.(so|pyd|dylib)(\\.tmp-\\d+)?$`);
  return (await list(dir)).filter((name) => pattern.test(name)).map((name) => join(dir, name));
}

/**
 * Removes every file of these modules except the ones installed now (a stale module from an
 * earlier run, or another ABI variant, would be imported instead of the fallback or the new
 * build). Returns what it removed.
 */
export async function removeStaleModules(
  outDir: string,
  modules: readonly string[],
  keep: ReadonlySet<string>,
): Promise<string[]> {
  const removed: string[] = [];
  // Modules share directories (out-dir itself, mostly): each is listed once, not once per module.
  const listed = new Map<string, Promise<string[]>>();
  const listOnce: ListDir = (dir) => {
    if (!listed.has(dir)) listed.set(dir, listDir(dir));
    return listed.get(dir)!;
  };
  const found = await Promise.all(modules.map((module) => moduleFiles(outDir, module, listOnce)));
  for (const files of found) {
    for (const file of files) {
      if (keep.has(file)) continue;
      await rm(file, { force: true });
      removed.push(file);
    }
  }
  return removed;
}
