import {
  chmodSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join, posix, win32 } from "node:path";
import { randomHex } from "@oxidize/core";

export type ShimAction =
  | { kind: "symlink"; path: string; target: string }
  | { kind: "file"; path: string; content: string; mode: number };

/**
 * How `$CARGO_HOME/bin/<tool>` reaches the installed toolchain, per platform.
 * - POSIX: a symlink. rustc finds its sysroot from its real path, so the symlink behaves exactly
 *   like the binary itself.
 * - Windows: no `.exe` copies, because a copied rustc.exe looks for rustc_driver-*.dll and its
 *   sysroot next to the copy and fails. Instead `<tool>.cmd` (for cmd, PowerShell and anything that
 *   honours PATHEXT) plus an extension-less `#!/bin/sh` script (for Git Bash / MSYS, where
 *   `$CARGO_HOME/bin/cargo` is spelled literally, as CPython's Makefile does).
 */
export function planShims(
  toolchainBin: string,
  cargoBin: string,
  executables: readonly string[],
  platform: NodeJS.Platform,
): ShimAction[] {
  if (platform !== "win32") {
    return executables.map((name) => ({
      kind: "symlink",
      path: join(cargoBin, name),
      target: join(toolchainBin, name),
    }));
  }
  return executables
    .filter((name) => name.toLowerCase().endsWith(".exe"))
    .flatMap((exe): ShimAction[] => {
      const tool = exe.slice(0, -".exe".length);
      const target = win32.join(toolchainBin, exe);
      return [
        {
          kind: "file",
          path: win32.join(cargoBin, `${tool}.cmd`),
          content: `@"${target}" %*\r\n`,
          mode: 0o755,
        },
        {
          kind: "file",
          path: win32.join(cargoBin, tool),
          content: `#!/bin/sh\nexec '${target.split(win32.sep).join(posix.sep).replace(/'/g, `'\\''`)}' "$@"\n`,
          mode: 0o755,
        },
      ];
    });
}

/** Whether the shim is already what the action makes (a second setup of the same toolchain). */
function alreadyApplied(action: ShimAction): boolean {
  try {
    if (action.kind === "symlink") return readlinkSync(action.path) === action.target;
    return (
      readFileSync(action.path, "utf8") === action.content &&
      (statSync(action.path).mode & 0o777) === action.mode
    );
  } catch {
    return false;
  }
}

/**
 * Writes the shims, replacing earlier shims or links of the same name; a shim that already is what
 * it would be written as is left alone. Returns the shims' paths.
 *
 * `$CARGO_HOME` is often shared by several jobs or steps at once, so each shim is made under a temporary name
 * beside its final one and renamed into place: the replacement is atomic, a concurrent writer never sees EEXIST
 * and a reader never finds the name missing or half written. The last rename wins; all writers agree anyway.
 */
export function applyShims(actions: readonly ShimAction[], cargoBin: string): string[] {
  mkdirSync(cargoBin, { recursive: true });
  for (const action of actions) {
    if (alreadyApplied(action)) continue;
    const temp = `${action.path}.tmp-${process.pid}-${randomHex(4)}`;
    try {
      if (action.kind === "symlink") {
        symlinkSync(action.target, temp);
      } else {
        writeFileSync(temp, action.content, { mode: action.mode });
        chmodSync(temp, action.mode);
      }
      renameSync(temp, action.path);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
  }
  return actions.map((a) => a.path);
}

/** The toolchain's programs: every entry of its `bin` (on Windows only `.exe` are shimmed). */
export function listExecutables(toolchainBin: string): string[] {
  return readdirSync(toolchainBin, { withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => entry.name)
    .sort();
}
