/**
 * Every npm package a bundle really contains is in its committed licenses.txt, with its version:
 * each bundle is built again here by ncc into a temporary directory, and webpack's record of the
 * modules it included (`--stats-out`) is the list to check against. Catches a bundle script that
 * stops generating the notices and a dist committed with stale ones.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { packagesOf } from "../../scripts/notices/main.js";
import type { Stats } from "../../scripts/notices/notices.js";

const root = join(import.meta.dirname, "..", "..");
const ncc = join(root, "node_modules", "@vercel", "ncc", "dist", "ncc", "cli.js");

const bundles = [
  ...readdirSync(join(root, "actions")).map((name) => ({
    dir: join(root, "actions", name),
    entry: "src/index.ts",
  })),
  { dir: join(root, "packages", "cli"), entry: "src/bin.ts" },
];

/** What ncc puts in the bundle built from `entry` (minifying changes no module, so it is skipped). */
async function bundledPackages(dir: string, entry: string) {
  const out = mkdtempSync(join(tmpdir(), "bundle-notices-"));
  const statsFile = join(out, "stats.json");
  await promisify(execFile)(
    process.execPath,
    [ncc, "build", entry, "-o", join(out, "dist"), "--stats-out", statsFile, "--target", "es2022", "-q"],
    {
      cwd: dir,
      timeout: 600_000,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return packagesOf(JSON.parse(readFileSync(statsFile, "utf8")) as Stats);
}

describe("third-party notices of the committed bundles", () => {
  it.each(bundles.map((bundle) => [bundle.dir.slice(root.length + 1), bundle] as const))(
    "%s/dist/licenses.txt names every bundled package and version",
    async (_, { dir, entry }) => {
      const packages = await bundledPackages(dir, entry);
      // Sanity: the record is read, and every bundle includes at least the toolkit or ajv.
      expect(packages.length).toBeGreaterThan(5);
      const listed = new Set(readFileSync(join(dir, "dist", "licenses.txt"), "utf8").split("\n"));
      const missing = packages.map((pkg) => `${pkg.name}@${pkg.version}`).filter((id) => !listed.has(id));
      expect(missing, "bundled but missing from dist/licenses.txt; run 'pnpm run generate'").toEqual([]);
    },
    900_000,
  );
});
