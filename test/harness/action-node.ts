/**
 * The Node the runner starts these actions with. Every action.yml says `runs.using: node24`, so
 * the bundled layer runs each `dist/index.js` with Node 24 — not with whatever Node runs the tests
 * (20 on the development machines and in CI). Node's official binaries are published on the npm
 * registry as `node-<os>-<arch>`, so no other host is needed: `ensureActionNode()` fetches the
 * package once into a cache outside the clone, keyed by version and platform, and `actionNode()`
 * names the binary. `OXIDIZE_ACTION_NODE=/path/to/node` uses another one.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/** The node24 release the runner ships; bump with the runner. */
export const ACTION_NODE_VERSION = "24.22.3";

const PLATFORMS: Readonly<Record<string, string>> = { linux: "linux", darwin: "darwin", win32: "win" };

function packageName(): string | undefined {
  const os = PLATFORMS[process.platform];
  return os && ["x64", "arm64"].includes(process.arch) ? `node-${os}-${process.arch}` : undefined;
}

function cacheDir(): string {
  const base = process.env["XDG_CACHE_HOME"] || join(homedir(), ".cache");
  return join(base, "oxidize", `${packageName() ?? "node"}-${ACTION_NODE_VERSION}`);
}

function binaryIn(dir: string): string {
  return process.platform === "win32" ? join(dir, "bin", "node.exe") : join(dir, "bin", "node");
}

/** The Node 24 binary when it is there, else the Node running the tests (and `fallback` says so). */
export function actionNode(): { path: string; fallback: boolean } {
  const chosen = process.env["OXIDIZE_ACTION_NODE"];
  if (chosen) return { path: chosen, fallback: false };
  const cached = binaryIn(cacheDir());
  return existsSync(cached) ? { path: cached, fallback: false } : { path: process.execPath, fallback: true };
}

/**
 * Fetches Node 24 into the cache unless it is there: `npm pack` of the platform's package, then
 * its tarball unpacked into a temporary directory renamed into place (no half-written cache).
 * Returns why it could not, or undefined when the binary is ready.
 */
export function ensureActionNode(): string | undefined {
  if (process.env["OXIDIZE_ACTION_NODE"] || !actionNode().fallback) return undefined;
  const name = packageName();
  if (!name) return `no Node ${ACTION_NODE_VERSION} package for ${process.platform}-${process.arch}`;
  const target = cacheDir();
  mkdirSync(join(target, ".."), { recursive: true });
  const work = mkdtempSync(`${target}.partial-`);
  try {
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    execFileSync(npm, ["pack", `${name}@${ACTION_NODE_VERSION}`, "--silent", "--pack-destination", work], {
      stdio: "pipe",
      timeout: 600_000,
    });
    const tarball = readdirSync(work).find((file) => file.endsWith(".tgz"));
    if (!tarball) return `npm pack ${name}@${ACTION_NODE_VERSION} gave no tarball`;
    execFileSync("tar", ["-xzf", join(work, tarball), "-C", work], { stdio: "pipe", timeout: 600_000 });
    if (!existsSync(binaryIn(join(work, "package")))) return `${name}@${ACTION_NODE_VERSION} has no bin/node`;
    if (!existsSync(binaryIn(target))) renameSync(join(work, "package"), target);
    return undefined;
  } catch (error) {
    const { stderr } = error as { stderr?: Buffer };
    return `could not fetch ${name}@${ACTION_NODE_VERSION}: ${stderr?.toString().trim() || (error as Error).message}`;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
