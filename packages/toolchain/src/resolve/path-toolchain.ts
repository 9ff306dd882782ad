import { ToolchainResolutionError } from "./errors.js";
import type { ResolveFs } from "./fs.js";
import { isAbsolutePath, type PathFlavor } from "./path-flavor.js";
import { pathApi } from "./toolchain-file.js";
import { parsePartialToolchainDesc } from "./toolchain-name.js";

/**
 * rustup's `PathBasedToolchainName::try_from`: a toolchain given as a directory must look like a path
 * (contain a separator, not be an official name), be absolute (a relative one would let any checked-out
 * repository run its own binaries) and have a `bin/` directory.
 */
export async function validatePathToolchain(
  path: string,
  fs: ResolveFs,
  flavor: PathFlavor,
): Promise<string> {
  if (parsePartialToolchainDesc(path) !== undefined || !(path.includes("/") || path.includes("\\"))) {
    throw new ToolchainResolutionError("invalid-path-toolchain", `invalid path toolchain '${path}'`, {
      help: 'a path toolchain must be an absolute directory path; to name a release use channel = "…" instead',
    });
  }
  if (!isAbsolutePath(path, flavor)) {
    throw new ToolchainResolutionError("relative-path-toolchain", `relative path toolchain '${path}'`, {
      help: "rustup accepts only absolute toolchain paths (relative ones are not resolved against the file's directory)",
    });
  }
  if (!(await fs.isDirectory(pathApi(flavor).join(path, "bin")))) {
    throw new ToolchainResolutionError(
      "path-without-bin",
      `invalid toolchain: the path '${path}' has no bin/ directory`,
      { help: `point at a toolchain directory that contains bin/rustc, or install one there first` },
    );
  }
  return path;
}
