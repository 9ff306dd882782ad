/**
 * Third-party notices of one bundle, from the bundler's own record of the modules it put in: ncc is
 * webpack underneath and `ncc build --stats-out` writes webpack's stats. ncc's `--license` option
 * missed every package webpack concatenated into an ES module (yaml, smol-toml, semver, @actions/core),
 * so the notices are derived from the modules list instead. Pure: the files are read by main.ts.
 */
import satisfies from "spdx-satisfies";

/** The licenses a bundled package may carry without review: permissive, no notice beyond the text. */
export const ALLOWED_LICENSES = [
  "MIT",
  "ISC",
  "Apache-2.0",
  "BSD-2-Clause",
  "BSD-3-Clause",
  "0BSD",
  "BlueOak-1.0.0",
  "CC0-1.0",
] as const;

/**
 * Packages allowed despite a license outside ALLOWED_LICENSES, each with the reason it was accepted.
 * Keyed by name: a new version is re-read, so a license change still shows in the notices' diff.
 */
export const REVIEWED_EXCEPTIONS: Readonly<Record<string, string>> = {
  openpgp:
    "LGPL-3.0-or-later; verifies the Rust release signatures (packages/toolchain). Shipped unmodified; its full license text and version are in the notices so a user can obtain and replace it.",
};

/** The part of webpack's stats JSON this reads: modules, nested when concatenated, and child compilations. */
export interface StatsModule {
  nameForCondition?: string | null;
  identifier?: string;
  modules?: StatsModule[];
}
export interface Stats {
  modules?: StatsModule[];
  children?: Stats[];
}

export interface BundledPackage {
  name: string;
  version: string;
  /** The package.json `license` (or legacy `licenses`) as an SPDX expression; undefined when absent. */
  license: string | undefined;
  /** The package's LICENSE/LICENCE/COPYING file(s), joined; undefined when it ships none. */
  text: string | undefined;
}

/** The directory of every npm package one of the bundled modules came from, sorted and unique. */
export function bundledPackageDirs(stats: Stats): string[] {
  const dirs = new Set<string>();
  const visit = (modules: StatsModule[] | undefined): void => {
    for (const module of modules ?? []) {
      const file = module.nameForCondition ?? module.identifier?.split("!").pop();
      // The last node_modules segment: pnpm nests packages as .pnpm/<id>/node_modules/<name>.
      const match = file && /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/@.][^\\/]*)[\\/]/.exec(file);
      if (match?.[1]) dirs.add(match[1].replaceAll("\\", "/"));
      visit(module.modules);
    }
  };
  const walk = (s: Stats): void => {
    visit(s.modules);
    for (const child of s.children ?? []) walk(child);
  };
  walk(stats);
  return [...dirs].sort();
}

/** The license declared in a package.json, including the deprecated object and array forms. */
export function declaredLicense(manifest: Record<string, unknown>): string | undefined {
  const typeOf = (value: unknown): string | undefined =>
    typeof value === "string"
      ? value
      : typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string"
        ? (value as { type: string }).type
        : undefined;
  const single = typeOf(manifest.license);
  if (single) return single;
  if (!Array.isArray(manifest.licenses)) return undefined;
  const types = manifest.licenses.map(typeOf).filter((type): type is string => type !== undefined);
  return types.length === 0 ? undefined : types.length === 1 ? types[0] : `(${types.join(" OR ")})`;
}

/** One line per package whose license is missing or outside the allow-list and not reviewed. */
export function licenseProblems(packages: readonly BundledPackage[]): string[] {
  const problems: string[] = [];
  for (const pkg of packages) {
    const id = `${pkg.name}@${pkg.version}`;
    if (pkg.license === undefined) {
      problems.push(`${id} declares no license in its package.json`);
    } else if (!isAllowed(pkg.license) && REVIEWED_EXCEPTIONS[pkg.name] === undefined) {
      problems.push(
        `${id} is licensed "${pkg.license}", outside the allow-list (${ALLOWED_LICENSES.join(", ")}); replace it or add a reviewed exception in scripts/notices/notices.ts`,
      );
    }
  }
  return problems;
}

function isAllowed(expression: string): boolean {
  try {
    return satisfies(expression, ALLOWED_LICENSES);
  } catch {
    // Not an SPDX expression ("SEE LICENSE IN …", "UNLICENSED"): it needs a human.
    return false;
  }
}

/** The notices file: one block per package, sorted by name then version, stable across builds. */
export function renderNotices(packages: readonly BundledPackage[]): string {
  const sorted = [...packages].sort(
    (a, b) => a.name.localeCompare(b.name, "en") || a.version.localeCompare(b.version, "en"),
  );
  const blocks = sorted.map((pkg) => {
    const text =
      pkg.text?.trim() ?? `(${pkg.name} ships no license file; its package.json declares ${pkg.license})`;
    return `${pkg.name}@${pkg.version}\n${pkg.license ?? "UNKNOWN"}\n\n${text}\n`;
  });
  const header = `Third-party software bundled in this file's directory (${sorted.length} packages): name@version, SPDX license, license text.\nGenerated by scripts/notices from the bundler's module list; do not edit.\n`;
  return [header, ...blocks].join("\n----------------------------------------\n\n");
}
