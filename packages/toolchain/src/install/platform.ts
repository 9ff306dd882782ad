// Platform-dependent names, injectable so Windows and macOS behaviour can be unit-tested on Linux.
import path from "node:path";
import type { Platform } from "./types.js";

export function exeSuffix(platform: Platform): string {
  return platform === "win32" ? ".exe" : "";
}

export function pathApi(platform: Platform): path.PlatformPath {
  return platform === "win32" ? path.win32 : path.posix;
}

export interface ToolchainPaths {
  bin: string;
  rustc: string;
  cargo: string;
  rustlib: string;
}

export function toolchainPaths(dir: string, platform: Platform): ToolchainPaths {
  const p = pathApi(platform);
  const bin = p.join(dir, "bin");
  return {
    bin,
    rustc: p.join(bin, `rustc${exeSuffix(platform)}`),
    cargo: p.join(bin, `cargo${exeSuffix(platform)}`),
    rustlib: p.join(dir, "lib", "rustlib"),
  };
}

/** A `manifest.in` path ('/'-separated) as a native path below `prefix`. */
export function manifestPathToNative(prefix: string, rel: string, platform: Platform): string {
  return pathApi(platform).join(prefix, ...rel.split("/"));
}

/** Unix modes mean nothing on Windows; keeping them there would only produce read-only surprises. */
export function keepsFileModes(platform: Platform): boolean {
  return platform !== "win32";
}
