/**
 * globalSetup of the e2e project: the bundled layer runs `actions/*\/dist/index.js`, so after an
 * edit of the sources it would test the previous bundle. When any input of the bundles is newer
 * than the oldest bundle (or a bundle is missing), `pnpm -s bundle` rebuilds them all first
 * (~45 s) and one line says so and why. `pnpm run check` bundles before testing, so there this
 * finds everything fresh and costs a few milliseconds.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..", "..");

/** What the bundles are built from: sources, the assets copied next to them, metadata, the lockfile. */
function bundleInputs(): string[] {
  // The notices generator writes each bundle's dist/licenses.txt.
  const files = [join(root, "pnpm-lock.yaml"), ...walk(join(root, "scripts", "notices"))];
  for (const [parent, entries] of [
    ["actions", ["src", "matchers", "scripts", "action.yml", "package.json"]],
    ["packages", ["src", "data", "keys", "package.json"]],
  ] as const) {
    for (const name of readdirSync(join(root, parent))) {
      for (const entry of entries) files.push(...walk(join(root, parent, name, entry)));
    }
  }
  return files;
}

function walk(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => walk(join(path, name)));
}

/** Why the bundles must be rebuilt, or undefined when every one is newer than every input. */
export function staleBundles(): string | undefined {
  const bundles = readdirSync(join(root, "actions")).map((name) =>
    join(root, "actions", name, "dist", "index.js"),
  );
  const missing = bundles.find((bundle) => !existsSync(bundle));
  if (missing) return `${relative(root, missing)} is missing`;
  const oldest = bundles
    .map((file) => ({ file, mtime: statSync(file).mtimeMs }))
    .reduce((a, b) => (b.mtime < a.mtime ? b : a));
  const newer = bundleInputs().find((file) => statSync(file).mtimeMs > oldest.mtime);
  if (newer) return `${relative(root, newer)} is newer than ${relative(root, oldest.file)}`;
  return undefined;
}

export default function rebuildStaleBundles(): void {
  const reason = staleBundles();
  if (reason === undefined) return;
  const started = performance.now();
  try {
    execFileSync("pnpm", ["-s", "bundle"], { cwd: root, stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`rebuilding the action bundles failed (${reason}):\n${stdout ?? ""}${stderr ?? ""}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`e2e: rebuilt the action bundles in ${seconds} s because ${reason}`);
}
