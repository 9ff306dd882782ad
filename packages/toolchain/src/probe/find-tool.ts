import { accessSync, constants, statSync } from "node:fs";
import { posix, win32 } from "node:path";
import type { Env } from "@oxidize/core";

/** A tool found on this machine, and how: "CARGO env", "$CARGO_HOME/bin", "PATH". */
export interface RustToolFacts {
  /** Absolute path of the tool found, if any. */
  path?: string;
  source?: string;
}

/** Answers "is this a file we could run?"; injected so lookups can be tested for any platform. */
export interface FileProbe {
  isExecutableFile(path: string): Promise<boolean>;
}

/** The slice of the host a tool lookup depends on. */
export interface HostContext {
  env: Env;
  platform: NodeJS.Platform;
  probe?: FileProbe;
}

/**
 * POSIX: a regular file (after symlinks) with execute permission for us. Windows has no execute
 * bit; whether a file runs is decided by its extension (PATHEXT), which the lookup checks.
 */
export function defaultProbe(platform: NodeJS.Platform): FileProbe {
  return {
    // Synchronous: a PATH walk is a row of stats with nothing to overlap (see resolve/fs.ts).
    async isExecutableFile(path) {
      try {
        if (!statSync(path).isFile()) return false;
        if (platform !== "win32") accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** Environment lookup; Windows variable names are case-insensitive (Path vs PATH). */
export function envValue(env: Env, name: string, platform: NodeJS.Platform): string | undefined {
  if (platform !== "win32") return env[name];
  const key = Object.keys(env).find((k) => k.toUpperCase() === name.toUpperCase());
  return key === undefined ? undefined : env[key];
}

function pathApi(platform: NodeJS.Platform) {
  return platform === "win32" ? win32 : posix;
}

function pathExtensions(ctx: HostContext): string[] {
  const raw = envValue(ctx.env, "PATHEXT", ctx.platform) ?? ".COM;.EXE;.BAT;.CMD";
  return raw
    .split(";")
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e.startsWith("."));
}

/** File names a command may have: `cargo` on POSIX; `cargo.exe`, `cargo.cmd`, … on Windows. */
function fileNames(name: string, ctx: HostContext): string[] {
  if (ctx.platform !== "win32") return [name];
  return pathExtensions(ctx).map((ext) => name + ext);
}

/** Whether an explicitly named file runs: on Windows it also needs a PATHEXT extension. */
async function runnable(path: string, ctx: HostContext): Promise<string | undefined> {
  const probe = ctx.probe ?? defaultProbe(ctx.platform);
  if (ctx.platform === "win32") {
    const ext = win32.extname(path).toLowerCase();
    if (ext === "" || !pathExtensions(ctx).includes(ext)) {
      // `CARGO=C:\x\cargo` is commonly written without .exe: try the PATHEXT names too.
      for (const candidate of fileNames(path, ctx))
        if (await probe.isExecutableFile(candidate)) return candidate;
      return undefined;
    }
  }
  return (await probe.isExecutableFile(path)) ? path : undefined;
}

/** `$CARGO_HOME`, defaulting like rustup and CPython's configure to `~/.cargo`. */
export function cargoHome(ctx: HostContext): string | undefined {
  const explicit = envValue(ctx.env, "CARGO_HOME", ctx.platform);
  if (explicit) return explicit;
  const home = envValue(ctx.env, ctx.platform === "win32" ? "USERPROFILE" : "HOME", ctx.platform);
  return home ? pathApi(ctx.platform).join(home, ".cargo") : undefined;
}

/** Directories of PATH in order; empty entries (POSIX "current directory") are skipped on purpose. */
export function pathDirectories(ctx: HostContext): string[] {
  const raw = envValue(ctx.env, "PATH", ctx.platform) ?? "";
  return raw.split(ctx.platform === "win32" ? ";" : ":").filter((d) => d.trim() !== "");
}

/** The first runnable `name` in `dir`, if any. */
export async function findInDirectory(
  dir: string,
  name: string,
  ctx: HostContext,
): Promise<string | undefined> {
  const probe = ctx.probe ?? defaultProbe(ctx.platform);
  for (const file of fileNames(name, ctx)) {
    const candidate = pathApi(ctx.platform).join(dir, file);
    if (await probe.isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

export interface ToolLookup extends RustToolFacts {
  /** What was tried and why it did not count, for the "not found" message. */
  notes: string[];
}

/**
 * Finds cargo or rustc the way a build would reach it, never trusting a name without checking
 * the file: the explicit variable (`CARGO` / `RUSTC`), then `$CARGO_HOME/bin` (where CPython's
 * Makefile calls `$(CARGO_HOME)/bin/cargo`), then PATH.
 */
export async function findRustTool(tool: "cargo" | "rustc", ctx: HostContext): Promise<ToolLookup> {
  const notes: string[] = [];
  const variable = tool.toUpperCase();
  const explicit = envValue(ctx.env, variable, ctx.platform);
  if (explicit) {
    const path = await runnable(explicit, ctx);
    if (path) return { path, source: `${variable} env`, notes };
    notes.push(`${variable}=${explicit} is not an executable file`);
  }
  const home = cargoHome(ctx);
  if (home) {
    const dir = pathApi(ctx.platform).join(home, "bin");
    const path = await findInDirectory(dir, tool, ctx);
    if (path) return { path, source: "$CARGO_HOME/bin", notes };
    notes.push(`no ${tool} in ${dir}`);
  }
  for (const dir of pathDirectories(ctx)) {
    const path = await findInDirectory(dir, tool, ctx);
    if (path) return { path, source: "PATH", notes };
  }
  notes.push(`no ${tool} on PATH`);
  return { notes };
}
