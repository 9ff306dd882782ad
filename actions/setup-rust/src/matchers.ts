import { existsSync } from "node:fs";
import { join } from "node:path";
import { MATCHER_FILES } from "@oxidize/action-kit";

/**
 * Where the matcher JSON lives. In the bundle this module is inlined into `dist/index.js`, so
 * `import.meta.dirname` is `dist/` and the bundle script copies the files to `dist/matchers`;
 * from source (tests) it is `src/` and the files sit in `../matchers`. The runner needs an
 * absolute path it can open, so a missing directory is our packaging bug, not the user's.
 */
export function matchersDirectory(
  moduleDir: string = import.meta.dirname,
  exists: (path: string) => boolean = existsSync,
): string {
  const candidates = [join(moduleDir, "matchers"), join(moduleDir, "..", "matchers")];
  const found = candidates.find((dir) => exists(join(dir, MATCHER_FILES[0])));
  if (found === undefined) {
    throw new Error(
      `problem matcher files not found in ${candidates.join(" or ")}; the action bundle is incomplete`,
    );
  }
  return found;
}
