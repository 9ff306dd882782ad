import { mkdir, mkdtemp, readdir, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Env } from "@oxidize/core";
import { type FileProbe, findInDirectory, pathDirectories } from "@oxidize/toolchain";

/** The executables a rustup or distro Rust puts on PATH; a shadow directory leaves them all out. */
const RUST_TOOLS = [
  "cargo",
  "rustc",
  "rustup",
  "rustdoc",
  "rustfmt",
  "cargo-fmt",
  "cargo-clippy",
  "clippy-driver",
  "cargo-miri",
  "rust-analyzer",
  "rust-gdb",
  "rust-gdbgui",
  "rust-lldb",
];
const WINDOWS_SUFFIXES = [".exe", ".cmd", ".bat", ".com"];

export interface HiddenRust {
  env: Record<string, string | undefined>;
  /** PATH directories that held cargo or rustc, and what replaced each (null: dropped). */
  replacedPathDirs: { dir: string; shadow: string | null }[];
  /** The empty directory CARGO_HOME points at. */
  cargoHome: string;
  /** Removes the temp directories made here (never anything of the user's). */
  cleanup(): Promise<void>;
}

export interface HideRustOptions {
  platform?: NodeJS.Platform;
  probe?: FileProbe;
}

/**
 * A copy of `env` in which no Rust can be found, without touching the disk: CARGO, RUSTC and
 * RUSTUP_TOOLCHAIN unset, CARGO_HOME pointing at an empty temp dir, and each PATH directory
 * holding cargo or rustc replaced. On POSIX the replacement is a temp "shadow" directory of
 * symlinks to everything else in it, so a distro Rust in /usr/bin is hidden while sed, cc and sh
 * stay usable; on Windows (no unprivileged symlinks) the directory is dropped.
 */
export async function hideRust(env: Env, options: HideRustOptions = {}): Promise<HiddenRust> {
  const platform = options.platform ?? process.platform;
  const ctx = { env, platform, ...(options.probe ? { probe: options.probe } : {}) };
  const root = await mkdtemp(join(tmpdir(), "oxidize-no-rust-"));
  const cargoHome = join(root, "cargo-home");
  await mkdir(cargoHome);
  const replacedPathDirs: HiddenRust["replacedPathDirs"] = [];
  const newPath: string[] = [];
  let shadowCount = 0;
  for (const dir of pathDirectories(ctx)) {
    const hasRust =
      (await findInDirectory(dir, "cargo", ctx)) !== undefined ||
      (await findInDirectory(dir, "rustc", ctx)) !== undefined;
    if (!hasRust) {
      newPath.push(dir);
      continue;
    }
    if (platform === "win32") {
      replacedPathDirs.push({ dir, shadow: null });
      continue;
    }
    const shadow = join(root, `path-${shadowCount++}`);
    await shadowDirectory(dir, shadow);
    replacedPathDirs.push({ dir, shadow });
    newPath.push(shadow);
  }
  const hidden: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(env)) {
    const upper = platform === "win32" ? key.toUpperCase() : key;
    if (upper === "CARGO" || upper === "RUSTC" || upper === "RUSTUP_TOOLCHAIN" || upper === "CARGO_HOME")
      continue;
    if (upper === "PATH") continue;
    hidden[key] = value;
  }
  const pathKey =
    platform === "win32" ? (Object.keys(env).find((k) => k.toUpperCase() === "PATH") ?? "PATH") : "PATH";
  hidden[pathKey] = newPath.join(platform === "win32" ? ";" : ":");
  hidden["CARGO_HOME"] = cargoHome;
  return {
    env: hidden,
    replacedPathDirs,
    cargoHome,
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

function isRustTool(name: string): boolean {
  const lower = name.toLowerCase();
  return RUST_TOOLS.some((tool) => lower === tool || WINDOWS_SUFFIXES.some((ext) => lower === tool + ext));
}

async function shadowDirectory(dir: string, shadow: string): Promise<void> {
  await mkdir(shadow);
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return;
  }
  await Promise.all(
    entries.filter((name) => !isRustTool(name)).map((name) => symlink(join(dir, name), join(shadow, name))),
  );
}
