/**
 * globalSetup of the e2e project: the bundled layer runs `actions/*\/dist/index.js`, so after an
 * edit of the sources it would test the previous bundle. When the bundles' inputs or the bundles
 * themselves differ, by content, from what the last build recorded (scripts/bundle-stamp.mjs), or
 * a bundle is missing, `pnpm -s bundle` rebuilds them all first (~1–2 min) and one line says so
 * and why. `pnpm run check` bundles before testing, so there this
 * finds everything fresh and costs a few milliseconds.
 */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
// Plain JavaScript so scripts/check-dist.sh can record a build without tsx.
import { staleReason } from "../../scripts/bundle-stamp.mjs";

const root = resolve(import.meta.dirname, "..", "..");

export default function rebuildStaleBundles(): void {
  const reason = staleReason();
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
