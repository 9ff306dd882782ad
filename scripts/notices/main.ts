/**
 * Writes one bundle's third-party notices, or fails the bundle build naming each package whose
 * license is missing or not allowed. Run by every bundle script after `ncc build --stats-out`:
 *   node --import tsx ../../scripts/notices/main.ts <webpack-stats.json> <dist/licenses.txt>
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  type BundledPackage,
  bundledPackageDirs,
  declaredLicense,
  licenseProblems,
  renderNotices,
  type Stats,
} from "./notices.js";

/** Name, version, license and license text of the package installed in `dir`. */
export function readBundledPackage(dir: string): BundledPackage {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Record<string, unknown>;
  const files = readdirSync(dir)
    .filter((name) => /^(licen[cs]e|copying)([.-].*)?$/i.test(name))
    .sort();
  const text =
    files.length === 0
      ? undefined
      : files.map((name) => readFileSync(join(dir, name), "utf8").trim()).join("\n\n");
  return {
    name: String(manifest.name),
    version: String(manifest.version),
    license: declaredLicense(manifest),
    text,
  };
}

/** Every package the stats name, once per name@version (pnpm installs peer variants apart). */
export function packagesOf(stats: Stats): BundledPackage[] {
  const unique = new Map<string, BundledPackage>();
  for (const dir of bundledPackageDirs(stats)) {
    const pkg = readBundledPackage(dir);
    unique.set(`${pkg.name}@${pkg.version}`, pkg);
  }
  return [...unique.values()];
}

if (process.argv[1] === import.meta.filename) {
  const [statsFile, outFile] = process.argv.slice(2);
  if (!statsFile || !outFile) {
    console.error("usage: node --import tsx scripts/notices/main.ts <webpack-stats.json> <licenses.txt>");
    process.exit(2);
  }
  const packages = packagesOf(JSON.parse(readFileSync(statsFile, "utf8")) as Stats);
  const problems = licenseProblems(packages);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`notices: ${problem}`);
    process.exit(1);
  }
  writeFileSync(outFile, renderNotices(packages));
}
