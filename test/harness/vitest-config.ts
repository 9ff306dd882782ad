/**
 * vitest settings shared by the projects (root vitest.config.ts and test/vitest.config.ts).
 */
import { readFile } from "node:fs/promises";
import type { Plugin } from "vitest/config";

/**
 * The packages whose module state must be fresh for each runActionInProcess run, as it is in a
 * new process: `@actions/core` (core.summary caches the GITHUB_STEP_SUMMARY path on first use) and
 * `@actions/github` (github.context and the octokit defaults read the event and GITHUB_API_URL at
 * import). vi.resetModules() only reaches modules vitest transforms itself; node_modules are
 * otherwise loaded by node once per process, so these are inlined.
 */
export const PER_RUN_PACKAGES = ["@actions/core", "@actions/github"] as const;

/**
 * What a project needs to call runActionInProcess: the forks pool (the step's working directory
 * needs process.chdir, which worker threads refuse; forks is vitest 4's default, pinned here so
 * the requirement is visible) and the per-run packages inlined, without their sourcemap noise.
 * `inline` adds packages the project must inline for other reasons.
 */
export function inProcessSettings(inline: readonly string[] = []) {
  const packages = [...PER_RUN_PACKAGES, ...inline];
  return {
    plugins: [skipDependencySourcemaps(packages)],
    test: { pool: "forks" as const, server: { deps: { inline: packages } } },
  };
}

/**
 * Serves the files of the named node_modules packages without their `//# sourceMappingURL=`
 * comment. It is for packages vitest must inline (transform through Vite) whose published maps
 * point at TypeScript sources they do not ship: Vite would otherwise load each map, fail to find
 * its sources and print `Sourcemap for "…" points to missing source files` once per file. Stack
 * frames in these packages then name their JavaScript, which is all those maps could give anyway.
 *
 * A load hook rather than a log filter: vitest replaces Vite's `customLogger` with its own, and
 * no Vite or vitest option skips dependency sourcemaps outside browser mode. Every other warning,
 * including sourcemap warnings about any other file, is left alone.
 */
export function skipDependencySourcemaps(packages: readonly string[]): Plugin {
  const inPackage = (file: string) =>
    file.endsWith(".js") && packages.some((name) => file.includes(`/node_modules/${name}/`));
  return {
    name: "oxidize:skip-dependency-sourcemaps",
    enforce: "pre",
    async load(id) {
      const file = id.split("?")[0]!;
      if (!inPackage(file)) return null;
      const code = await readFile(file, "utf8");
      return { code: code.replace(/^\/\/# sourceMappingURL=\S+\s*$/gm, ""), map: null };
    },
  };
}
