// Finding the toolchain file that applies to a directory, exactly like rustup's
// `find_override_from_dir_walk` (src/config.rs), minus the `rustup override set` database, which a
// fresh CI machine does not have.

import nodePath from "node:path";
import { type ResolveFs, readUtf8, startDirectory } from "./fs.js";
import type { ParseMode } from "./override-file.js";
import type { PathFlavor } from "./path-flavor.js";

export interface FoundToolchainFile {
  /** Absolute path of the file that applies. */
  file: string;
  contents: string;
  mode: ParseMode;
  /** rustup's warning when both files exist in that directory. */
  warning?: string;
}

export function pathApi(flavor: PathFlavor): nodePath.PlatformPath {
  return flavor === "win32" ? nodePath.win32 : nodePath.posix;
}

/**
 * Walk from `directory` (symlinks resolved, as rustup's `getcwd` has them) up to the root; the first
 * directory holding a readable `rust-toolchain` or `rust-toolchain.toml` wins, and is final even if
 * its file turns out to be invalid. In one directory `rust-toolchain` beats `rust-toolchain.toml`,
 * which is then not even read as TOML. A file that cannot be read as UTF-8 text (a directory,
 * invalid bytes) counts as absent, as in rustup.
 */
export async function findToolchainFile(
  directory: string,
  fs: ResolveFs,
  flavor: PathFlavor,
): Promise<FoundToolchainFile | undefined> {
  const p = pathApi(flavor);
  let dir = await startDirectory(fs, p.resolve(directory));
  for (;;) {
    const legacyPath = p.join(dir, "rust-toolchain");
    const tomlPath = p.join(dir, "rust-toolchain.toml");
    const [legacy, toml] = await Promise.all([readUtf8(fs, legacyPath), readUtf8(fs, tomlPath)]);
    if (legacy !== undefined && toml !== undefined) {
      return {
        file: legacyPath,
        contents: legacy,
        mode: "Both",
        warning: `both ${legacyPath} and ${tomlPath} exist; using contents of ${legacyPath}`,
      };
    }
    if (legacy !== undefined) return { file: legacyPath, contents: legacy, mode: "Both" };
    if (toml !== undefined) return { file: tomlPath, contents: toml, mode: "OnlyToml" };
    const parent = p.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
