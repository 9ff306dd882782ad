/** Which operating system's path rules apply (rustup uses the rules of the OS it runs on). */
export type PathFlavor = "posix" | "win32";

export function currentPathFlavor(): PathFlavor {
  return process.platform === "win32" ? "win32" : "posix";
}

/**
 * Rust's `Path::is_absolute`. On Windows it needs a prefix *and* a root (`C:\x`, `\\server\share`,
 * `\\?\C:\x`); `\x` and `C:x` are relative there, unlike Node's `path.win32.isAbsolute`.
 */
export function isAbsolutePath(path: string, flavor: PathFlavor): boolean {
  if (flavor === "posix") return path.startsWith("/");
  return /^[A-Za-z]:[\\/]/.test(path) || /^[\\/]{2}[^\\/]/.test(path);
}
